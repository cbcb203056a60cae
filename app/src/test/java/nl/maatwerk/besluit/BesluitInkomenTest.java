package nl.maatwerk.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 19: the household's own income, recorded on the decision, replaces the assumption that it lives
 * on the norm in the existence-minimum check beside the decision. The amounts are those of the hand-worked
 * scenario in regels (inkomen.feature): a single person earning 800 a month with the general allowance in
 * March 2026 has 1.601,50 with bijstand, a voet of 1.331,42 and 270,08 above it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BesluitInkomenTest {

    private static final RequestPostProcessor CONSULENT = user("consulent").roles("CONSULENT");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String terugvordering(String naam) throws Exception {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden " + naam, "wijkteam-centrum");
        UUID inwoner = data.inwoner(naam, LocalDate.of(1990, 5, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
        String locatie = mvc.perform(post("/huishoudens/" + huishouden + "/terugvorderingen").with(CONSULENT).with(csrf())
                        .param("peildatum", "2026-03-01"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(locatie).with(CONSULENT).with(csrf()).param("versie", "1").param("peildatum", "2026-03-01")
                        .param("vordering", "2700.00").param("beslotenBedrag", "2700.00").param("aflossingPerMaand", "50.00"))
                .andExpect(status().is3xxRedirection());
        return locatie;
    }

    private String pagina(String locatie) throws Exception {
        return mvc.perform(get(locatie).with(CONSULENT)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int versie(String locatie) {
        return jdbc.sql("select versie from besluit.besluit where id = ?").param(UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1)))
                .query(Integer.class).single();
    }

    private static String zonderSpaties(String html) {
        return html.replace('\u00a0', ' ');
    }

    @Test
    void withIncomeRecordedTheCheckComputesWithTheIncomeAndTheBijstandBesideIt() throws Exception {
        String locatie = terugvordering("Inkomen Werkt");
        String voor = zonderSpaties(pagina(locatie));
        assertThat(voor).contains("Er is geen inkomen vastgelegd", "Inkomen van het huishouden");
        // Living on the norm, the only room above the voet is the vakantiegeld: 70,08.
        assertThat(voor).contains("70,08");

        int versie = versie(locatie);
        mvc.perform(post(locatie + "/inkomen").with(CONSULENT).with(csrf()).param("versie", String.valueOf(versie))
                        .param("nettoLoonAanvrager", "800.00").param("vrijlatingAanvrager", "algemeen"))
                .andExpect(status().is3xxRedirection());
        assertThat(versie(locatie)).as("recording income is an edit: a new version").isEqualTo(versie + 1);
        String na = zonderSpaties(pagina(locatie));
        assertThat(na).doesNotContain("Er is geen inkomen vastgelegd")
                .contains("Inkomen met bijstand", "1.601,50", "801,50", "270,08", "Het huishouden heeft 1.601,50 euro per maand, met bijstand");
        String brief = zonderSpaties(mvc.perform(get(locatie + "/brief").with(CONSULENT)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(brief).as("the letter says what the household has, with which income")
                .contains("Wij rekenen met uw eigen inkomen en de bijstand ernaast. Samen is dat € 1.601,50 per maand.");
        UUID id = UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select bewerkt_door from besluit.besluit where id = ?").param(id).query(String.class).single())
                .as("whoever recorded the income may not approve it").contains("consulent");

        // An empty form takes the income away again.
        mvc.perform(post(locatie + "/inkomen").with(CONSULENT).with(csrf()).param("versie", String.valueOf(versie + 1))
                        .param("nettoLoonAanvrager", "").param("vrijlatingAanvrager", "geen"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from besluit.inkomen where besluit_id = ?").param(id).query(Integer.class).single()).isZero();
        assertThat(zonderSpaties(pagina(locatie))).contains("Er is geen inkomen vastgelegd");
    }

    @Test
    void aStaleFormSavesNothingAndInvalidAmountsAreNamedOnTheForm() throws Exception {
        String locatie = terugvordering("Inkomen Oud");
        UUID id = UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1));
        int versie = versie(locatie);
        mvc.perform(post(locatie + "/inkomen").with(CONSULENT).with(csrf()).param("versie", String.valueOf(versie - 1))
                        .param("nettoLoonAanvrager", "800.00").param("vrijlatingAanvrager", "algemeen"))
                .andExpect(status().isConflict());
        String fout = mvc.perform(post(locatie + "/inkomen").with(CONSULENT).with(csrf()).param("versie", String.valueOf(versie))
                        .param("nettoLoonAanvrager", "-5").param("uitkeringen", "veel").param("vrijlatingAanvrager", "alles"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fout).contains("Een bedrag is 0 of meer.", "Controleer deze gegevens");
        assertThat(jdbc.sql("select count(*) from besluit.inkomen where besluit_id = ?").param(id).query(Integer.class).single()).isZero();
        assertThat(versie(locatie)).isEqualTo(versie);
    }

    @Test
    void anAllowanceWhoseMaximumIsUnknownOnThePeildatumIsSaidInsteadOfGuessed() throws Exception {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden Inkomen 2025", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Inkomen 2025", LocalDate.of(1990, 5, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
        String locatie = mvc.perform(post("/huishoudens/" + huishouden + "/terugvorderingen").with(CONSULENT).with(csrf())
                        .param("peildatum", "2025-03-01")) // the maximum is known from 1 July 2025
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(locatie + "/inkomen").with(CONSULENT).with(csrf()).param("versie", String.valueOf(versie(locatie)))
                        .param("nettoLoonAanvrager", "800.00").param("vrijlatingAanvrager", "algemeen"))
                .andExpect(status().is3xxRedirection());
        assertThat(pagina(locatie)).contains("pw-inkomstenvrijlating-maximum");
    }

    @Test
    void theIncomeOfAFinalDecisionDoesNotChangeNotEvenInTheDatabase() throws Exception {
        int versie = jdbc.sql("select versie from besluit.besluit where id = ?").param(BesluitDemo.VOOR_INWONER).query(Integer.class).single();
        String antwoord = mvc.perform(post("/besluiten/" + BesluitDemo.VOOR_INWONER + "/inkomen").with(CONSULENT).with(csrf())
                        .param("versie", String.valueOf(versie)).param("nettoLoonAanvrager", "800.00"))
                .andReturn().getResponse().getContentAsString();
        assertThat(antwoord).contains("Een definitief besluit verandert niet meer");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into besluit.inkomen (besluit_id, netto_loon_aanvrager, vastgelegd_door, vastgelegd_op) values (?, ?, 'test', now())
                """).params(BesluitDemo.VOOR_INWONER, new BigDecimal("800.00")).update())
                .hasMessageContaining("verandert niet meer");
    }

    @Test
    void aCorrectionStartsFromTheIncomeOfTheDecisionItCorrects() throws Exception {
        String locatie = terugvordering("Inkomen Correctie");
        UUID id = UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1));
        mvc.perform(post(locatie + "/inkomen").with(CONSULENT).with(csrf()).param("versie", String.valueOf(versie(locatie)))
                        .param("nettoLoonAanvrager", "800.00").param("vrijlatingAanvrager", "algemeen"))
                .andExpect(status().is3xxRedirection());
        // Made final here directly: this test is about what the correction takes over, not about the toets.
        jdbc.sql("update besluit.besluit set status = 'definitief', definitief_door = 'consulent', definitief_op = now() where id = ?")
                .param(id).update();
        String correctie = mvc.perform(post(locatie + "/stap").with(CONSULENT).with(csrf()).param("actie", "corrigeren")
                        .param("versie", String.valueOf(versie(locatie))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(correctie).isNotEqualTo(locatie);
        UUID nieuw = UUID.fromString(correctie.substring(correctie.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select netto_loon_aanvrager from besluit.inkomen where besluit_id = ?").param(nieuw).query(BigDecimal.class)
                .single()).isEqualByComparingTo("800.00");
        assertThat(zonderSpaties(pagina(correctie))).contains("Inkomen met bijstand", "1.601,50");
    }
}
