package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatwerk.TestData;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Pseudoniemen;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class ZrmMetingenTest {

    private static final RequestPostProcessor CONSULENT = user("consulent").roles("CONSULENT");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pseudoniemen pseudoniemen;

    record Gezin(UUID huishouden, UUID aanvrager, UUID partner, UUID vertrokken) {
    }

    /** A household of the consulent's team: two members now, one who left. */
    private Gezin gezin(String naam) {
        TestData data = new TestData(jdbc);
        UUID h = data.huishouden(naam, "wijkteam-centrum");
        UUID a = data.inwoner(naam, LocalDate.of(1980, 1, 1));
        UUID p = data.inwoner(naam, LocalDate.of(1982, 2, 2));
        UUID weg = data.inwoner(naam, LocalDate.of(1990, 3, 3));
        data.lid(h, a, "aanvrager", LocalDate.of(2015, 1, 1), null);
        data.lid(h, p, "partner", LocalDate.of(2015, 1, 1), null);
        data.lid(h, weg, "medebewoner", LocalDate.of(2015, 1, 1), LocalDate.of(2020, 1, 1));
        return new Gezin(h, a, p, weg);
    }

    /** All 13 domains with this score, Justitie explicitly not assessed. */
    private static String meting(String datum, int score, String inwonerId) {
        StringBuilder scores = new StringBuilder();
        for (Levensdomein d : Levensdomein.values()) {
            scores.append(scores.isEmpty() ? "" : ",");
            if (d == Levensdomein.JUSTITIE) {
                scores.append("{\"domein\":\"justitie\",\"nietBeoordeeld\":true}");
            } else {
                scores.append("{\"domein\":\"%s\",\"score\":%d,\"toelichting\":\"Notitie %s\"}".formatted(d.code(), score, d.code()));
            }
        }
        return "{\"datum\":\"%s\",%s\"scores\":[%s]}".formatted(datum, inwonerId == null ? "" : "\"inwonerId\":\"" + inwonerId + "\",",
                scores);
    }

    private static MockHttpServletRequestBuilder postMeting(UUID huishouden, String body) {
        return post("/api/v1/huishoudens/" + huishouden + "/zrm-metingen").with(httpBasic("consulent", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long aantalMetingen(UUID huishouden) {
        return jdbc.sql("select count(*) from toegang.zrm_meting where huishouden_id = ?").param(huishouden).query(Long.class).single();
    }

    @Test
    void aProfessionalRecordsAssessmentsThroughTheApiAndTheListIsNewestFirstWithAllScores() throws Exception {
        Gezin g = gezin("Zrmapi");
        mvc.perform(postMeting(g.huishouden(), meting("2025-06-01", 3, g.aanvrager().toString())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.datum").value("2025-06-01"))
                .andExpect(jsonPath("$.inwonerId").value(g.aanvrager().toString()))
                .andExpect(jsonPath("$.beoordeeldDoor").isNotEmpty())
                .andExpect(jsonPath("$.scores.length()").value(13));
        mvc.perform(postMeting(g.huishouden(), meting("2024-12-01", 2, g.aanvrager().toString()))).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/huishoudens/" + g.huishouden() + "/zrm-metingen").with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().exists("API-Version"))
                .andExpect(jsonPath("$.huishoudenId").value(g.huishouden().toString()))
                .andExpect(jsonPath("$.metingen.length()").value(2))
                .andExpect(jsonPath("$.metingen[0].datum").value("2025-06-01"))
                .andExpect(jsonPath("$.metingen[1].datum").value("2024-12-01"))
                .andExpect(jsonPath("$.metingen[0].scores[0].domein").value("financien"))
                .andExpect(jsonPath("$.metingen[0].scores[0].score").value(3))
                .andExpect(jsonPath("$.metingen[0].scores[0].omschrijving").value("3 beperkt zelfredzaam"))
                .andExpect(jsonPath("$.metingen[0].scores[0].toelichting").value("Notitie financien"))
                .andExpect(jsonPath("$.metingen[0].scores[12].domein").value("justitie"))
                .andExpect(jsonPath("$.metingen[0].scores[12].nietBeoordeeld").value(true))
                .andExpect(jsonPath("$.metingen[0].scores[12].score").doesNotExist());
    }

    @Test
    void theZrmPageAndTheHouseholdPageNameTheResidentAnAssessmentIsAbout() throws Exception {
        Gezin g = gezin("Zrmnaam");
        mvc.perform(postMeting(g.huishouden(), meting("2025-06-01", 3, g.partner().toString()))).andExpect(status().isCreated());

        mvc.perform(get("/huishoudens/" + g.huishouden() + "/zrm").with(CONSULENT)).andExpect(status().isOk())
                .andExpect(content().string(containsString("over <span>Test Zrmnaam</span>")));
        mvc.perform(get("/huishoudens/" + g.huishouden()).param("tab", "geschiedenis").with(CONSULENT)).andExpect(status().isOk())
                .andExpect(content().string(containsString(" over Test Zrmnaam (12 van 13 domeinen beoordeeld)")));
    }

    @Test
    void theApiAnswers400ListingEveryInvalidFieldAndStoresNothing() throws Exception {
        Gezin g = gezin("Zrmfout");
        String lang = "x".repeat(ZrmInvoer.MAX_TOELICHTING + 1);
        String body = """
                {"datum":"%s","inwonerId":"%s","scores":[
                  {"domein":"financien","score":7},
                  {"domein":"werk-opleiding","score":2},
                  {"domein":"tijdsbesteding","score":2},
                  {"domein":"huisvesting"},
                  {"domein":"huiselijke-relaties","score":2,"nietBeoordeeld":true},
                  {"domein":"geestelijke-gezondheid","score":2,"toelichting":"%s"},
                  {"domein":"lichamelijke-gezondheid","score":2},
                  {"domein":"middelengebruik","score":2},
                  {"domein":"basale-adl","score":2},
                  {"domein":"instrumentele-adl","score":2},
                  {"domein":"sociaal-netwerk","score":2},
                  {"domein":"maatschappelijke-participatie","score":2}]}
                """.formatted(LocalDate.now().plusDays(2), g.vertrokken(), lang);
        mvc.perform(postMeting(g.huishouden(), body))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", containsInAnyOrder("datum", "inwonerId", "scores[0].score",
                        "scores[3].score", "scores[4].score", "scores[5].toelichting", "scores")))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'scores')].reason", org.hamcrest.Matchers.hasItem(containsString("Justitie"))));
        assertThat(aantalMetingen(g.huishouden())).isZero();
    }

    @Test
    void anUnrelatedHouseholdIsNotFoundAndAResidentReadsOnlyTheirOwnHouseholdsAssessments() throws Exception {
        TestData data = new TestData(jdbc);
        data.team("wijkteam-zrm-elders");
        UUID elders = data.huishouden("Zrmelders", "wijkteam-zrm-elders");
        data.lid(elders, data.inwoner("Zrmelders", LocalDate.of(1970, 1, 1)), "aanvrager", LocalDate.of(2010, 1, 1), null);
        mvc.perform(postMeting(elders, meting("2025-01-01", 3, null))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/huishoudens/" + elders + "/zrm-metingen").with(httpBasic("consulent", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/huishoudens/" + elders + "/zrm").with(CONSULENT)).andExpect(status().isNotFound());
        assertThat(aantalMetingen(elders)).isZero();

        Gezin g = gezin("Zrmeigen");
        mvc.perform(postMeting(g.huishouden(), meting("2025-01-01", 4, g.partner().toString()))).andExpect(status().isCreated());
        String naam = "zrm-inwoner-" + UUID.randomUUID();
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values (?, 'Zrm Inwoner', 'INWONER', ?)")
                .params(naam, g.partner()).update();
        RequestPostProcessor inwoner = user(naam).roles("INWONER");

        mvc.perform(get("/api/v1/huishoudens/" + g.huishouden() + "/zrm-metingen").with(inwoner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.metingen.length()").value(1));
        mvc.perform(get("/huishoudens/" + g.huishouden() + "/zrm").with(inwoner))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
        mvc.perform(post("/api/v1/huishoudens/" + g.huishouden() + "/zrm-metingen").with(inwoner)
                        .contentType(MediaType.APPLICATION_JSON).content(meting("2025-02-01", 5, null)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/huishoudens/" + g.huishouden() + "/zrm/nieuw").with(inwoner))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
        mvc.perform(get("/api/v1/huishoudens/" + elders + "/zrm-metingen").with(inwoner)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/huishoudens/" + g.huishouden() + "/zrm-metingen").with(httpBasic("beleid", "demo")))
                .andExpect(status().isForbidden());
        assertThat(aantalMetingen(g.huishouden())).isEqualTo(1);
    }

    @Test
    void everyReadAndWriteLeavesOneLogboekRecordPerCurrentMember() throws Exception {
        Gezin g = gezin("Zrmlog");
        Set<String> leden = Set.of(pseudoniem(g.aanvrager()), pseudoniem(g.partner()));
        String vertrokken = pseudoniem(g.vertrokken());

        mvc.perform(postMeting(g.huishouden(), meting("2025-03-01", 3, g.aanvrager().toString()))).andExpect(status().isCreated());
        assertThat(records("zrm.vastleggen", Verwerkingsactiviteit.ZRM_VASTLEGGEN, leden, vertrokken)).hasSize(2);

        mvc.perform(get("/api/v1/huishoudens/" + g.huishouden() + "/zrm-metingen").with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk());
        assertThat(records("zrm.raadplegen", Verwerkingsactiviteit.ZRM_RAADPLEGEN, leden, vertrokken)).hasSize(2);

        // The household page shows the ZRM panel without a ZRM read of its own: the page read is logged once.
        mvc.perform(get("/huishoudens/" + g.huishouden()).param("tab", "plan").with(CONSULENT)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Zelfredzaamheid (ZRM)")));
        assertThat(records("zrm.raadplegen", Verwerkingsactiviteit.ZRM_RAADPLEGEN, leden, vertrokken)).hasSize(2);
    }

    private String pseudoniem(UUID inwoner) {
        return pseudoniemen.van(Betrokkene.bsn(new TestData(jdbc).bsnVan(inwoner)));
    }

    /** The records of this action for the household's people; never one for the member who left. */
    private List<String> records(String naam, Verwerkingsactiviteit activiteit, Set<String> leden, String vertrokken) {
        List<String> voorVertrokken = jdbc.sql("select betrokkene_id from logboek.logboek_record where naam = ? and betrokkene_id = ?")
                .params(naam, vertrokken).query(String.class).list();
        assertThat(voorVertrokken).as("no record for a former member").isEmpty();
        List<String> ids = jdbc.sql("select betrokkene_id from logboek.logboek_record where naam = ? and verwerkingsactiviteit = ? "
                        + "and status = 'OK' and betrokkene_id in (" + leden.stream().map(l -> "?").collect(Collectors.joining(",")) + ")")
                .params(combineer(naam, activiteit.id(), leden)).query(String.class).list();
        assertThat(Set.copyOf(ids)).isEqualTo(leden);
        return ids;
    }

    private static List<Object> combineer(String naam, String activiteit, Set<String> leden) {
        List<Object> params = new java.util.ArrayList<>(List.of(naam, activiteit));
        params.addAll(leden);
        return params;
    }

    @Test
    void theFormIsPrefilledWithThePreviousScoresAndListsEveryProblemInPlainDutch() throws Exception {
        Gezin g = gezin("Zrmformulier");
        mvc.perform(postMeting(g.huishouden(), meting("2025-01-15", 2, g.aanvrager().toString()))).andExpect(status().isCreated());

        String formulier = mvc.perform(get("/huishoudens/" + g.huishouden() + "/zrm/nieuw").with(CONSULENT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(formulier)
                .containsPattern("id=\"scores\\[0]\\.score-2\"\\s+name=\"scores\\[0]\\.score\"\\s+value=\"2\"[^>]*checked")
                .containsPattern("id=\"scores\\[12]\\.score-nb\"\\s+name=\"scores\\[12]\\.score\"\\s+value=\"nb\"[^>]*checked")
                .doesNotContainPattern("id=\"scores\\[0]\\.score\"\\s+name=\"scores\\[0]\\.score\"\\s+value=\"1\"[^>]*checked")
                .contains("Vorige meting: <span>2 niet zelfredzaam</span>", "https://www.zelfredzaamheidmatrix.nl");

        var verzoek = post("/huishoudens/" + g.huishouden() + "/zrm/nieuw").with(CONSULENT).with(csrf())
                .param("datum", LocalDate.now().plusDays(3).toString()).param("inwonerId", "");
        for (int i = 0; i < 13; i++) {
            if (i != 4) {
                verzoek.param("scores[" + i + "].score", "3");
            }
            verzoek.param("scores[" + i + "].toelichting", i == 6 ? "y".repeat(ZrmInvoer.MAX_TOELICHTING + 1) : "");
        }
        mvc.perform(verzoek)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"foutoverzicht\""),
                        containsString("De datum ligt in de toekomst."),
                        containsString("Geef Huiselijke relaties een score van 1 tot en met 5, of kies &#39;niet beoordeeld&#39;."),
                        containsString("De toelichting bij Lichamelijke gezondheid is te lang"),
                        containsString("href=\"#scores[4].score\""),
                        containsString("href=\"#scores[6].toelichting\""),
                        containsString("href=\"#datum\""))));
        assertThat(aantalMetingen(g.huishouden())).isEqualTo(1);

        var goed = post("/huishoudens/" + g.huishouden() + "/zrm/nieuw").with(CONSULENT).with(csrf())
                .param("datum", "2025-09-01").param("inwonerId", g.aanvrager().toString());
        for (int i = 0; i < 13; i++) {
            goed.param("scores[" + i + "].score", i == 0 ? "4" : "nb").param("scores[" + i + "].toelichting", i == 0 ? "Schulden geregeld" : "");
        }
        mvc.perform(goed).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/huishoudens/" + g.huishouden() + "/zrm"));
        assertThat(aantalMetingen(g.huishouden())).isEqualTo(2);

        mvc.perform(get("/huishoudens/" + g.huishouden() + "/zrm").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Schulden geregeld"),
                        containsString("2 hoger (beter)"),
                        containsString("<svg class=\"mw-zrm-svg\" role=\"img\""),
                        containsString("<title id=\"zrm-financien-titel\">Financiën: ZRM-score per meting</title>"),
                        containsString("<summary>Toon als tabel</summary>"),
                        containsString("nu niet beoordeeld"))));
        mvc.perform(get("/huishoudens/" + g.huishouden()).param("tab", "plan").with(CONSULENT))
                .andExpect(content().string(containsString("Nieuwe ZRM-meting vastleggen")));
        mvc.perform(get("/huishoudens/" + g.huishouden()).param("tab", "geschiedenis").with(CONSULENT))
                .andExpect(content().string(containsString("ZRM-meting door")));
    }

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock klok;

    @Test
    void theZrmScoresOneAdultPerAssessmentAndTheHouseholdPageShowsTheLowestScorePerDomainWithWhoseItIs() throws Exception {
        // Issue 15: an assessment could be about "het hele huishouden" or a child; the method scores one adult at a time.
        LocalDate vandaag = LocalDate.now(klok);
        TestData data = new TestData(jdbc);
        UUID h = data.huishouden("Zrmleden", "wijkteam-centrum");
        UUID moeder = data.inwoner("Zrmmoeder", LocalDate.of(1985, 5, 5));
        UUID vader = data.inwoner("Zrmvader", LocalDate.of(1983, 3, 3));
        UUID kind = data.inwoner("Zrmkind", vandaag.minusYears(18).plusDays(1));   // 17, one day short of 18 on the app's clock
        data.lid(h, moeder, "aanvrager", LocalDate.of(2015, 1, 1), null);
        data.lid(h, vader, "partner", LocalDate.of(2015, 1, 1), null);
        data.lid(h, kind, "kind", LocalDate.of(2015, 1, 1), null);

        mvc.perform(postMeting(h, meting("2025-01-01", 3, null))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", containsInAnyOrder("inwonerId")));
        mvc.perform(postMeting(h, meting("2025-01-01", 3, kind.toString()))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].reason", containsString("jonger dan 18")));
        assertThat(aantalMetingen(h)).isZero();
        String formulier = mvc.perform(get("/huishoudens/" + h + "/zrm/nieuw").with(CONSULENT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(formulier).contains(">Test Zrmmoeder<", ">Test Zrmvader<").doesNotContain("Test Zrmkind", "Het hele huishouden");

        mvc.perform(postMeting(h, meting("2025-02-01", 3, moeder.toString()))).andExpect(status().isCreated());
        mvc.perform(postMeting(h, meting("2025-03-01", 2, vader.toString()))).andExpect(status().isCreated());
        mvc.perform(postMeting(h, meting("2025-04-01", 4, moeder.toString()))).andExpect(status().isCreated());
        String pagina = mvc.perform(get("/huishoudens/" + h).param("tab", "plan").with(CONSULENT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // Lowest of the latest per member: the father's 2 (March), not the mother's earlier 3 nor her latest 4.
        assertThat(pagina).contains("Laagste score per levensdomein", "uit de laatste meting van")
                .containsPattern("Financiën</th>\\s*<td class=\"utrecht-table__cell\">2 niet zelfredzaam</td>\\s*<td class=\"utrecht-table__cell\">Test Zrmvader</td>");
        // The ZRM page compares the mother's latest with her own previous assessment, never with the father's.
        mvc.perform(get("/huishoudens/" + h + "/zrm").with(CONSULENT)).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 hoger (beter)")));
    }
}
