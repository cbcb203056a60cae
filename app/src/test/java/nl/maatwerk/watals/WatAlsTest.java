package nl.maatwerk.watals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.besluit.Huishoudinkomens;
import nl.maatwerk.inwoner.Huishoudexport;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.regelbeheer.Regelparameters;
import nl.maatwerk.regels.hervorming.Aggregaat;
import nl.maatwerk.regels.hervorming.Hervorming;
import nl.maatwerk.regels.hervorming.WatAls;
import nl.maatwerk.regels.hervorming.Huishouden;
import nl.maatwerk.regels.inkomen.Inkomsten;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Wat als? over the API with the app's own context: only the policy role, every invalid field named, a run that
 * answers 202 and is followed until done, results equal to {@code regels.hervorming} on the same exported
 * households, small groups hidden, and the read of everyone's data logged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WatAlsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Huishoudexport export;

    @Autowired
    Huishoudinkomens inkomens;

    @Autowired
    Regelparameters regelparameters;

    @Autowired
    WatAlsRuns runs;

    @Autowired
    java.time.Clock klok;

    @Autowired
    Simulatiejar simulatie;

    String beleid;
    String wijk;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        beleid = data.account("watals-beleid-" + s, "BELEID", null);
        // One household alone in its wijk: a group of one, which must never show a number.
        wijk = "Watalswijk-" + s;
        UUID h = data.huishouden("Huishouden Wat als " + s, "watals-team-" + s);
        UUID aanvrager = data.inwoner("Watals" + s, LocalDate.of(1980, 3, 4));
        jdbc.sql("update inwoner.inwoner set wijk = ? where id = ?").params(wijk, aanvrager).update();
        data.lid(h, aanvrager, "aanvrager", LocalDate.of(2015, 1, 1), null);
    }

    MockHttpServletResponse doe(MockHttpServletRequestBuilder verzoek) throws Exception {
        return mvc.perform(verzoek).andReturn().getResponse();
    }

    MockHttpServletResponse start(String wie, String rol, String body) throws Exception {
        return doe(post("/api/v1/wat-als").with(user(wie).roles(rol)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode klaar(String id) throws Exception {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> json.readTree(
                doe(get("/api/v1/wat-als/" + id).with(user(beleid).roles("BELEID"))).getContentAsString()).path("status").asString(), s -> s.equals("klaar"));
        return json.readTree(doe(get("/api/v1/wat-als/" + id).with(user(beleid).roles("BELEID"))).getContentAsString());
    }

    @Test
    void onlyThePolicyRoleStartsOrReadsARun() throws Exception {
        String body = "{\"naam\":\"basis\",\"wijzigingen\":[]}";
        assertThat(start("consulent", "CONSULENT", body).getStatus()).isEqualTo(403);
        assertThat(start("teamleider", "TEAMLEIDER", body).getStatus()).isEqualTo(403);
        assertThat(start("beheerder", "BEHEERDER", body).getStatus()).isEqualTo(403);
        assertThat(doe(post("/api/v1/wat-als").contentType(MediaType.APPLICATION_JSON).content(body)).getStatus()).isEqualTo(401);
        MockHttpServletResponse r = start(beleid, "BELEID", body);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(202);
        String id = json.readTree(r.getContentAsString()).path("id").asString();
        assertThat(doe(get("/api/v1/wat-als/" + id).with(user("teamleider").roles("TEAMLEIDER"))).getStatus()).isEqualTo(403);
        assertThat(doe(get("/api/v1/wat-als/" + id).with(user("auditor").roles("AUDITOR"))).getStatus()).isEqualTo(403);
        assertThat(doe(get("/api/v1/wat-als/" + UUID.randomUUID()).with(user(beleid).roles("BELEID"))).getStatus()).isEqualTo(404);
    }

    @Test
    void everyInvalidFieldIsNamedAndNothingIsStarted() throws Exception {
        long voor = jdbc.sql("select count(*) from watals.run").query(Long.class).single();
        MockHttpServletResponse r = start(beleid, "BELEID", """
                {"naam": " ", "wijzigingen": [
                  {"parameter": "bestaat-niet", "waarde": 1},
                  {"parameter": "giften-vrijlating-per-jaar", "waarde": -5},
                  {"parameter": "pw-norm-alleenstaande", "waarde": "veel"},
                  {"parameter": "vakantietoeslag-aandeel", "waarde": 1.5},
                  {"parameter": "pw-norm-gehuwden"},
                  {"parameter": "pw-norm-alleenstaande", "waarde": 1400}]}""");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        List<String> velden = new ArrayList<>();
        json.readTree(r.getContentAsString()).path("invalidParams").forEach(v -> velden.add(v.path("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("naam", "wijzigingen[0].parameter", "wijzigingen[1].waarde", "wijzigingen[2].waarde",
                "wijzigingen[3].waarde", "wijzigingen[4].waarde", "wijzigingen[5].parameter");
        assertThat(jdbc.sql("select count(*) from watals.run").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void aToeslagParameterThatCannotChangeAnyNumberIsNotOfferedAndIsRefusedWithTheReason() throws Exception {
        long voor = jdbc.sql("select count(*) from watals.run").query(Long.class).single();
        MockHttpServletResponse r = start(beleid, "BELEID", """
                {"naam": "Huurtoeslag ruimer", "wijzigingen": [{"parameter": "huurtoeslag-kwaliteitskortingsgrens", "waarde": 550}]}""");
        assertThat(r.getStatus()).isEqualTo(400);
        JsonNode fout = json.readTree(r.getContentAsString()).path("invalidParams").get(0);
        assertThat(fout.path("name").asString()).isEqualTo("wijzigingen[0].parameter");
        assertThat(fout.path("reason").asString()).contains("verandert niets aan Wat als?", "alleen in de armoedeval");
        assertThat(jdbc.sql("select count(*) from watals.run").query(Long.class).single()).isEqualTo(voor);
        String pagina = doe(get("/wat-als").with(user(beleid).roles("BELEID"))).getContentAsString();
        assertThat(pagina).contains("value=\"pw-norm-alleenstaande\"").doesNotContain("value=\"huurtoeslag-kwaliteitskortingsgrens\"")
                .doesNotContain("value=\"zorgtoeslag-drempelinkomen\"").contains("Niet in deze lijst: de parameters van de huurtoeslag");
    }

    @Test
    void aRunAnswers202AndItsResultsEqualTheRulesOnTheSameHouseholdsWithSmallGroupsHidden() throws Exception {
        long logVoor = jdbc.sql("select count(*) from logboek.logboek_record where naam = 'watals.doorrekenen'").query(Long.class).single();
        MockHttpServletResponse r = start(beleid, "BELEID", """
                {"naam": "Norm alleenstaande +100", "wijzigingen": [{"parameter": "pw-norm-alleenstaande", "waarde": 1500.00}]}""");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(202);
        JsonNode gestart = json.readTree(r.getContentAsString());
        String id = gestart.path("id").asString();
        assertThat(r.getHeader("Location")).isEqualTo("/api/v1/wat-als/" + id);
        assertThat(gestart.path("status").asString()).isIn("wachtend", "bezig", "klaar");
        JsonNode klaar = klaar(id);
        assertThat(klaar.path("voortgang").path("klaar").asInt()).isEqualTo(klaar.path("voortgang").path("totaal").asInt()).isPositive();
        assertThat(klaar.path("wijzigingen").get(0).path("was").isNull()).isFalse();

        // The same households, exported and computed directly with regels.hervorming's own loop.
        LocalDate peildatum = LocalDate.parse(klaar.path("peildatum").asString());
        Huishoudexport.Export<Inkomsten> e = als(beleid, () -> export.op(peildatum, inkomens.op(peildatum)::get, (k, t) -> { }));
        var huishoudens = Omzetting.metInkomen(e.rijen(), peildatum);
        Aggregaat verwacht = WatAls.reken(huishoudens.size(), n -> huishoudens.get((int) n),
                List.of(new Hervorming("Norm alleenstaande +100", Map.of("pw-norm-alleenstaande", new BigDecimal("1500.00")))),
                regelparameters.actueel(), peildatum);
        vergelijkGroepVoorGroep(klaar, verwacht, 1);
        // A higher norm for singles: they gain, and it costs money.
        JsonNode totaal = klaar.path("resultaten").get(1).path("groepen").get(0);
        assertThat(totaal.path("dimensie").asString()).isEqualTo("totaal");
        assertThat(totaal.path("verschilPerJaar").decimalValue()).isPositive();
        assertThat(totaal.path("winnaars").asLong()).isPositive();

        // Small groups: the wijk of one household shows no numbers; nothing shown is under the threshold.
        Map<String, JsonNode> wijken = new HashMap<>();
        klaar.path("resultaten").get(1).path("groepen").forEach(g -> {
            if (g.path("dimensie").asString().equals("wijk")) {
                wijken.put(g.path("groep").asString(), g);
            }
            if (!g.path("huishoudens").isNull()) {
                assertThat(g.path("huishoudens").asLong()).isGreaterThanOrEqualTo(KleineGroep.MINIMUM);
            }
            for (String veld : List.of("winnaars", "verliezers", "onderMinimum", "onderMinimumBasis", "inBijstand")) {
                if (!g.path(veld).isNull() && g.path(veld).asLong() > 0) {
                    assertThat(g.path(veld).asLong()).as(veld).isGreaterThanOrEqualTo(KleineGroep.MINIMUM);
                }
            }
        });
        assertThat(wijken).containsKey(wijk);
        assertThat(wijken.get(wijk).path("huishoudens").isNull()).isTrue();
        assertThat(wijken.get(wijk).path("kostenPerJaar").isNull()).isTrue();
        assertThat(klaar.path("minimaleGroep").asInt()).isEqualTo(KleineGroep.MINIMUM);
        // No identifiers are stored, and the read of everyone's data is logged.
        assertThat(r.getContentAsString()).doesNotContain("Watals");
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'watals.doorrekenen'").query(Long.class).single())
                .isGreaterThanOrEqualTo(logVoor + e.betrokkenen().size());
    }

    @Test
    void anEmptyListIsTheBaselineWithoutWinnersOrLosers() throws Exception {
        MockHttpServletResponse r = start(beleid, "BELEID", "{\"naam\":\"Basis\",\"wijzigingen\":[]}");
        assertThat(r.getStatus()).isEqualTo(202);
        JsonNode klaar = klaar(json.readTree(r.getContentAsString()).path("id").asString());
        JsonNode totaal = klaar.path("resultaten").get(1).path("groepen").get(0);
        assertThat(totaal.path("winnaars").asLong()).isZero();
        assertThat(totaal.path("verliezers").asLong()).isZero();
        assertThat(totaal.path("verschilPerJaar").decimalValue()).isZero();
    }

    @Test
    void theExportCarriesTheIncomeOfEachHouseholdsLatestDecisionAndZeroWithoutOne() {
        // Ten singles in a wijk of their own; five have income recorded on two decisions, the newer one counts.
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        String eigenWijk = "Inkomenwijk-" + s;
        for (int n = 0; n < 10; n++) {
            UUID h = data.huishouden("Huishouden inkomen " + s + n, "watals-team-" + s);
            UUID a = data.inwoner("Inkomen" + s + n, LocalDate.of(1980, 3, 4));
            jdbc.sql("update inwoner.inwoner set wijk = ? where id = ?").params(eigenWijk, a).update();
            data.lid(h, a, "aanvrager", LocalDate.of(2015, 1, 1), null);
            if (n < 5) {
                UUID oud = data.besluit(h, "concept", "watals-test", klok);
                UUID nieuw = data.besluit(h, "concept", "watals-test", klok);
                Instant nu = Instant.now(klok);
                jdbc.sql("insert into besluit.inkomen (besluit_id, netto_loon_aanvrager, vastgelegd_door, vastgelegd_op) values (?, 300, 't', ?)")
                        .params(oud, java.sql.Timestamp.from(nu.minus(java.time.Duration.ofDays(1)))).update();
                jdbc.sql("insert into besluit.inkomen (besluit_id, netto_loon_aanvrager, vrijlating_aanvrager, uitkeringen, vastgelegd_door, vastgelegd_op)"
                        + " values (?, 500, 'algemeen', 300, 't', ?)").params(nieuw, java.sql.Timestamp.from(nu)).update();
            }
        }
        LocalDate peildatum = runs.peildatum();
        Huishoudexport.Export<Inkomsten> e = als(beleid, () -> export.op(peildatum, inkomens.op(peildatum)::get, (k, t) -> { }));
        List<Inkomsten> gevonden = e.rijen().stream().filter(r -> eigenWijk.equals(r.wijk())).map(Huishoudexport.Rij::aanvulling).toList();
        assertThat(gevonden).hasSize(10);
        assertThat(gevonden.stream().filter(java.util.Objects::nonNull).toList()).hasSize(5).allSatisfy(i -> {
            assertThat(i.nettoLoonAanvrager()).isEqualByComparingTo("500");
            assertThat(i.vrijlatingAanvrager()).isEqualTo(Inkomsten.Vrijlating.ALGEMEEN);
            assertThat(i.uitkeringen()).isEqualByComparingTo("300");
        });
        // Into the rules' rows as the run builds them: wages with their allowance, other income in full, 0 without a record.
        List<Huishouden> rijen = Omzetting.metInkomen(e.rijen(), peildatum).stream().filter(h -> h.wijk().equals(eigenWijk)).toList();
        assertThat(rijen).extracting(Huishouden::loonAanvrager).containsExactlyInAnyOrder(50000L, 50000L, 50000L, 50000L, 50000L, 0L, 0L, 0L, 0L, 0L);
        assertThat(rijen).extracting(Huishouden::inkomen).containsExactlyInAnyOrder(30000L, 30000L, 30000L, 30000L, 30000L, 0L, 0L, 0L, 0L, 0L);
        assertThat(rijen).filteredOn(h -> h.loonAanvrager() > 0).extracting(Huishouden::vrijlatingAanvrager).containsOnly(Inkomsten.Vrijlating.ALGEMEEN);
        // Only the policy role reads everyone's income.
        String consulent = data.account("watals-consulent-" + s, "CONSULENT", null);
        assertThatThrownBy(() -> alsRol(consulent, "ROLE_CONSULENT", () -> inkomens.op(peildatum)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aHigherGiftAllowanceMakesWinnersOfHouseholdsWhoseDecisionRecordsGiftsAndOnlyAggregatesLeave() throws Exception {
        // Twelve singles without income whose latest decision records 3,000 euros of gifts this year: with a free amount
        // of 2,400 instead of 1,200 each keeps (2,400 - 1,200) / 12 = 100 euros a month more bijstand. Without the
        // gifts in the export (the old code) nobody wins: the reform touches no one else.
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        for (int n = 0; n < 12; n++) {
            UUID h = data.huishouden("Huishouden giften " + s + n, "watals-team-" + s);
            UUID a = data.inwoner("Giften" + s + n, LocalDate.of(1980, 3, 4));
            jdbc.sql("update inwoner.inwoner set wijk = ? where id = ?").params("Giftenwijk-" + s, a).update();
            data.lid(h, a, "aanvrager", LocalDate.of(2015, 1, 1), null);
            UUID besluit = data.besluit(h, "concept", "watals-test", klok);
            jdbc.sql("insert into besluit.inkomen (besluit_id, giften_per_jaar, vastgelegd_door, vastgelegd_op) values (?, 3000, 't', ?)")
                    .params(besluit, java.sql.Timestamp.from(Instant.now(klok))).update();
        }
        MockHttpServletResponse r = start(beleid, "BELEID", """
                {"naam": "Giftenvrijlating 2400", "wijzigingen": [{"parameter": "giften-vrijlating-per-jaar", "waarde": 2400}]}""");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(202);
        String id = json.readTree(r.getContentAsString()).path("id").asString();
        JsonNode klaar = klaar(id);
        JsonNode totaal = klaar.path("resultaten").get(1).path("groepen").get(0);
        assertThat(totaal.path("dimensie").asString()).isEqualTo("totaal");
        assertThat(totaal.path("winnaars").asLong()).isGreaterThanOrEqualTo(12);
        assertThat(totaal.path("verliezers").asLong()).isZero();
        assertThat(totaal.path("verschilPerJaar").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("14400"));
        // Aggregates only: no name and no household's own gift amount in the answer.
        String antwoord = doe(get("/api/v1/wat-als/" + id).with(user(beleid).roles("BELEID"))).getContentAsString();
        assertThat(antwoord).doesNotContain("Giften" + s).doesNotContain("3000.00");
    }

    @Test
    void severalVariantsRunSideBySideInOneRunAndEachEqualsTheRulesOnTheSameHouseholds() throws Exception {
        MockHttpServletResponse r = start(beleid, "BELEID", """
                {"naam": "Twee varianten", "varianten": [
                  {"naam": "Norm 1500", "wijzigingen": [{"parameter": "pw-norm-alleenstaande", "waarde": 1500}]},
                  {"naam": "Geen kostendelers", "wijzigingen": [{"parameter": "kostendeler-minimumleeftijd", "waarde": 200}]}]}""");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(202);
        JsonNode gestart = json.readTree(r.getContentAsString());
        // The request only stores the run: gathering the households is the job's first phase.
        assertThat(gestart.path("voortgang").path("fase").asString()).isIn("wachten", "verzamelen", "doorrekenen", "klaar");
        JsonNode klaar = klaar(gestart.path("id").asString());
        assertThat(klaar.path("voortgang").path("fase").asString()).isEqualTo("klaar");
        assertThat(klaar.path("rekenwijze").asString()).isEqualTo("in-proces");
        assertThat(klaar.path("rekenwijzeToelichting").asString()).contains("In Maatwerk zelf doorgerekend");
        List<String> namen = new ArrayList<>();
        klaar.path("resultaten").forEach(v -> namen.add(v.path("nummer").asInt() + ":" + v.path("naam").asString()));
        assertThat(namen).containsExactly("0:basis", "1:Norm 1500", "2:Geen kostendelers");
        assertThat(klaar.path("varianten").get(1).path("wijzigingen").get(0).path("parameter").asString()).isEqualTo("kostendeler-minimumleeftijd");

        LocalDate peildatum = LocalDate.parse(klaar.path("peildatum").asString());
        Huishoudexport.Export<Inkomsten> e = als(beleid, () -> export.op(peildatum, inkomens.op(peildatum)::get, (k, t) -> { }));
        var huishoudens = Omzetting.metInkomen(e.rijen(), peildatum);
        Aggregaat verwacht = WatAls.reken(huishoudens.size(), n -> huishoudens.get((int) n), List.of(
                new Hervorming("Norm 1500", Map.of("pw-norm-alleenstaande", new BigDecimal("1500"))),
                new Hervorming("Geen kostendelers", Map.of("kostendeler-minimumleeftijd", new BigDecimal("200")))), regelparameters.actueel(), peildatum);
        for (int v = 0; v <= 2; v++) {
            Aggregaat.Regel t = verwacht.regels(v, KleineGroep.MINIMUM).getFirst();
            JsonNode g = klaar.path("resultaten").get(v).path("groepen").get(0);
            assertThat(g.path("dimensie").asString()).isEqualTo("totaal");
            assertThat(tekst(g.path("kostenPerJaar"))).as("variant " + v).isEqualTo(euro(t.kostenPerJaar()));
            assertThat(tekst(g.path("winnaars"))).as("variant " + v).isEqualTo(String.valueOf(t.winnaars()));
        }
    }

    @Test
    void everyInvalidFieldOfEveryVariantIsNamedAndBothShapesAtOnceAreRefused() throws Exception {
        long voor = jdbc.sql("select count(*) from watals.run").query(Long.class).single();
        MockHttpServletResponse r = start(beleid, "BELEID", """
                {"naam": "Fout", "varianten": [
                  {"naam": "Zelfde", "wijzigingen": [{"parameter": "pw-norm-alleenstaande", "waarde": "veel"}]},
                  {"naam": "zelfde", "wijzigingen": [{"parameter": "bestaat-niet", "waarde": 1}]},
                  {"naam": "basis", "wijzigingen": []}]}""");
        assertThat(r.getStatus()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        json.readTree(r.getContentAsString()).path("invalidParams").forEach(v -> velden.add(v.path("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("varianten[0].wijzigingen[0].waarde", "varianten[1].naam", "varianten[1].wijzigingen[0].parameter",
                "varianten[2].naam");
        MockHttpServletResponse beide = start(beleid, "BELEID", """
                {"naam": "Beide", "wijzigingen": [], "varianten": [{"naam": "A", "wijzigingen": []}]}""");
        assertThat(beide.getStatus()).isEqualTo(400);
        assertThat(beide.getContentAsString()).contains("niet allebei");
        MockHttpServletResponse geen = start(beleid, "BELEID", "{\"naam\": \"Leeg\", \"varianten\": []}");
        assertThat(geen.getStatus()).isEqualTo(400);
        assertThat(geen.getContentAsString()).contains("varianten");
        assertThat(jdbc.sql("select count(*) from watals.run").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void addingAVariantOnThePageKeepsWhatWasTypedAndStartsNothing() throws Exception {
        long voor = jdbc.sql("select count(*) from watals.run").query(Long.class).single();
        MockHttpServletResponse r = doe(post("/wat-als").with(user(beleid).roles("BELEID")).with(csrf()).param("naam", "Mijn berekening")
                .param("varianten[0].naam", "Eerste idee").param("varianten[0].wijzigingen[0].parameter", "pw-norm-alleenstaande")
                .param("varianten[0].wijzigingen[0].waarde", "1450").param("actie", "variant-toevoegen"));
        assertThat(r.getStatus()).isEqualTo(200);
        String html = r.getContentAsString();
        assertThat(html).contains("value=\"Mijn berekening\"", "value=\"Eerste idee\"", "value=\"1450\"", "Naam van variant 2");
        assertThat(html).doesNotContain("Naam van variant 3");
        assertThat(jdbc.sql("select count(*) from watals.run").query(Long.class).single()).isEqualTo(voor);

        // A wrong value in the second variant is named at its own field.
        MockHttpServletResponse fout = doe(post("/wat-als").with(user(beleid).roles("BELEID")).with(csrf()).param("naam", "Mijn berekening")
                .param("varianten[0].naam", "Eerste idee").param("varianten[0].wijzigingen[0].parameter", "pw-norm-alleenstaande")
                .param("varianten[0].wijzigingen[0].waarde", "1450").param("varianten[1].naam", "Tweede idee")
                .param("varianten[1].wijzigingen[1].parameter", "pw-norm-gehuwden").param("varianten[1].wijzigingen[1].waarde", "-3"));
        assertThat(fout.getStatus()).isEqualTo(200);
        assertThat(fout.getContentAsString()).contains("id=\"varianten[1].wijzigingen[1].waarde-fout\"", "De waarde is 0 of meer", "href=\"#varianten[1].wijzigingen[1].waarde\"");
        assertThat(jdbc.sql("select count(*) from watals.run").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void aRunAboveTheThresholdGoesToTheSimulatieJarAndEqualsTheComputationInTheProcess() throws Exception {
        Assumptions.assumeTrue(simulatie.aanwezig(), "Aanname: de simulatie-jar staat op " + simulatie.jar()
                + "; zonder hem is de hand-off aan Spark niet te testen. Bouw hem met ./mvnw -B -q -o -pl simulatie -am package -DskipTests");
        LocalDate peil = runs.peildatum();
        assertThat(Simulatiejar.zelfdeBasis(regelparameters.actueel(), peil)).as("the app's parameters equal the jar's built-in set").isTrue();
        int drempel = simulatie.drempel();
        ReflectionTestUtils.setField(simulatie, "drempel", 0);
        JsonNode klaar;
        try {
            MockHttpServletResponse r = start(beleid, "BELEID", """
                    {"naam": "Op Spark", "varianten": [
                      {"naam": "Norm 1500", "wijzigingen": [{"parameter": "pw-norm-alleenstaande", "waarde": 1500}]},
                      {"naam": "Zelfde als nu", "wijzigingen": []}]}""");
            assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(202);
            String id = json.readTree(r.getContentAsString()).path("id").asString();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> json.readTree(
                    doe(get("/api/v1/wat-als/" + id).with(user(beleid).roles("BELEID"))).getContentAsString()).path("status").asString(),
                    s -> s.equals("klaar") || s.equals("mislukt"));
            klaar = json.readTree(doe(get("/api/v1/wat-als/" + id).with(user(beleid).roles("BELEID"))).getContentAsString());
        } finally {
            ReflectionTestUtils.setField(simulatie, "drempel", drempel);
        }
        assertThat(klaar.path("status").asString()).as(klaar.path("fout").asString()).isEqualTo("klaar");
        assertThat(klaar.path("rekenwijze").asString()).isEqualTo("spark");
        assertThat(klaar.path("rekenwijzeToelichting").asString()).contains("Apache Spark");

        // The same households computed here, group by group, for the baseline and both variants.
        LocalDate peildatum = LocalDate.parse(klaar.path("peildatum").asString());
        Huishoudexport.Export<Inkomsten> e = als(beleid, () -> export.op(peildatum, inkomens.op(peildatum)::get, (k, t) -> { }));
        var huishoudens = Omzetting.metInkomen(e.rijen(), peildatum);
        Aggregaat verwacht = WatAls.reken(huishoudens.size(), n -> huishoudens.get((int) n), List.of(
                new Hervorming("Norm 1500", Map.of("pw-norm-alleenstaande", new BigDecimal("1500"))), new Hervorming("Zelfde als nu", Map.of())),
                regelparameters.actueel(), peildatum);
        vergelijkGroepVoorGroep(klaar, verwacht, 2);
    }

    @Test
    void withoutTheJarALargeRunIsComputedInTheProcessAndSaysSo() throws Exception {
        int drempel = simulatie.drempel();
        Object jar = ReflectionTestUtils.getField(simulatie, "jar");
        ReflectionTestUtils.setField(simulatie, "drempel", 0);
        ReflectionTestUtils.setField(simulatie, "jar", java.nio.file.Path.of("/bestaat/niet/maatwerk-simulatie.jar"));
        JsonNode klaar;
        try {
            MockHttpServletResponse r = start(beleid, "BELEID", "{\"naam\":\"Zonder jar\",\"wijzigingen\":[]}");
            klaar = klaar(json.readTree(r.getContentAsString()).path("id").asString());
        } finally {
            ReflectionTestUtils.setField(simulatie, "drempel", drempel);
            ReflectionTestUtils.setField(simulatie, "jar", jar);
        }
        assertThat(klaar.path("rekenwijze").asString()).isEqualTo("in-proces");
        assertThat(klaar.path("rekenwijzeToelichting").asString()).contains("bedoeld voor Spark", "maatwerk-simulatie.jar", "is er niet");
        String pagina = doe(get("/wat-als/" + klaar.path("id").asString()).with(user(beleid).roles("BELEID"))).getContentAsString();
        assertThat(pagina).contains("is er niet. Daarom in Maatwerk zelf doorgerekend");
        // The cost chart's unit is in words a sighted reader sees, not only in the SVG's title.
        assertThat(pagina).contains("<p class=\"utrecht-paragraph\"><strong>Kosten van de bijstand per jaar, in duizenden euro&#39;s</strong></p>");
    }

    /** The run's groups for the baseline and each of its {@code varianten}, in order, equal the rules' own aggregate. */
    private static void vergelijkGroepVoorGroep(JsonNode klaar, Aggregaat verwacht, int varianten) {
        for (int v = 0; v <= varianten; v++) {
            List<String> regels = new ArrayList<>();
            for (Aggregaat.Regel g : verwacht.regels(v, KleineGroep.MINIMUM)) {
                regels.add(g.dimensie() + "|" + g.groep() + "|" + g.huishoudens() + "|" + euro(g.kostenPerJaar()) + "|" + g.onderMinimum() + "|"
                        + g.winnaars() + "|" + g.verliezers() + "|" + euro(g.gemiddeldeWinstPerMaand()));
            }
            List<String> gekregen = new ArrayList<>();
            klaar.path("resultaten").get(v).path("groepen").forEach(g -> gekregen.add(g.path("dimensie").asString() + "|" + g.path("groep").asString() + "|"
                    + tekst(g.path("huishoudens")) + "|" + tekst(g.path("kostenPerJaar")) + "|" + tekst(g.path("onderMinimum")) + "|"
                    + tekst(g.path("winnaars")) + "|" + tekst(g.path("verliezers")) + "|" + tekst(g.path("gemiddeldeWinstPerMaand"))));
            assertThat(gekregen).as("variant " + v).containsExactlyElementsOf(regels);
        }
    }

    private static String euro(Long centen) {
        return centen == null ? "null" : BigDecimal.valueOf(centen, 2).toPlainString();
    }

    private static String tekst(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? "null" : n.isNumber() && !n.isIntegralNumber() ? n.decimalValue().setScale(2).toPlainString() : n.asString();
    }

    private static <T> T als(String naam, java.util.function.Supplier<T> actie) {
        return alsRol(naam, "ROLE_BELEID", actie);
    }

    private static <T> T alsRol(String naam, String rol, java.util.function.Supplier<T> actie) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(naam, "n.v.t.", List.of(new SimpleGrantedAuthority(rol))));
        SecurityContextHolder.setContext(context);
        try {
            return actie.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A run of this test's user that waits for its turn, stored as the queue would, without being handed to the job. */
    private UUID wachtendeRun(String naam) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into watals.run (id, naam, status, peildatum, gestart_door, gestart_op, totaal) values (?, ?, 'wachtend', ?, ?, ?, 0)")
                .params(id, naam, runs.peildatum(), beleid, java.sql.Timestamp.from(Instant.now(klok))).update();
        return id;
    }

    private long runsVan(String wie) {
        return jdbc.sql("select count(*) from watals.run where gestart_door = ?").param(wie).query(Long.class).single();
    }

    @Test
    void aThirdRunWhileTwoOfTheSameUserWaitIsRefusedWith429NamingThemAndStartsWhenOneIsDone() throws Exception {
        UUID eerste = wachtendeRun("Eerste wachtende");
        UUID tweede = wachtendeRun("Tweede wachtende");
        String body = "{\"naam\":\"Derde\",\"wijzigingen\":[{\"parameter\":\"pw-norm-alleenstaande\",\"waarde\":1450}]}";
        MockHttpServletResponse r = start(beleid, "BELEID", body);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(429);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        JsonNode p = json.readTree(r.getContentAsString());
        assertThat(p.path("title").asString()).isEqualTo("Te veel berekeningen tegelijk");
        assertThat(p.path("detail").asString()).contains("U heeft al 2 berekeningen", "\"Eerste wachtende\" en \"Tweede wachtende\"");
        assertThat(p.path("maximaal").asInt()).isEqualTo(2);
        List<String> lopend = new ArrayList<>();
        p.path("lopendeBerekeningen").forEach(x -> lopend.add(x.path("id").asString() + " " + x.path("status").asString() + " " + x.path("href").asString()));
        assertThat(lopend).containsExactly(eerste + " wachtend /api/v1/wat-als/" + eerste, tweede + " wachtend /api/v1/wat-als/" + tweede);
        assertThat(runsVan(beleid)).as("nothing stored").isEqualTo(2);
        // Bad input is still named field by field: the limit comes after the checks.
        assertThat(start(beleid, "BELEID", "{\"naam\":\"\",\"wijzigingen\":[]}").getStatus()).isEqualTo(400);
        // A run of several variants and a request from a beleidsdossier count against the same limit; the dossier records nothing.
        assertThat(start(beleid, "BELEID", "{\"naam\":\"Meer\",\"varianten\":[{\"naam\":\"A\",\"wijzigingen\":[]}]}").getStatus()).isEqualTo(429);
        long aanvragen = jdbc.sql("select count(*) from knelpunt.aanvraag").query(Long.class).single();
        MockHttpServletResponse dossier = doe(post("/api/v1/beleidsdossiers/pw-terugvordering/aanvragen").with(user(beleid).roles("BELEID")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"soort\":\"wat-als\",\"toelichting\":\"Wat kost het?\",\"naam\":\"Uit het dossier\","
                        + "\"wijzigingen\":[{\"parameter\":\"pw-norm-alleenstaande\",\"waarde\":1450}]}"));
        assertThat(dossier.getStatus()).as(dossier.getContentAsString()).isEqualTo(429);
        assertThat(jdbc.sql("select count(*) from knelpunt.aanvraag").query(Long.class).single()).isEqualTo(aanvragen);
        // Another policy advisor is not held up by this one's queue.
        String collega = new TestData(jdbc).account(beleid + "-collega", "BELEID", null);
        assertThat(start(collega, "BELEID", body).getStatus()).isEqualTo(202);

        // One of the two is done: the same request starts.
        jdbc.sql("update watals.run set status = 'klaar', klaar_op = ? where id = ?").params(java.sql.Timestamp.from(Instant.now(klok)), eerste).update();
        MockHttpServletResponse nu = start(beleid, "BELEID", body);
        assertThat(nu.getStatus()).as(nu.getContentAsString()).isEqualTo(202);
        assertThat(runsVan(beleid)).isEqualTo(3);
    }

    @Test
    void thePageKeepsTheFormAndLinksToTheRunsStillBusyWhenTheUserHasTheMostRunsAtOnce() throws Exception {
        UUID eerste = wachtendeRun("Eerste wachtende");
        UUID tweede = wachtendeRun("Tweede wachtende");
        MockHttpServletResponse r = doe(post("/wat-als").with(user(beleid).roles("BELEID")).with(csrf()).param("naam", "Mijn derde berekening")
                .param("varianten[0].naam", "").param("varianten[0].wijzigingen[0].parameter", "pw-norm-alleenstaande")
                .param("varianten[0].wijzigingen[0].waarde", "1450").param("actie", "doorrekenen"));
        assertThat(r.getStatus()).isEqualTo(429);
        String html = r.getContentAsString();
        int begin = html.indexOf("id=\"te-veel\"");
        assertThat(begin).as("the message above the form").isPositive();
        String melding = html.substring(begin, html.indexOf("<form", begin));
        assertThat(melding).contains("Deze berekening is niet gestart", "U heeft al 2 berekeningen die wachten of worden doorgerekend",
                "href=\"/wat-als/" + eerste + "\">Eerste wachtende</a>", "href=\"/wat-als/" + tweede + "\">Tweede wachtende</a>",
                "Wat u hieronder invulde, staat er nog");
        assertThat(html).contains("value=\"Mijn derde berekening\"", "value=\"1450\"", "<option value=\"pw-norm-alleenstaande\" selected=\"selected\">");
        assertThat(runsVan(beleid)).isEqualTo(2);
        // The beleidsdossier's form comes back too, with the reason and what was typed, and records nothing.
        MockHttpServletResponse dossier = doe(post("/beleidsdossiers/pw-terugvordering/aanvragen").with(user(beleid).roles("BELEID")).with(csrf())
                .param("aanvraagSoort", "wat-als").param("vraag", "Wat kost een hogere norm?").param("naam", "Uit het dossier")
                .param("parameter", "pw-norm-alleenstaande").param("waarde", "1450"));
        assertThat(dossier.getStatus()).isEqualTo(429);
        assertThat(dossier.getContentAsString()).contains("U heeft al 2 berekeningen", "Wat kost een hogere norm?", "value=\"Uit het dossier\"");
        assertThat(runsVan(beleid)).isEqualTo(2);
    }

    @Test
    void aRunLeftWaitingOrComputingByAStoppedAppFailsAtTheNextStartWithAReasonAndAFinishedRunStaysAsItWas() {
        UUID wachtend = UUID.randomUUID();
        UUID klaar = UUID.randomUUID();
        Instant toen = Instant.parse("2026-12-01T10:00:00Z");
        jdbc.sql("insert into watals.run (id, naam, status, peildatum, gestart_door, gestart_op, totaal) values (?, 'herstart', 'bezig', ?, 'beleid', ?, 0)")
                .params(wachtend, LocalDate.of(2026, 3, 1), java.sql.Timestamp.from(toen)).update();
        jdbc.sql("insert into watals.run (id, naam, status, peildatum, gestart_door, gestart_op, klaar_op, totaal) values (?, 'herstart', 'klaar', ?, 'beleid', ?, ?, 0)")
                .params(klaar, LocalDate.of(2026, 3, 1), java.sql.Timestamp.from(toen), java.sql.Timestamp.from(toen)).update();
        runs.afgebrokenRunsAfsluiten();
        assertThat(jdbc.sql("select status || ': ' || fout from watals.run where id = ?").param(wachtend).query(String.class).single())
                .isEqualTo("mislukt: De app is opnieuw gestart terwijl deze berekening wachtte of liep. Start hem opnieuw.");
        assertThat(jdbc.sql("select status from watals.run where id = ?").param(klaar).query(String.class).single()).isEqualTo("klaar");
    }
}
