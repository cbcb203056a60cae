package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 13, finding "former household members": a partner who left for a shelter in another team's
 * household must not be readable or changeable through the household she left. The old team and the
 * housemate she left see her name and the period she lived there, nothing of where she lives now.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VoormaligLidTest {

    private static final RequestPostProcessor CONSULENT = user("consulent").roles("CONSULENT");
    private static final String NIEUW_ADRES = "Veilige Haven";
    private static final String NIEUWE_POSTCODE = "9999ZZ";
    private static final String NIEUW_NUMMER = "06 9876 5432";
    private static final String NIEUWE_MAIL = "anna@veilig.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock klok;

    UUID oud;
    UUID opvang;
    UUID piet;
    UUID anna;
    UUID klaas;
    String annaBsn;
    String klaasNaam;
    RequestPostProcessor pietAlsInwoner;
    RequestPostProcessor nieuwTeam;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        String achtervoegsel = UUID.randomUUID().toString().substring(0, 8);
        LocalDate vandaag = LocalDate.now(klok);
        oud = data.huishouden("Voormalig oud " + achtervoegsel, "wijkteam-centrum");
        opvang = data.huishouden("Voormalig opvang " + achtervoegsel, "voormalig-opvangteam");
        piet = data.inwoner("Pietvoormalig" + achtervoegsel, LocalDate.of(1978, 1, 1));
        anna = data.inwoner("Annavoormalig" + achtervoegsel, LocalDate.of(1982, 2, 2));
        klaasNaam = "Klaasvoormalig" + achtervoegsel;
        klaas = data.inwoner(klaasNaam, LocalDate.of(1950, 3, 3));
        annaBsn = data.bsnVan(anna);
        // Klaas lived here before Piet and Anna came; Anna left a month ago and lives in the shelter since.
        data.lid(oud, klaas, "aanvrager", LocalDate.of(2005, 1, 1), LocalDate.of(2014, 12, 31));
        data.lid(oud, piet, "aanvrager", LocalDate.of(2015, 1, 1), null);
        data.lid(oud, anna, "partner", LocalDate.of(2015, 1, 1), vandaag.minusDays(31));
        data.lid(opvang, anna, "aanvrager", vandaag.minusDays(30), null);
        jdbc.sql("update inwoner.inwoner set straat = ?, postcode = ?, telefoonnummer = ?, emailadres = ?, versie = versie + 1 where id = ?")
                .params(NIEUW_ADRES, NIEUWE_POSTCODE, NIEUW_NUMMER, NIEUWE_MAIL, anna).update();
        String pietGebruiker = "voormalig-piet-" + achtervoegsel;
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values (?, 'Piet', 'INWONER', ?)")
                .params(pietGebruiker, piet).update();
        pietAlsInwoner = user(pietGebruiker).roles("INWONER");
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id) values ('voormalig-opvang', 'Opvang Consulent', "
                + "'CONSULENT', 'voormalig-opvangteam') on conflict do nothing").update();
        nieuwTeam = user("voormalig-opvang").roles("CONSULENT");
    }

    private String annaGewijzigd() {
        return """
                {"burgerservicenummer":"%s","naam":{"voornamen":"Anna","geslachtsnaam":"Gevonden"},"geboortedatum":"1982-02-02",
                 "verblijfplaats":{"straat":"Oude Woning","huisnummer":1,"postcode":"2511AB","woonplaats":"'s-Gravenhage"}}
                """.formatted(annaBsn);
    }

    private int versie(UUID inwoner) {
        return jdbc.sql("select versie from inwoner.inwoner where id = ?").param(inwoner).query(Integer.class).single();
    }

    @Test
    void theOldTeamSeesTheFormerMembersNameAndPeriodButNeverReadsOrChangesHerRecord() throws Exception {
        mvc.perform(get("/api/v1/huishoudens/" + oud).with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Annavoormalig"), containsString("2015-01-01"),
                        not(containsString(annaBsn)), not(containsString(NIEUW_ADRES)), not(containsString(NIEUWE_POSTCODE)))));

        mvc.perform(get("/api/v1/inwoners/" + anna).with(CONSULENT))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(not(containsString(annaBsn)), not(containsString(NIEUW_ADRES)))));
        mvc.perform(put("/api/v1/inwoners/" + anna).with(CONSULENT).header("If-Match", String.valueOf(versie(anna)))
                        .contentType(MediaType.APPLICATION_JSON).content(annaGewijzigd()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select straat from inwoner.inwoner where id = ?").param(anna).query(String.class).single())
                .as("the old team could not change her record").isEqualTo(NIEUW_ADRES);

        mvc.perform(get("/inwoners/" + anna).with(CONSULENT))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("alleen de naam"), not(containsString(NIEUW_ADRES)),
                        not(containsString(NIEUW_NUMMER)), not(containsString(NIEUWE_MAIL)))));
        mvc.perform(get("/inwoners/" + anna + "/bewerken").with(CONSULENT)).andExpect(status().isForbidden());
        mvc.perform(get("/huishoudens/" + oud).with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Annavoormalig"), not(containsString(NIEUW_ADRES)),
                        not(containsString("/inwoners/" + anna)))));

        // Klaas left long ago and lives in no household now: his record belongs to no one's current household.
        mvc.perform(get("/api/v1/inwoners/" + klaas).with(CONSULENT)).andExpect(status().isForbidden());
    }

    @Test
    void theTeamOfHerCurrentHouseholdDoesSeeAndChangeHerRecord() throws Exception {
        mvc.perform(get("/api/v1/inwoners/" + anna).with(nieuwTeam))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(annaBsn), containsString(NIEUW_ADRES))));
        mvc.perform(get("/api/v1/huishoudens/" + oud).with(nieuwTeam)).andExpect(status().isNotFound());
    }

    private String oudMetAnnaVanaf(String vanaf) {
        return """
                {"naam":"Voormalig oud","leden":[
                  {"inwonerId":"%s","rol":"aanvrager","vanaf":"2005-01-01","totEnMet":"2014-12-31"},
                  {"inwonerId":"%s","rol":"aanvrager","vanaf":"2015-01-01"},
                  {"inwonerId":"%s","rol":"partner","vanaf":"%s","totEnMet":"%s"}]}
                """.formatted(klaas, piet, anna, vanaf, LocalDate.now(klok).minusDays(31));
    }

    private int huishoudenVersie(UUID huishouden) {
        return jdbc.sql("select versie from inwoner.huishouden where id = ?").param(huishouden).query(Integer.class).single();
    }

    @Test
    void theOldTeamKeepsTheFormerMembersPeriodAsItIsAndCannotRewriteIt() throws Exception {
        mvc.perform(put("/api/v1/huishoudens/" + oud).with(CONSULENT).header("If-Match", String.valueOf(huishoudenVersie(oud)))
                        .contentType(MediaType.APPLICATION_JSON).content(oudMetAnnaVanaf("2016-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("vertrokken")));
        assertThat(jdbc.sql("select vanaf from inwoner.huishouden_lid where huishouden_id = ? and inwoner_id = ?").params(oud, anna)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2015, 1, 1));
        // Unchanged, her membership goes along with any other change to the household.
        mvc.perform(put("/api/v1/huishoudens/" + oud).with(CONSULENT).header("If-Match", String.valueOf(huishoudenVersie(oud)))
                        .contentType(MediaType.APPLICATION_JSON).content(oudMetAnnaVanaf("2015-01-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(annaBsn))));
    }

    @Test
    void theHousemateSheLeftSeesHerNameAndTheSharedPeriodOnlyAndNobodyWhoLeftBeforeHeCame() throws Exception {
        mvc.perform(get("/api/v1/inwoners/" + anna).with(pietAlsInwoner)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inwoners/" + klaas).with(pietAlsInwoner)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inwoners/" + piet).with(pietAlsInwoner)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/huishoudens/" + oud).with(pietAlsInwoner))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Annavoormalig"), not(containsString(annaBsn)),
                        not(containsString(NIEUW_ADRES)), not(containsString(klaasNaam)), not(containsString(klaas.toString())))));
        mvc.perform(get("/api/v1/huishoudens/" + oud).param("peildatum", "2010-06-01").with(pietAlsInwoner))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(klaasNaam))));
        mvc.perform(get("/huishoudens/" + oud).with(pietAlsInwoner))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
        mvc.perform(get("/huishoudens/" + oud).param("peildatum", "2010-06-01").with(pietAlsInwoner))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
    }
}
