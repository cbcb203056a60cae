package nl.maatwerk.thermometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import nl.maatwerk.platform.KleineGroep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ThermometerApiTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void badInputNamesEveryInvalidFieldAsProblemJson() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/thermometer/metingen").with(httpBasic("beleid", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"naam\":\"\",\"einddatum\":\"2001-01-01\",\"lagen\":[],\"themas\":[\"onzin\"]}"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        JsonNode velden = json.readTree(r.getContentAsString()).path("invalidParams");
        assertThat(velden.findValuesAsString("name")).containsExactlyInAnyOrder("naam", "einddatum", "lagen", "themas[0]");

        MockHttpServletResponse laag = mvc.perform(post("/api/v1/thermometer/metingen").with(httpBasic("beleid", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"naam\":\"x\",\"einddatum\":\"2030-01-01\",\"lagen\":[\"directie\"]}"))
                .andReturn().getResponse();
        assertThat(laag.getStatus()).isEqualTo(400);
        assertThat(laag.getContentAsString()).contains("lagen");
    }

    @Test
    void aRoundIsMadeLinksAreGivenOnceAndResultsAreAggregatesWithSuppression() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/thermometer/metingen").with(httpBasic("beleid", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"naam\":\"API-meting\",\"einddatum\":\"" + LocalDate.now().plusDays(3)
                        + "\",\"lagen\":[\"bestuur\",\"partners\"],\"themas\":[\"integraliteit\"],\"eigenThema\":\"Wonen en zorg\"}"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(201);
        JsonNode meting = json.readTree(r.getContentAsString());
        assertThat(meting.path("themas").findValuesAsString("code")).containsExactly("integraliteit", "wonen-en-zorg");
        assertThat(meting.path("themas").get(1).path("stellingen")).hasSize(12);
        String id = meting.path("id").asString();

        MockHttpServletResponse links = mvc.perform(post("/api/v1/thermometer/metingen/" + id + "/uitnodigingen").with(httpBasic("beleid", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"laag\":\"partners\",\"aantal\":501}")).andReturn().getResponse();
        assertThat(links.getStatus()).isEqualTo(400);
        assertThat(links.getContentAsString()).contains("aantal");

        MockHttpServletResponse open = mvc.perform(get("/api/v1/thermometer/metingen/" + id + "/resultaten").with(httpBasic("teamleider", "demo")))
                .andReturn().getResponse();
        assertThat(open.getStatus()).as("no results while the round is open").isEqualTo(409);
        assertThat(open.getContentAsString()).contains("loopt nog");
        jdbc.sql("update thermometer.thermometer_meting set einddatum = current_date - 1 where id = ?::uuid").param(id).update();
        MockHttpServletResponse res = mvc.perform(get("/api/v1/thermometer/metingen/" + id + "/resultaten").with(httpBasic("teamleider", "demo")))
                .andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(200);
        JsonNode uitslag = json.readTree(res.getContentAsString());
        assertThat(uitslag.path("minimaleGroep").asInt()).as("the app's one threshold").isEqualTo(KleineGroep.MINIMUM);
        assertThat(uitslag.path("cellen")).isNotEmpty().allSatisfy(c -> assertThat(c.has("score")).isFalse());
    }
}
