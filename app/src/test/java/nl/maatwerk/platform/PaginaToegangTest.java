package nl.maatwerk.platform;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Which web pages each role reaches; the API has its own, exhaustive matrix. */
@SpringBootTest
@AutoConfigureMockMvc
class PaginaToegangTest {

    @Autowired
    java.time.Clock klok;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/huishoudens")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/inloggen"));
        mvc.perform(get("/inloggen")).andExpect(status().isOk());
    }

    @Test
    void policyAndAuditRolesReachNoPageWithPersonalData() throws Exception {
        for (String rol : new String[] {"BELEID", "AUDITOR"}) {
            var gebruiker = user(rol.toLowerCase()).roles(rol);
            mvc.perform(get("/zoeken").with(gebruiker)).andExpect(status().isForbidden());
            mvc.perform(get("/huishoudens").with(gebruiker)).andExpect(status().isForbidden());
            mvc.perform(get("/huishoudens/" + UUID.randomUUID()).with(gebruiker)).andExpect(status().isForbidden());
            mvc.perform(get("/inwoners/nieuw").with(gebruiker)).andExpect(status().isForbidden());
            mvc.perform(get("/").with(gebruiker)).andExpect(status().isOk());
        }
        mvc.perform(get("/logboek").with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk());
        mvc.perform(get("/logboek").with(user("consulent").roles("CONSULENT"))).andExpect(status().isForbidden());
    }

    @Test
    void theBeheerderKeepsTheRuleParametersAndReachesNoPersonalDataWhileOthersMayOnlyReadTheValues() throws Exception {
        var beheerder = user("beheerder").roles("BEHEERDER");
        mvc.perform(get("/regelparameters").with(beheerder)).andExpect(status().isOk());
        mvc.perform(get("/regelparameters/voorstellen").with(beheerder)).andExpect(status().isOk());
        mvc.perform(get("/regelparameters/voorstellen/nieuw").with(beheerder)).andExpect(status().isOk());
        mvc.perform(get("/").with(beheerder)).andExpect(status().isOk());
        for (String pagina : new String[] {"/zoeken", "/huishoudens", "/huishoudens/" + UUID.randomUUID(), "/logboek", "/berekeningen/bestaanszekerheid",
            "/thermometer", "/werkvoorraad", "/team/besluiten"}) {
            mvc.perform(get(pagina).with(beheerder)).andExpect(status().isForbidden());
        }
        for (String rol : new String[] {"CONSULENT", "REGISSEUR", "TEAMLEIDER", "BELEID"}) {
            var gebruiker = user(rol.toLowerCase()).roles(rol);
            mvc.perform(get("/regelparameters").with(gebruiker)).andExpect(status().isOk());
            mvc.perform(get("/regelparameters/voorstellen").with(gebruiker)).andExpect(status().isForbidden());
            mvc.perform(get("/regelparameters/voorstellen/nieuw").with(gebruiker)).andExpect(status().isForbidden());
        }
        for (String rol : new String[] {"AUDITOR", "INWONER"}) {
            mvc.perform(get("/regelparameters").with(user(rol.toLowerCase()).roles(rol))).andExpect(status().isForbidden());
        }
    }

    /**
     * Issue 13: access that has gone is gone on the pages too. An ended assignment and an expired doorbraak
     * open nothing; someone who left the team's household for another team's is shown there by name only,
     * and their record page is refused with the reason, for the old team as for the housemate they left.
     */
    @Test
    void anEndedAssignmentAnExpiredDoorbraakAndAFormerMemberOpenNothing() throws Exception {
        TestData data = new TestData(jdbc);
        var consulent = user("consulent").roles("CONSULENT");
        java.time.Instant nu = java.time.Instant.now(klok);
        UUID toegewezen = data.huishouden("Pagina beëindigde toewijzing", "pagina-elders");
        jdbc.sql("insert into inwoner.huishouden_toewijzing (huishouden_id, gebruikersnaam, vanaf, tot) values (?, 'consulent', ?, ?)")
                .params(toegewezen, java.sql.Timestamp.from(nu.minusSeconds(864000)), java.sql.Timestamp.from(nu.minusSeconds(86400))).update();
        UUID doorbroken = data.huishouden("Pagina verlopen doorbraak", "pagina-elders");
        jdbc.sql("insert into inwoner.doorbraak (id, gebruikersnaam, team_id, huishouden_id, reden, tijdstip, geldig_tot) values (?, 'consulent', "
                + "'wijkteam-centrum', ?, 'Acute zorg, inmiddels voorbij', ?, ?)")
                .params(UUID.randomUUID(), doorbroken, java.sql.Timestamp.from(nu.minusSeconds(172800)), java.sql.Timestamp.from(nu.minusSeconds(86400)))
                .update();
        try {
            for (UUID h : new UUID[] {toegewezen, doorbroken}) {
                mvc.perform(get("/huishoudens/" + h).with(consulent)).andExpect(status().isNotFound());
                mvc.perform(get("/huishoudens/" + h + "/regie").with(consulent)).andExpect(status().isNotFound());
            }
        } finally {
            // The demo account keeps only the demo's own assignments and doorbraken.
            jdbc.sql("delete from inwoner.huishouden_toewijzing where huishouden_id = ?").param(toegewezen).update();
            jdbc.sql("delete from inwoner.doorbraak where huishouden_id = ?").param(doorbroken).update();
        }

        UUID oud = data.huishouden("Pagina oud huis", "wijkteam-centrum");
        UUID blijft = data.inwoner("Paginablijver", LocalDate.of(1979, 9, 9));
        UUID vertrokken = data.inwoner("Paginavertrokken", LocalDate.of(1983, 3, 3));
        LocalDate laatsteDag = LocalDate.now(klok).minusDays(20);
        data.lid(oud, blijft, "aanvrager", LocalDate.of(2018, 1, 1), null);
        data.lid(oud, vertrokken, "partner", LocalDate.of(2018, 1, 1), laatsteDag);
        data.lid(data.huishouden("Pagina nieuw huis", "pagina-elders"), vertrokken, "aanvrager", laatsteDag.plusDays(1), null);
        jdbc.sql("update inwoner.inwoner set straat = 'Paginaschuilplaats' where id = ?").param(vertrokken).update();
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values ('inwoner-blijver', 'Test', 'INWONER', ?)")
                .param(blijft).update();
        var huisgenoot = user("inwoner-blijver").roles("INWONER");
        mvc.perform(get("/huishoudens/" + oud).with(consulent))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Paginavertrokken"), not(containsString("Paginaschuilplaats")),
                        not(containsString("/inwoners/" + vertrokken)))));
        mvc.perform(get("/inwoners/" + vertrokken).with(consulent))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("alleen de naam"), not(containsString("Paginaschuilplaats")))));
        // A resident no longer reaches the professionals' pages at all (issue 16): their own area is /mijn.
        mvc.perform(get("/huishoudens/" + oud).with(huisgenoot)).andExpect(status().isForbidden());
        mvc.perform(get("/inwoners/" + vertrokken).with(huisgenoot))
                .andExpect(status().isForbidden()).andExpect(content().string(not(containsString("Paginaschuilplaats"))));
        mvc.perform(get("/inwoners/" + vertrokken + "/bewerken").with(consulent)).andExpect(status().isForbidden());
    }

    @Test
    void aResidentSeesTheirOwnHouseholdOnly() throws Exception {
        TestData data = new TestData(jdbc);
        UUID eigen = data.huishouden("Eigen huishouden", "wijkteam-centrum");
        UUID ik = data.inwoner("Inwonertest", LocalDate.of(1988, 8, 8));
        data.lid(eigen, ik, "aanvrager", LocalDate.of(2020, 1, 1), null);
        UUID ander = data.huishouden("Buren", "wijkteam-centrum");
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values ('inwoner-pagina', 'Test', 'INWONER', ?)")
                .param(ik).update();
        var inwoner = user("inwoner-pagina").roles("INWONER");

        // Issue 16: the resident's own area replaces the professionals' household page.
        mvc.perform(get("/mijn-huishouden").with(inwoner)).andExpect(redirectedUrl("/mijn"));
        mvc.perform(get("/mijn").with(inwoner)).andExpect(status().isOk());
        mvc.perform(get("/huishoudens/" + eigen).with(inwoner)).andExpect(status().isForbidden());
        mvc.perform(get("/huishoudens/" + ander).with(inwoner)).andExpect(status().isForbidden());
        mvc.perform(get("/huishoudens").with(inwoner)).andExpect(status().isForbidden());
        mvc.perform(get("/zoeken").with(inwoner)).andExpect(status().isForbidden());
        mvc.perform(get("/team/doorbraken").with(inwoner)).andExpect(status().isForbidden());
    }
}
