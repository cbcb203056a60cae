package nl.maatwerk.platform.web;

import static nl.maatwerk.regelbeheer.RegelparameterTestdata.alsBeheerder;
import static nl.maatwerk.regelbeheer.RegelparameterTestdata.nieuwHalfjaar;
import static nl.maatwerk.regelbeheer.RegelparameterTestdata.normen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.TestData;
import nl.maatwerk.TweedeContext;
import nl.maatwerk.regelbeheer.Regelparameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form of the web pages, posted with values a person (or a crafted request) can send: text where a
 * number or date belongs, an impossible date, nothing, a negative or huge number, a very long text, a
 * NUL character, an unknown code, a missing field, a garbled or unknown id in the address and an index
 * far beyond the form's rows. None of it may give a server error (5xx) or a stack trace: the user gets
 * the form back with a message, or a Dutch error page.
 *
 * <p>The forms are read from the pages themselves (every {@code <form method="post">} with its fields as
 * the page fills them), so a new field or form is tested without changing this test; a few forms that a
 * page shows only in a state these fixtures do not reach are described by hand. At the end every POST
 * handler of a page controller must have been reached, so a form cannot silently drop out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.CONCURRENT) // the second lane of surefire (TweedeContext)
@ResourceLock(TweedeContext.NAAM)
class FormulierenZonderServerfoutTest {

    static final RequestPostProcessor CONSULENT = user("consulent").roles("CONSULENT");
    static final RequestPostProcessor TEAMLEIDER = user("teamleider").roles("TEAMLEIDER");
    static final RequestPostProcessor BELEID = user("beleid").roles("BELEID");
    /**
     * A policy advisor of this test's own for the Wat als? form. Most bad values leave the form valid (a name of "-1" is a
     * name), so the first ones start real runs; after {@code maatwerk.watals.max-open-per-gebruiker} the rest come back
     * with 429 and the form, which is checked the same way. Its own account, so the runs it leaves waiting never hold up
     * "beleid" in the other tests of this context.
     */
    static final RequestPostProcessor BELEID_WAT_ALS = user("formulier-beleid").roles("BELEID");
    static final RequestPostProcessor BEHEERDER2 = user("beheerder2").roles("BEHEERDER");
    static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");
    static final RequestPostProcessor ANONIEM = anonymous();
    /** The demo resident (Mijn Maatwerk, issue 16). */
    static final RequestPostProcessor INWONER = user("inwoner").roles("INWONER");

    /** Values that do not fit most fields; each is put in every field of every form in turn. */
    static final List<String> SLECHT = List.of("abc", "2026-02-30", "", "-1", "99999999999999999999", "1e999999999",
            "x".repeat(100_000), "a\u0000b", "NIET_BESTAAND");

    static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
    static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>");
    static final Pattern UUID_IN_PAD = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final Pattern TOKEN = Pattern.compile("/thermometer/antwoord/([A-Za-z0-9_-]{43})");
    static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock klok;

    @Autowired
    ApplicationContext context;

    @Autowired
    Regelparameters regelparameters;

    /** A form to post: who, where, the fields as the page filled them (a name may repeat), and whether it uploads a file. */
    record Formulier(String bron, String wieNaam, RequestPostProcessor wie, String actie, List<Map.Entry<String, String>> velden,
            Set<String> namen, boolean bestand) {
    }

    final List<Formulier> formulieren = new ArrayList<>();
    // The forms are posted by two threads (see noFormAnswersBadInputWithAServerError), so what they collect is shared safely.
    final List<String> serverfouten = java.util.Collections.synchronizedList(new ArrayList<>());
    final Set<String> bereikt = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Set<String> getoondeOorzaken = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final java.util.concurrent.atomic.AtomicInteger verzoeken = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger overgeslagen = new java.util.concurrent.atomic.AtomicInteger();

    UUID huishouden;
    UUID lid;
    String wachtrijItem;

