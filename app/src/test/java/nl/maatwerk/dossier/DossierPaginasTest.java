package nl.maatwerk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dossier on the pages: the forms on the household and request pages post, come back with the message
 * at the field, and the household page of a resident shows only what is shared with them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierPaginasTest {

    private static final String TEAM = "wijkteam-centrum";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private UUID huishouden;
    private UUID moeder;
    private String bewoner;

    @BeforeEach
    void gezin() {
        TestData data = new TestData(jdbc);
        String code = UUID.randomUUID().toString().substring(0, 8);
        huishouden = data.huishouden("Huishouden Dossierpagina " + code, TEAM);
        moeder = data.inwoner("Dossierpagina" + code, LocalDate.of(1985, 3, 4));
        data.lid(huishouden, moeder, "aanvrager", LocalDate.of(2020, 1, 1), null);
        bewoner = "dossierpagina-inwoner-" + code;
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values (?, 'Moeder Dossierpagina', 'INWONER', ?)")
                .params(bewoner, moeder).update();
    }

    @Test
    void aNoteFromTheHouseholdPageIsListedThereAndOnlyTheSharedOneReachesTheResident() throws Exception {
        mvc.perform(get("/huishoudens/" + huishouden).param("tab", "dossier").with(user("consulent").roles("CONSULENT"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Contactjournaal"), containsString("Er zijn nog geen notities."),
                        containsString("Notitie toevoegen"), containsString("hoogstens 10 MB"))));
        mvc.perform(post("/huishoudens/" + huishouden + "/notities").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("terug", "huishouden").param("kanaal", "TELEFOON").param("tekst", "Gebeld over de achterstand bij de verhuurder."))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/huishoudens/" + huishouden + "?tab=dossier#notities"));
        mvc.perform(post("/huishoudens/" + huishouden + "/notities").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("terug", "huishouden").param("kanaal", "HUISBEZOEK").param("gedeeld", "true")
                        .param("tekst", "Samen de brief van de corporatie gelezen."))
                .andExpect(status().isFound());
        mvc.perform(get("/huishoudens/" + huishouden).param("tab", "dossier").with(user("consulent").roles("CONSULENT"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Gebeld over de achterstand bij de verhuurder."),
                        containsString("Samen de brief van de corporatie gelezen."), containsString("alleen voor het team"))));

        mvc.perform(get("/huishoudens/" + huishouden).with(user(bewoner).roles("INWONER")))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
    }

    @Test
    void aFormWithAnErrorComesBackWithTheMessageAtItsField() throws Exception {
        mvc.perform(post("/huishoudens/" + huishouden + "/notities").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("terug", "huishouden").param("kanaal", "").param("tekst", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kies hoe het contact was."), containsString("Schrijf op wat er besproken of gedaan is."),
                        containsString("id=\"tekst-fout\""))));
        mvc.perform(post("/huishoudens/" + huishouden + "/notities").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("kanaal", "TELEFOON").param("tekst", "x").param("hulpvraagId", "geen-uuid"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Dit kenmerk klopt niet.")));

        mvc.perform(multipart("/huishoudens/" + huishouden + "/documenten").file(new MockMultipartFile("bestand", "loonstrook.pdf", "application/pdf",
                        Voorbeeldbestanden.exe())).param("documenttype", "INKOMEN").with(user("consulent").roles("CONSULENT")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"bestand-fout\""), containsString("Dit soort bestand kan niet worden opgeslagen."))));
    }

    @Test
    void aDocumentIsUploadedDownloadedAsAnAttachmentAndWithdrawnAfterConfirmation() throws Exception {
        UUID vraag = new TestData(jdbc).aanvraagParticipatiewet(huishouden, moeder, "Hulp bij de huur");
        mvc.perform(get("/hulpvragen/" + vraag).with(user("consulent").roles("CONSULENT"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Notities bij deze hulpvraag"), containsString("Documenten bij deze hulpvraag"))));
        mvc.perform(multipart("/huishoudens/" + huishouden + "/documenten").file(new MockMultipartFile("bestand", "C:\\mijn stukken\\huur.pdf",
                        "application/pdf", Voorbeeldbestanden.pdf())).param("documenttype", "INKOMEN").param("terug", "hulpvraag")
                        .param("hulpvraagId", vraag.toString()).with(user("consulent").roles("CONSULENT")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/hulpvragen/" + vraag + "#documenten"));
        UUID document = jdbc.sql("select id from dossier.document where huishouden_id = ?").param(huishouden).query(UUID.class).single();
        assertThat(jdbc.sql("select hulpvraag_id from dossier.document where id = ?").param(document).query(UUID.class).single()).isEqualTo(vraag);
        mvc.perform(get("/hulpvragen/" + vraag).with(user("consulent").roles("CONSULENT"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("huur.pdf"), containsString("Bewaren tot"))));

        mvc.perform(get("/huishoudens/" + huishouden + "/documenten/" + document).with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"huur.pdf\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        // The resident does not reach an unshared document, not even by its address.
        mvc.perform(get("/huishoudens/" + huishouden + "/documenten/" + document).with(user(bewoner).roles("INWONER")))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages

        mvc.perform(get("/huishoudens/" + huishouden + "/documenten/" + document + "/intrekken").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Weet u zeker dat u"), containsString("Ja, document intrekken"))));
        mvc.perform(post("/huishoudens/" + huishouden + "/documenten/" + document + "/intrekken").with(user("consulent").roles("CONSULENT"))
                .with(csrf()).param("reden", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Schrijf op waarom u het document intrekt")));
        mvc.perform(post("/huishoudens/" + huishouden + "/documenten/" + document + "/intrekken").with(user("consulent").roles("CONSULENT"))
                .with(csrf()).param("reden", "Verkeerd bestand gekozen.")).andExpect(status().isFound());
        mvc.perform(get("/huishoudens/" + huishouden + "/documenten").with(user("consulent").roles("CONSULENT"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ingetrokken door"), containsString("Verkeerd bestand gekozen."))));
    }
}
