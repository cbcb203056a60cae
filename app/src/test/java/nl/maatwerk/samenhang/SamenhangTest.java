package nl.maatwerk.samenhang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Samenhang through HTTP: who may read and write, the version contract, bad input named per field, the state machine
 * of the preparation, what changed since last week, the exports, the load per team on the demo data, the link to the
 * proposed parameter set, and the pages (timeline, form, start page of the hit team).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SamenhangTest {

    @Autowired
    MockMvc mvc;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String verzoek(String titel, String inWerking, String overgang, String voorbereiding, String team) {
        return """
                {"titel": "%s", "soort": "regeling", "herkomst": "gemeente", "fase": "vastgesteld", "vastgesteldOp": "2026-11-01",
                 "inWerkingOp": %s, "overgangTot": %s, "watVerandert": "De beleidsregel bijzondere bijstand wordt eenvoudiger.",
                 "wetten": ["participatiewet"], "regels": ["pw-giften"], "teams": ["%s"], "processen": ["bijzondere-bijstand"],
                 "eigenaar": "Team Beleid Inkomen", "voorbereiding": "%s", "bron": "Raadsbesluit (test)"}"""
                .formatted(titel, inWerking == null ? "null" : "\"" + inWerking + "\"", overgang == null ? "null" : "\"" + overgang + "\"",
                        team, voorbereiding);
    }

    private JsonNode maak(String titel, String inWerking, String team) throws Exception {
        String body = mvc.perform(post("/api/v1/invliegers").with(httpBasic("beleid", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(verzoek(titel, inWerking, null, "te-bekijken", team)))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\"")).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    @Test
    void professionalsPolicyAndTheBeheerderReadOnlyPolicyAndTheBeheerderWrite() throws Exception {
        for (String wie : new String[] {"consulent", "regisseur", "teamleider", "beleid", "beheerder"}) {
            mvc.perform(get("/api/v1/invliegers").with(httpBasic(wie, "demo"))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.paginering.pagina").value(1)).andExpect(jsonPath("$.invliegers[0].titel").exists());
        }
        mvc.perform(get("/api/v1/invliegers").with(httpBasic("auditor", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/invliegers").with(httpBasic("inwoner", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/invliegers")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/invliegers").with(httpBasic("consulent", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(verzoek("Door een consulent", "2027-03-01", null, "te-bekijken", "wijkteam-centrum"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/invliegers").with(httpBasic("beheerder", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(verzoek("Door de beheerder", "2027-03-01", null, "te-bekijken", "wijkteam-centrum"))).andExpect(status().isCreated());
    }

    @Test
    void contradictingDatesUnknownRulesAndUnknownTeamsAreEachNamedAndNothingIsStored() throws Exception {
        String slecht = verzoek("Slecht", "2026-10-01", "2026-09-01", "te-bekijken", "wijkteam-maan")
                .replace("\"vastgesteldOp\": \"2026-11-01\"", "\"aangekondigdOp\": \"2026-11-15\", \"vastgesteldOp\": \"2026-11-01\"")
                .replace("[\"pw-giften\"]", "[\"pw-giften\", \"pw-bestaat-niet\"]");
        mvc.perform(post("/api/v1/invliegers").with(httpBasic("beleid", "demo")).contentType(MediaType.APPLICATION_JSON).content(slecht))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", containsInAnyOrder("vastgesteldOp", "inWerkingOp", "overgangTot", "regels", "teams")))
                .andExpect(jsonPath("$.invalidParams[*].reason", hasItem(containsString("pw-bestaat-niet"))))
                .andExpect(jsonPath("$.invalidParams[*].reason", hasItem(containsString("wijkteam-maan"))));
        mvc.perform(get("/api/v1/invliegers").param("paginagrootte", "500").with(httpBasic("beleid", "demo")))
                .andExpect(jsonPath("$.invliegers[*].titel", not(hasItem("Slecht"))));
        mvc.perform(post("/api/v1/invliegers").with(httpBasic("beleid", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(verzoek("Onbekende soort", null, null, "te-bekijken", "wijkteam-centrum").replace("\"regeling\"", "\"verordening-x\"")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aChangeNeedsTheVersionItBuildsOnAndThePreparationFollowsItsSteps() throws Exception {
        JsonNode v = maak("Versiecontract samenhang", "2027-05-01", "wijkteam-centrum");
        String pad = "/api/v1/invliegers/" + v.get("id").asText();
        String stap = verzoek("Versiecontract samenhang", "2027-05-01", null, "impact-in-kaart", "wijkteam-centrum");
        mvc.perform(put(pad).with(httpBasic("beleid", "demo")).contentType(MediaType.APPLICATION_JSON).content(stap))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(pad).with(httpBasic("beleid", "demo")).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content(stap))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\"")).andExpect(jsonPath("$.voorbereiding").value("impact-in-kaart"));
        mvc.perform(put(pad).with(httpBasic("beleid", "demo")).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON).content(stap))
                .andExpect(status().isConflict()).andExpect(header().string("ETag", "\"2\"")).andExpect(jsonPath("$.huidigeVersie").value(2))
                .andExpect(jsonPath("$.detail", containsString("Koen Visser")));
        // From "impact in kaart" the preparation cannot jump to "ingevoerd".
        mvc.perform(put(pad).with(httpBasic("beleid", "demo")).header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON)
                .content(verzoek("Versiecontract samenhang", "2027-05-01", null, "ingevoerd", "wijkteam-centrum")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("Werkwijze, regels en systemen aanpassen")));
        mvc.perform(get(pad).with(httpBasic("consulent", "demo"))).andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        // What changed since last week names the step in words.
        mvc.perform(get("/samenhang/wijzigingen").with(user("consulent").roles("CONSULENT"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Versiecontract samenhang")))
                .andExpect(content().string(containsString("Voorbereiding: was Nog te bekijken, nu Gevolgen in kaart brengen")));
    }

    @Test
    void theCalendarHasAnEventPerDateAndTheJsonExportHasEveryInvlieger() throws Exception {
        JsonNode v = maak("Agenda samenhang", "2027-04-01", "wijkteam-escamp");
        String ics = mvc.perform(get("/api/v1/invliegers/agenda").with(httpBasic("consulent", "demo"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar"))).andReturn().getResponse().getContentAsString();
        assertThat(ics).contains("UID:" + v.get("id").asText() + "-in-werking@maatwerk", "DTSTART;VALUE=DATE:20270401",
                "UID:" + v.get("id").asText() + "-vastgesteld@maatwerk");
        mvc.perform(get("/samenhang/invliegers.ics").with(user("beleid").roles("BELEID"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("BEGIN:VCALENDAR")));
        mvc.perform(get("/samenhang/invliegers.json").with(user("teamleider").roles("TEAMLEIDER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.invliegers[*].titel", hasItem("Agenda samenhang")));
    }

    @Test
    void theDemoMakesJanuary2027BusyForEveryTeamAndLinksTheJanuaryNormsToTheProposedParameterSet() throws Exception {
        mvc.perform(get("/api/v1/invliegers/belasting").param("van", "2027-01").param("maanden", "1").with(httpBasic("teamleider", "demo")))
                .andExpect(status().isOk())
                // The list holds every team by name, also the ones other tests in this context made: look at the demo's teams.
                .andExpect(jsonPath("$[?(@.team == 'wijkteam-centrum' || @.team == 'wijkteam-escamp')].maanden[0].druk",
                        org.hamcrest.Matchers.contains(true, true)));
        String lijst = mvc.perform(get("/api/v1/invliegers").param("paginagrootte", "500").with(httpBasic("beleid", "demo")))
                .andReturn().getResponse().getContentAsString();
        JsonNode juli = null;
        for (JsonNode n : JSON.readTree(lijst).get("invliegers")) {
            if (n.get("titel").asText().contains("per 1 januari 2027")) {
                juli = n;
            }
        }
        assertThat(juli).isNotNull();
        assertThat(juli.get("voorstel").get("parameters").toString()).contains("pw-norm-gehuwden");
        assertThat(juli.get("bron").asText()).isNotBlank();
        // Policy computes the change from its page: the link fills in the Wat als? form with its amounts.
        String pagina = mvc.perform(get("/samenhang/invliegers/" + juli.get("id").asText()).with(user("beleid").roles("BELEID")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("Doorrekenen met Wat als?", "/wat-als?naam=").contains("parameter=pw-norm-gehuwden");
        assertThat(mvc.perform(get("/samenhang/invliegers/" + juli.get("id").asText()).with(user("consulent").roles("CONSULENT")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("Doorrekenen met Wat als?");
        mvc.perform(get("/wat-als").param("naam", juli.get("titel").asText()).param("parameter", "pw-norm-gehuwden")
                .with(user("beleid").roles("BELEID"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"pw-norm-gehuwden\" selected=\"selected\">")));
        mvc.perform(get("/samenhang/belasting").with(user("beleid").roles("BELEID"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Drukke maanden")));
    }

    @Autowired
    Invliegers invliegers;

    @Test
    void aChangeThatHitsEveryTeamSaysAlleTeamsInTheTableInsteadOfListingThem() throws Exception {
        maak("Overal proef", "2027-03-01", String.join("\", \"", invliegers.teams().keySet()));
        maak("Een team proef", "2027-03-01", "wijkteam-centrum");
        String html = mvc.perform(get("/samenhang").param("van", "2027-01").param("maanden", "6").with(user("beleid").roles("BELEID")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String overal = html.substring(html.indexOf("Overal proef</a>"));
        assertThat(overal.substring(0, overal.indexOf("</tr>"))).contains(">Alle teams<");
        String een = html.substring(html.indexOf("Een team proef</a>"));
        assertThat(een.substring(0, een.indexOf("</tr>"))).doesNotContain("Alle teams").contains("Wijkteam Centrum");
    }

    @Test
    void theTimelineDrawsTheChangeAndTheHitTeamSeesItOnItsStartPage() throws Exception {
        maak("Tijdlijnproef Centrum", "2027-02-01", "wijkteam-centrum");
        mvc.perform(get("/samenhang").with(user("consulent").roles("CONSULENT"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg"))).andExpect(content().string(containsString("Tijdlijnproef Centrum")));
        mvc.perform(get("/samenhang").param("indeling", "wet").param("van", "2026-06").param("maanden", "18")
                .with(user("consulent").roles("CONSULENT"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Wet maatschappelijke ondersteuning 2015")));
        mvc.perform(get("/").with(user("consulent").roles("CONSULENT"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Wat komt er op uw team af")))
                .andExpect(content().string(containsString("Tijdlijnproef Centrum")));
    }

    @Test
    void theFormNamesContradictingDatesPerFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/samenhang/invliegers/nieuw").with(user("beleid").roles("BELEID")).with(csrf())
                        .param("titel", "Formulierproef").param("soort", "WET").param("herkomst", "RIJK").param("fase", "VASTGESTELD")
                        .param("aangekondigdOp", "2026-09-01").param("vastgesteldOp", "2026-08-01").param("inWerkingOp", "2027-01-01")
                        .param("overgangTot", "2026-12-01").param("watVerandert", "Iets").param("teams", "wijkteam-maan")
                        .param("eigenaar", "Beleid").param("voorbereiding", "TE_BEKIJKEN").param("bron", "Test"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vóór de aankondiging op 1 september 2025".replace("2025", "2026"))))
                .andExpect(content().string(containsString("niet na de inwerkingtreding")))
                .andExpect(content().string(containsString("wijkteam-maan")))
                .andExpect(content().string(containsString("Formulierproef")));
        mvc.perform(post("/samenhang/invliegers/nieuw").with(user("consulent").roles("CONSULENT")).with(csrf()).param("titel", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/samenhang/invliegers/nieuw").with(user("teamleider").roles("TEAMLEIDER"))).andExpect(status().isForbidden());
        mvc.perform(get("/samenhang/invliegers/nieuw").with(user("beheerder").roles("BEHEERDER"))).andExpect(status().isOk());
        for (String rol : new String[] {"AUDITOR", "INWONER"}) {
            mvc.perform(get("/samenhang").with(user(rol.toLowerCase(java.util.Locale.ROOT)).roles(rol))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aFormSavedAfterAColleaguesChangeIsA409ThatSaysWhoChangedWhat() throws Exception {
        JsonNode v = maak("Paginaconflict samenhang", "2027-06-01", "wijkteam-centrum");
        String id = v.get("id").asText();
        String html = mvc.perform(get("/samenhang/invliegers/" + id + "/wijzigen").with(user("beleid").roles("BELEID")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher basis = java.util.regex.Pattern.compile("name=\"basis\" value=\"([^\"]*)\"").matcher(html);
        assertThat(basis.find()).isTrue();
        mvc.perform(put("/api/v1/invliegers/" + id).with(httpBasic("beheerder", "demo")).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(verzoek("Paginaconflict samenhang", "2027-07-01", null, "te-bekijken",
                        "wijkteam-centrum"))).andExpect(status().isOk());
        mvc.perform(post("/samenhang/invliegers/" + id + "/wijzigen").with(user("beleid").roles("BELEID")).with(csrf())
                        .param("versie", "1").param("basis", org.springframework.web.util.HtmlUtils.htmlUnescape(basis.group(1)))
                        .param("titel", "Paginaconflict samenhang (mijn versie)").param("soort", "REGELING").param("herkomst", "GEMEENTE")
                        .param("fase", "VASTGESTELD").param("vastgesteldOp", "2026-11-01").param("inWerkingOp", "2027-06-01")
                        .param("watVerandert", "Anders").param("teams", "wijkteam-centrum").param("eigenaar", "Beleid")
                        .param("voorbereiding", "TE_BEKIJKEN").param("bron", "Test"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Intussen gewijzigd door iemand anders")))
                .andExpect(content().string(containsString("In werking")))
                .andExpect(content().string(containsString("Paginaconflict samenhang (mijn versie)")));
    }
}
