package nl.maatwerk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Pseudoniemen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The dossier's API: notes append-only and newest first, documents checked by content with a safe name and
 * served as an attachment, need-to-know (another team and a resident asking for what is not shared hear 404),
 * withdrawing by the uploader or the team lead only, and every read in the logboek, a failed one too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierApiTest {

    private static final String TEAM = "wijkteam-centrum";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pseudoniemen pseudoniemen;

    private UUID huishouden;
    private String bsn;
    private String bewoner;
    private String anderTeam;
    private String collega;
    private String teamleider;

    @BeforeEach
    void gezin() {
        TestData data = new TestData(jdbc);
        String code = UUID.randomUUID().toString().substring(0, 8);
        huishouden = data.huishouden("Huishouden Dossier " + code, TEAM);
        UUID moeder = data.inwoner("Dossier" + code, LocalDate.of(1985, 3, 4));
        data.lid(huishouden, moeder, "aanvrager", LocalDate.of(2020, 1, 1), null);
        bsn = data.bsnVan(moeder);
        bewoner = "dossier-inwoner-" + code;
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id, wachtwoord_hash) values (?, 'Moeder Dossier', 'INWONER', ?, '{noop}demo')")
                .params(bewoner, moeder).update();
        anderTeam = data.account("dossier-ander-" + code, "CONSULENT", "team-dossier-ander");
        collega = data.account("dossier-collega-" + code, "CONSULENT", TEAM);
        teamleider = data.account("dossier-leider-" + code, "TEAMLEIDER", TEAM);
    }

    private String pad(String rest) {
        return "/api/v1/huishoudens/" + huishouden + rest;
    }

    private ResultActions notitie(String account, String json) throws Exception {
        return mvc.perform(post(pad("/notities")).with(httpBasic(account, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String id(ResultActions r) throws Exception {
        return JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id");
    }

    private long logregels(String naam, String status) {
        return jdbc.sql("select count(*) from logboek.logboek_record where naam = ? and status = ? and betrokkene_type = 'BSN' and betrokkene_id = ?")
                .params(naam, status, pseudoniemen.van(Betrokkene.bsn(bsn))).query(Long.class).single();
    }

    @Test
    void notesAreAppendOnlyNewestFirstAndAResidentSeesOnlyWhatIsShared() throws Exception {
        String naam = jdbc.sql("select naam from platform.gebruiker where gebruikersnaam = ?").param(collega).query(String.class).single();
        String eerste = id(notitie(collega, "{\"kanaal\":\"telefoon\",\"tekst\":\"Mevrouw belde over de huur.\"}")
                .andExpect(status().isCreated()).andExpect(header().exists("API-Version"))
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(pad("/notities/"))))
                .andExpect(jsonPath("$.door").value(naam)).andExpect(jsonPath("$.kanaal").value("telefoon")).andExpect(jsonPath("$.gedeeld").value(false)));
        String gedeeld = id(notitie(collega, "{\"kanaal\":\"huisbezoek\",\"tekst\":\"Afgesproken: aanvraag bijzondere bijstand.\",\"gedeeld\":true}")
                .andExpect(status().isCreated()));
        String correctie = id(notitie(collega, "{\"kanaal\":\"notitie\",\"tekst\":\"Het ging over de energierekening.\",\"corrigeert\":\"" + eerste + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.corrigeert").value(eerste)));
        notitie(collega, "{\"kanaal\":\"notitie\",\"tekst\":\"Nog een correctie.\",\"corrigeert\":\"" + eerste + "\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.invalidParams[0].name").value("corrigeert"));

        mvc.perform(get(pad("/notities")).with(httpBasic(collega, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.notities[*].id").value(org.hamcrest.Matchers.contains(correctie, gedeeld, eerste)))
                .andExpect(jsonPath("$.notities[2].gecorrigeerdDoor").value(correctie))
                .andExpect(jsonPath("$.paginering.totaalAantal").value(3));
        assertThatThrownBy(() -> jdbc.sql("update dossier.notitie set tekst = 'anders' where id = ?").param(UUID.fromString(eerste)).update())
                .hasMessageContaining("Een notitie verandert niet");

        // The resident: only the shared note; the others do not exist for them.
        mvc.perform(get(pad("/notities")).with(httpBasic(bewoner, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.notities[*].id").value(org.hamcrest.Matchers.contains(gedeeld)))
                .andExpect(jsonPath("$.paginering.totaalAantal").value(1));
        mvc.perform(get(pad("/notities/" + gedeeld)).with(httpBasic(bewoner, "demo"))).andExpect(status().isOk());
        mvc.perform(get(pad("/notities/" + eerste)).with(httpBasic(bewoner, "demo"))).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        notitie(bewoner, "{\"kanaal\":\"telefoon\",\"tekst\":\"Ik schrijf zelf.\"}").andExpect(status().isForbidden());

        // Another team: the household does not exist.
        mvc.perform(get(pad("/notities")).with(httpBasic(anderTeam, "demo"))).andExpect(status().isNotFound());
        mvc.perform(get(pad("/notities/" + gedeeld)).with(httpBasic(anderTeam, "demo"))).andExpect(status().isNotFound());
        notitie(anderTeam, "{\"kanaal\":\"telefoon\",\"tekst\":\"Mag niet.\"}").andExpect(status().isNotFound());

        notitie(collega, "{\"tekst\":\"  \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", containsInAnyOrder("kanaal", "tekst")));
        notitie(collega, "{\"kanaal\":\"telegram\",\"tekst\":\"x\"}").andExpect(status().isBadRequest());
    }

    @Test
    void everyReadOfTheDossierIsLoggedAlsoWhenItFails() throws Exception {
        String verborgen = id(notitie(collega, "{\"kanaal\":\"overleg\",\"tekst\":\"Overleg met de school.\"}"));
        String document = id(upload(collega, "brief.pdf", Voorbeeldbestanden.pdf(), "correspondentie", false).andExpect(status().isCreated()));

        long lijst = logregels("notities.raadplegen", "OK");
        mvc.perform(get(pad("/notities")).with(httpBasic(collega, "demo"))).andExpect(status().isOk());
        assertThat(logregels("notities.raadplegen", "OK")).isEqualTo(lijst + 1);

        long mislukt = logregels("notitie.raadplegen", "ERROR");
        mvc.perform(get(pad("/notities/" + verborgen)).with(httpBasic(bewoner, "demo"))).andExpect(status().isNotFound());
        assertThat(logregels("notitie.raadplegen", "ERROR")).as("a resident asking for an unshared note").isEqualTo(mislukt + 1);

        long documenten = logregels("documenten.raadplegen", "OK");
        long download = logregels("document.downloaden", "OK");
        long downloadMislukt = logregels("document.downloaden", "ERROR");
        long lezen = logregels("document.raadplegen", "OK");
        mvc.perform(get(pad("/documenten")).with(httpBasic(collega, "demo"))).andExpect(status().isOk());
        mvc.perform(get(pad("/documenten/" + document)).with(httpBasic(collega, "demo"))).andExpect(status().isOk());
        mvc.perform(get(pad("/documenten/" + document + "/inhoud")).with(httpBasic(collega, "demo"))).andExpect(status().isOk());
        mvc.perform(get(pad("/documenten/" + document + "/inhoud")).with(httpBasic(bewoner, "demo"))).andExpect(status().isNotFound());
        assertThat(logregels("documenten.raadplegen", "OK")).isEqualTo(documenten + 1);
        assertThat(logregels("document.raadplegen", "OK")).isEqualTo(lezen + 1);
        assertThat(logregels("document.downloaden", "OK")).isEqualTo(download + 1);
        assertThat(logregels("document.downloaden", "ERROR")).isEqualTo(downloadMislukt + 1);
        assertThat(logregels("document.opslaan", "OK")).isEqualTo(1);
        assertThat(logregels("notitie.vastleggen", "OK")).isEqualTo(1);
    }

    private ResultActions upload(String account, String naam, byte[] inhoud, String type, boolean gedeeld) throws Exception {
        var verzoek = multipart(pad("/documenten")).file(new MockMultipartFile("bestand", naam, "application/octet-stream", inhoud))
                .with(httpBasic(account, "demo"));
        if (type != null) {
            verzoek.param("documenttype", type);
        }
        return mvc.perform(verzoek.param("gedeeld", String.valueOf(gedeeld)));
    }

    @Test
    void anUploadIsCheckedByContentSizeAndNameAndServedAsAnAttachment() throws Exception {
        upload(collega, "loonstrook.pdf", Voorbeeldbestanden.exe(), "inkomen", false).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("bestand"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(org.hamcrest.Matchers.startsWith("Dit soort bestand kan niet worden opgeslagen.")));
        upload(collega, "leeg.pdf", new byte[0], "inkomen", false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Kies een bestand. Het bestand dat u koos, is leeg."));
        byte[] groot = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Voorbeeldbestanden.pdf(), 0, groot, 0, Voorbeeldbestanden.pdf().length);
        upload(collega, "groot.pdf", groot, "inkomen", false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Het bestand is te groot (10 MB). Het mag hoogstens 10 MB zijn."));
        upload(collega, "brief.pdf", Voorbeeldbestanden.pdf(), null, false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("documenttype"));
        assertThat(jdbc.sql("select count(*) from dossier.document where huishouden_id = ?").param(huishouden).query(Long.class).single()).isZero();

        String passwd = id(upload(collega, "../../etc/passwd", Voorbeeldbestanden.pdf(), "inkomen", false).andExpect(status().isCreated())
                .andExpect(jsonPath("$.bestandsnaam").value("passwd.pdf")).andExpect(jsonPath("$.mediatype").value("application/pdf"))
                .andExpect(jsonPath("$.bewarenTot").value(LocalDate.now(nl.maatwerk.platform.Klok.ZONE).plusYears(7).toString())));
        upload(collega, "a\\b.pdf", Voorbeeldbestanden.pdf(), "overig", false).andExpect(status().isCreated())
                .andExpect(jsonPath("$.bestandsnaam").value("b.pdf"));
        mvc.perform(get(pad("/documenten/" + passwd + "/inhoud")).with(httpBasic(collega, "demo"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"passwd.pdf\"; filename*=UTF-8''passwd.pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(Voorbeeldbestanden.pdf()));
    }

    @Test
    void aResidentAndAnotherTeamNeverReachAnUnsharedDocument() throws Exception {
        String intern = id(upload(collega, "verslag.pdf", Voorbeeldbestanden.pdf(), "verslag", false));
        String gedeeld = id(upload(collega, "afspraken.pdf", Voorbeeldbestanden.pdf(), "correspondentie", true));
        mvc.perform(get(pad("/documenten")).with(httpBasic(bewoner, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.documenten[*].id").value(org.hamcrest.Matchers.contains(gedeeld)));
        mvc.perform(get(pad("/documenten/" + intern)).with(httpBasic(bewoner, "demo"))).andExpect(status().isNotFound());
        mvc.perform(get(pad("/documenten/" + intern + "/inhoud")).with(httpBasic(bewoner, "demo"))).andExpect(status().isNotFound());
        mvc.perform(get(pad("/documenten/" + gedeeld + "/inhoud")).with(httpBasic(bewoner, "demo"))).andExpect(status().isOk());
        upload(bewoner, "zelf.pdf", Voorbeeldbestanden.pdf(), "overig", true).andExpect(status().isForbidden());
        for (String document : new String[] {intern, gedeeld}) {
            mvc.perform(get(pad("/documenten/" + document)).with(httpBasic(anderTeam, "demo"))).andExpect(status().isNotFound());
            mvc.perform(get(pad("/documenten/" + document + "/inhoud")).with(httpBasic(anderTeam, "demo"))).andExpect(status().isNotFound());
        }
        mvc.perform(get(pad("/documenten")).with(httpBasic(anderTeam, "demo"))).andExpect(status().isNotFound());
        upload(anderTeam, "ander.pdf", Voorbeeldbestanden.pdf(), "overig", false).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheUploaderOrTheTeamLeadWithdrawsADocumentOnceAndItsBytesGo() throws Exception {
        String document = id(upload(collega, "verkeerd.pdf", Voorbeeldbestanden.pdf(), "overig", true));
        String json = "{\"reden\":\"Bij het verkeerde huishouden opgeslagen.\"}";
        mvc.perform(post(pad("/documenten/" + document + "/intrekking")).with(httpBasic("consulent", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isForbidden());
        mvc.perform(post(pad("/documenten/" + document + "/intrekking")).with(httpBasic(teamleider, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reden\":\"\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("reden"));
        mvc.perform(post(pad("/documenten/" + document + "/intrekking")).with(httpBasic(teamleider, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ingetrokkenReden").value("Bij het verkeerde huishouden opgeslagen."));
        mvc.perform(post(pad("/documenten/" + document + "/intrekking")).with(httpBasic(collega, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from dossier.document_inhoud where document_id = ?").param(UUID.fromString(document))
                .query(Long.class).single()).isZero();
        mvc.perform(get(pad("/documenten/" + document + "/inhoud")).with(httpBasic(collega, "demo"))).andExpect(status().isNotFound());
        mvc.perform(get(pad("/documenten/" + document)).with(httpBasic(bewoner, "demo"))).andExpect(status().isNotFound());
        assertThat(logregels("document.intrekken", "OK")).isEqualTo(1);
    }

    @Test
    void aRequestOfAnotherHouseholdCannotCarryANote() throws Exception {
        TestData data = new TestData(jdbc);
        UUID ander = data.huishouden("Huishouden Dossier ander", TEAM);
        UUID vraag = data.aanvraagParticipatiewet(ander, null, "Hulp bij de huur");
        notitie(collega, "{\"kanaal\":\"telefoon\",\"tekst\":\"Bij de verkeerde vraag.\",\"hulpvraagId\":\"" + vraag + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("hulpvraagId"));
        UUID eigen = data.aanvraagParticipatiewet(huishouden, null, "Hulp bij de huur");
        String bij = id(notitie(collega, "{\"kanaal\":\"telefoon\",\"tekst\":\"Bij de vraag.\",\"hulpvraagId\":\"" + eigen + "\"}")
                .andExpect(status().isCreated()));
        notitie(collega, "{\"kanaal\":\"balie\",\"tekst\":\"Los van de vraag.\"}").andExpect(status().isCreated());
        mvc.perform(get(pad("/notities")).param("hulpvraag", eigen.toString()).with(httpBasic(collega, "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.notities[*].id").value(org.hamcrest.Matchers.contains(bij)));
    }
}
