package nl.maatwerk.regelbeheer;

import static nl.maatwerk.regelbeheer.RegelparameterTestdata.nieuwHalfjaar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.maatwerk.regels.inkomen.Parameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest
@AutoConfigureMockMvc
class RegelparameterApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Regelparameters regelparameters;

    private MockHttpServletResponse doe(MockHttpServletRequestBuilder verzoek, String gebruiker) throws Exception {
        return mvc.perform(verzoek.with(httpBasic(gebruiker, "demo"))).andReturn().getResponse();
    }

    private static String normen(LocalDate vanaf, String gehuwden, String alleenstaande) {
        return """
                {"reden":"Nieuwe normen per %1$s","waarden":[
                  {"naam":"pw-norm-gehuwden","waarde":%2$s,"geldigVanaf":"%1$s","bron":"jci1.3:c:BWBR0015703&artikel=21","status":"bevestigd","toelichting":"Normenbrief SZW"},
                  {"naam":"pw-norm-alleenstaande","waarde":%3$s,"geldigVanaf":"%1$s","bron":"jci1.3:c:BWBR0015703&artikel=21","status":"te verifiëren","toelichting":"Normenbrief SZW"}]}
                """.formatted(vanaf, gehuwden, alleenstaande);
    }

    private JsonNode stelVoor(LocalDate vanaf) throws Exception {
        MockHttpServletResponse r = doe(post("/api/v1/regelparameters/voorstellen").contentType(MediaType.APPLICATION_JSON)
                .content(normen(vanaf, "3200.00", "2240.00")), "beheerder");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        JsonNode v = json.readTree(r.getContentAsString());
        assertThat(r.getHeader("Location")).isEqualTo("/api/v1/regelparameters/voorstellen/" + v.path("id").asString());
        assertThat(r.getHeader("ETag")).isEqualTo("\"1\"");
        return v;
    }

    private static String berekening(LocalDate peildatum) {
        return "{\"peildatum\":\"" + peildatum + "\",\"leden\":[{\"rol\":\"aanvrager\",\"geboortedatum\":\"" + peildatum.minusYears(40) + "\"}]}";
    }

    @Test
    void badInputNamesEveryInvalidFieldAndStoresNothing() throws Exception {
        long voor = regelparameters.voorstellen(null, 1, 1).totaal();
        MockHttpServletResponse r = doe(post("/api/v1/regelparameters/voorstellen").contentType(MediaType.APPLICATION_JSON).content("""
                {"reden":"","waarden":[{"naam":"pw-norm-bestaat-niet","waarde":-5,"bron":"artikel 21","status":"misschien","toelichting":" "},
                  {"naam":"beslagvrije-voet-aandeel","waarde":1.5,"geldigVanaf":"2031-01-01","bron":"jci1.3:c:BWBR0001827&artikel=475d",
                   "status":"bevestigd","toelichting":"x"},
                  {"naam":"pw-norm-gehuwden","waarde":2000,"geldigVanaf":"2031-03-01","bron":"jci1.3:c:BWBR0015703&artikel=21",
                   "status":"bevestigd","toelichting":"x"}]}
                """), "beheerder");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(r.getContentAsString());
        assertThat(body.path("invalidParams").findValuesAsString("name")).containsExactly("reden", "waarden[0].naam", "waarden[0].waarde",
                "waarden[0].geldigVanaf", "waarden[0].bron", "waarden[0].status", "waarden[0].toelichting", "waarden[1].waarde",
                "waarden[2].geldigVanaf");
        assertThat(r.getContentAsString()).contains("tussen 0 en 1", "1 januari of 1 juli", "jci1.3:c:BWBR0015703&artikel=21");
        assertThat(regelparameters.voorstellen(null, 1, 1).totaal()).isEqualTo(voor);

        MockHttpServletResponse type = doe(post("/api/v1/regelparameters/voorstellen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reden\":\"x\",\"waarden\":[{\"waarde\":\"veel\"}]}"), "beheerder");
        assertThat(type.getStatus()).isEqualTo(400);
        assertThat(type.getContentAsString()).contains("waarden[0].waarde");
    }

    @Test
    void aReviewNeedsIfMatchRefusesAStaleVersionAndThenMakesTheCalculationApiWorkForTheNewHalfYear() throws Exception {
        LocalDate vanaf = nieuwHalfjaar();
        LocalDate peildatum = vanaf.plusMonths(3);
        MockHttpServletResponse voor = doe(post("/api/v1/berekeningen/bestaanszekerheid").contentType(MediaType.APPLICATION_JSON)
                .content(berekening(peildatum)), "consulent");
        assertThat(voor.getStatus()).isEqualTo(400);
        assertThat(voor.getContentAsString()).contains("peildatum");

        String id = stelVoor(vanaf).path("id").asString();
        String pad = "/api/v1/regelparameters/voorstellen/" + id;
        MockHttpServletResponse gelezen = doe(get(pad), "beheerder2");
        assertThat(gelezen.getStatus()).isEqualTo(200);
        assertThat(gelezen.getHeader("ETag")).isEqualTo("\"1\"");

        MockHttpServletResponse zonder = doe(post(pad + "/beoordeling").contentType(MediaType.APPLICATION_JSON).content("{\"akkoord\":true}"),
                "beheerder2");
        assertThat(zonder.getStatus()).isEqualTo(428);
        assertThat(zonder.getContentType()).startsWith("application/problem+json");
        MockHttpServletResponse oud = doe(post(pad + "/beoordeling").header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"akkoord\":true}"), "beheerder2");
        assertThat(oud.getStatus()).isEqualTo(409);
        MockHttpServletResponse zelf = doe(post(pad + "/beoordeling").header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"akkoord\":true}"), "beheerder");
        assertThat(zelf.getStatus()).isEqualTo(403);
        assertThat(zelf.getContentAsString()).contains("vier ogen");
        MockHttpServletResponse leeg = doe(post(pad + "/beoordeling").header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content("{}"), "beheerder2");
        assertThat(leeg.getStatus()).isEqualTo(400);
        assertThat(leeg.getContentAsString()).contains("akkoord");

        MockHttpServletResponse goed = doe(post(pad + "/beoordeling").header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"akkoord\":true,\"toelichting\":\"Nagekeken\"}"), "beheerder2");
        assertThat(goed.getStatus()).as(goed.getContentAsString()).isEqualTo(200);
        JsonNode v = json.readTree(goed.getContentAsString());
        assertThat(v.path("status").asString()).isEqualTo("goedgekeurd");
        assertThat(v.path("beoordeeldDoor").asString()).isEqualTo("beheerder2");
        assertThat(v.path("geschiedenis").findValuesAsString("naar")).containsExactly("voorgesteld", "goedgekeurd");
        assertThat(goed.getHeader("ETag")).isEqualTo("\"2\"");
        MockHttpServletResponse nogEens = doe(post(pad + "/beoordeling").header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"akkoord\":false,\"toelichting\":\"Toch niet\"}"), "beheerder2");
        assertThat(nogEens.getStatus()).isEqualTo(409);

        MockHttpServletResponse na = doe(post("/api/v1/berekeningen/bestaanszekerheid").contentType(MediaType.APPLICATION_JSON)
                .content(berekening(peildatum)), "consulent");
        assertThat(na.getStatus()).as(na.getContentAsString()).isEqualTo(200);
        assertThat(json.readTree(na.getContentAsString()).path("bijstandsnorm").path("inclusiefVakantietoeslag").decimalValue())
                .isEqualByComparingTo("2240.00");

        // Proposing the same name and date again is refused: the approved value stays.
        MockHttpServletResponse dubbel = doe(post("/api/v1/regelparameters/voorstellen").contentType(MediaType.APPLICATION_JSON)
                .content(normen(vanaf, "1.00", "1.00")), "beheerder");
        assertThat(dubbel.getStatus()).isEqualTo(400);
        assertThat(dubbel.getContentAsString()).contains("gebruik een nieuwe datum");
    }

    @Test
    void theListShowsValuesInForceAndTheirHistoryFilteredByNameWithPagination() throws Exception {
        MockHttpServletResponse r = doe(get("/api/v1/regelparameters").param("naam", "pw-norm-gehuwden").param("paginagrootte", "2"), "beleid");
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode body = json.readTree(r.getContentAsString());
        assertThat(body.path("regelparameters")).hasSize(2);
        assertThat(body.path("regelparameters").findValuesAsString("naam")).containsOnly("pw-norm-gehuwden");
        assertThat(body.path("paginering").path("totaalAantal").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(body.path("paginering").path("paginagrootte").asInt()).isEqualTo(2);
        MockHttpServletResponse alle = doe(get("/api/v1/regelparameters").param("naam", "pw-norm-gehuwden").param("paginagrootte", "500"), "consulent");
        JsonNode lijst = json.readTree(alle.getContentAsString()).path("regelparameters");
        assertThat(lijst.findValuesAsString("herkomst")).contains("ingebouwd");
        assertThat(lijst.findValues("inGebruik").stream().filter(JsonNode::asBoolean).count()).isEqualTo(1);

        MockHttpServletResponse onbekend = doe(get("/api/v1/regelparameters").param("naam", "bestaat-niet"), "beleid");
        assertThat(onbekend.getStatus()).isEqualTo(400);
        assertThat(onbekend.getContentAsString()).contains("\"name\":\"naam\"");
    }

    @Test
    void theFileHasTheFormatOfParametersCsvAndRoundTripsWithTheApprovedValues() throws Exception {
        LocalDate vanaf = nieuwHalfjaar();
        String id = stelVoor(vanaf).path("id").asString();
        assertThat(doe(post("/api/v1/regelparameters/voorstellen/" + id + "/beoordeling").header("If-Match", "1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"akkoord\":true}"), "beheerder2").getStatus()).isEqualTo(200);

        MockHttpServletResponse r = doe(get("/api/v1/regelparameters/bestand").accept("text/csv"), "consulent");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("text/csv");
        Parameters gelezen = Parameters.lees(new ByteArrayInputStream(r.getContentAsByteArray()));
        Parameters actueel = regelparameters.actueel();
        assertThat(gelezen.alle()).hasSameSizeAs(actueel.alle());
        assertThat(gelezen.op("pw-norm-alleenstaande", vanaf).waarde()).isEqualByComparingTo("2240.00");
        assertThat(gelezen.op("pw-norm-alleenstaande", vanaf).status()).isEqualTo("te verifiëren");
        for (Parameters.Parameter p : actueel.alle()) {
            Parameters.Parameter t = gelezen.op(p.naam(), p.geldigVanaf());
            assertThat(t.waarde()).as(p.naam() + " " + p.geldigVanaf()).isEqualByComparingTo(p.waarde());
            assertThat(t.bron()).isEqualTo(p.bron());
            assertThat(t.toelichting()).isEqualTo(p.toelichting());
        }
        assertThat(new String(r.getContentAsByteArray(), StandardCharsets.UTF_8)).startsWith("#");
    }

    @Test
    void otherRolesMayNotProposeOrReview() throws Exception {
        for (String gebruiker : new String[] {"consulent", "teamleider", "beleid", "auditor", "inwoner"}) {
            MockHttpServletResponse r = doe(post("/api/v1/regelparameters/voorstellen").contentType(MediaType.APPLICATION_JSON)
                    .content(normen(LocalDate.of(2999, 1, 1), "1", "1")), gebruiker);
            assertThat(r.getStatus()).as(gebruiker).isEqualTo(403);
            assertThat(doe(get("/api/v1/regelparameters/voorstellen"), gebruiker).getStatus()).as(gebruiker).isEqualTo(403);
        }
        assertThat(doe(get("/api/v1/regelparameters"), "auditor").getStatus()).isEqualTo(403);
        assertThat(doe(get("/api/v1/regelparameters"), "inwoner").getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/regelparameters")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void theWaitingProposalsAreListedWithPagination() throws Exception {
        stelVoor(nieuwHalfjaar());
        MockHttpServletResponse r = doe(get("/api/v1/regelparameters/voorstellen").param("status", "voorgesteld"), "beheerder2");
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode body = json.readTree(r.getContentAsString());
        assertThat(body.path("voorstellen")).isNotEmpty().allSatisfy(v -> assertThat(v.path("status").asString()).isEqualTo("voorgesteld"));
        assertThat(body.path("paginering").path("totaalAantal").asInt()).isGreaterThanOrEqualTo(1);
    }
}
