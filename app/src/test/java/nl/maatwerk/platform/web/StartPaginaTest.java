package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.TweedeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The start page shows my work (issue 15), not the team's first ten households by name: my tasks and deadlines
 * by when they are due, the households I opened last; for the team lead what waits across the team; for policy
 * the screens that exist; for the auditor the newest doorbraken.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Execution(ExecutionMode.CONCURRENT) // the second lane of surefire (TweedeContext)
@ResourceLock(TweedeContext.NAAM)
class StartPaginaTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock klok;

    /** Households of this test's own teams; their requests go back to no behandelaar afterwards (DemoGegevensTest). */
    private final java.util.List<UUID> eigen = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void geefTerug() {
        eigen.forEach(h -> jdbc.sql("update toegang.hulpvraag set behandelaar = null where huishouden_id = ?").param(h).update());
    }

    private String start(String wie, String rol) throws Exception {
        return mvc.perform(get("/").with(user(wie).roles(rol))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aProfessionalSeesTheirTasksAndDeadlinesByWhenTheyAreDueAndTheHouseholdsTheyOpenedLast() throws Exception {
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        String team = "startteam-" + s;
        String ik = data.account("start-ik-" + s, "CONSULENT", team);
        LocalDate vandaag = LocalDate.now(klok);
        // Aaa comes first by name, Zzz is the one opened: the page used to list the team's households alphabetically.
        UUID eerste = data.huishouden("Huishouden Aaa " + s, team);
        UUID geopend = data.huishouden("Huishouden Zzz " + s, team);
        eigen.add(geopend);
        UUID i = data.inwoner("Start" + s, LocalDate.of(1980, 1, 1));
        data.lid(geopend, i, "aanvrager", LocalDate.of(2020, 1, 1), null);
        mvc.perform(get("/huishoudens/" + geopend).with(user(ik).roles("CONSULENT")));
        String vooraf = start(ik, "CONSULENT");
        assertThat(vooraf).contains("Laatst geopend", "Huishouden Zzz " + s);
        assertThat(vooraf).as("not the team's households by name").doesNotContain("Huishouden Aaa " + s);

        UUID vraag = data.aanvraagParticipatiewet(geopend, i, "Geen inkomen");
        jdbc.sql("update toegang.hulpvraag set behandelaar = ? where id = ?").params(ik, vraag).update();
        data.klok(vraag, "pw-besluit", vandaag.minusWeeks(9), vandaag.minusDays(1));
        jdbc.sql("""
                insert into taak.taak (id, team_id, huishouden_id, omschrijving, vervaldatum, eigenaar, status, aangemaakt_door, aangemaakt_op)
                values (?, ?, ?, 'Verhuurder terugbellen', ?, ?, 'open', ?, ?)""")
                .params(UUID.randomUUID(), team, geopend, vandaag.minusDays(2), ik, ik, Timestamp.from(Instant.now(klok))).update();

        String html = start(ik, "CONSULENT");
        assertThat(html).contains("Mijn taken", "Te laat (1)", "Verhuurder terugbellen", "Termijnen van mijn hulpvragen", "Verlopen (1)",
                "Laatst geopend", "Huishouden Zzz " + s);
        assertThat(html).as("not the team's households by name").doesNotContain("Huishouden Aaa " + s, "Huishoudens van uw team");
        assertThat(eerste).isNotNull();
        assertThat(jdbc.sql("select distinct naam from logboek.logboek_record where actor = ? and naam in ('taak.lijst', 'hulpvraag.lijst', "
                + "'huishouden.lijst')").param(ik).query(String.class).list()).as("what the start page shows of households is logged")
                .containsExactlyInAnyOrder("taak.lijst", "hulpvraag.lijst", "huishouden.lijst");
    }

    @Test
    void theTeamLeadSeesDeadlinesAtRiskUnassignedRequestsTheCaseloadAndApprovalsWaiting() throws Exception {
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        String team = "leidteam-" + s;
        String leider = data.account("leid-" + s, "TEAMLEIDER", team);
        String medewerker = data.account("mw-" + s, "CONSULENT", team);
        UUID h = data.huishouden("Huishouden Risico " + s, team);
        eigen.add(h);
        UUID i = data.inwoner("Risico" + s, LocalDate.of(1975, 5, 5));
        data.lid(h, i, "aanvrager", LocalDate.of(2020, 1, 1), null);
        UUID zonder = data.aanvraagParticipatiewet(h, i, "Geen behandelaar");
        LocalDate vandaag = LocalDate.now(klok);
        data.klok(zonder, "pw-besluit", vandaag.minusWeeks(7), vandaag.plusDays(3));
        UUID met = data.aanvraagParticipatiewet(h, i, "Wel een behandelaar");
        jdbc.sql("update toegang.hulpvraag set behandelaar = ? where id = ?").params(medewerker, met).update();

        String html = start(leider, "TEAMLEIDER");
        assertThat(html).contains("Wacht op uw goedkeuring", "Termijnen in gevaar in het team", "Huishouden Risico " + s, "Niemand",
                "Hulpvragen zonder behandelaar", "Werklast per medewerker", "Test " + medewerker, "Cijfers van het team");
    }

    @Test
    void policySeesTheScreensThatExistAndTheAuditorTheNewestDoorbraken() throws Exception {
        String beleid = start("beleid", "BELEID");
        assertThat(beleid).doesNotContain("volgen in een volgende versie");
        assertThat(beleid).contains("href=\"/thermometer\"", "href=\"/afwijkingen\"", "href=\"/eerlijkheid\"", "href=\"/vroegsignalen/overzicht\"");

        TestData data = new TestData(jdbc);
        UUID h = data.huishouden("Huishouden Doorbraak Start", "wijkteam-centrum");
        String reden = "Acute melding van de politie over huiselijk geweld " + UUID.randomUUID();
        Instant nu = Instant.now(klok);
        jdbc.sql("insert into inwoner.doorbraak (id, gebruikersnaam, team_id, huishouden_id, reden, tijdstip, geldig_tot) values (?, 'consulent', "
                        + "'wijkteam-centrum', ?, ?, ?, ?)")
                .params(UUID.randomUUID(), h, reden, Timestamp.from(nu), Timestamp.from(nu.plusSeconds(3600))).update();
        assertThat(start("auditor", "AUDITOR")).contains("Recente doorbraken", reden, "Naar het logboek");
    }
}
