package nl.maatwerk.mijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.besluit.PdfKeuring;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Inzagen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Issue 16, "Wie keek in mijn gegevens": a consulent reads the household and the resident sees that read, with role
 * and team but not the name (policy off by default), in their words; their own reads are not listed; an access held
 * back by law is a count with its reason; another resident sees none of it; a professional has no such list (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
class MijnInzagenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock klok;

    @Autowired
    Inzagen logboekInzagen;

    private String team;
    private String consulent;
    private String inwoner;
    private UUID huishouden;
    private String bsn;

    @BeforeEach
    void huishoudenMetInwoner() {
        TestData data = new TestData(jdbc);
        String sleutel = UUID.randomUUID().toString().substring(0, 8);
        team = "Wijkteam Inzage " + sleutel;
        consulent = data.account("inz-c-" + sleutel, "CONSULENT", team);
        huishouden = data.huishouden("Huishouden Inzage " + sleutel, team);
        UUID id = data.inwoner("Inzage", LocalDate.of(1980, 3, 4));
        data.lid(huishouden, id, "aanvrager", LocalDate.of(2020, 1, 1), null);
        bsn = data.bsnVan(id);
        inwoner = "inz-i-" + sleutel;
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id, wachtwoord_hash) values (?, 'Test Inzage', 'INWONER', ?, '{noop}demo')")
                .params(inwoner, id).update();
    }

    @Test
    void aConsulentsReadOfTheHouseholdIsListedForTheResidentWithRoleTeamAndPurpose() throws Exception {
        mvc.perform(get("/api/v1/huishoudens/{id}", huishouden).with(httpBasic(consulent, "demo"))).andExpect(status().isOk());

        String json = inzagen(inwoner);
        assertThat((Integer) JsonPath.read(json, "$.inzagen.length()")).isEqualTo(1);
        assertThat((String) JsonPath.read(json, "$.inzagen[0].rol")).isEqualTo("Consulent");
        assertThat((String) JsonPath.read(json, "$.inzagen[0].team")).isEqualTo(team);
        assertThat((String) JsonPath.read(json, "$.inzagen[0].naam")).as("no name unless policy allows").isEmpty();
        assertThat((List<String>) JsonPath.read(json, "$.inzagen[0].watGegevens")).contains("Gegevens over uw huishouden (wie er woont)");
        assertThat((Boolean) JsonPath.read(json, "$.inzagen[0].doorbraak")).isFalse();
        Instant op = OffsetDateTime.parse(JsonPath.read(json, "$.inzagen[0].op")).toInstant();
        assertThat(Duration.between(op, Instant.now(klok)).abs()).isLessThan(Duration.ofSeconds(60));

        // The resident's own reads (this list, twice now) are not listed.
        assertThat((Integer) JsonPath.read(inzagen(inwoner), "$.inzagen.length()")).isEqualTo(1);

        String pagina = mvc.perform(get("/mijn/inzagen").with(user(inwoner).roles("INWONER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("Wie keek in mijn gegevens", "Consulent", team, "Om u te kunnen helpen").doesNotContain("Test inz-c-");
    }

    @Test
    void anAccessHeldBackByLawIsACountWithItsReasonNotASilentGap() throws Exception {
        mvc.perform(get("/api/v1/huishoudens/{id}", huishouden).with(httpBasic(consulent, "demo"))).andExpect(status().isOk());
        logboekInzagen.stelUit(new Inzagen.Uitstel(Betrokkene.bsn(bsn), consulent, Instant.now(klok).minusSeconds(3600),
                LocalDate.now(klok).plusDays(30), "er loopt een onderzoek naar een uitkering"), "auditor");

        String json = inzagen(inwoner);
        assertThat((Integer) JsonPath.read(json, "$.inzagen.length()")).isZero();
        assertThat((Integer) JsonPath.read(json, "$.achtergehouden[0].aantal")).isEqualTo(1);
        assertThat((String) JsonPath.read(json, "$.achtergehouden[0].reden")).isEqualTo("er loopt een onderzoek naar een uitkering");
        assertThat((String) JsonPath.read(json, "$.achtergehouden[0].zichtbaarVanaf")).isEqualTo(LocalDate.now(klok).plusDays(31).toString());
    }

    @Test
    void theTeamLeadHoldsBackTheAccessesFromTodayAndTheResidentSeesTheCountAndReasonNotTheAccesses() throws Exception {
        String leider = new TestData(jdbc).account("inz-t-" + UUID.randomUUID().toString().substring(0, 8), "TEAMLEIDER", team);
        UUID persoon = jdbc.sql("select id from inwoner.inwoner where bsn = ?").param(bsn).query(UUID.class).single();
        LocalDate vandaag = LocalDate.now(klok);
        String reden = "Er loopt een onderzoek. U ziet deze inzagen als het klaar is.";

        mvc.perform(post("/inwoners/{id}/inzage-uitstellen", persoon).with(user(leider).roles("TEAMLEIDER")).with(csrf())
                .param("vanaf", vandaag.toString()).param("tot", vandaag.plusDays(60).toString()).param("reden", reden))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/inwoners/" + persoon));
        mvc.perform(get("/api/v1/huishoudens/{id}", huishouden).with(httpBasic(consulent, "demo"))).andExpect(status().isOk());

        String json = inzagen(inwoner);
        assertThat((Integer) JsonPath.read(json, "$.inzagen.length()")).as("the consulent's read and the team lead's are held back").isZero();
        assertThat((String) JsonPath.read(json, "$.achtergehouden[0].reden")).isEqualTo(reden);
        assertThat((Integer) JsonPath.read(json, "$.achtergehouden[0].aantal")).isGreaterThanOrEqualTo(2);
        assertThat((String) JsonPath.read(json, "$.achtergehouden[0].zichtbaarVanaf")).isEqualTo(vandaag.plusDays(61).toString());
        String formulier = mvc.perform(get("/inwoners/{id}/inzage-uitstellen", persoon).with(user(leider).roles("TEAMLEIDER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(formulier).contains("Loopt nu", reden, leider);
        // The privacy auditor sees every hold that runs, and who recorded it, on the start page.
        String start = mvc.perform(get("/").with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(start.substring(start.indexOf("start-uitstel"))).contains(reden, leider);
    }

    @Test
    void onlyTheTeamLeadMayHoldBackAndAHoldIsAtMostAYearWithAReasonTheResidentCanRead() throws Exception {
        String leider = new TestData(jdbc).account("inz-t-" + UUID.randomUUID().toString().substring(0, 8), "TEAMLEIDER", team);
        UUID persoon = jdbc.sql("select id from inwoner.inwoner where bsn = ?").param(bsn).query(UUID.class).single();
        LocalDate vandaag = LocalDate.now(klok);

        mvc.perform(post("/inwoners/{id}/inzage-uitstellen", persoon).with(user(consulent).roles("CONSULENT")).with(csrf())
                .param("vanaf", vandaag.toString()).param("tot", vandaag.plusDays(10).toString()).param("reden", "Er loopt een onderzoek."))
                .andExpect(status().isForbidden());
        String pagina = mvc.perform(post("/inwoners/{id}/inzage-uitstellen", persoon).with(user(leider).roles("TEAMLEIDER")).with(csrf())
                .param("vanaf", vandaag.plusDays(1).toString()).param("tot", vandaag.plusYears(2).toString()).param("reden", "kort"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("De begindatum kan niet na vandaag liggen.", "Hoogstens een jaar vooruit.", "10 tot 1000 tekens");
        mvc.perform(post("/inwoners/{id}/inzage-uitstellen", persoon).with(user(leider).roles("TEAMLEIDER")).with(csrf())
                .param("vanaf", "gisteren").param("tot", vandaag.toString()).param("reden", "Er loopt een onderzoek."))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Vul een datum in")));
        assertThat(logboekInzagen.lopend(Betrokkene.bsn(bsn), vandaag)).as("nothing recorded").isEmpty();
    }

    @Test
    void anotherResidentAndAProfessionalSeeNoneOfIt() throws Exception {
        mvc.perform(get("/api/v1/huishoudens/{id}", huishouden).with(httpBasic(consulent, "demo"))).andExpect(status().isOk());
        TestData data = new TestData(jdbc);
        UUID ander = data.inwoner("Ander", LocalDate.of(1970, 1, 1));
        String anderAccount = "inz-a-" + UUID.randomUUID().toString().substring(0, 8);
        data.lid(data.huishouden("Ander huishouden", team), ander, "aanvrager", LocalDate.of(2020, 1, 1), null);
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id, wachtwoord_hash) values (?, 'Test Ander', 'INWONER', ?, '{noop}demo')")
                .params(anderAccount, ander).update();

        assertThat((Integer) JsonPath.read(inzagen(anderAccount), "$.inzagen.length()")).isZero();
        mvc.perform(get("/api/v1/mijn/inzagen").with(httpBasic(consulent, "demo"))).andExpect(status().isForbidden());
    }

    @Test
    void theExportsHoldTheSameListAndThePdfIsArchivableAndAccessible() throws Exception {
        mvc.perform(get("/api/v1/huishoudens/{id}", huishouden).with(httpBasic(consulent, "demo"))).andExpect(status().isOk());

        String csv = mvc.perform(get("/mijn/inzagen.csv").with(user(inwoner).roles("INWONER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains("\"Consulent\"", "\"" + team + "\"");

        byte[] pdf = mvc.perform(get("/mijn/inzagen.pdf").with(user(inwoner).roles("INWONER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfKeuring.tekst(pdf)).contains("Wie keek in mijn gegevens", "Consulent");
        assertThat(PdfKeuring.overtredingen(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
        assertThat(PdfKeuring.overtredingen(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    }

    private String inzagen(String account) throws Exception {
        return mvc.perform(get("/api/v1/mijn/inzagen").with(httpBasic(account, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