    @BeforeAll
    void leesAlleFormulieren() throws Exception {
        LocalDate vandaag = LocalDate.now(klok);
        TestData data = new TestData(jdbc);
        huishouden = data.huishouden("Huishouden Formuliertest", "wijkteam-centrum");
        lid = data.inwoner("Formuliertest", LocalDate.of(1981, 3, 4));
        UUID partner = data.inwoner("Formulierpartner", LocalDate.of(1983, 5, 6));
        data.lid(huishouden, lid, "aanvrager", LocalDate.of(2018, 1, 1), null);
        data.lid(huishouden, partner, "partner", LocalDate.of(2018, 1, 1), null);
        UUID hulpvraag = data.aanvraagParticipatiewet(huishouden, lid, "Hulp bij de huur");
        data.klok(hulpvraag, "formuliertest", vandaag, vandaag.plusWeeks(8));
        String h = "/huishoudens/" + huishouden;

        // What the pages show only when there is something: a person in the network, a team member, a consent.
        vulIn(CONSULENT, h + "/netwerk/nieuw", h + "/netwerk/nieuw", Map.of("naam", "Buurvrouw Formulier", "relatie", "BUREN"));
        vulIn(CONSULENT, h + "/regie", h + "/team", Map.of("naam", "Hulpverlener Formulier", "organisatie", "Buurtteam", "rol", "Maatje",
                "extern", "true"));
        vulIn(CONSULENT, h + "/toestemming", h + "/toestemming", Map.of("inwonerId", lid.toString(), "partij", "Buurtteam",
                "onderdelen", "PLAN", "doel", "Afstemmen van de hulp", "gegevenOp", vandaag.toString()));
        String besluit = doe(post(h + "/terugvorderingen").with(CONSULENT).with(csrf()).param("peildatum", "2025-09-01"))
                .getRedirectedUrl();
        assertThat(besluit).as("a recovery to fill in").startsWith("/besluiten/");
        // An early debt signal for the household, read in over the API.
        String csv = "schuldeiserType,schuldeiser,bsn,bedrag,maanden,datum\nzorgverzekeraar,Zorg Formulier," + data.bsnVan(lid) + ",250.00,3,"
                + vandaag.minusDays(2) + "\n";
        assertThat(doe(post("/api/v1/vroegsignalen").with(httpBasic("consulent", "demo")).contentType("text/csv").content(csv))
                .getStatus()).isEqualTo(200);
        UUID signaal = jdbc.sql("select id from prioriteit.vroegsignaal where huishouden_id = ?").param(huishouden).query(UUID.class)
                .list().getFirst();
        // A thermometer round with one invitation, and a proposal of norms by another administrator.
        MockHttpServletResponse meting = doe(post("/thermometer/nieuw").with(BELEID).with(csrf()).param("naam", "Formuliertest")
                .param("einddatum", vandaag.plusDays(10).toString()).param("themas", "eigen-kracht", "financien")
                .param("lagen", "bestuur", "uitvoering"));
        String m = meting.getRedirectedUrl();
        assertThat(m).startsWith("/thermometer/metingen/");
        Matcher token = TOKEN.matcher(doe(post(m + "/uitnodigingen").with(BELEID).with(csrf()).param("laag", "uitvoering")
                .param("aantal", "1")).getContentAsString());
        assertThat(token.find()).isTrue();
        String t = "/thermometer/antwoord/" + token.group(1);
        UUID voorstel = alsBeheerder(() -> regelparameters.stelVoor(normen(nieuwHalfjaar(), "3000.00", "2000.00"))).id();
        Matcher item = Pattern.compile("name=\"item\" value=\"([^\"]+)\"").matcher(doe(get("/werkvoorraad/team").with(TEAMLEIDER))
                .getContentAsString());
        assertThat(item.find()).as("an item in the team's queue").isTrue();
        wachtrijItem = ontsnap(item.group(1));

        // Mijn Maatwerk (issue 16): the resident with a child under 16 (the choice for whom) and a decision sent to her (the objection).
        UUID kind = data.inwoner("Formulierkind", vandaag.minusYears(8));
        data.lid(huishouden, kind, "kind", LocalDate.of(2018, 1, 1), null);
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values ('inwoner-formulier', 'Formuliertest', 'INWONER', ?)"
                + " on conflict do nothing").param(lid).update();
        UUID verzonden = data.besluit(huishouden, "concept", "consulent", klok);
        jdbc.sql("update besluit.besluit set status = 'verzonden', definitief_door = 'consulent', definitief_op = ?, verzonden_door = 'consulent',"
                + " verzonden_op = ?, inwoner_id = ? where id = ?").params(java.sql.Timestamp.from(klok.instant()), java.sql.Timestamp.from(klok.instant()),
                lid, verzonden).update();
        var inwoner = user("inwoner-formulier").roles("INWONER");
        lees(inwoner, "/mijn", Map.of());
        lees(inwoner, "/mijn/besluiten/" + verzonden, Map.of("waarom", "Ik ben het niet eens met de hoogte.", "telefoonnummer", "06 12345678"));
        // Stem van de inwoner (issue 17): the questionnaire behind its link, then the resident's list (which makes a new link).
        String vragenlijst = "F".repeat(43);
        jdbc.sql("""
                insert into waardering.uitnodiging (id, inwoner_id, huishouden_id, team_id, wet, aanleiding, aanleiding_id, token_hash, uitgenodigd_op,
                    geldig_tot)
                select ?, ?, id, team_id, 'wmo', 'besluit', ?, sha256(convert_to(?, 'UTF8')), ?, ? from inwoner.huishouden where id = ?
                on conflict do nothing""").params(UUID.randomUUID(), lid, UUID.randomUUID(), vragenlijst, vandaag, vandaag.plusDays(13), huishouden)
                .update();
        lees(ANONIEM, "/waardering/" + vragenlijst, Map.of("cijfer", "7"));
        // The short address in the letter, where a resident without DigiD types the code (a code of the right form that opens nothing).
        lees(ANONIEM, "/vragenlijst", Map.of("code", "ZZZZ-ZZZZ"));
        lees(inwoner, "/mijn/vragenlijst", Map.of());

