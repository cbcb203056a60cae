package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.maatwerk.ApiEindpunten;
import nl.maatwerk.TestData;
import nl.maatwerk.TweedeContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One version contract on the whole API (docs/conventies.md, "Optimistische vergrendeling"; issue 14,
 * finding 6). Every resource that can change shows its version as an ETag, on a read and on the answer to
 * a write; every write that changes an existing resource names the version it was based on in If-Match:
 * without it 428, with an old one 409, both as problem+json, and never a 400 for a stale version.
 *
 * <p>The write endpoints come from Spring MVC itself: a new one that is neither in {@link #wijzigingen()}
 * (and so tested here) nor in {@link #ZONDER_VERSIE} with the reason it needs no version fails the build.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Execution(ExecutionMode.CONCURRENT) // the second lane of surefire (TweedeContext)
@ResourceLock(TweedeContext.NAAM)
class VersiecontractTest {

    /**
     * The writes that name no version, each with why. Only a write that makes something new or stores
     * nothing may be here: there is no version yet that someone else could have changed in between.
     */
    static final Map<String, String> ZONDER_VERSIE = Map.ofEntries(
            Map.entry("POST /api/v1/huishoudens", "maakt een nieuw huishouden"),
            Map.entry("POST /api/v1/inwoners", "legt een nieuwe inwoner vast; hetzelfde BSN twee keer is 409 (uniek in de database)"),
            Map.entry("POST /api/v1/hulpvragen", "legt een nieuwe hulpvraag vast"),
            Map.entry("POST /api/v1/besluiten", "maakt een nieuw concept"),
            Map.entry("POST /api/v1/besluiten/{id}/correctie",
                    "maakt een nieuw concept dat naar een definitief besluit verwijst; dat besluit zelf verandert nooit meer"),
            Map.entry("POST /api/v1/huishoudens/{id}/zrm-metingen", "voegt een nieuwe meting toe; eerdere metingen blijven zoals ze waren"),
            Map.entry("POST /api/v1/thermometer/metingen", "maakt een nieuwe meting"),
            Map.entry("POST /api/v1/thermometer/metingen/{id}/uitnodigingen",
                    "maakt nieuwe eenmalige links; wat er al was verandert niet, en na het bekijken van de uitkomsten weigert de server (409)"),
            Map.entry("POST /api/v1/regelparameters/voorstellen", "doet een nieuw voorstel"),
            Map.entry("POST /api/v1/knelpunten", "meldt een nieuw knelpunt; een knelpunt verandert nooit"),
            Map.entry("POST /api/v1/beleidsdossiers/{code}/reacties", "voegt een reactie van beleid toe; een reactie verandert nooit, de nieuwste geldt"),
            Map.entry("POST /api/v1/beleidsdossiers/{code}/aanvragen", "legt een nieuwe aanvraag vast (een wat-als start een nieuwe berekening); een aanvraag verandert nooit"),
            Map.entry("POST /api/v1/invliegers", "legt een nieuwe wijziging vast in het overzicht van wat eraan komt"),
            Map.entry("POST /api/v1/sociale-kaart/diensten/import",
                    "leest een bestand van de bron in; het bestand is de stand van de bron, de id van de bron is de sleutel (zelfde bestand twee keer: niets verandert)"),
            Map.entry("POST /api/v1/vroegsignalen", "leest nieuwe signalen in; een signaal dat er al is, blijft zoals het is"),
            Map.entry("POST /api/v1/berekeningen/bestaanszekerheid", "rekent alleen en slaat niets op"),
            Map.entry("POST /api/v1/wat-als", "start een nieuwe wat-als-berekening; een berekening verandert daarna alleen door de server (status, uitkomst)"),
            Map.entry("POST /api/v1/huishoudens/{huishoudenId}/notities",
                    "voegt een notitie toe; een notitie verandert nooit (alleen aanvullen), ook een correctie is een nieuwe notitie"),
            Map.entry("POST /api/v1/huishoudens/{huishoudenId}/documenten", "slaat een nieuw document op"),
            Map.entry("POST /api/v1/mijn/toestemmingen", "de inwoner geeft een nieuwe toestemming"),
            Map.entry("POST /api/v1/mijn/berichten", "de inwoner stuurt een nieuw bericht; een bericht verandert nooit"),
            Map.entry("POST /api/v1/mijn/plan/instemming", "legt een nieuw antwoord van de inwoner op het plan vast en verandert het plan "
                    + "niet (dus geen nieuwe versie); het antwoord noemt wel de planversie die de inwoner las: If-Match, zonder 428, een oudere 409"),
            Map.entry("POST /api/v1/huishoudens/{huishoudenId}/documenten/{id}/intrekking",
                    "trekt één keer in; een tweede keer is 409 en verandert niets"));

    private static final String CENTRUM = "wijkteam-centrum";
    private static final String ELDERS = "wijkteam-versie-elders";

    /** What a write works on: the resource to read (its ETag) and, for the write, its id. */
    record Doel(UUID id, String leesUrl, String leesRol) {
    }

    /**
     * A write that changes an existing resource. {@code maak} makes a fresh one each time; {@code verzoek}
     * builds the write with the given If-Match (null: without the header). {@code onverwant} makes one of
     * another team, where the answer must be 404 whether or not a version is sent; null where that does not apply.
     */
    record Wijziging(String sleutel, String rol, Supplier<Doel> maak, BiFunction<Doel, String, MockHttpServletRequestBuilder> verzoek,
            Supplier<Doel> onverwant) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    nl.maatwerk.regelbeheer.Regelparameters regelparameters;

    @Autowired
    nl.maatwerk.samenhang.Invliegers invliegers;

    private final AtomicInteger regeldag = new AtomicInteger();

    List<Wijziging> wijzigingen() {
        TestData data = new TestData(jdbc);
        data.team(ELDERS);
        List<Wijziging> w = new ArrayList<>();
        w.add(new Wijziging("PUT /api/v1/huishoudens/{id}", "consulent",
                () -> huishouden(data, CENTRUM),
                (d, v) -> metVersie(put("/api/v1/huishoudens/" + d.id()), v).contentType(MediaType.APPLICATION_JSON)
                        .content(huishoudenBody(d.id())),
                () -> huishouden(data, ELDERS)));
        w.add(new Wijziging("PUT /api/v1/inwoners/{id}", "consulent",
                () -> {
                    UUID h = huishouden(data, CENTRUM).id();
                    UUID i = aanvrager(h);
                    return new Doel(i, "/api/v1/inwoners/" + i, "consulent");
                },
                (d, v) -> metVersie(put("/api/v1/inwoners/" + d.id()), v).contentType(MediaType.APPLICATION_JSON)
                        .content(inwonerBody(data.bsnVan(d.id()))),
                () -> {
                    UUID h = huishouden(data, ELDERS).id();
                    UUID i = aanvrager(h);
                    return new Doel(i, "/api/v1/inwoners/" + i, "consulent");
                }));
        w.add(new Wijziging("POST /api/v1/hulpvragen/{id}/statuswijzigingen", "consulent",
                () -> hulpvraag(huishouden(data, CENTRUM).id()),
                (d, v) -> metVersie(post("/api/v1/hulpvragen/" + d.id() + "/statuswijzigingen"), v).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"onderzoek\",\"reden\":\"Gesprek gepland\"}"),
                () -> hulpvraag(huishouden(data, ELDERS).id())));
        w.add(new Wijziging("PUT /api/v1/huishoudens/{id}/plan", "consulent",
                () -> {
                    UUID h = huishouden(data, CENTRUM).id();
                    return new Doel(h, "/api/v1/huishoudens/" + h + "/plan", "consulent");
                },
                (d, v) -> metVersie(put("/api/v1/huishoudens/" + d.id() + "/plan"), v).contentType(MediaType.APPLICATION_JSON)
                        .content(planBody()),
                () -> {
                    UUID h = huishouden(data, ELDERS).id();
                    return new Doel(h, "/api/v1/huishoudens/" + h + "/plan", "consulent");
                }));
        w.add(new Wijziging("PUT /api/v1/besluiten/{id}", "consulent",
                () -> besluit(huishouden(data, CENTRUM).id(), "concept"),
                (d, v) -> metVersie(put("/api/v1/besluiten/" + d.id()), v).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"peildatum\":\"2025-09-01\",\"beoogdEffect\":\"Schone kleren\"}"),
                () -> besluit(huishouden(data, ELDERS).id(), "concept")));
        w.add(new Wijziging("POST /api/v1/besluiten/{id}/indiening", "consulent",
                () -> besluit(huishouden(data, CENTRUM).id(), "afwijking"),
                (d, v) -> metVersie(post("/api/v1/besluiten/" + d.id() + "/indiening"), v),
                null));
        w.add(new Wijziging("POST /api/v1/besluiten/{id}/beoordeling", "teamleider",
                () -> besluit(huishouden(data, CENTRUM).id(), "ter-goedkeuring"),
                (d, v) -> metVersie(post("/api/v1/besluiten/" + d.id() + "/beoordeling"), v).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"akkoord\":true}"),
                null));
        w.add(new Wijziging("POST /api/v1/besluiten/{id}/definitief", "consulent",
                () -> besluit(huishouden(data, CENTRUM).id(), "concept"),
                (d, v) -> metVersie(post("/api/v1/besluiten/" + d.id() + "/definitief"), v),
                null));
        w.add(new Wijziging("POST /api/v1/besluiten/{id}/verzending", "consulent",
                () -> besluit(huishouden(data, CENTRUM).id(), "definitief"),
                (d, v) -> metVersie(post("/api/v1/besluiten/" + d.id() + "/verzending"), v),
                null));
        // What is coming (issue 18): policy changes an invlieger at the version it read.
        w.add(new Wijziging("PUT /api/v1/invliegers/{id}", "beleid",
                () -> {
                    UUID id = invlieger();
                    return new Doel(id, "/api/v1/invliegers/" + id, "beleid");
                },
                (d, v) -> metVersie(put("/api/v1/invliegers/" + d.id()), v).contentType(MediaType.APPLICATION_JSON).content(INVLIEGER),
                null));
        // The Thermometer theme of a beleidsdossier (issue 18): one dossier, read afresh each time; its version only goes up.
        w.add(new Wijziging("PUT /api/v1/beleidsdossiers/{code}/thema", "beleid",
                () -> new Doel(UUID.randomUUID(), "/api/v1/beleidsdossiers/procedure-termijnen/thema", "beleid"),
                (d, v) -> metVersie(put("/api/v1/beleidsdossiers/procedure-termijnen/thema"), v).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"thema\":\"integraliteit\"}"),
                null));
        w.add(new Wijziging("POST /api/v1/regelparameters/voorstellen/{id}/beoordeling", "beheerder",
                () -> {
                    UUID id = regelvoorstel();
                    return new Doel(id, "/api/v1/regelparameters/voorstellen/" + id, "beheerder");
                },
                (d, v) -> metVersie(post("/api/v1/regelparameters/voorstellen/" + d.id() + "/beoordeling"), v)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"akkoord\":true}"),
                null));
        w.add(new Wijziging("POST /api/v1/mijn/toestemmingen/{id}/intrekking", "inwoner",
                () -> toestemmingVanDemoInwoner(demoHuishouden()),
                (d, v) -> metVersie(post("/api/v1/mijn/toestemmingen/" + d.id() + "/intrekking"), v),
                () -> toestemmingVanDemoInwoner(huishouden(data, ELDERS).id())));
        // My plan (issue 16): a fresh goal with an action of the demo resident's own in their household's plan each time.
        w.add(new Wijziging("POST /api/v1/mijn/plan/acties", "inwoner",
                () -> eigenActieVanDemoInwoner(true),
                (d, v) -> metVersie(post("/api/v1/mijn/plan/acties"), v).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"doelId\":\"" + d.id() + "\",\"omschrijving\":\"Zelf de post openen\"}"),
                null));
        w.add(new Wijziging("POST /api/v1/mijn/plan/acties/{id}/klaar", "inwoner",
                () -> eigenActieVanDemoInwoner(false),
                (d, v) -> metVersie(post("/api/v1/mijn/plan/acties/" + d.id() + "/klaar"), v),
                null));
        w.add(new Wijziging("POST /api/v1/vroegsignalen/{id}/contactmomenten", "consulent",
                () -> signaal(huishouden(data, CENTRUM).id()),
                (d, v) -> metVersie(post("/api/v1/vroegsignalen/" + d.id() + "/contactmomenten"), v).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"soort\":\"telefoon\",\"contact\":false,\"datum\":\"" + LocalDate.now(klok) + "\"}"),
                () -> signaal(huishouden(data, ELDERS).id())));
        return w;
    }

    @Autowired
    java.time.Clock klok;

    // --- the guard ------------------------------------------------------------------------

    /** Every write under /api/v1 as "METHOD /path": anything but GET, HEAD and OPTIONS. */
    private Set<String> schrijfEindpunten() {
        return ApiEindpunten.van(mappings, m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS);
    }

    @Test
    void everyWriteUnderTheApiEitherNeedsAVersionOrIsAnExceptionWithAReason() {
        Set<String> getest = new TreeSet<>(wijzigingen().stream().map(Wijziging::sleutel).toList());
        Set<String> bekend = new TreeSet<>(getest);
        bekend.addAll(ZONDER_VERSIE.keySet());
        Set<String> bestaand = schrijfEindpunten();
        assertThat(getest).as("an endpoint both needs a version and is an exception").doesNotContainAnyElementsOf(ZONDER_VERSIE.keySet());
        assertThat(bestaand).as("""
                write endpoints without a place in the version contract. A write that changes something that exists needs If-Match \
                (428 without, 409 when stale): add it to wijzigingen(). Only a write that makes something new or stores nothing \
                goes into ZONDER_VERSIE, with the reason""").isSubsetOf(bekend);
        assertThat(bekend).as("the contract names endpoints that do not exist (any more)").isSubsetOf(bestaand);
        ZONDER_VERSIE.forEach((k, reden) -> assertThat(reden).as("the reason for " + k).isNotBlank());
    }

    @TestFactory
    Stream<DynamicTest> eachWriteOfAnExistingResourceFollowsTheVersionContract() {
        return wijzigingen().stream().flatMap(w -> Stream.of(
                DynamicTest.dynamicTest(w.sleutel() + ": a read shows the version as ETag", () -> leesGeeftEtag(w)),
                DynamicTest.dynamicTest(w.sleutel() + ": without If-Match 428 and nothing changes", () -> zonderVersie(w)),
                DynamicTest.dynamicTest(w.sleutel() + ": with the ETag it saves and answers the new ETag; the old one is then 409",
                        () -> actueelEnVerouderd(w))));
    }

    @TestFactory
    Stream<DynamicTest> withoutAVersionAnotherTeamsResourceIsStill404() {
        return wijzigingen().stream().filter(w -> w.onverwant() != null).map(w -> DynamicTest.dynamicTest(w.sleutel(), () -> {
            Doel d = w.onverwant().get();
            MockHttpServletResponse a = mvc.perform(w.verzoek().apply(d, null).with(httpBasic(w.rol(), "demo"))).andReturn().getResponse();
            assertThat(a.getStatus()).as("a resource of another team stays hidden, also without If-Match: %s", a.getContentAsString())
                    .isEqualTo(404);
        }));
    }

    /**
     * Twenty clients read the same version and all write at once (household, request status, outreach step,
     * decision): exactly one wins, every other one hears 409, none gets a 5xx, and the version went up by one
     * (no write lost silently, none counted twice).
     */
    @TestFactory
    Stream<DynamicTest> twentyWritersOnOneVersionOneWinsTheOthersGet409() {
        Set<String> gelijktijdig = Set.of("PUT /api/v1/huishoudens/{id}", "POST /api/v1/hulpvragen/{id}/statuswijzigingen",
                "POST /api/v1/vroegsignalen/{id}/contactmomenten", "PUT /api/v1/besluiten/{id}");
        return wijzigingen().stream().filter(w -> gelijktijdig.contains(w.sleutel())).map(w -> DynamicTest.dynamicTest(w.sleutel(), () -> {
            Doel d = w.maak().get();
            MockHttpServletResponse voor = lees(d);
            String etag = voor.getHeader("ETag");
            int n = 20;
            var klaar = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> uitkomsten = new ArrayList<>();
            long start = System.nanoTime();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(n)) {
                for (int i = 0; i < n; i++) {
                    uitkomsten.add(pool.submit(() -> {
                        klaar.await();
                        return mvc.perform(w.verzoek().apply(d, etag).with(httpBasic(w.rol(), "demo"))).andReturn().getResponse().getStatus();
                    }));
                }
                klaar.countDown();
                Map<Integer, Integer> telling = new java.util.TreeMap<>();
                for (var u : uitkomsten) {
                    telling.merge(u.get(60, java.util.concurrent.TimeUnit.SECONDS), 1, Integer::sum);
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.println("Versiecontract gelijktijdig " + w.sleutel() + ": " + telling + " in " + ms + " ms");
                assertThat(telling).as("%s: status → count", w.sleutel()).containsOnlyKeys(200, 409).containsEntry(200, 1).containsEntry(409, n - 1);
            }
            int oud = json.readTree(voor.getContentAsString()).get("versie").asInt();
            assertThat(json.readTree(lees(d).getContentAsString()).get("versie").asInt()).as("one write, one version").isEqualTo(oud + 1);
        }));
    }

    private void leesGeeftEtag(Wijziging w) throws Exception {
        Doel d = w.maak().get();
        MockHttpServletResponse a = lees(d);
        assertThat(a.getStatus()).as("GET %s: %s", d.leesUrl(), a.getContentAsString()).isEqualTo(200);
        JsonNode body = json.readTree(a.getContentAsString());
        assertThat(a.getHeader("ETag")).as("GET %s has an ETag", d.leesUrl()).isNotNull();
        assertThat(a.getHeader("ETag")).as("the ETag is the version in the body").isEqualTo("\"" + body.get("versie").asInt() + "\"");
    }

    private void zonderVersie(Wijziging w) throws Exception {
        Doel d = w.maak().get();
        String voor = lees(d).getContentAsString();
        MockHttpServletResponse a = mvc.perform(w.verzoek().apply(d, null).with(httpBasic(w.rol(), "demo"))).andReturn().getResponse();
        assertThat(a.getStatus()).as("%s without If-Match: %s", w.sleutel(), a.getContentAsString()).isEqualTo(428);
        assertThat(a.getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(a.getContentAsString()).get("detail").asString()).contains("If-Match");
        assertThat(lees(d).getContentAsString()).as("nothing changed").isEqualTo(voor);
    }

    private void actueelEnVerouderd(Wijziging w) throws Exception {
        Doel d = w.maak().get();
        String etag = lees(d).getHeader("ETag");
        assertThat(etag).as("GET %s has an ETag", d.leesUrl()).isNotNull();
        MockHttpServletResponse ok = mvc.perform(w.verzoek().apply(d, etag).with(httpBasic(w.rol(), "demo"))).andReturn().getResponse();
        assertThat(ok.getStatus()).as("%s with If-Match %s: %s", w.sleutel(), etag, ok.getContentAsString()).isBetween(200, 299);
        String nieuw = ok.getHeader("ETag");
        assertThat(nieuw).as("the answer to %s carries the new version as ETag", w.sleutel()).isNotNull().isNotEqualTo(etag);
        MockHttpServletResponse daarna = lees(d);
        assertThat(daarna.getHeader("ETag")).as("a read after the write shows the same ETag as the write's answer").isEqualTo(nieuw);
        String voor = daarna.getContentAsString();

        MockHttpServletResponse oud = mvc.perform(w.verzoek().apply(d, etag).with(httpBasic(w.rol(), "demo"))).andReturn().getResponse();
        assertThat(oud.getStatus()).as("%s with the old If-Match %s: %s", w.sleutel(), etag, oud.getContentAsString()).isEqualTo(409);
        assertThat(oud.getContentType()).startsWith("application/problem+json");
        JsonNode probleem = json.readTree(oud.getContentAsString());
        assertThat(probleem.get("status").asInt()).isEqualTo(409);
        assertThat(probleem.get("detail").asString()).isNotBlank();
        assertThat(lees(d).getContentAsString()).as("the stale write changed nothing").isEqualTo(voor);
    }

    private MockHttpServletResponse lees(Doel d) throws Exception {
        return mvc.perform(get(d.leesUrl()).with(httpBasic(d.leesRol(), "demo"))).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder metVersie(MockHttpServletRequestBuilder verzoek, String versie) {
        return versie == null ? verzoek : verzoek.header("If-Match", versie);
    }

    // --- data -----------------------------------------------------------------------------

    private Doel huishouden(TestData data, String team) {
        String naam = "Versiecontract-" + UUID.randomUUID().toString().substring(0, 8);
        UUID h = data.huishouden(naam, team);
        UUID i = data.inwoner(naam, LocalDate.of(1980, 3, 3));
        data.lid(h, i, "aanvrager", LocalDate.of(2020, 1, 1), null);
        return new Doel(h, "/api/v1/huishoudens/" + h, "consulent");
    }

    /** The household the demo resident lives in today. */
    private UUID demoHuishouden() {
        return jdbc.sql("""
                select l.huishouden_id from inwoner.huishouden_lid l join platform.gebruiker g on g.inwoner_id = l.inwoner_id
                where g.gebruikersnaam = 'inwoner' and l.vanaf <= ? and (l.tot_en_met is null or l.tot_en_met >= ?) limit 1
                """).params(LocalDate.now(klok), LocalDate.now(klok)).query(UUID.class).single();
    }

    /** A consent of the demo resident, on this household (another one's: the resident must get 404). */
    private Doel toestemmingVanDemoInwoner(UUID huishouden) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into toegang.toestemming (id, huishouden_id, inwoner_id, partij, onderdelen, doel, gegeven_op, vastgelegd_door)
                select ?, ?, inwoner_id, 'Versiecontract', '{plan}', 'test', ?, 'test' from platform.gebruiker where gebruikersnaam = 'inwoner'
                """).params(id, huishouden, LocalDate.now(klok)).update();
        return new Doel(id, "/api/v1/mijn/toestemmingen/" + id, "inwoner");
    }

    @Autowired
    nl.maatwerk.toegang.opslag.PlanOpslag planOpslag;

    /**
     * Adds a goal with an open action of the demo resident (their first name, owner inwoner) to their household's plan,
     * as a professional's save would; the Doel is the goal ({@code doel}) or the action, read through /api/v1/mijn/plan.
     */
    private Doel eigenActieVanDemoInwoner(boolean doel) {
        UUID h = demoHuishouden();
        String voornaam = jdbc.sql("""
                select i.voornamen from inwoner.inwoner i join platform.gebruiker g on g.inwoner_id = i.id where g.gebruikersnaam = 'inwoner'
                """).query(String.class).single().strip().split(" ")[0];
        var kop = planOpslag.kop(h);
        int versie = kop.map(k -> k.versie()).orElse(0);
        var oud = kop.map(k -> k.inhoud()).orElse(nl.maatwerk.toegang.PlanInhoud.LEEG);
        UUID doelId = UUID.randomUUID();
        UUID actie = UUID.randomUUID();
        List<nl.maatwerk.toegang.PlanDoel> doelen = new ArrayList<>(oud.doelen());
        doelen.add(new nl.maatwerk.toegang.PlanDoel(doelId, nl.maatwerk.toegang.Levensdomein.FINANCIEN, "Versiecontract", List.of(
                new nl.maatwerk.toegang.PlanActie(actie, "Afschriften sturen", nl.maatwerk.toegang.PlanEigenaar.INWONER, voornaam, null,
                        nl.maatwerk.toegang.PlanStatus.OPEN))));
        planOpslag.slaOp(h, versie, new nl.maatwerk.toegang.PlanInhoud(oud.evaluatiedatum(), doelen), "consulent", "Versiecontract",
                List.of("Versiecontract"), klok.instant());
        return new Doel(doel ? doelId : actie, "/api/v1/mijn/plan", "inwoner");
    }

    private UUID aanvrager(UUID huishouden) {
        return jdbc.sql("select inwoner_id from inwoner.huishouden_lid where huishouden_id = ? and rol = 'aanvrager'").param(huishouden)
                .query(UUID.class).single();
    }

    private String huishoudenBody(UUID huishouden) {
        String naam = jdbc.sql("select naam from inwoner.huishouden where id = ?").param(huishouden).query(String.class).single();
        return """
                {"naam":"%s gewijzigd","leden":[{"inwonerId":"%s","rol":"aanvrager","vanaf":"2020-01-01"}]}
                """.formatted(naam, aanvrager(huishouden));
    }

    private static String inwonerBody(String bsn) {
        return """
                {"burgerservicenummer":"%s","naam":{"voornamen":"Gewijzigd","geslachtsnaam":"Versiecontract"},"geboortedatum":"1980-03-03",
                 "verblijfplaats":{"straat":"Teststraat","huisnummer":2,"postcode":"2511AB","woonplaats":"'s-Gravenhage"}}
                """.formatted(bsn);
    }

    private static String planBody() {
        return """
                {"doelen":[{"levensdomein":"financien","doel":"Rust in de post","acties":[
                  {"omschrijving":"Post samen openen","eigenaarType":"netwerk","eigenaar":"Tante Wil","status":"open"}]}]}
                """;
    }

    private Doel hulpvraag(UUID huishouden) {
        UUID vraag = UUID.randomUUID();
        jdbc.sql("""
                insert into toegang.hulpvraag (id, huishouden_id, kanaal, vorm, vraag, urgentie, wetten, status, ontvangen_op, geregistreerd_door)
                values (?, ?, 'balie', 'melding', 'Versievraag', 'gemiddeld', '{wmo}', 'melding', ?, 'versie')
                """).params(vraag, huishouden, LocalDate.now(klok)).update();
        return new Doel(vraag, "/api/v1/hulpvragen/" + vraag, "consulent");
    }

    /** A complete decision in a given state, written by someone else ('versie'): see {@link TestData#besluit}. */
    private Doel besluit(UUID huishouden, String stand) {
        UUID id = new TestData(jdbc).besluit(huishouden, stand, "versie", klok);
        return new Doel(id, "/api/v1/besluiten/" + id, "consulent");
    }

    private Doel signaal(UUID huishouden) {
        UUID signaal = UUID.randomUUID();
        jdbc.sql("""
                insert into prioriteit.vroegsignaal (id, sleutel, schuldeiser_type, schuldeiser, postcode, huisnummer, bedrag, maanden,
                    signaaldatum, ontvangen_op, huishouden_id, koppeling, team_id)
                select ?, ?, 'energie', 'Versie Energie', '2511AB', 1, ?, 2, ?, ?, h.id, 'adres', h.team_id
                from inwoner.huishouden h where h.id = ?
                """).params(signaal, "versie-" + signaal, new BigDecimal("120.00"), LocalDate.now(klok).minusDays(3),
                LocalDate.now(klok).minusDays(3), huishouden).update();
        return new Doel(signaal, "/api/v1/vroegsignalen/" + signaal, "consulent");
    }

    /** A proposal by the second demo beheerder, for a date far ahead, so approving it changes no calculation. */
    private static final String INVLIEGER = """
            {"titel": "Versiecontract invlieger", "soort": "intern-beleid", "herkomst": "gemeente", "fase": "aangekondigd",
             "watVerandert": "Een nieuwe werkinstructie.", "teams": ["wijkteam-centrum"], "eigenaar": "Beleid",
             "voorbereiding": "te-bekijken", "bron": "Test"}""";

    private UUID invlieger() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken("beleid", null, List.of(new SimpleGrantedAuthority("ROLE_BELEID"))));
        var vorige = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return invliegers.maak(new nl.maatwerk.samenhang.Invlieger.Gegevens("Versiecontract invlieger", nl.maatwerk.samenhang.Soort.INTERN_BELEID,
                    null, nl.maatwerk.samenhang.Herkomst.GEMEENTE, nl.maatwerk.samenhang.Fase.AANGEKONDIGD, null, null, null, null,
                    "Een nieuwe werkinstructie.", null, null, null, List.of(CENTRUM), null, "Beleid", nl.maatwerk.samenhang.Voorbereiding.TE_BEKIJKEN,
                    null, "Test")).id();
        } finally {
            SecurityContextHolder.setContext(vorige);
        }
    }

    private UUID regelvoorstel() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken("beheerder2", null, List.of(new SimpleGrantedAuthority("ROLE_BEHEERDER"))));
        var vorige = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return regelparameters.stelVoor(new nl.maatwerk.regelbeheer.NieuwVoorstel("Versievoorstel", List.of(new nl.maatwerk.regelbeheer.Regelwaarde(
                    "wmo-abonnementstarief", new BigDecimal("23.00"), LocalDate.of(2997, 6, 1).plusDays(regeldag.getAndIncrement()),
                    "jci1.3:c:BWBR0035362&artikel=2.1.4", "te verifiëren", "Versiecontract")))).id();
        } finally {
            SecurityContextHolder.setContext(vorige);
        }
    }
}
