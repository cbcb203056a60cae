package nl.maatwerk.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.KleineGroep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A register with one small number and its totals, on the page and in the API: the small number is
 * hidden, and so is a second one in each line it is in, so the totals do not give it away
 * (issue 13, finding 11; docs/conventies.md, "Kleine groepen"). A year long before the demo data, so
 * nothing else is counted in it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AfwijkingenRegisterTest {

    static final int JAAR = 2016;
    static final String REGEL = BesluitSoort.PW_TERUGVORDERING.standaardRegel();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void register() {
        opruimen();
        // January 10 disproportionate, February 12 in good faith, March 3 below the existence minimum: 25, all milder.
        afwijkingen(1, Redensoort.ONEVENREDIG, 10);
        afwijkingen(2, Redensoort.GOEDE_TROUW, 12);
        afwijkingen(3, Redensoort.ONDER_BESTAANSMINIMUM, 3);
        besluiten(1, 40);
        besluiten(2, 45);
        besluiten(3, 30);
    }

    @AfterEach
    void opruimen() {
        jdbc.sql("delete from besluit.afwijking where maand between ? and ?").params(LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 12, 1)).update();
        jdbc.sql("delete from besluit.besluit_telling where maand between ? and ?").params(LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 12, 1))
                .update();
    }

    @Test
    void theApiHidesEveryLineWithTheSmallNumberSoTheTotalsDoNotGiveItAway() throws Exception {
        String antwoord = mvc.perform(get("/api/v1/afwijkingen").param("jaar", String.valueOf(JAAR)).with(httpBasic("beleid", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(antwoord, "$.minimaleGroep")).isEqualTo(KleineGroep.MINIMUM);
        List<Map<String, Object>> regels = JsonPath.read(antwoord, "$.regels[?(@.regel == '" + REGEL + "')]");
        assertThat(regels).hasSize(1);
        Map<String, Object> regel = regels.getFirst();
        assertThat(regel).containsEntry("aantal", 25).containsEntry("milder", 25).containsEntry("strenger", 0).containsEntry("besluiten", 115);
        // The reasons (3, 12 and 10 of 25) and the months (10, 12 and 3 of 25): each hidden whole, written out as null.
        assertThat(regel).containsEntry("perReden", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> perMaand = (List<Map<String, Object>>) regel.get("perMaand");
        assertThat(perMaand).hasSize(12).allSatisfy(m -> assertThat(m).containsEntry("aantal", null).containsEntry("milder", null)
                .containsEntry("strenger", null));
        // The decisions per month are a line of their own, with zeros for the months without.
        assertThat(perMaand).extracting(m -> m.get("besluiten")).containsExactly(40, 45, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void thePageShowsHiddenNumbersAsVerborgenAndSaysWhy() throws Exception {
        String pagina = mvc.perform(get("/afwijkingen").param("jaar", String.valueOf(JAAR)).with(user("beleid").roles("BELEID")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("id=\"uitleg-verborgen\"", "Kleine aantallen zijn verborgen", "Terugvorderen van te veel betaalde bijstand",
                "25 afwijkingen", "Verborgen: minstens één reden kwam minder dan " + KleineGroep.MINIMUM + " keer voor",
                "De afwijkingen per maand zijn verborgen.");
        assertThat(pagina).doesNotContain("Redenen voor afwijking van Terugvorderen van te veel betaalde bijstand",
                Redensoort.ONDER_BESTAANSMINIMUM.omschrijving());
        String maanden = tabel(pagina, "Besluiten en afwijkingen per maand van Terugvorderen van te veel betaalde bijstand");
        assertThat(maanden.replaceAll("\\s+", " ")).contains("maart 2016</td> <td class=\"utrecht-table__cell\">30</td> "
                + "<td class=\"utrecht-table__cell\">verborgen</td>");
        // The chart draws no hidden bar, and its scale is the highest shown number: 45 decisions in February.
        assertThat(pagina).contains(">45</text>");
    }

    private static String tabel(String pagina, String bijschrift) {
        int begin = pagina.indexOf(bijschrift);
        assertThat(begin).as(bijschrift).isPositive();
        return pagina.substring(begin, pagina.indexOf("</table>", begin));
    }

    private void afwijkingen(int maand, Redensoort reden, int aantal) {
        for (int i = 0; i < aantal; i++) {
            jdbc.sql("insert into besluit.afwijking (regel, soort, redensoort, richting, maand) values (?, ?, ?, 'milder', ?)")
                    .params(REGEL, BesluitSoort.PW_TERUGVORDERING.code(), reden.code(), LocalDate.of(JAAR, maand, 1)).update();
        }
    }

    private void besluiten(int maand, int aantal) {
        jdbc.sql("insert into besluit.besluit_telling (regel, soort, maand, aantal) values (?, ?, ?, ?)")
                .params(REGEL, BesluitSoort.PW_TERUGVORDERING.code(), LocalDate.of(JAAR, maand, 1), aantal).update();
    }
}