        // The pages and the forms on them, with valid values where an empty field would stop every other check.
        lees(CONSULENT, "/huishoudens/nieuw", Map.of("naam", "Formulier Nieuw", "bsn", TestData.nieuwBsn(), "vanaf", vandaag.toString()));
        lees(CONSULENT, "/inwoners/nieuw", inwonerVelden(vandaag));
        lees(CONSULENT, "/inwoners/" + partner + "/bewerken", Map.of());
        lees(TEAMLEIDER, "/inwoners/" + partner + "/inzage-uitstellen", Map.of());
        // The household page is in tabs (issue 15): the forms of every tab.
        int opHuishoudpagina = 0;
        for (nl.maatwerk.inwoner.Tabblad tab : nl.maatwerk.inwoner.Tabblad.values()) {
            opHuishoudpagina += lees(CONSULENT, h + "?tab=" + tab.code(), Map.of("reden", "Er is geweld gemeld door de buren."), false);
        }
        assertThat(opHuishoudpagina).as("post forms on the household page's tabs").isGreaterThanOrEqualTo(3);
        lees(CONSULENT, h + "/bewerken", Map.of());
        lees(CONSULENT, h + "/leden/nieuw", Map.of("bsn", data.bsnVan(data.inwoner("Formulierkind", LocalDate.of(2012, 1, 1))),
                "rol", "KIND", "vanaf", vandaag.toString()));
        lees(CONSULENT, h + "/leden/1/beeindigen", Map.of("totEnMet", vandaag.plusYears(1).toString()));
        lees(CONSULENT, h + "/netwerk/nieuw", Map.of("naam", "Oom Formulier", "relatie", "FAMILIE"));
        lees(CONSULENT, h + "/doorbraak", Map.of("reden", "Acute zorg om de kinderen, ik moet nu het dossier zien."));
        lees(CONSULENT, h + "/regie", Map.of("regisseur", "consulent", "reden", "Eerste aanspreekpunt", "naam", "Nog een hulpverlener",
                "organisatie", "Schuldhulp", "rol", "Budgetcoach"));
        lees(CONSULENT, h + "/toestemming", Map.of("inwonerId", lid.toString(), "partij", "Buurtteam", "onderdelen", "PLAN",
                "doel", "Afstemmen", "gegevenOp", vandaag.toString(), "deelPartij", "Buurtteam", "deelOnderdelen", "PLAN"));
        lees(CONSULENT, h + "/plan/bewerken", Map.of("evaluatiedatum", vandaag.plusMonths(3).toString(), "doelen[0].levensdomein", "financien",
                "doelen[0].doel", "Rust in de financien", "doelen[0].acties[0].omschrijving", "Budgetcoach zoeken",
                "doelen[0].acties[0].eigenaarType", "inwoner", "doelen[0].acties[0].uiterlijk", vandaag.plusMonths(1).toString()));
        lees(CONSULENT, h + "/plan/evaluatie", Map.of("gesprekOp", vandaag.toString(), "samenvatting", "Het gaat beter met de post.",
                "volgendeEvaluatie", vandaag.plusMonths(3).toString()));
        lees(CONSULENT, h + "/zrm/nieuw", zrmVelden(vandaag));
        lees(CONSULENT, h + "/terugvorderingen/nieuw", Map.of());
        lees(CONSULENT, h + "/hulpvragen/nieuw", Map.of("inwonerId", lid.toString(), "kanaal", "TELEFOON", "vorm", "MELDING",
                "vraag", "Ik red het niet met de boodschappen.", "levensdomeinen", "FINANCIEN", "urgentie", "GEMIDDELD", "wetten", "WMO",
                "ontvangenOp", vandaag.toString()));
        lees(CONSULENT, "/hulpvragen/" + hulpvraag, Map.of("afgerondOp", vandaag.toString(), "status", "ONDERZOEK", "reden", "Gesprek gepland"));
        lees(CONSULENT, "/hulpvragen/" + hulpvraag + "/besluiten/nieuw", Map.of());
        // Tasks (issue 15): the new-task form, and a task's own forms (change, done, hand on).
        lees(CONSULENT, h + "/taken/nieuw", Map.of("omschrijving", "Formuliertaak", "vervaldatum", vandaag.plusDays(3).toString(),
                "eigenaar", "consulent"));
        String taak = doe(post(h + "/taken/nieuw").with(CONSULENT).with(csrf()).param("omschrijving", "Formuliertaak")
                .param("vervaldatum", vandaag.plusDays(3).toString()).param("eigenaar", "consulent")).getRedirectedUrl();
        assertThat(taak).as("a task to fill in").startsWith("/taken/");
        lees(CONSULENT, taak, Map.of("reden", "Zij kent het gezin"));
        lees(CONSULENT, besluit, Map.of());
        // A Wmo concept shows the form of voorliggend (issue 17): the general offers of the sociale kaart the toets weighed.
        String wmo = doe(post("/hulpvragen/" + hulpvraag + "/besluiten").with(CONSULENT).with(csrf()).param("soort", "WMO_MAATWERKVOORZIENING")
                .param("peildatum", "2025-09-01")).getRedirectedUrl();
        assertThat(wmo).as("a Wmo decision to fill in").startsWith("/besluiten/");
        lees(CONSULENT, wmo, Map.of("regels[0].waaromNiet", "Zij wil geen groep; het aanbod is alleen op dinsdag."));
        lees(CONSULENT, "/vroegsignalen/" + signaal, Map.of("soort", "telefoon", "contact", "true", "notitie", "Gebeld", "datum",
                vandaag.toString()));
        lees(CONSULENT, "/vroegsignalen/inlezen", Map.of());
        lees(CONSULENT, "/berekeningen/bestaanszekerheid", Map.of("peildatum", "2025-09-01", "leden[0].rol", "aanvrager",
                "leden[0].geboortedatum", "1980-01-01", "bedrag", "7040.00", "aflossingPerMaand", "250.00"));
        lees(TEAMLEIDER, "/werkvoorraad/team", Map.of());
        lees(TEAMLEIDER, "/werkvoorraad/team/verplaatsen?item=" + item.group(1), Map.of("reden", "Dringend volgens de wijkagent"));
        // Weights that are out of range, so that no case here changes the team's real weights.
        lees(TEAMLEIDER, "/werkvoorraad/gewichten", Map.of("acuutDomein", "-5"));
        lees(BELEID, "/afwijkingen", Map.of());
        // Knelpunten (issue 18): the report from a decision (with the household, for the check on names) and a dossier's two forms.
        lees(CONSULENT, "/knelpunten/nieuw?vanuit=besluit&regel=pw-terugvordering&huishouden=" + huishouden, Map.of("onderwerp", "Giften",
                "wat", "De regel telde boodschappen als inkomen.", "watZouHelpen", "Ruimte voor kleine giften.", "hoeVaak", "PER_WEEK"));
        lees(BELEID, "/beleidsdossiers/pw-terugvordering", Map.of("toelichting", "We kijken ernaar.", "gewijzigdOp", vandaag.toString()));
        data.account("formulier-beleid", "BELEID", null);
        lees(BELEID_WAT_ALS, "/wat-als", Map.of("naam", "Formuliertest", "varianten[0].wijzigingen[0].parameter", "pw-norm-alleenstaande",
                "varianten[0].wijzigingen[0].waarde", "1400"));
        lees(BELEID, "/thermometer/nieuw", Map.of("naam", "Formulier meting", "einddatum", vandaag.plusDays(20).toString()));
        lees(BELEID, m + "/thema/eigen-kracht", Map.of());
        lees(ANONIEM, t + "/1", Map.of());
        lees(ANONIEM, t + "/versturen", Map.of());
        lees(BEHEERDER2, "/regelparameters/voorstellen/nieuw", Map.of("reden", "Nieuwe normen", "waarden[0].naam", "pw-norm-alleenstaande",
                "waarden[0].waarde", "1500.00", "waarden[0].geldigVanaf", nieuwHalfjaar().toString(), "waarden[0].bron",
                "jci1.3:c:BWBR0015703&artikel=21", "waarden[0].status", "bevestigd"));
        lees(BEHEERDER2, "/regelparameters/voorstellen/" + voorstel, Map.of());
        lees(AUDITOR, "/logboek", Map.of());
        // Mijn Maatwerk (issue 16): a consent of the demo resident first, so its form to stop it shows too.
        vulIn(INWONER, "/mijn/toestemmingen", "/mijn/toestemmingen", Map.of("partij", "Buurtteam Formulier", "onderdelen", "PLAN",
                "doel", "Afstemmen van de hulp"));
        lees(INWONER, "/mijn/toestemmingen", Map.of("partij", "Buurtteam", "onderdelen", "PLAN", "doel", "Afstemmen"));
        lees(INWONER, "/mijn/berichten", Map.of("tekst", "Een vraag over mijn plan"));
        lees(INWONER, "/mijn/hulp", Map.of("onderwerp", "GELD", "watIsEr", "Ik heb schulden", "bereikbaar", "06 1234 5678", "wijziging", "INKOMEN",
                "per", vandaag.toString(), "toelichting", "Ik krijg een baan"));
        lees(CONSULENT, h + "/berichten", Map.of("inwonerId", lid.toString(), "tekst", "Ik bel u morgen"));
        // Issue 15: withdrawing a document asks for confirmation on a page of its own, which only a stored document has.
        UUID document = UUID.randomUUID();
        jdbc.sql("""
                insert into dossier.document (id, huishouden_id, documenttype, bestandsnaam, mediatype, grootte, sha256, geupload_door, geupload_op,
                    bewaren_tot) values (?, ?, 'overig', 'formulier.pdf', 'application/pdf', 8, ?, 'consulent', ?, ?)
                """).params(document, huishouden, "0".repeat(64), java.sql.Timestamp.from(klok.instant()), vandaag.plusYears(2)).update();
        lees(CONSULENT, h + "/documenten/" + document + "/intrekken", Map.of("reden", "Verkeerd bestand gekozen."));
        // Forms that a page shows only in a state the fixtures above do not reach.
        formulier("met de hand", TEAMLEIDER, besluit + "/beoordeling", "akkoord", "true", "toelichting", "Akkoord", "versie", "1");
        formulier("met de hand", CONSULENT, besluit + "/stap", "actie", "definitief", "versie", "1");
        formulier("met de hand", CONSULENT, "/besluiten/leesbaarheid", "briefToelichting", "U krijgt geld terug.");
        formulier("met de hand", CONSULENT, h + "/regie/verzoek", "verzoekReden", "Ik ken het gezin al lang.");
        formulier("met de hand", CONSULENT, h + "/regie/verzoeken/" + UUID.randomUUID(), "akkoord", "true", "toelichting", "Goed",
                "versie", "1");
        formulier("met de hand", CONSULENT, h + "/plan/samenvoegen", "basisVersie", "1", "huidigeVersie", "2", "evaluatiedatum",
                vandaag.plusMonths(2).toString(), "doelen[0].doel", "Werk", "doelen[0].levensdomein", "dagbesteding", "keuze_x", "MIJN");
        formulier("met de hand", BELEID, m + "/codering", "thema", "eigen-kracht", "c-" + UUID.randomUUID(), "positief");
        // The sociale kaart (issue 17): its forms on the plan tab show only with matched offers, the link's only with a referral.
        lees(BEHEERDER2, "/sociale-kaart/beheer", Map.of());
        String dienst = jdbc.sql("select id::text from socialekaart.dienst order by naam limit 1").query(String.class).single();
        formulier("met de hand", CONSULENT, h + "/sociale-kaart/plan", "dienstId", dienst, "doelId", "", "domein", "FINANCIEN", "versie", "0");
        formulier("met de hand", CONSULENT, h + "/sociale-kaart/verwijzingen", "dienstId", dienst);
        formulier("met de hand", CONSULENT, h + "/sociale-kaart/verwijzingen/" + UUID.randomUUID(), "status", "GEHOLPEN", "versie", "1");
        formulier("met de hand", ANONIEM, "/sociale-kaart/verwijzing/" + UUID.randomUUID(), "status", "GEHOLPEN");
        // What is coming (issue 18): a new invlieger and changing one of its own.
        lees(BELEID, "/samenhang/invliegers/nieuw", Map.of("titel", "Formulierproef", "soort", "WET", "herkomst", "RIJK", "fase", "AANGEKONDIGD",
                "watVerandert", "Een nieuwe regel", "eigenaar", "Beleid", "bron", "Test"));
        UUID invlieger = UUID.randomUUID();
        jdbc.sql("""
                insert into samenhang.invlieger (id, titel, soort, herkomst, fase, wat_verandert, teams, eigenaar, voorbereiding, bron, aangemaakt_door,
                    aangemaakt_op) values (?, 'Formulierproef bestaand', 'intern-beleid', 'gemeente', 'aangekondigd', 'Iets', '{wijkteam-centrum}',
                    'Beleid', 'te-bekijken', 'Test', 'beleid', ?)""").params(invlieger, java.sql.Timestamp.from(klok.instant())).update();
        lees(BELEID, "/samenhang/invliegers/" + invlieger + "/wijzigen", Map.of());
        // Last: the round's own buttons (closing it ends the invitation above).
        lees(BELEID, m, Map.of("laag", "bestuur", "aantal", "2", "einddatum", vandaag.plusDays(30).toString()));
    }

    @AfterAll
    void ruimOp() throws Exception {
        // The household may have been marked unsafe by a case above; that would put it on top of the team's queue for other tests.
        doe(post("/huishoudens/" + huishouden + "/veiligheid").with(CONSULENT).with(csrf()).param("actie", "opheffen")
                .param("reden", "Opgeheven na de formuliertest."));
    }

    /**
     * About 5,000 requests, so the forms are posted by two threads (each form's requests in order by one of them): the
     * test took a minute on its own while the other core waited. The last form (the thermometer round's own buttons) goes
     * last, since closing the round ends the invitation another form uses.
     */
    @Test
    void noFormAnswersBadInputWithAServerError() throws Exception {
        try (var tweeDraden = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            List<java.util.concurrent.Future<?>> klaar = new ArrayList<>();
            for (Formulier f : formulieren.subList(0, formulieren.size() - 1)) {
                klaar.add(tweeDraden.submit(() -> {
                    probeerSlechteInvoer(f);
                    return null;
                }));
            }
            for (var k : klaar) {
                k.get();
            }
        }
        probeerSlechteInvoer(formulieren.getLast());
        System.out.println("Formulieren: " + formulieren.size() + ", verzoeken: " + verzoeken + " (" + overgeslagen + " gelijk aan een eerder"
                + " verzoek van hetzelfde formulier, niet opnieuw gestuurd), serverfouten: " + serverfouten.size());
        serverfouten.forEach(System.out::println);
        Set<String> nietBereikt = new TreeSet<>(postHandlers());
        nietBereikt.removeAll(bereikt);
        System.out.println("Niet bereikt: " + nietBereikt);
        assertThat(serverfouten).as("bad input that gave a server error (of %d requests)", verzoeken).isEmpty();
        assertThat(nietBereikt).as("POST handlers of pages that no form reached").isEmpty();
    }

    private void probeerSlechteInvoer(Formulier f) {
        Set<List<Object>> verstuurd = new java.util.HashSet<>();
        for (String naam : f.namen()) {
            for (String waarde : SLECHT) {
                eenmaal(verstuurd, f, f.actie(), met(f.velden(), naam, waarde), naam + "=" + kort(waarde));
            }
            eenmaal(verstuurd, f, f.actie(), zonder(f.velden(), naam), "zonder " + naam);
            Matcher index = INDEX.matcher(naam);
            if (index.find()) {
                for (String buiten : List.of("300", "99999", "-1", "x")) {
                    String ander = naam.substring(0, index.start()) + "[" + buiten + "]" + naam.substring(index.end());
                    List<Map.Entry<String, String>> velden = new ArrayList<>(f.velden());
                    velden.add(Map.entry(ander, "abc"));
                    eenmaal(verstuurd, f, f.actie(), velden, ander + "=abc");
                }
            }
        }
        eenmaal(verstuurd, f, f.actie(), List.of(), "zonder velden");
        Matcher id = UUID_IN_PAD.matcher(f.actie());
        while (id.find()) {
            for (String ander : List.of("x", UUID.randomUUID().toString())) {
                String pad = f.actie().substring(0, id.start()) + ander + f.actie().substring(id.end());
                eenmaal(verstuurd, f, pad, f.velden(), "id " + kort(ander));
            }
        }
        Matcher nummer = Pattern.compile("/(\\d+)(?=/|$)").matcher(f.actie());
        while (nummer.find()) {
            for (String ander : List.of("x", "99999", "-1")) {
                String pad = f.actie().substring(0, nummer.start(1)) + ander + f.actie().substring(nummer.end(1));
                eenmaal(verstuurd, f, pad, f.velden(), "nummer " + ander);
            }
        }
    }

    /**
     * Sends a request unless this form sent the same one (address and fields, in order) already: a bad value in a field
     * that was empty anyway, or leaving out a field the form did not send, is the same request as another and checks
     * nothing new.
     */
    private void eenmaal(Set<List<Object>> verstuurd, Formulier f, String pad, List<Map.Entry<String, String>> velden, String wat) {
        if (verstuurd.add(List.of(pad, List.copyOf(velden)))) {
            verstuur(f, pad, velden, wat);
        } else {
            overgeslagen.incrementAndGet();
        }
    }

    @Test
    void aFormThatCouldNotReadAValueComesBackWithWhatWasTypedAndADutchMessageBesideIt() throws Exception {
        String pagina = doe(post("/berekeningen/bestaanszekerheid").with(CONSULENT).with(csrf()).param("peildatum", "2026-02-30")
                .param("leden[0].rol", "aanvrager").param("leden[0].geboortedatum", "1980-01-01").param("aflossingPerMaand", "250.00"))
                .getContentAsString();
        assertThat(pagina).contains("Controleer deze gegevens", "href=\"#peildatum\"", "Vul een geldige datum in", "value=\"2026-02-30\"",
                "value=\"1980-01-01\"", "value=\"250.00\"");
        MockHttpServletResponse groot = doe(post("/berekeningen/bestaanszekerheid").with(CONSULENT).with(csrf()).param("peildatum", "2025-09-01")
                .param("leden[0].rol", "aanvrager").param("leden[0].geboortedatum", "1980-01-01").param("bedrag", "7040.00")
                .param("aflossingPerMaand", "1e999999999"));
        assertThat(groot.getStatus()).isEqualTo(200);
        assertThat(groot.getContentAsString()).contains("href=\"#aflossingPerMaand\"", "Vul een getal in, zoals 250 of 1369.06.");
        assertThat(doe(post("/berekeningen/bestaanszekerheid").with(CONSULENT).with(csrf()).param("peildatum", "2025-09-01")
                .param("leden[0].rol", "aanvrager").param("leden[0].geboortedatum", "1980-01-01").param("bedrag", "-1"))
                .getContentAsString()).contains("href=\"#bedrag\"", "Het bedrag is 0 of meer.");

        UUID signaal = jdbc.sql("select id from prioriteit.vroegsignaal where huishouden_id = ?").param(huishouden).query(UUID.class)
                .list().getFirst();
        MockHttpServletResponse stap = doe(post("/vroegsignalen/" + signaal + "/stappen").with(CONSULENT).with(csrf()).param("soort", "telefoon")
                .param("contact", "misschien").param("notitie", "Twee keer gebeld").param("datum", "gisteren"));
        assertThat(stap.getStatus()).isEqualTo(200);
        assertThat(stap.getContentAsString()).contains("Controleer deze gegevens", "href=\"#datum\"", "value=\"gisteren\"", "Twee keer gebeld");

        MockHttpServletResponse delen = doe(post("/huishoudens/" + huishouden + "/delen").with(CONSULENT).with(csrf())
                .param("deelPartij", "Buurtteam").param("deelOnderdelen", "ALLES"));
        assertThat(delen.getStatus()).isEqualTo(200);
        assertThat(delen.getContentAsString()).contains("Controleer deze gegevens", "href=\"#deelOnderdelen\"");

        MockHttpServletResponse verplaatsen = doe(post("/werkvoorraad/team/verplaatsen").with(TEAMLEIDER).with(csrf()).param("item", wachtrijItem)
                .param("reden", "Dringend volgens de wijkagent"));
        assertThat(verplaatsen.getStatus()).isEqualTo(200);
        assertThat(verplaatsen.getContentAsString()).contains("Kies bovenaan, onderaan of terug naar de berekende plaats.");

        MockHttpServletResponse inwoner = doe(post("/inwoners/nieuw").with(CONSULENT).with(csrf()).param("burgerservicenummer", "123"));
        assertThat(inwoner.getStatus()).isEqualTo(200);
        assertThat(inwoner.getContentAsString()).contains("Controleer deze gegevens", "Vul de naam in.", "value=\"123\"");
    }

    @Test
    void whatNoFormCanShowIsADutchErrorPageNotAServerError() throws Exception {
        MockHttpServletResponse nul = doe(post("/huishoudens/" + huishouden + "/regie").with(CONSULENT).with(csrf())
                .param("regisseur", "consulent").param("reden", "Eerste\u0000aanspreekpunt"));
        assertThat(nul.getStatus()).isEqualTo(400);
        assertThat(nul.getContentAsString()).contains("Deze aanvraag klopt niet", "teken dat niet in tekst hoort");
        // A field name with a control character: Spring Security's firewall refuses it when the parameters are first read.
        assertThat(doe(post("/huishoudens/" + huishouden + "/regie").with(CONSULENT).with(csrf()).param("a\u0007b", "1")).getStatus())
                .isEqualTo(400);
        assertThat(doe(get("/api/v1/logboek").with(httpBasic("auditor", "demo")).param("a\u0007b", "1")).getStatus()).isEqualTo(400);
        MockHttpServletResponse rij = doe(post("/huishoudens/" + huishouden + "/zrm/nieuw").with(CONSULENT).with(csrf())
                .param("datum", LocalDate.now(klok).toString()).param("scores[x].score", "3"));
        assertThat(rij.getStatus()).isEqualTo(400);
        assertThat(rij.getContentAsString()).contains("Deze aanvraag klopt niet", "Dit veld hoort niet bij het formulier.");
        assertThat(doe(post("/huishoudens/" + huishouden + "/leden/7/beeindigen").with(CONSULENT).with(csrf())
                .param("totEnMet", LocalDate.now(klok).toString()).param("versie", "0")).getStatus()).isEqualTo(404);
        String besluit = jdbc.sql("select '/besluiten/' || id from besluit.besluit where huishouden_id = ?").param(huishouden)
                .query(String.class).list().getFirst();
        MockHttpServletResponse zonderVersie = doe(post(besluit).with(CONSULENT).with(csrf()).param("peildatum", "2025-09-01"));
        assertThat(zonderVersie.getStatus()).isEqualTo(428);
        assertThat(zonderVersie.getContentAsString()).contains("Dit formulier is niet compleet", "lang=\"nl\"");
        MockHttpServletResponse zonderKnop = doe(post(besluit + "/beoordeling").with(TEAMLEIDER).with(csrf()).param("versie", "1"));
        assertThat(zonderKnop.getStatus()).isEqualTo(400);
        assertThat(zonderKnop.getContentAsString()).contains("Deze aanvraag klopt niet");
    }

    // --- posting ------------------------------------------------------------------------------

    private void verstuur(Formulier f, String pad, List<Map.Entry<String, String>> velden, String wat) {
        verzoeken.incrementAndGet();
        AbstractMockHttpServletRequestBuilder<?> verzoek;
        if (f.bestand()) {
            var mp = multipart(pad);
            String inhoud = velden.stream().filter(e -> e.getKey().equals("bestand")).map(Map.Entry::getValue).findFirst().orElse(null);
            if (inhoud != null) {
                mp.file(new MockMultipartFile("bestand", "signalen.json", "application/json", inhoud.getBytes(StandardCharsets.UTF_8)));
            }
            verzoek = mp;
            velden = velden.stream().filter(e -> !e.getKey().equals("bestand")).toList();
        } else {
            verzoek = post(pad);
        }
        verzoek.with(f.wie()).with(csrf()).contentType(f.bestand() ? MediaType.MULTIPART_FORM_DATA : MediaType.APPLICATION_FORM_URLENCODED);
        for (Map.Entry<String, String> v : velden) {
            verzoek.param(v.getKey(), v.getValue());
        }
        String beschrijving = f.wieNaam() + " POST " + sjabloon(pad) + " [" + wat + "]";
        try {
            MvcResult r = mvc.perform(verzoek).andReturn();
            if (r.getHandler() instanceof HandlerMethod hm) {
                bereikt.add(naam(hm));
            }
            int status = r.getResponse().getStatus();
            String tekst = r.getResponse().getContentAsString();
            if (status >= 500) {
                serverfouten.add(beschrijving + ": " + status);
            } else if (tekst.contains("Exception") || tekst.contains("at nl.maatwerk.")) {
                serverfouten.add(beschrijving + ": " + status + " met een stack trace in de pagina");
            }
        } catch (Exception e) {
            Throwable oorzaak = e;
            while (oorzaak.getCause() != null && oorzaak.getCause() != oorzaak) {
                oorzaak = oorzaak.getCause();
            }
            if (getoondeOorzaken.add(sjabloon(pad) + " " + oorzaak.getClass().getName())) {
                // The first trace per form and kind of failure, to find the line that failed.
                System.out.println("Spoor van " + beschrijving + ":");
                java.util.Arrays.stream(oorzaak.getStackTrace()).limit(30).forEach(r -> System.out.println("    at " + r));
            }
            String melding = String.valueOf(oorzaak.getMessage()).replace("\n", " ");
            serverfouten.add(beschrijving + ": 500 (" + oorzaak.getClass().getSimpleName() + ": "
                    + (melding.length() > 120 ? melding.substring(0, 120) + "…" : melding) + ")");
        }
    }

    private static List<Map.Entry<String, String>> met(List<Map.Entry<String, String>> velden, String naam, String waarde) {
        List<Map.Entry<String, String>> uit = new ArrayList<>();
        boolean gezet = false;
        for (Map.Entry<String, String> v : velden) {
            if (!v.getKey().equals(naam)) {
                uit.add(v);
            } else if (!gezet) {
                uit.add(Map.entry(naam, waarde));
                gezet = true;
            }
        }
        if (!gezet) {
            uit.add(Map.entry(naam, waarde));
        }
        return uit;
    }

    private static List<Map.Entry<String, String>> zonder(List<Map.Entry<String, String>> velden, String naam) {
        return velden.stream().filter(v -> !v.getKey().equals(naam)).toList();
    }

    private static String kort(String s) {
        String zichtbaar = s.replace("\u0000", "\\0");
        return zichtbaar.length() > 40 ? zichtbaar.substring(0, 12) + "…(" + zichtbaar.length() + " tekens)" : zichtbaar;
    }

    /** The address with its ids as placeholders, so that the report reads per form. */
    private static String sjabloon(String pad) {
        return UUID_IN_PAD.matcher(pad).replaceAll("{id}").replaceAll("/thermometer/antwoord/[A-Za-z0-9_-]{43}", "/thermometer/antwoord/{token}")
                .replaceAll("/waardering/[A-Za-z0-9_-]{43}", "/waardering/{token}");
    }

    private static String naam(HandlerMethod hm) {
        return hm.getBeanType().getSimpleName() + "." + hm.getMethod().getName();
    }

    /** Every POST handler of a page controller (a @Controller in a web package, not the REST API). */
    private Set<String> postHandlers() {
        Set<String> namen = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping -> mapping.getHandlerMethods().forEach((info, hm) -> {
            Class<?> type = hm.getBeanType();
            if (type.getPackageName().startsWith("nl.maatwerk.") && type.getPackageName().endsWith(".web")
                    && AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                    && !AnnotatedElementUtils.hasAnnotation(type, RestController.class)
                    && info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                namen.add(naam(hm));
            }
        }));
        return namen;
    }

    // --- reading forms from pages -------------------------------------------------------------

    private MockHttpServletResponse doe(MockHttpServletRequestBuilder verzoek) throws Exception {
        return mvc.perform(verzoek).andReturn().getResponse();
    }

    /** Reads the post forms of a page; {@code invullen} sets fields that exist on a form (or adds them to a form with such a field). */
    private void lees(RequestPostProcessor wie, String pagina, Map<String, String> invullen) throws Exception {
        lees(wie, pagina, invullen, true);
    }

    /** The post forms on the page, each added to the ones to send; their number. */
    private int lees(RequestPostProcessor wie, String pagina, Map<String, String> invullen, boolean minstensEen) throws Exception {
        MockHttpServletResponse r = doe(get(pagina).with(wie));
        assertThat(r.getStatus()).as("page %s", pagina).isEqualTo(200);
        Matcher form = FORM.matcher(r.getContentAsString());
        int aantal = 0;
        while (form.find()) {
            Map<String, String> attr = attributen(form.group(1));
            String actie = ontsnap(attr.getOrDefault("action", ""));
            if (!"post".equalsIgnoreCase(attr.get("method")) || actie.equals("/uitloggen")) {
                continue;
            }
            Velden v = velden(form.group(2));
            for (Map.Entry<String, String> e : invullen.entrySet()) {
                if (v.namen.contains(e.getKey()) || v.namen.stream().anyMatch(n -> e.getKey().startsWith(n.replaceAll("\\[.*", "") + "["))) {
                    v.lijst.removeIf(x -> x.getKey().equals(e.getKey()));
                    v.lijst.add(Map.entry(e.getKey(), e.getValue()));
                    v.namen.add(e.getKey());
                }
            }
            boolean bestand = attr.getOrDefault("enctype", "").startsWith("multipart");
            formulieren.add(new Formulier(pagina, naamVan(wie), wie, actie, v.lijst, v.namen, bestand));
            aantal++;
        }
        if (minstensEen) {
            assertThat(aantal).as("post forms on %s", pagina).isPositive();
        }
        return aantal;
    }

    /** Reads the page's form for {@code actie}, fills it in and posts it, to make what later pages show. */
    private void vulIn(RequestPostProcessor wie, String pagina, String actie, Map<String, String> invullen) throws Exception {
        MockHttpServletResponse r = doe(get(pagina).with(wie));
        Matcher form = FORM.matcher(r.getContentAsString());
        while (form.find()) {
            if (ontsnap(attributen(form.group(1)).getOrDefault("action", "")).equals(actie)) {
                Velden v = velden(form.group(2));
                MockHttpServletRequestBuilder verzoek = post(actie).with(wie).with(csrf());
                v.lijst.stream().filter(e -> !invullen.containsKey(e.getKey())).forEach(e -> verzoek.param(e.getKey(), e.getValue()));
                invullen.forEach(verzoek::param);
                assertThat(doe(verzoek).getStatus()).as("filling in %s", actie).isEqualTo(302);
                return;
            }
        }
        throw new AssertionError("No form for " + actie + " on " + pagina);
    }

    private void formulier(String bron, RequestPostProcessor wie, String actie, String... paren) {
        List<Map.Entry<String, String>> velden = new ArrayList<>();
        Set<String> namen = new LinkedHashSet<>();
        for (int i = 0; i < paren.length; i += 2) {
            velden.add(Map.entry(paren[i], paren[i + 1]));
            namen.add(paren[i]);
        }
        formulieren.add(new Formulier(bron, naamVan(wie), wie, actie, velden, namen, false));
    }

    private static String naamVan(RequestPostProcessor wie) {
        return wie == CONSULENT ? "consulent" : wie == TEAMLEIDER ? "teamleider" : wie == BELEID ? "beleid" : wie == BELEID_WAT_ALS ? "formulier-beleid" : wie == BEHEERDER2 ? "beheerder2"
                : wie == AUDITOR ? "auditor" : "anoniem";
    }

    static final class Velden {
        final List<Map.Entry<String, String>> lijst = new ArrayList<>();
        final Set<String> namen = new LinkedHashSet<>();
    }

    private static Velden velden(String html) {
        Velden v = new Velden();
        Set<String> rondjes = new LinkedHashSet<>();
        Matcher input = INPUT.matcher(html);
        Map<String, String> eersteRondje = new LinkedHashMap<>();
        while (input.find()) {
            Map<String, String> a = attributen(input.group(1));
            String naam = a.get("name");
            if (naam == null || naam.equals("_csrf")) {
                continue;
            }
            String type = a.getOrDefault("type", "text");
            String waarde = ontsnap(a.getOrDefault("value", ""));
            boolean aan = input.group(1).matches("(?s).*\\bchecked\\b.*");
            v.namen.add(naam);
            if (type.equals("radio")) {
                eersteRondje.putIfAbsent(naam, waarde);
                if (aan) {
                    rondjes.add(naam);
                    v.lijst.add(Map.entry(naam, waarde));
                }
            } else if (type.equals("checkbox")) {
                if (aan) {
                    v.lijst.add(Map.entry(naam, waarde));
                }
            } else if (type.equals("file")) {
                v.lijst.add(Map.entry(naam, "schuldeiserType,schuldeiser,bsn,bedrag,maanden,datum\n"));
            } else if (!type.equals("submit")) {
                v.lijst.add(Map.entry(naam, waarde));
            }
        }
        eersteRondje.forEach((naam, waarde) -> {
            if (!rondjes.contains(naam)) {
                v.lijst.add(Map.entry(naam, waarde));
            }
        });
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            Map<String, String> a = attributen(select.group(1));
            String naam = a.get("name");
            if (naam == null) {
                continue;
            }
            v.namen.add(naam);
            String eerste = null;
            String gekozen = null;
            Matcher optie = OPTION.matcher(select.group(2));
            while (optie.find()) {
                String waarde = ontsnap(attributen(optie.group(1)).getOrDefault("value", ""));
                eerste = eerste == null ? waarde : eerste;
                if (gekozen == null && optie.group(1).matches("(?s).*\\bselected\\b.*")) {
                    gekozen = waarde;
                }
            }
            v.lijst.add(Map.entry(naam, gekozen != null ? gekozen : eerste == null ? "" : eerste));
        }
        Matcher tekst = TEXTAREA.matcher(html);
        while (tekst.find()) {
            String naam = attributen(tekst.group(1)).get("name");
            if (naam != null) {
                v.namen.add(naam);
                v.lijst.add(Map.entry(naam, ontsnap(tekst.group(2)).strip()));
            }
        }
        Matcher knop = BUTTON.matcher(html);
        Set<String> knoppen = new LinkedHashSet<>();
        while (knop.find()) {
            Map<String, String> a = attributen(knop.group(1));
            if (a.get("name") != null && knoppen.add(a.get("name"))) {
                v.namen.add(a.get("name"));
                v.lijst.add(Map.entry(a.get("name"), ontsnap(a.getOrDefault("value", ""))));
            }
        }
        return v;
    }

    private static Map<String, String> attributen(String tag) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([\\w:-]+)\\s*=\\s*\"([^\"]*)\"").matcher(tag);
        while (m.find()) {
            a.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
        }
        return a;
    }

    private static String ontsnap(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Map<String, String> inwonerVelden(LocalDate vandaag) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("burgerservicenummer", TestData.nieuwBsn());
        m.put("naam.voornamen", "Fenna");
        m.put("naam.geslachtsnaam", "Formulier");
        m.put("geboortedatum", "1990-04-05");
        m.put("verblijfplaats.straat", "Formulierstraat");
        m.put("verblijfplaats.huisnummer", "12");
        m.put("verblijfplaats.postcode", "2511AB");
        m.put("verblijfplaats.woonplaats", "'s-Gravenhage");
        m.put("verblijfplaats.wijk", "Centrum");
        return m;
    }

    private static Map<String, String> zrmVelden(LocalDate vandaag) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("datum", vandaag.toString());
        for (int i = 0; i < 13; i++) {
            m.put("scores[" + i + "].score", "3");
        }
        return m;
    }
}
