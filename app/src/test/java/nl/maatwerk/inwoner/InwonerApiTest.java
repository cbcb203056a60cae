package nl.maatwerk.inwoner;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SpringBootTest
@AutoConfigureMockMvc
class InwonerApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    static String inwoner(String bsn, String achternaam) {
        return """
                {"burgerservicenummer":"%s",
                 "naam":{"voornamen":"Fatima","geslachtsnaam":"%s"},
                 "geboortedatum":"1985-04-12",
                 "verblijfplaats":{"straat":"Prinsegracht","huisnummer":12,"postcode":"2512 ga","woonplaats":"'s-Gravenhage","wijk":"Centrum"},
                 "contact":{"telefoonnummer":"070 123 45 67","emailadres":"fatima@voorbeeld.nl"}}
                """.formatted(bsn, achternaam);
    }

    @Test
    void listsEveryInvalidFieldInOneProblemResponseAndStoresNothing() throws Exception {
        String fout = """
                {"burgerservicenummer":"123456789","naam":{"voornamen":"","geslachtsnaam":"<b>"},
                 "geboortedatum":"2999-01-01","verblijfplaats":{"straat":"X","huisnummer":0,"postcode":"12345","woonplaats":"Den Haag"},
                 "contact":{"emailadres":"geen-mail"}}
                """;
        mvc.perform(post("/api/v1/inwoners").with(httpBasic("consulent", "demo")).contentType(MediaType.APPLICATION_JSON).content(fout))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(header().exists("API-Version"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").exists())
                .andExpect(jsonPath("$.detail").exists())
                .andExpect(jsonPath("$.invalidParams[*].name", containsInAnyOrder("burgerservicenummer", "naam.voornamen",
                        "naam.geslachtsnaam", "geboortedatum", "verblijfplaats.huisnummer", "verblijfplaats.postcode",
                        "contact.emailadres")));
    }

    @Test
    void malformedJsonAndWrongTypesAre400NotServerErrors() throws Exception {
        mvc.perform(post("/api/v1/inwoners").with(httpBasic("consulent", "demo")).contentType(MediaType.APPLICATION_JSON).content("{nee"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/inwoners").with(httpBasic("consulent", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(inwoner(TestData.nieuwBsn(), "Type").replace("\"huisnummer\":12", "\"huisnummer\":\"twaalf\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("verblijfplaats.huisnummer"));
        mvc.perform(get("/api/v1/inwoners/geen-uuid").with(httpBasic("consulent", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("id"));
    }

    @Test
    void createsReadsSearchesAndUpdatesAResidentWithOptimisticLocking() throws Exception {
        String bsn = TestData.nieuwBsn();
        String antwoord = mvc.perform(post("/api/v1/inwoners").with(httpBasic("consulent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(inwoner(bsn, "Bakr")))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.verblijfplaats.postcode").value("2512GA"))
                .andReturn().getResponse().getContentAsString();
        JsonNode body = json.readTree(antwoord);
        String id = body.get("id").asString();

        mvc.perform(get("/api/v1/inwoners/" + id).with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.burgerservicenummer").value(bsn))
                .andExpect(jsonPath("$.verblijfplaats.postcode").value("2512GA"));
        mvc.perform(get("/api/v1/inwoners").param("burgerservicenummer", bsn).with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inwoners", hasSize(1)));
        mvc.perform(get("/api/v1/inwoners").param("postcode", "2512GA").param("huisnummer", "12").with(httpBasic("consulent", "demo")))
                .andExpect(jsonPath("$.inwoners[*].burgerservicenummer", hasItem(bsn)));

        mvc.perform(put("/api/v1/inwoners/" + id).with(httpBasic("consulent", "demo")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(inwoner(bsn, "Bakr-El Idrissi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.naam.geslachtsnaam").value("Bakr-El Idrissi"))
                .andExpect(jsonPath("$.versie").value(1));
        mvc.perform(put("/api/v1/inwoners/" + id).with(httpBasic("consulent", "demo")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(inwoner(bsn, "Oud")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.invalidParams[0].name").value("versie"));
        mvc.perform(put("/api/v1/inwoners/" + id).with(httpBasic("consulent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(inwoner(bsn, "Zonder versie")))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("If-Match")));
    }

    @Test
    void aSecondResidentWithTheSameBsnIsRefused() throws Exception {
        String bsn = TestData.nieuwBsn();
        mvc.perform(post("/api/v1/inwoners").with(httpBasic("consulent", "demo")).contentType(MediaType.APPLICATION_JSON).content(inwoner(bsn, "Een")))
                .andExpect(status().isCreated());
        // A conflict with stored data, the same 409 as when the two arrive at the same moment (issue 14, IntegriteitTest).
        mvc.perform(post("/api/v1/inwoners").with(httpBasic("regisseur", "demo")).contentType(MediaType.APPLICATION_JSON).content(inwoner(bsn, "Twee")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.invalidParams[0].name").value("burgerservicenummer"));
    }

    @Test
    void householdsApiCreatesListsPagesAndAnswersTheCompositionOnADate() throws Exception {
        String a = json.readTree(mvc.perform(post("/api/v1/inwoners").with(httpBasic("consulent", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(inwoner(TestData.nieuwBsn(), "Haags")))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        String k = json.readTree(mvc.perform(post("/api/v1/inwoners").with(httpBasic("consulent", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(inwoner(TestData.nieuwBsn(), "Haags").replace("1985-04-12", "1999-09-09")))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        String huishouden = """
                {"naam":"Huishouden Haags","leden":[
                  {"inwonerId":"%s","rol":"aanvrager","vanaf":"2015-01-01"},
                  {"inwonerId":"%s","rol":"medebewoner","uitzondering":"student","vanaf":"2018-09-01","totEnMet":"2024-08-31"}],
                 "netwerk":[{"naam":"Buurvrouw Ans","relatie":"buren","bijdrage":"haalt medicijnen"}]}
                """.formatted(a, k);
        String id = json.readTree(mvc.perform(post("/api/v1/huishoudens").with(httpBasic("consulent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(huishouden))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.team").value("wijkteam-centrum"))
                .andExpect(jsonPath("$.leden", hasSize(2)))
                .andReturn().getResponse().getContentAsString()).get("id").asString();

        mvc.perform(get("/api/v1/huishoudens/" + id).param("peildatum", "2020-01-01").with(httpBasic("regisseur", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leden", hasSize(2)))
                .andExpect(jsonPath("$.leden[1].uitzondering").value("student"));
        mvc.perform(get("/api/v1/huishoudens/" + id).param("peildatum", "2025-01-01").with(httpBasic("regisseur", "demo")))
                .andExpect(jsonPath("$.leden", hasSize(1)));
        mvc.perform(get("/api/v1/huishoudens").param("naam", "huishouden haags").param("paginagrootte", "1").with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.huishoudens", hasSize(1)))
                .andExpect(jsonPath("$.paginering.paginagrootte").value(1));
        mvc.perform(get("/api/v1/huishoudens").param("paginagrootte", "1000").with(httpBasic("consulent", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("paginagrootte"));
        mvc.perform(post("/api/v1/huishoudens").with(httpBasic("consulent", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"naam\":\"\",\"leden\":[{\"rol\":\"baas\"}]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aHouseholdUpdateNeedsTheVersionItWasBasedOn428WithoutIt409WhenStale() throws Exception {
        String a = json.readTree(mvc.perform(post("/api/v1/inwoners").with(httpBasic("consulent", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(inwoner(TestData.nieuwBsn(), "Versie")))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        String huishouden = """
                {"naam":"Huishouden Versie","leden":[{"inwonerId":"%s","rol":"aanvrager","vanaf":"2015-01-01"}]}
                """.formatted(a);
        String id = json.readTree(mvc.perform(post("/api/v1/huishoudens").with(httpBasic("consulent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(huishouden))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();

        mvc.perform(put("/api/v1/huishoudens/" + id).with(httpBasic("consulent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(huishouden))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/huishoudens/" + id).with(httpBasic("consulent", "demo")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(huishouden.replace("Versie", "Versie Een")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/huishoudens/" + id).with(httpBasic("consulent", "demo")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(huishouden.replace("Versie", "Versie Twee")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.invalidParams[0].name").value("versie"));
        mvc.perform(get("/api/v1/huishoudens/" + id).with(httpBasic("consulent", "demo")))
                .andExpect(jsonPath("$.naam").value("Huishouden Versie Een"));
    }
}
