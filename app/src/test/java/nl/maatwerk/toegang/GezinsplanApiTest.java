package nl.maatwerk.toegang;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

@SpringBootTest
@AutoConfigureMockMvc
class GezinsplanApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    UUID huishouden;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        huishouden = data.huishouden("Plan API", "wijkteam-centrum");
        data.lid(huishouden, data.inwoner("PlanApi", LocalDate.of(1990, 1, 1)), "aanvrager", LocalDate.of(2020, 1, 1), null);
    }

    private static String plan(String versie, String doel) {
        return """
                {%s"evaluatiedatum":"%s","doelen":[{"levensdomein":"financien","doel":"%s","acties":[
                  {"omschrijving":"Post samen openen","eigenaarType":"netwerk","eigenaar":"Tante Wil","uiterlijk":"2030-01-31","status":"bezig"}]}]}
                """.formatted(versie == null ? "" : "\"versie\":" + versie + ",", LocalDate.now().plusMonths(2), doel);
    }

    @Test
    void aPutWithTheCurrentVersionSavesAndAStalePutGets409WithTheCurrentPlan() throws Exception {
        mvc.perform(get("/api/v1/huishoudens/" + huishouden + "/plan").with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(0))
                .andExpect(header().string("ETag", "\"0\""));
        mvc.perform(put("/api/v1/huishoudens/" + huishouden + "/plan").with(httpBasic("consulent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(plan("0", "Rust in de post")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(1))
                .andExpect(jsonPath("$.doelen[0].levensdomein").value("financien"))
                .andExpect(jsonPath("$.doelen[0].acties[0].eigenaarType").value("netwerk"));
        mvc.perform(put("/api/v1/huishoudens/" + huishouden + "/plan").with(httpBasic("regisseur", "demo")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(plan(null, "Geen nieuwe schulden")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(2));

        mvc.perform(put("/api/v1/huishoudens/" + huishouden + "/plan").with(httpBasic("consulent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(plan("1", "Alles betaald")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value(containsString("De huidige versie is 2")))
                .andExpect(jsonPath("$.huidigeVersie").value(2))
                .andExpect(jsonPath("$.huidigPlan.doelen[0].doel").value("Geen nieuwe schulden"));
        mvc.perform(get("/api/v1/huishoudens/" + huishouden + "/plan/versies").with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versies[0].versie").value(2))
                .andExpect(jsonPath("$.versies.length()").value(2));
    }

    @Test
    void anInvalidPlanIs400ListingEveryInvalidField() throws Exception {
        mvc.perform(put("/api/v1/huishoudens/" + huishouden + "/plan").with(httpBasic("consulent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"versie":0,"doelen":[{"levensdomein":"financien","doel":"Rust","acties":[]},
                                  {"doel":"","acties":[{"omschrijving":"Bellen","status":"open"}]}]}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItems("doelen[1].levensdomein", "doelen[1].doel",
                        "doelen[1].acties[0].eigenaarType", "doelen[1].acties[0].eigenaar")));
        mvc.perform(put("/api/v1/huishoudens/" + huishouden + "/plan").with(httpBasic("consulent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"doelen\":[]}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("If-Match")));
    }

    @Test
    void theResidentCannotPutAndAnUnrelatedHouseholdIsNotFound() throws Exception {
        UUID elders = new TestData(jdbc).huishouden("Plan API elders", "wijkteam-escamp");
        mvc.perform(get("/api/v1/huishoudens/" + elders + "/plan").with(httpBasic("consulent", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/huishoudens/" + elders + "/plan").with(httpBasic("consulent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(plan("0", "Rust")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/huishoudens/" + huishouden + "/plan")).andExpect(status().isUnauthorized());
    }
}
