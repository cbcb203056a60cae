package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class HuishoudenPaginasTest {

    private static final RequestPostProcessor CONSULENT = user("consulent").roles("CONSULENT");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theResidentFormListsEveryProblemInDutchIncludingValuesThatDoNotConvert() throws Exception {
        long voor = jdbc.sql("select count(*) from inwoner.inwoner").query(Long.class).single();
        mvc.perform(post("/inwoners/nieuw").with(CONSULENT).with(csrf())
                        .param("burgerservicenummer", "123456789")
                        .param("naam.voornamen", "")
                        .param("naam.geslachtsnaam", "Dijk")
                        .param("geboortedatum", "gisteren")
                        .param("verblijfplaats.straat", "Laan")
                        .param("verblijfplaats.huisnummer", "twaalf")
                        .param("verblijfplaats.postcode", "2511")
                        .param("verblijfplaats.woonplaats", "Den Haag"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"foutoverzicht\""),
                        containsString("Dit is geen geldig BSN"),
                        containsString("Vul de voornamen in."),
                        containsString("Vul een geldige datum in"),
                        containsString("Vul een getal in."),
                        containsString("Vul een postcode in zoals 2511 AB."),
                        containsString("href=\"#naam.voornamen\""),
                        containsString("aria-invalid=\"true\""),
                        not(containsString("Failed to convert")))));
        assertThat(jdbc.sql("select count(*) from inwoner.inwoner").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void aProfessionalRegistersAResidentStartsAHouseholdAndAddsMembersAndNetwork() throws Exception {
        String bsn = TestData.nieuwBsn();
        mvc.perform(post("/inwoners/nieuw").with(CONSULENT).with(csrf())
                        .param("burgerservicenummer", bsn)
                        .param("naam.voornamen", "Noor")
                        .param("naam.voorvoegsel", "van der")
                        .param("naam.geslachtsnaam", "Berg")
                        .param("geboortedatum", "1979-02-14")
                        .param("verblijfplaats.straat", "Hoefkade")
                        .param("verblijfplaats.huisnummer", "200")
                        .param("verblijfplaats.postcode", "2526 AE")
                        .param("verblijfplaats.woonplaats", "'s-Gravenhage"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/inwoners/*"));

        mvc.perform(post("/huishoudens/nieuw").with(CONSULENT).with(csrf())
                        .param("naam", "Huishouden Van der Berg").param("bsn", bsn).param("vanaf", "2010-05-01"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("select id from inwoner.huishouden where naam = 'Huishouden Van der Berg'").query(UUID.class).single();

        String kind = TestData.nieuwBsn();
        UUID kindId = new TestData(jdbc).inwoner(kind, "Berg", LocalDate.of(2012, 3, 3), "2526AE", 200);
        jdbc.sql("update inwoner.inwoner set team_id = 'wijkteam-centrum' where id = ?").param(kindId).update();

        // A child cannot have an exception, and cannot arrive before birth: both errors at once.
        mvc.perform(post("/huishoudens/" + id + "/leden/nieuw").with(CONSULENT).with(csrf())
                        .param("versie", "0").param("bsn", kind).param("rol", "KIND").param("uitzondering", "STUDENT").param("vanaf", "2011-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Een uitzondering geldt alleen voor een medebewoner."),
                        containsString("woont hier niet voor de geboortedatum"))));

        mvc.perform(post("/huishoudens/" + id + "/leden/nieuw").with(CONSULENT).with(csrf())
                        .param("versie", "0").param("bsn", kind).param("rol", "KIND").param("uitzondering", "").param("vanaf", "2012-03-03"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/huishoudens/" + id + "/netwerk/nieuw").with(CONSULENT).with(csrf())
                        .param("versie", "1").param("naam", "Tante Wil").param("relatie", "MANTELZORGER").param("bijdrage", "kookt twee keer per week"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/huishoudens/" + id + "/leden/1/beeindigen").with(CONSULENT).with(csrf())
                        .param("versie", "2").param("totEnMet", "2030-12-31"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/huishoudens/" + id).with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Noor van der Berg")));
        // The network has its own tab on the household page (issue 15).
        mvc.perform(get("/huishoudens/" + id).param("tab", "netwerk").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tante Wil"),
                        containsString("<svg class=\"mw-ecomap\""), containsString("kookt twee keer per week"))));
        mvc.perform(get("/huishoudens/" + id).param("peildatum", "2011-06-01").with(CONSULENT))
                .andExpect(content().string(containsString("woonden hier:")));
    }

    @Test
    void aStaleFormDoesNotOverwriteAColleaguesChange() throws Exception {
        TestData data = new TestData(jdbc);
        UUID h = data.huishouden("Gelijktijdig", "wijkteam-centrum");
        data.lid(h, data.inwoner("Gelijk", LocalDate.of(1970, 1, 1)), "aanvrager", LocalDate.of(2020, 1, 1), null);
        jdbc.sql("update inwoner.huishouden set versie = 3 where id = ?").param(h).update();

        mvc.perform(post("/huishoudens/" + h + "/bewerken").with(CONSULENT).with(csrf()).param("versie", "2").param("naam", "Nieuwe naam"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Iemand anders heeft dit huishouden"), containsString("Nieuwe naam"))));
        assertThat(jdbc.sql("select naam from inwoner.huishouden where id = ?").param(h).query(String.class).single()).isEqualTo("Gelijktijdig");
    }

    @Test
    void anUnrelatedHouseholdPageIs404AndADoorbraakOpensIt() throws Exception {
        UUID elders = new TestData(jdbc).huishouden("Ander team", "wijkteam-laak");
        mvc.perform(get("/huishoudens/" + elders).with(CONSULENT)).andExpect(status().isNotFound());
        mvc.perform(post("/huishoudens/" + elders + "/doorbraak").with(CONSULENT).with(csrf()).param("reden", "kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Schrijf de reden in 20 tot 2000 tekens.")));
        mvc.perform(post("/huishoudens/" + elders + "/doorbraak").with(CONSULENT).with(csrf())
                        .param("reden", "Inwoner staat aan de balie met een acute huurschuld"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/huishoudens/" + elders).with(CONSULENT)).andExpect(status().isOk());
        mvc.perform(get("/team/doorbraken").with(user("teamleider").roles("TEAMLEIDER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inwoner staat aan de balie met een acute huurschuld")));
    }
}
