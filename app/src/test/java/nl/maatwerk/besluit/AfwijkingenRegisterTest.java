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
        // The chart draws no hidden bar: the decisions only, on an axis that rounds up from the highest shown number, 45 in February.
        String grafiek = nl.maatwerk.platform.GrafiekHtml.svg(pagina, "afwijkingen-" + REGEL.replaceAll("[^A-Za-z0-9_-]", "-"));
        assertThat(grafiek).contains("role=\"img\"", "<title>februari 2016, Alle definitieve besluiten: 45</title>", ">50</text>",
                "<title>december 2016, Alle definitieve besluiten: 0</title>");
        assertThat(grafiek).doesNotContain("Milder dan de regel:", "Afwijkingen:");
    }

    @Test
    void departuresPerMonthAreAChartWithEveryMonthOnAnAxisZeroMonthsIncludedAndTheTableSaysTheSame() throws Exception {
        // Without March's three, no month is small: 10 in January, 12 in February, none after; all milder.
        jdbc.sql("delete from besluit.afwijking where maand = ?").params(LocalDate.of(JAAR, 3, 1)).update();
        String pagina = mvc.perform(get("/afwijkingen").param("jaar", String.valueOf(JAAR)).with(user("beleid").roles("BELEID")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String grafiek = nl.maatwerk.platform.GrafiekHtml.svg(pagina, "afwijkingen-" + REGEL.replaceAll("[^A-Za-z0-9_-]", "-"));
        assertThat(grafiek).contains("aria-labelledby=\"afwijkingen-" + REGEL.replaceAll("[^A-Za-z0-9_-]", "-") + "-titel\"");
        String maanden = tabel(pagina, "Besluiten en afwijkingen per maand van Terugvorderen van te veel betaalde bijstand");
        java.util.regex.Matcher rij = java.util.regex.Pattern.compile(
                "<td class=\"utrecht-table__cell\">(\\p{L}+ 2016)</td>\\s*<td class=\"utrecht-table__cell\">(\\d+)</td>\\s*"
                        + "<td class=\"utrecht-table__cell\">(\\d+)</td>\\s*<td class=\"utrecht-table__cell\">(\\d+)</td>\\s*"
                        + "<td class=\"utrecht-table__cell\">(\\d+)</td>").matcher(maanden);
        int gezien = 0;
        while (rij.find()) {
            gezien++;
            assertThat(grafiek).contains("<title>" + rij.group(1) + ", Alle definitieve besluiten: " + rij.group(2) + "</title>",
                    "<title>" + rij.group(1) + ", Milder dan de regel: " + rij.group(4) + "</title>",
                    "<title>" + rij.group(1) + ", Strenger dan de regel: " + rij.group(5) + "</title>");
        }
        assertThat(gezien).as("every month of the past year, the empty ones too").isEqualTo(12);
        // The month labels and the numbers above the bars: a month without departures says 0 rather than nothing.
        assertThat(grafiek).contains(">jan</text>", ">dec</text>", ">2016</text>", ">10</text>", ">12</text>");
        assertThat(grafiek.split(">0</text>", -1)).as("the axis's 0 and ten empty months").hasSize(1 + 1 + 10);
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
