package nl.maatwerk.besluit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.VerstelbareKlok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class BesluitPaginasTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerstelbareKlok klok;

    @Test
    void theDemoDepartureWaitsForTheTeamLeadWhoSeesTheApprovalFormWhileTheConsulentDoesNot() throws Exception {
        mvc.perform(get("/team/besluiten").with(user("teamleider").roles("TEAMLEIDER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/besluiten/" + BesluitDemo.WACHTEND)));
        mvc.perform(get("/besluiten/" + BesluitDemo.WACHTEND).with(user("teamleider").roles("TEAMLEIDER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Beoordelen (vier ogen)"), containsString("Goedkeuren"),
                        containsString("Een wasmachine"), containsString("Wat houdt het huishouden over?"))));
        mvc.perform(get("/besluiten/" + BesluitDemo.WACHTEND).with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Beoordelen (vier ogen)"))));
        mvc.perform(get("/team/besluiten").with(user("consulent").roles("CONSULENT"))).andExpect(status().isForbidden());
        UUID huishouden = jdbc.sql("select huishouden_id from besluit.besluit where id = ?").param(BesluitDemo.WACHTEND).query(UUID.class).single();
        // The household page is in tabs (issue 15): decisions on theirs, what happened in the history.
        String pagina = mvc.perform(get("/huishoudens/" + huishouden).param("tab", "besluiten").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                + mvc.perform(get("/huishoudens/" + huishouden).param("tab", "geschiedenis").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(pagina).contains("Bijzondere bijstand: ter goedkeuring", "/besluiten/" + BesluitDemo.WACHTEND);
    }

    @Test
    void theLiveB1CheckGivesOneVerdictWithItsReasonsAndNotesThirdPersonWords() throws Exception {
        mvc.perform(post("/besluiten/leesbaarheid").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("briefToelichting", "U kreeg boodschappen van uw moeder. Dat telt als inkomen."))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Makkelijk te lezen (B1)."), not(containsString("Nog niet")),
                        not(containsString("tegen de inwoner")))));
        String lang = "De inwoner heeft gedurende de periode waarin zij bijstand ontving wekelijks boodschappen ontvangen van haar moeder,"
                + " hetgeen conform de toepasselijke regelgeving als inkomen had moeten worden opgegeven aan de gemeente.";
        mvc.perform(post("/besluiten/leesbaarheid").with(user("consulent").roles("CONSULENT")).with(csrf()).param("briefToelichting", lang))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nog niet makkelijk genoeg (B1)."), containsString("De langste zin heeft"),
                        not(containsString("Makkelijk te lezen")), containsString("de inwoner, zij, haar"))));
    }

    @Test
    void theLetterPageNeverCallsTheWholeLetterB1WhileAnOwnParagraphIsNot() throws Exception {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden Leesbaar", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Leesbaar", LocalDate.of(1980, 1, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
        String locatie = mvc.perform(post("/huishoudens/" + huishouden + "/terugvorderingen").with(user("consulent").roles("CONSULENT"))
                        .with(csrf()).param("peildatum", "2025-09-01"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(locatie).with(user("consulent").roles("CONSULENT")).with(csrf()).param("versie", "1")
                        .param("peildatum", "2025-09-01").param("vordering", "7040.00").param("beslotenBedrag", "7040.00")
                        .param("aflossingPerMaand", "50.00").param("briefToelichting",
                                "Inlichtingenverplichting participatievoorziening beleidsregelgeving terugvorderingsbesluit."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(locatie + "/brief").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nee: een deel van uw eigen tekst is te moeilijk"),
                        containsString("Uw tekst is nog niet makkelijk genoeg"), containsString("lettergrepen"))));
    }

    @Test
    void withoutAYearTheRegisterPageShowsThisYearOfTheAppsToday() throws Exception {
        klok.zetOp(LocalDate.of(2025, 3, 31));
        mvc.perform(get("/afwijkingen").with(user("beleid").roles("BELEID")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<option value=\"2025\" selected=\"selected\">2025</option>"),
                        not(containsString("<option value=\"2026\"")))));
    }

    @Test
    void theRegisterIsForPolicyAndTeamLeadsAndOnlyPolicyAnswers() throws Exception {
        mvc.perform(get("/afwijkingen").with(user("beleid").roles("BELEID")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Terugvorderen van te veel betaalde bijstand"),
                        containsString("Reactie vastleggen"), containsString("Uitgelegd aan de teams"))));
        mvc.perform(get("/afwijkingen").with(user("teamleider").roles("TEAMLEIDER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Reactie vastleggen"))));
        mvc.perform(get("/afwijkingen").with(user("consulent").roles("CONSULENT"))).andExpect(status().isForbidden());
        mvc.perform(post("/afwijkingen/reacties").with(user("teamleider").roles("TEAMLEIDER")).with(csrf())
                .param("regel", BesluitSoort.PW_TERUGVORDERING.standaardRegel()).param("soort", "IN_HERZIENING").param("toelichting", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/afwijkingen").param("jaar", String.valueOf(java.time.Year.now(klok).getValue() + 1)).with(user("beleid").roles("BELEID")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dat jaar is nog niet begonnen")));
    }

    @Test
    void typosAreNamedAtTheirFieldAndAStaleFormIsToldNotOverwritten() throws Exception {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden Paginatest", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Paginatest", LocalDate.of(1980, 1, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
        UUID vraag = data.aanvraagParticipatiewet(huishouden, null, "Een wasmachine");
        // A recovery is not offered on a request; the household page starts it.
        mvc.perform(get("/hulpvragen/" + vraag + "/besluiten/nieuw").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("value=\"PW_TERUGVORDERING\""))));
        mvc.perform(post("/hulpvragen/" + vraag + "/besluiten").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("soort", "PW_TERUGVORDERING").param("peildatum", "2025-09-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ambtshalve")));
        mvc.perform(get("/huishoudens/" + huishouden + "/terugvorderingen/nieuw").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Terugvordering starten")));
        String locatie = mvc.perform(post("/huishoudens/" + huishouden + "/terugvorderingen").with(user("consulent").roles("CONSULENT"))
                        .with(csrf()).param("peildatum", "2025-09-01"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(locatie).with(user("consulent").roles("CONSULENT")).with(csrf()).param("versie", "1")
                        .param("peildatum", "2025-09-01").param("vordering", "zeven").param("aflossingPerMaand", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Controleer deze gegevens"), containsString("href=\"#vordering\""),
                        containsString("href=\"#aflossingPerMaand\""))));
        mvc.perform(post(locatie).with(user("consulent").roles("CONSULENT")).with(csrf()).param("versie", "1")
                        .param("peildatum", "2025-09-01").param("beoogdEffect", "Eerste versie"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(locatie).with(user("consulent").roles("CONSULENT")).with(csrf()).param("versie", "1")
                        .param("peildatum", "2025-09-01").param("beoogdEffect", "Tweede versie, op een oude pagina"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("heeft dit besluit"), containsString("Intussen gewijzigd door iemand anders"),
                        containsString("Tweede versie, op een oude pagina"))));
        mvc.perform(get(locatie).with(user("consulent").roles("CONSULENT")))
                .andExpect(content().string(allOf(containsString("Eerste versie"), not(containsString("Tweede versie")))));
    }
}
