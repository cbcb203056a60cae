package nl.maatwerk.besluit;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.VerstelbareKlok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class BesluitApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerstelbareKlok klok;

    @Test
    void aRecoveryThroughTheApiShowsTheChecksRefusesBadFieldsAndStaleVersionsAndGivesAPdf() throws Exception {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden Apitest", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Apitest", LocalDate.of(1990, 5, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
        UUID vraag = data.aanvraagParticipatiewet(huishouden, null, "Terugvordering");
        // A recovery answers no request.
        mvc.perform(post("/api/v1/besluiten").with(httpBasic("consulent", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hulpvraagId\":\"" + vraag + "\",\"soort\":\"pw-terugvordering\",\"peildatum\":\"2025-09-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].reason", org.hamcrest.Matchers.containsString("ambtshalve")));
        String gemaakt = mvc.perform(post("/api/v1/besluiten").with(httpBasic("consulent", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"huishoudenId\":\"" + huishouden + "\",\"soort\":\"pw-terugvordering\",\"peildatum\":\"2025-09-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/besluiten/")))
                .andExpect(jsonPath("$.status").value("concept"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(gemaakt, "$.id");
        mvc.perform(put("/api/v1/besluiten/" + id).with(httpBasic("consulent", "demo")).header("If-Match", "1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"peildatum\":\"2025-09-01\",\"vordering\":100.00,\"beslotenBedrag\":200.00,\"aflossingPerMaand\":1.234,"
                                + "\"bedoelingen\":[\"onbekend\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", containsInAnyOrder("beslotenBedrag", "aflossingPerMaand", "bedoelingen")));
        mvc.perform(put("/api/v1/besluiten/" + id).with(httpBasic("consulent", "demo")).header("If-Match", "1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"peildatum\":\"2025-09-01\",\"vordering\":7040.00,\"beslotenBedrag\":7040.00,\"aflossingPerMaand\":250.00}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(2))
                .andExpect(jsonPath("$.bestaanszekerheid.standaardMaximaleAflossingPerMaand").value(68.45))
                .andExpect(jsonPath("$.bestaanszekerheid.standaardAantalMaanden").value(103))
                .andExpect(jsonPath("$.bestaanszekerheid.aantalMaandenBijAflossing").value(29))
                .andExpect(jsonPath("$.bestaanszekerheid.onderBeslagvrijeVoet").value(true));
        mvc.perform(put("/api/v1/besluiten/" + id).with(httpBasic("consulent", "demo")).header("If-Match", "1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"peildatum\":\"2025-09-01\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("heeft dit besluit")))
                .andExpect(jsonPath("$.huidigeVersie").value(2))
                .andExpect(header().string("ETag", "\"2\""));
        mvc.perform(post("/api/v1/besluiten/" + id + "/definitief").with(httpBasic("consulent", "demo")))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.detail", startsWith("Geef de versie van het besluit mee")));
        mvc.perform(post("/api/v1/besluiten/" + id + "/definitief").with(httpBasic("consulent", "demo")).header("If-Match", "2"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("beslagvrije voet")));
        mvc.perform(post("/api/v1/besluiten/" + id + "/indiening").with(httpBasic("consulent", "demo")).header("If-Match", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", org.hamcrest.Matchers.hasItems("beoogdEffect", "motiveringOnderVoet")));
        mvc.perform(get("/api/v1/besluiten/" + id + "/brief").with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(post("/api/v1/besluiten/" + id + "/beoordeling").with(httpBasic("teamleider", "demo")).header("If-Match", "2")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"akkoord\":true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Dit besluit ligt niet ter goedkeuring."));
    }

    @Test
    void theHarshWijdemerenProposalIsRefusedAtDefinitiefAndAcceptedAtIndieningWithTheMissingAgreementFlagged() throws Exception {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden Apihard", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Apihard", LocalDate.of(1980, 5, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
        String id = JsonPath.read(mvc.perform(post("/api/v1/besluiten").with(httpBasic("consulent", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"huishoudenId\":\"" + huishouden + "\",\"soort\":\"pw-terugvordering\",\"peildatum\":\"2025-09-01\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ambtshalve").value(true)).andExpect(jsonPath("$.hulpvraagId").doesNotExist())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(put("/api/v1/besluiten/" + id).with(httpBasic("consulent", "demo")).header("If-Match", "1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"peildatum":"2025-09-01","beoogdEffect":"Dat de schuld snel weg is.","gevolgen":"Weinig geld per maand.",
                                 "bedoelingen":["bestaanszekerheid"],"bedoelingToelichting":"Terugvorderen hoort bij de wet.","ethiek":"Het mag.",
                                 "vordering":7040.00,"beslotenBedrag":7040.00,"aflossingPerMaand":250.00,"afwijkingRedensoort":"wens-inwoner",
                                 "motiveringOnderVoet":"Zo gaat het sneller.","besluitTekst":"Wij vorderen alles terug.",
                                 "inningswijze":"betalingsregeling","periodeVan":"2019-01-01","periodeTot":"2021-06-30",
                                 "eersteBetaling":"2025-10-01","briefToelichting":"U kreeg boodschappen van uw moeder."}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.afwijking").value(true))
                .andExpect(jsonPath("$.richting").value("strenger"));
        mvc.perform(post("/api/v1/besluiten/" + id + "/definitief").with(httpBasic("consulent", "demo")).header("If-Match", "2"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("Dat beslist niemand alleen")));
        mvc.perform(post("/api/v1/besluiten/" + id + "/indiening").with(httpBasic("consulent", "demo")).header("If-Match", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ter-goedkeuring"))
                .andExpect(jsonPath("$.aandachtspunten[*]", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(
                        "De instemming van de inwoner ontbreekt"))));
        mvc.perform(post("/api/v1/besluiten/" + id + "/beoordeling").with(httpBasic("teamleider", "demo")).header("If-Match", "3")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"akkoord\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("akkoord"));
    }

    @Test
    void withoutAYearTheRegisterCoversThisYearUpToTheAppsToday() throws Exception {
        klok.zetOp(LocalDate.of(2025, 3, 31));
        mvc.perform(get("/api/v1/afwijkingen").with(httpBasic("beleid", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jaar").value(2025))
                .andExpect(jsonPath("$.van").value("2025-01"))
                .andExpect(jsonPath("$.tot").value("2025-03"));
        mvc.perform(get("/api/v1/afwijkingen").param("jaar", "2024").with(httpBasic("beleid", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.van").value("2024-01"))
                .andExpect(jsonPath("$.tot").value("2024-12"));
        mvc.perform(get("/api/v1/afwijkingen").param("jaar", "2026").with(httpBasic("beleid", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("jaar"));
    }

    @Test
    void theRegisterGivesCountsPerRuleAndRefusesAMalformedMonth() throws Exception {
        mvc.perform(get("/api/v1/afwijkingen").with(httpBasic("beleid", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regels[0].regel", startsWith("jci1.3:c:BWBR")))
                .andExpect(jsonPath("$.regels[0].aantal").isNumber());
        mvc.perform(get("/api/v1/afwijkingen").param("jaar", "vorig jaar").with(httpBasic("beleid", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("jaar"));
        // A free period is refused, not silently replaced by this year: overlapping periods would give small numbers away.
        mvc.perform(get("/api/v1/afwijkingen").param("van", "2025-01").with(httpBasic("beleid", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("van"));
    }
}
