package nl.maatwerk.mijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, messages with my regisseur: the resident writes, the professional of the household reads and answers,
 * the resident gets an e-mail over real SMTP (GreenMail, on the port of the tests' spring.mail settings) that says
 * only that there is a message: no name, no household, no text, no BSN. Another household's professional gets 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MijnBerichtenTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String consulent;
    private String inwoner;
    private UUID huishouden;
    private UUID inwonerId;
    private String bsn;

    @BeforeEach
    void huishoudenMetInwoner() {
        TestData data = new TestData(jdbc);
        String sleutel = UUID.randomUUID().toString().substring(0, 8);
        String team = "Wijkteam Bericht " + sleutel;
        consulent = data.account("ber-c-" + sleutel, "CONSULENT", team);
        huishouden = data.huishouden("Huishouden Berichtgeheim " + sleutel, team);
        inwonerId = data.inwoner("Berichtgeheim", LocalDate.of(1980, 3, 4));
        jdbc.sql("update inwoner.inwoner set emailadres = ? where id = ?").params("inwoner-" + sleutel + "@voorbeeld.nl", inwonerId).update();
        data.lid(huishouden, inwonerId, "aanvrager", LocalDate.of(2020, 1, 1), null);
        bsn = data.bsnVan(inwonerId);
        inwoner = "ber-i-" + sleutel;
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id, wachtwoord_hash) values (?, 'Test Inwoner', 'INWONER', ?, '{noop}demo')")
                .params(inwoner, inwonerId).update();
    }

    @Test
    void theResidentWritesTheProfessionalAnswersAndTheMailSaysNothingPersonal() throws Exception {
        mvc.perform(post("/api/v1/mijn/berichten").with(httpBasic(inwoner, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"tekst\":\"Mijn huur is te hoog geworden\"}")).andExpect(status().isCreated());
        String pagina = mvc.perform(get("/huishoudens/{id}/berichten", huishouden).with(user(consulent).roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("Mijn huur is te hoog geworden", "Berichtgeheim");

        mvc.perform(post("/huishoudens/{id}/berichten", huishouden).with(user(consulent).roles("CONSULENT")).with(csrf())
                .param("inwonerId", inwonerId.toString()).param("tekst", "Ik bel u morgen over de huur")).andExpect(status().is3xxRedirection());

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("one e-mail over SMTP").isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        String alles = mail.getSubject() + "\n" + GreenMailUtil.getBody(mail);
        assertThat(mail.getAllRecipients()[0].toString()).endsWith("@voorbeeld.nl");
        assertThat(alles).contains("nieuw bericht").doesNotContain("huur", "Berichtgeheim", bsn, "Test", huishouden.toString(), "Huishouden");

        String json = mvc.perform(get("/api/v1/mijn/berichten").with(httpBasic(inwoner, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(json, "$.berichten.length()")).isEqualTo(2);
        assertThat((String) JsonPath.read(json, "$.berichten[1].tekst")).isEqualTo("Ik bel u morgen over de huur");
    }

    @Test
    void anEmptyMessageGetsAPlainMessageAndAnotherTeamSeesNothing() throws Exception {
        String pagina = mvc.perform(post("/mijn/berichten").with(user(inwoner).roles("INWONER")).with(csrf()).param("tekst", "   "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("Schrijf uw bericht.");
        mvc.perform(post("/api/v1/mijn/berichten").with(httpBasic(inwoner, "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"tekst\":\"\"}"))
                .andExpect(status().isBadRequest());

        String ander = new TestData(jdbc).account("ber-x-" + UUID.randomUUID().toString().substring(0, 8), "CONSULENT", "Wijkteam Elders Bericht");
        mvc.perform(get("/huishoudens/{id}/berichten", huishouden).with(user(ander).roles("CONSULENT"))).andExpect(status().isNotFound());
        mvc.perform(post("/huishoudens/{id}/berichten", huishouden).with(user(ander).roles("CONSULENT")).with(csrf())
                .param("inwonerId", inwonerId.toString()).param("tekst", "Hallo")).andExpect(status().isNotFound());
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void attachmentsFollowTheDocumentRulesAndOnlyTheOwnHouseholdDownloadsThem() throws Exception {
        mvc.perform(multipart("/mijn/berichten").file(new MockMultipartFile("bestand", "../../geheim/huurbrief.pdf", "application/pdf", PDF))
                .param("tekst", "Hier is de brief van de verhuurder").with(user(inwoner).roles("INWONER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String json = mvc.perform(get("/api/v1/mijn/berichten").with(httpBasic(inwoner, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(json, "$.berichten[0].bijlage.bestandsnaam")).as("the path is gone").isEqualTo("huurbrief.pdf");
        String href = JsonPath.read(json, "$.berichten[0].bijlage.href");
        String id = href.substring(href.lastIndexOf('/') + 1);
        var download = mvc.perform(get(href).with(httpBasic(inwoner, "demo"))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        mvc.perform(get("/mijn/berichten/bijlagen/{id}", id).with(user(inwoner).roles("INWONER"))).andExpect(status().isOk());

        String pagina = mvc.perform(get("/huishoudens/{id}/berichten", huishouden).with(user(consulent).roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("huurbrief.pdf", "/huishoudens/" + huishouden + "/berichten/bijlagen/" + id);
        mvc.perform(get("/huishoudens/{id}/berichten/bijlagen/{b}", huishouden, id).with(user(consulent).roles("CONSULENT")))
                .andExpect(status().isOk());

        // Another household's resident, and a professional of another team, hear that it does not exist.
        TestData data = new TestData(jdbc);
        String sleutel = UUID.randomUUID().toString().substring(0, 8);
        UUID ander = data.huishouden("Ander huishouden bijlage", "Wijkteam Ander Bijlage");
        UUID anderId = data.inwoner("Anders", LocalDate.of(1985, 5, 6));
        data.lid(ander, anderId, "aanvrager", LocalDate.of(2020, 1, 1), null);
        String anderInwoner = "ber-a-" + sleutel;
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id, wachtwoord_hash) values (?, 'Ander', 'INWONER', ?, '{noop}demo')")
                .params(anderInwoner, anderId).update();
        mvc.perform(get("/api/v1/mijn/berichten/bijlagen/{id}", id).with(httpBasic(anderInwoner, "demo"))).andExpect(status().isNotFound());
        mvc.perform(get("/mijn/berichten/bijlagen/{id}", id).with(user(anderInwoner).roles("INWONER"))).andExpect(status().isNotFound());
        String elders = data.account("ber-y-" + sleutel, "CONSULENT", "Wijkteam Elders Bijlage");
        mvc.perform(get("/huishoudens/{id}/berichten/bijlagen/{b}", huishouden, id).with(user(elders).roles("CONSULENT")))
                .andExpect(status().isNotFound());

        // The workplace's rules: an empty file, and a file whose content is not a document we take.
        String leeg = mvc.perform(multipart("/mijn/berichten").file(new MockMultipartFile("bestand", "leeg.pdf", "application/pdf", new byte[0]))
                .param("tekst", "Met een lege bijlage").with(user(inwoner).roles("INWONER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(leeg).contains("is leeg", "Met een lege bijlage");
        String exe = mvc.perform(multipart("/mijn/berichten").file(new MockMultipartFile("bestand", "brief.pdf", "application/pdf",
                        new byte[] {'M', 'Z', 0, 0, 1, 2, 3}))
                .param("tekst", "Met een programma").with(user(inwoner).roles("INWONER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exe).contains("Dit soort bestand kan niet worden opgeslagen");

        // The regisseur answers with an attachment: the e-mail still carries nothing of it.
        mvc.perform(multipart("/huishoudens/{id}/berichten", huishouden).file(new MockMultipartFile("bestand", "afspraak.pdf", "application/pdf", PDF))
                .param("inwonerId", inwonerId.toString()).param("tekst", "De afspraak staat in de bijlage")
                .with(user(consulent).roles("CONSULENT")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getContentType()).as("no attachment: plain text").startsWith("text/plain");
        assertThat(GreenMailUtil.getWholeMessage(mail)).doesNotContain("afspraak.pdf", "Berichtgeheim", bsn);
    }
}
