package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.VerstelbareKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Deadlines and consent on a pinned day (the test clock, see docs/conventies.md "Tijd: één klok"):
 * what the API and the pages say depends on the app's today, not on the day the tests happen to run.
 * The dates lie in 2025, long before any run of this test, so each check of a "still running" day
 * would fail if some code counted from the system clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VastgezetteDatumTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerstelbareKlok klok;

    final RequestPostProcessor consulent = user("consulent").roles("CONSULENT");
    UUID huishouden;
    UUID aanvrager;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        huishouden = data.huishouden("Huishouden Klokproef", "wijkteam-centrum");
        aanvrager = data.inwoner("Klokproef", LocalDate.of(1981, 6, 3));
        data.lid(huishouden, aanvrager, "aanvrager", LocalDate.of(2019, 1, 1), null);
    }

    @Test
    void aDecisionDeadlineStillRunsOnItsLastDayAndIsOverdueTheDayAfter() throws Exception {
        LocalDate ontvangen = LocalDate.of(2025, 3, 3);
        klok.zetOp(ontvangen);
        JsonNode vraag = json.readTree(mvc.perform(post("/api/v1/hulpvragen").with(consulent).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"huishoudenId":"%s","inwonerId":"%s","kanaal":"balie","vorm":"aanvraag","vraag":"Ik heb geen inkomen meer.",
                                 "levensdomeinen":["financien"],"urgentie":"hoog","wetten":["participatiewet"],"ontvangenOp":"%s"}
                                """.formatted(huishouden, aanvrager, ontvangen)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.termijnen[0].code").value("pw-besluit"))
                .andExpect(jsonPath("$.termijnen[0].stand").value("OP_TIJD"))
                .andReturn().getResponse().getContentAsString());
        String id = vraag.get("id").asString();
        LocalDate uiterste = LocalDate.parse(vraag.get("termijnen").get(0).get("uitersteDatum").asString());
        assertThat(uiterste).as("eight weeks after receipt (Awb 4:13)").isEqualTo(LocalDate.of(2025, 4, 28));

        klok.zetOp(uiterste.minusDays(1));
        mvc.perform(get("/api/v1/hulpvragen/" + id).with(consulent)).andExpect(jsonPath("$.termijnen[0].stand").value("LET_OP"));
        mvc.perform(get("/hulpvragen/" + id).with(consulent)).andExpect(content().string(containsString("Let op: nog 1 dag")));

        klok.zetOp(uiterste);
        mvc.perform(get("/api/v1/hulpvragen/" + id).with(consulent)).andExpect(jsonPath("$.termijnen[0].stand").value("LET_OP"));
        mvc.perform(get("/hulpvragen/" + id).with(consulent)).andExpect(content().string(containsString("Let op: vandaag de laatste dag")));
        mvc.perform(get("/huishoudens/" + huishouden).with(consulent))
                .andExpect(content().string(containsString("Let op: vandaag de laatste dag")));

        klok.zetOp(uiterste.plusDays(1));
        mvc.perform(get("/api/v1/hulpvragen/" + id).with(consulent)).andExpect(jsonPath("$.termijnen[0].stand").value("VERLOPEN"));
        mvc.perform(get("/hulpvragen/" + id).with(consulent)).andExpect(content().string(containsString("Te laat: 1 dag over de termijn")));
        mvc.perform(get("/huishoudens/" + huishouden).with(consulent))
                .andExpect(content().string(containsString("Te laat: 1 dag over de termijn")));
    }

    @Test
    void aConsentHoldsUpToAndIncludingItsLastDayAndSharingUnderItIsRefusedTheDayAfter() throws Exception {
        klok.zetOp(LocalDate.of(2025, 1, 10));
        mvc.perform(post("/huishoudens/" + huishouden + "/toestemming").with(consulent).with(csrf())
                        .param("inwonerId", aanvrager.toString()).param("partij", "Schuldhulp Klokproef").param("onderdelen", "HULPVRAGEN")
                        .param("doel", "Een schuldregeling voorbereiden.").param("gegevenOp", "2025-01-10").param("geldigTot", "2025-06-30"))
                .andExpect(redirectedUrl("/huishoudens/" + huishouden + "/toestemming"));

        klok.zetOp(LocalDate.of(2025, 6, 30));
        mvc.perform(get("/huishoudens/" + huishouden + "/toestemming").with(consulent))
                .andExpect(content().string(containsString("Geldt nu.")));
        mvc.perform(get("/huishoudens/" + huishouden).with(consulent))
                .andExpect(content().string(containsString("Schuldhulp Klokproef")));
        mvc.perform(post("/huishoudens/" + huishouden + "/delen").with(consulent).with(csrf())
                        .param("deelPartij", "Schuldhulp Klokproef").param("deelOnderdelen", "HULPVRAGEN"))
                .andExpect(redirectedUrl("/huishoudens/" + huishouden + "/toestemming"));
        assertThat(verstrekkingen()).isEqualTo(1);

        klok.zetOp(LocalDate.of(2025, 7, 1));
        mvc.perform(get("/huishoudens/" + huishouden + "/toestemming").with(consulent))
                .andExpect(content().string(containsString("Geldt nu niet.")))
                .andExpect(content().string(not(containsString("Geldt nu."))));
        mvc.perform(get("/huishoudens/" + huishouden).with(consulent))
                .andExpect(content().string(containsString("Er is nu geen toestemming om gegevens met andere partijen te delen.")));
        mvc.perform(post("/huishoudens/" + huishouden + "/delen").with(consulent).with(csrf())
                        .param("deelPartij", "Schuldhulp Klokproef").param("deelOnderdelen", "HULPVRAGEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is geen geldige toestemming van de inwoner")));
        assertThat(verstrekkingen()).as("nothing shared after the consent ended").isEqualTo(1);
    }

    @Test
    void aTeamMemberWhoseInvolvementEndedIsNoLongerOfferedAsAPartyToShareWith() throws Exception {
        jdbc.sql("""
                insert into toegang.huishouden_betrokkene (id, huishouden_id, naam, organisatie, rol, extern, vanaf, tot)
                values (?, ?, 'Sanne Klokproef', 'Kredietbank Klokproef', 'schuldhulpverlener', true, ?, ?)
                """).params(UUID.randomUUID(), huishouden, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)).update();

        klok.zetOp(LocalDate.of(2025, 6, 30));
        mvc.perform(get("/huishoudens/" + huishouden + "/toestemming").with(consulent))
                .andExpect(content().string(containsString(">Kredietbank Klokproef</option>")));
        mvc.perform(get("/huishoudens/" + huishouden + "/regie").with(consulent))
                .andExpect(content().string(not(containsString("niet meer betrokken sinds"))));

        klok.zetOp(LocalDate.of(2025, 7, 1));
        mvc.perform(get("/huishoudens/" + huishouden + "/toestemming").with(consulent))
                .andExpect(content().string(not(containsString(">Kredietbank Klokproef</option>"))));
        mvc.perform(get("/huishoudens/" + huishouden + "/regie").with(consulent))
                .andExpect(content().string(containsString("niet meer betrokken sinds")));
    }

    @Test
    void aDateOfReceiptIsInTheFutureOnlyAfterTheAppsTodayAlsoForBeanValidation() throws Exception {
        klok.zetOp(LocalDate.of(2030, 1, 1));
        String intake = """
                {"huishoudenId":"%s","kanaal":"balie","vorm":"melding","vraag":"Hulp bij de post","levensdomeinen":["financien"],
                 "urgentie":"gemiddeld","wetten":["wmo"],"ontvangenOp":"%s"}
                """;
        mvc.perform(post("/api/v1/hulpvragen").with(consulent).contentType(MediaType.APPLICATION_JSON)
                        .content(intake.formatted(huishouden, "2030-01-01")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/hulpvragen").with(consulent).contentType(MediaType.APPLICATION_JSON)
                        .content(intake.formatted(huishouden, "2030-01-02")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("ontvangenOp"));
    }

    private long verstrekkingen() {
        return jdbc.sql("select count(*) from toegang.verstrekking where huishouden_id = ?").param(huishouden).query(Long.class).single();
    }
}
