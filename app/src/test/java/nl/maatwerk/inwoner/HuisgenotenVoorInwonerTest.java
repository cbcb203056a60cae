package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 13 follow-up: a resident sees their own household through the API as on the web page: their own
 * data in full, of the others who live there (or lived there with them) the name, the role and the
 * period, never their BSN, birth date, address or contact details. The record of a housemate is not
 * the resident's to open (403).
 */
@SpringBootTest
@AutoConfigureMockMvc
class HuisgenotenVoorInwonerTest {

    private static final String TELEFOON_PARTNER = "06 4321 8765";
    private static final String MAIL_PARTNER = "partner@huisgenoot.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock klok;

    UUID huishouden;
    UUID ik;
    UUID partner;
    UUID dochter;
    String mijnBsn;
    String partnerBsn;
    String dochterBsn;
    String achternaam;
    LocalDate dochterWegOp;
    RequestPostProcessor inwoner;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        achternaam = "Huisgenoot" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate vandaag = LocalDate.now(klok);
        dochterWegOp = vandaag.minusDays(40);
        huishouden = data.huishouden("Huishouden " + achternaam, "wijkteam-centrum");
        ik = data.inwoner(achternaam, LocalDate.of(1981, 3, 3));
        partner = data.inwoner(achternaam, LocalDate.of(1979, 4, 4));
        dochter = data.inwoner(achternaam, LocalDate.of(2001, 5, 5));
        data.lid(huishouden, ik, "aanvrager", LocalDate.of(2012, 1, 1), null);
        data.lid(huishouden, partner, "partner", LocalDate.of(2010, 6, 1), null);
        // The daughter moved out (to no other household): the resident saw her go.
        data.lid(huishouden, dochter, "kind", LocalDate.of(2012, 1, 1), dochterWegOp);
        jdbc.sql("update inwoner.inwoner set telefoonnummer = ?, emailadres = ? where id = ?")
                .params(TELEFOON_PARTNER, MAIL_PARTNER, partner).update();
        mijnBsn = data.bsnVan(ik);
        partnerBsn = data.bsnVan(partner);
        dochterBsn = data.bsnVan(dochter);
        String gebruiker = "huisgenoot-" + achternaam;
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values (?, 'Ik', 'INWONER', ?)")
                .params(gebruiker, ik).update();
        inwoner = user(gebruiker).roles("INWONER");
    }

    @Test
    void theHouseholdThroughTheApiShowsTheResidentsOwnDataAndOfTheOthersOnlyNameRoleAndPeriod() throws Exception {
        String antwoord = mvc.perform(get("/api/v1/huishoudens/" + huishouden).with(inwoner))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(partnerBsn)), not(containsString(dochterBsn)),
                        not(containsString("1979-04-04")), not(containsString("2001-05-05")), not(containsString(TELEFOON_PARTNER)),
                        not(containsString(MAIL_PARTNER)))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<Map<String, Object>> leden = JsonPath.read(antwoord, "$.leden");
        assertThat(leden).hasSize(3);
        Map<String, Object> zelf = lid(leden, ik);
        assertThat(zelf).containsEntry("burgerservicenummer", mijnBsn).containsEntry("geboortedatum", "1981-03-03");
        Map<String, Object> metMij = lid(leden, partner);
        assertThat(metMij).containsEntry("naam", "Test " + achternaam).containsEntry("rol", "partner")
                .containsEntry("vanaf", "2010-06-01").doesNotContainKeys("burgerservicenummer", "geboortedatum");
        Map<String, Object> vertrokken = lid(leden, dochter);
        assertThat(vertrokken).containsEntry("vanaf", "2012-01-01").containsEntry("totEnMet", dochterWegOp.toString())
                .doesNotContainKeys("burgerservicenummer", "geboortedatum");
    }

    @Test
    void theListOfHouseholdsThroughTheApiShowsTheResidentTheSameAndNoHousematesBsn() throws Exception {
        mvc.perform(get("/api/v1/huishoudens").param("naam", achternaam).with(inwoner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.huishoudens[0].id").value(huishouden.toString()))
                .andExpect(content().string(allOf(containsString(mijnBsn), not(containsString(partnerBsn)),
                        not(containsString("1979-04-04")))));
    }

    @Test
    void theRecordOfAHousemateIsNotTheResidentsToOpenOnTheApiOrThePage() throws Exception {
        for (UUID ander : List.of(partner, dochter)) {
            mvc.perform(get("/api/v1/inwoners/" + ander).with(inwoner))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(allOf(containsString("alleen uw eigen gegevens"), not(containsString(partnerBsn)),
                            not(containsString(dochterBsn)), not(containsString(TELEFOON_PARTNER)))));
            mvc.perform(get("/inwoners/" + ander).with(inwoner))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
        }
        mvc.perform(get("/api/v1/inwoners/" + ik).with(inwoner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.burgerservicenummer").value(mijnBsn));
        mvc.perform(get("/inwoners/" + ik).with(inwoner))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
    }

    @Test
    void theHouseholdPageShowsTheResidentNoBirthDateOfAHousemateAndLinksOnlyToTheirOwnRecord() throws Exception {
        mvc.perform(get("/huishoudens/" + huishouden).with(inwoner))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
    }

    private static Map<String, Object> lid(List<Map<String, Object>> leden, UUID id) {
        return leden.stream().filter(l -> id.toString().equals(l.get("inwonerId"))).findFirst().orElseThrow();
    }
}
