package nl.maatwerk.socialekaart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sociale kaart through HTTP: public without login, management only for the beheerder, the import with its
 * per-line errors and without duplicates, the HSDS 3 export valid against the vendored schema, matching on the
 * household page with adding an offer to the plan, and the organisation's one-time link.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SocialeKaartTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static final String KOP = String.join(",", Inlezen.KOLOMMEN);

    private static String regel(String id, String naam, String soort, String domeinen, String kosten, String wijk, String datum) {
        return String.join(",", id, "org-" + id, "Organisatie " + naam, naam, "Hulp van " + naam, soort, domeinen, "", "", "", "", "", kosten,
                "", "", "Maandag", "Bus 25", "070 1234567", "", "", "Buurthuis", "Plein 1", "2511 AA", "Den Haag", wijk, datum, "", "", "");
    }

    @Test
    void thePublicPagesAndTheApiNeedNoLoginAndManagementIsForTheBeheerderOnly() throws Exception {
        mvc.perform(get("/sociale-kaart").param("q", "ik heb schulden")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sociale kaart"), containsString("Geldspreekuur"))));
        mvc.perform(get("/api/v1/sociale-kaart/diensten").param("levensdomein", "financien").param("kosten", "gratis"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paginering.pagina").value(1))
                .andExpect(jsonPath("$.diensten[0].kosten").value("gratis"));
        mvc.perform(get("/api/v1/sociale-kaart/diensten").param("levensdomein", "geen-domein")).andExpect(status().isBadRequest());
        mvc.perform(get("/sociale-kaart/beheer")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/sociale-kaart/beheer").with(user("consulent").roles("CONSULENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/sociale-kaart/beheer").with(user("beheerder").roles("BEHEERDER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("in de laatste 12 maanden gecontroleerd")));
        mvc.perform(post("/api/v1/sociale-kaart/diensten/import").contentType("text/csv").content(KOP)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/sociale-kaart/diensten/import").with(httpBasic("consulent", "demo")).contentType("text/csv").content(KOP))
                .andExpect(status().isForbidden());
    }

    @Test
    void anImportStoresTheGoodLinesNamesEveryBadOneAndASecondImportAddsNothing() throws Exception {
        String code = UUID.randomUUID().toString().substring(0, 8);
        String csv = KOP + "\n"
                + regel("t-" + code + "-1", "Taalmaatje " + code, "vrijwilligersorganisatie", "maatschappelijke-participatie", "gratis", "Laak", "2026-06-01") + "\n"
                + regel("t-" + code + "-2", "Klusdienst " + code, "informele-hulp", "instrumentele-adl|huisvesting", "eigen-bijdrage", "", "2026-05-01") + "\n"
                + regel("t-" + code + "-3", "Fout domein", "aanbieder", "geluk", "gratis", "", "2026-05-01") + "\n"
                + regel("t-" + code + "-4", "Foute datum", "aanbieder", "financien", "gratis", "", "1 mei") + "\n"
                + regel("t-" + code + "-1", "Dubbel", "aanbieder", "financien", "gratis", "", "2026-05-01") + "\n"
                + "t-" + code + "-6,te,weinig\n";
        byte[] bestand = csv.getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/sociale-kaart/beheer/import").file(new MockMultipartFile("bestand", "aanbod.csv", "text/csv", bestand))
                        .with(user("beheerder").roles("BEHEERDER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 nieuw, 0 gewijzigd, 0 ongewijzigd."),
                        containsString("Regel 4: onbekende levensdomein &quot;geluk&quot;"),
                        containsString("Regel 5: de datum &quot;1 mei&quot; is geen datum als 2026-03-01."),
                        containsString("Regel 6: de id t-" + code + "-1 staat ook op regel 2"),
                        containsString("Regel 7: het aantal kolommen klopt niet (3 in plaats van 29)."))));
        mvc.perform(post("/api/v1/sociale-kaart/diensten/import").with(httpBasic("beheerder", "demo")).contentType("text/csv")
                        .content(bestand))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nieuw").value(0)).andExpect(jsonPath("$.gewijzigd").value(0))
                .andExpect(jsonPath("$.ongewijzigd").value(2)).andExpect(jsonPath("$.fouten.length()").value(4));
        assertThat(jdbc.sql("select count(*) from socialekaart.dienst where extern_id like ?").param("t-" + code + "-%").query(Long.class).single())
                .isEqualTo(2);

        String json = mvc.perform(get("/api/v1/sociale-kaart/hsds/services").param("q", code).param("levensdomein", "maatschappelijke-participatie")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode export = JsonMapper.builder().build().readTree(json);
        assertThat(export.path("contents")).hasSize(1);
        // The export read back in is the same offer: nothing new, nothing changed.
        mvc.perform(post("/api/v1/sociale-kaart/diensten/import").with(httpBasic("beheerder", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nieuw").value(0)).andExpect(jsonPath("$.ongewijzigd").value(1))
                .andExpect(jsonPath("$.fouten.length()").value(0));
        mvc.perform(post("/api/v1/sociale-kaart/diensten/import").with(httpBasic("beheerder", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"id\": 1}, 3]"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fouten[0]").value(containsString("Dienst 1: de id van de organisatie ontbreekt")))
                .andExpect(jsonPath("$.fouten[1]").value("Dienst 2: dit is geen dienst (een JSON-object)."));
    }

    @Test
    void theHsdsExportValidatesAgainstTheHsds3ServiceSchema() throws Exception {
        String json = mvc.perform(get("/api/v1/sociale-kaart/hsds/services").param("paginagrootte", "200")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode export = JsonMapper.builder().build().readTree(json);
        assertThat(export.path("contents").size()).isGreaterThanOrEqualTo(100);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("classpath:hsds3/service.json"));
        for (JsonNode service : export.path("contents")) {
            List<com.networknt.schema.Error> fouten = schema.validate(service.toString(), InputFormat.JSON);
            assertThat(fouten).as(service.path("name").asString()).isEmpty();
        }
        // The schema is strict enough to catch a broken export: a service without its required name.
        assertThat(schema.validate("{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"active\"}", InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void aProfessionalSeesTheMatchedOffersOnThePlanTabAddsOneToThePlanAndTheOrganisationAnswersOnceThroughItsLink() throws Exception {
        TestData data = new TestData(jdbc);
        String code = UUID.randomUUID().toString().substring(0, 8);
        UUID huishouden = data.huishouden("Huishouden Sociale kaart " + code, "wijkteam-centrum");
        UUID inwoner = data.inwoner("Kaart" + code, LocalDate.of(1980, 1, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        mvc.perform(put("/api/v1/huishoudens/" + huishouden + "/plan").with(httpBasic("consulent", "demo")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"doelen":[{"levensdomein":"financien","doel":"Grip op de rekeningen","acties":[]}]}"""))
                .andExpect(status().isOk());
        String pagina = mvc.perform(get("/huishoudens/" + huishouden).param("tab", "plan").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Aanbod in de buurt"), containsString("Doel: Grip op de rekeningen"),
                        containsString("bij geldzorgen"), containsString("In het plan"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("name=\"dienstId\" value=\"([0-9a-f-]{36})\"").matcher(pagina);
        assertThat(m.find()).isTrue();
        UUID dienst = UUID.fromString(m.group(1));

        mvc.perform(post("/huishoudens/" + huishouden + "/sociale-kaart/plan").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("dienstId", dienst.toString()).param("domein", "FINANCIEN").param("versie", "1"))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/huishoudens/" + huishouden + "/plan").with(httpBasic("consulent", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(2)).andExpect(jsonPath("$.doelen.length()").value(1))
                .andExpect(jsonPath("$.doelen[0].acties[0].eigenaarType").value("aanbieder"));
        // The page still carried version 1: a second click on it does not write over the plan.
        mvc.perform(post("/huishoudens/" + huishouden + "/sociale-kaart/plan").with(user("consulent").roles("CONSULENT")).with(csrf())
                .param("dienstId", dienst.toString()).param("domein", "FINANCIEN").param("versie", "1"));
        mvc.perform(get("/api/v1/huishoudens/" + huishouden + "/plan").with(httpBasic("consulent", "demo")))
                .andExpect(jsonPath("$.versie").value(2));

        String melding = mvc.perform(post("/huishoudens/" + huishouden + "/sociale-kaart/verwijzingen").with(user("consulent").roles("CONSULENT"))
                        .with(csrf()).param("dienstId", dienst.toString()))
                .andExpect(status().isFound()).andReturn().getFlashMap().get("melding").toString();
        Matcher t = Pattern.compile("/sociale-kaart/verwijzing/([A-Za-z0-9_-]+)").matcher(melding);
        assertThat(t.find()).isTrue();
        String link = "/sociale-kaart/verwijzing/" + t.group(1);
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Antwoord op verwijzing"), org.hamcrest.Matchers.not(containsString("Kaart" + code)))));
        mvc.perform(post(link).with(csrf()).param("status", "WACHTLIJST")).andExpect(status().isOk())
                .andExpect(content().string(containsString("op de wachtlijst")));
        mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("Deze link werkt niet meer")));
        mvc.perform(post(link).with(csrf()).param("status", "GEHOLPEN")).andExpect(status().isGone());
        assertThat(jdbc.sql("select status from socialekaart.verwijzing where huishouden_id = ?").param(huishouden).query(String.class).single())
                .isEqualTo("wachtlijst");
        mvc.perform(get("/sociale-kaart/verwijzing/onzin")).andExpect(status().isGone());
        // Another team's professional does not learn that the household exists.
        String ander = data.account("kaart-escamp-" + code, "CONSULENT", "wijkteam-escamp");
        mvc.perform(post("/huishoudens/" + huishouden + "/sociale-kaart/verwijzingen").with(user(ander).roles("CONSULENT"))
                .with(csrf()).param("dienstId", dienst.toString())).andExpect(status().is4xxClientError());
    }
}
