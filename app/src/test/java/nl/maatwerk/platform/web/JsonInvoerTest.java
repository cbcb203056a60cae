package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.maatwerk.TweedeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * JSON that a parser should not follow to the end: nested thousands of levels deep, far too big, a number
 * with a billion digits, or of the wrong type. Each is a 400 problem+json in Dutch, on every JSON API alike
 * (the signal import reads its JSON itself; the others through Spring), never a 500 or a blown stack.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Execution(ExecutionMode.CONCURRENT) // the second lane of surefire (TweedeContext)
@ResourceLock(TweedeContext.NAAM)
class JsonInvoerTest {

    static final int DIEPTE = 10_000;

    @Autowired
    MockMvc mvc;

    MockHttpServletResponse stuur(String pad, String json) throws Exception {
        return mvc.perform(post(pad).with(httpBasic("consulent", "demo")).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    static String diepeLijst(int diepte) {
        return "[".repeat(diepte) + "]".repeat(diepte);
    }

    static String diepObject(int diepte) {
        return "{\"a\":".repeat(diepte) + "1" + "}".repeat(diepte);
    }

    static void isOngeldigeInvoer(MockHttpServletResponse antwoord) throws Exception {
        assertThat(antwoord.getStatus()).as(antwoord.getContentAsString()).isEqualTo(400);
        assertThat(antwoord.getContentType()).startsWith("application/problem+json");
        assertThat(antwoord.getHeader("API-Version")).isNotNull();
        assertThat(antwoord.getContentAsString()).contains("\"status\":400", "\"title\":\"Ongeldige invoer\"")
                .doesNotContain("Exception", "Nesting depth", "maxNestingDepth");
    }

    @Test
    void deeplyNestedJsonInASignalImportIsABadRequestInDutch() throws Exception {
        for (String json : List.of(diepeLijst(DIEPTE), diepObject(DIEPTE), "[{\"bsn\":" + diepeLijst(DIEPTE) + "}]",
                "{\"signalen\":" + diepeLijst(DIEPTE) + "}")) {
            MockHttpServletResponse antwoord = stuur("/api/v1/vroegsignalen", json);
            isOngeldigeInvoer(antwoord);
            assertThat(antwoord.getContentAsString()).contains("te diep genest");
        }
        // Over the page too: the same file uploaded is a message on the form.
        assertThat(mvc.perform(multipart("/vroegsignalen/inlezen")
                        .file(new MockMultipartFile("bestand", "signalen.json", "application/json",
                                diepeLijst(DIEPTE).getBytes(StandardCharsets.UTF_8)))
                        .with(user("consulent").roles("CONSULENT")).with(csrf()))
                .andReturn().getResponse().getContentAsString()).contains("te diep genest");
    }

    @Test
    void aSignalWithADeepButAllowedValueIsReportedPerLine() throws Exception {
        // Within the nesting limit the file reads; the line with an object for a BSN gets its own message.
        MockHttpServletResponse antwoord = stuur("/api/v1/vroegsignalen", "[{\"schuldeiserType\":\"zorgverzekeraar\",\"bsn\":"
                + diepeLijst(400) + "}]");
        assertThat(antwoord.getStatus()).isEqualTo(200);
        assertThat(antwoord.getContentAsString()).contains("\"fout\":1");
    }

    @Test
    void deeplyNestedTooBigOrMistypedJsonIsABadRequestOnEveryApi() throws Exception {
        // Within the limits a number may still be absurd: 1e999999999 is eleven characters and a billion digits.
        String peil = "{\"peildatum\":\"2025-09-01\",\"leden\":[{\"rol\":\"aanvrager\",\"geboortedatum\":\"1990-05-01\"}]";
        for (String pad : List.of("/api/v1/berekeningen/bestaanszekerheid", "/api/v1/huishoudens", "/api/v1/inwoners")) {
            isOngeldigeInvoer(stuur(pad, diepeLijst(DIEPTE)));
            isOngeldigeInvoer(stuur(pad, diepObject(DIEPTE)));
            isOngeldigeInvoer(stuur(pad, "{\"leden\":" + diepeLijst(DIEPTE) + "}"));
            isOngeldigeInvoer(stuur(pad, "{\"naam\":\"" + "x".repeat(30_000_000) + "\"}"));
            isOngeldigeInvoer(stuur(pad, "{\"leden\":\"geen lijst\",\"peildatum\":12,\"naam\":[1]}"));
            isOngeldigeInvoer(stuur(pad, "{\"naam\":"));
        }
        isOngeldigeInvoer(stuur("/api/v1/berekeningen/bestaanszekerheid", peil
                + ",\"maatregel\":{\"soort\":\"terugvordering\",\"bedrag\":1e999999999,\"aflossingPerMaand\":1e999999999}}"));
        isOngeldigeInvoer(stuur("/api/v1/berekeningen/bestaanszekerheid", peil + ",\"wmoBijdrage\":{\"perMaand\":\"veel\"}}"));
        isOngeldigeInvoer(stuur("/api/v1/berekeningen/bestaanszekerheid", peil + ",\"wmoBijdrage\":{\"perMaand\":-1e-999999999}}"));
        isOngeldigeInvoer(stuur("/api/v1/berekeningen/bestaanszekerheid", peil.replace("1990-05-01", "1990-02-30") + "}"));
    }
}
