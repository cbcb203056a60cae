package nl.maatwerk.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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

        mvc.perform(get("/mijn-huishouden").with(inwoner)).andExpect(redirectedUrl("/huishoudens/" + eigen));
        mvc.perform(get("/huishoudens/" + eigen).with(inwoner)).andExpect(status().isOk());
        mvc.perform(get("/huishoudens/" + ander).with(inwoner)).andExpect(status().isNotFound());
        mvc.perform(get("/huishoudens").with(inwoner)).andExpect(status().isForbidden());
        mvc.perform(get("/zoeken").with(inwoner)).andExpect(status().isForbidden());
        mvc.perform(get("/team/doorbraken").with(inwoner)).andExpect(status().isForbidden());
    }
}
