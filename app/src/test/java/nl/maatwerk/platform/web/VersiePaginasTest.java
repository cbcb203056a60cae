package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.TestData;
import nl.maatwerk.TweedeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The version contract on the pages (docs/conventies.md, "Optimistische vergrendeling"; issue 14, finding 6):
 * a form that changes something that exists carries the version it was opened on and what it showed then
 * (hidden fields {@code versie} and {@code basis}). A stale submit answers 409 with the form again: who
 * changed it, what changed meanwhile, and what the user typed still in the fields, now on the current
 * version. Without the version it is 428. Everything works without JavaScript: these are plain posts.
 *
 * <p>The page handlers come from Spring MVC itself: a new POST that is in none of the three lists fails.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Execution(ExecutionMode.CONCURRENT) // the second lane of surefire (TweedeContext)
@ResourceLock(TweedeContext.NAAM)
class VersiePaginasTest {

    /** Page writes that change something that exists: the handler takes the version the form was opened on. */
    static final Set<String> MET_VERSIE = Set.of(
            "POST /inwoners/{id}/bewerken",
            "POST /huishoudens/{id}/bewerken",
            "POST /huishoudens/{id}/leden/nieuw",
            "POST /huishoudens/{id}/leden/{index}/beeindigen",
            "POST /huishoudens/{id}/netwerk/nieuw",
            "POST /huishoudens/{id}/netwerk/{index}/verwijderen",
            "POST /hulpvragen/{id}/status",
            "POST /huishoudens/{id}/plan/bewerken",
            "POST /huishoudens/{id}/plan/evaluatie",
            "POST /huishoudens/{id}/plan/samenvoegen",
            "POST /besluiten/{id}",
            "POST /besluiten/{id}/beoordeling",
            "POST /besluiten/{id}/stap",
            "POST /besluiten/{id}/inkomen",
            "POST /besluiten/{id}/voorliggend",
            "POST /regelparameters/voorstellen/{id}/beoordeling",
            "POST /huishoudens/{id}/regie/verzoeken/{verzoek}",
            "POST /vroegsignalen/{id}/stappen",
            "POST /werkvoorraad/gewichten",
            "POST /hulpvragen/{id}/toewijzen",
            "POST /taken/{id}",
            "POST /taken/{id}/gedaan",
            "POST /taken/{id}/toewijzen",
            // Mijn plan (issue 16): the resident's changes name the plan version the page showed; a newer one is a 409 page.
            "POST /mijn/plan/instemming",
            "POST /mijn/plan/acties",
            "POST /mijn/plan/acties/{actieId}/klaar",
            "POST /huishoudens/{id}/sociale-kaart/plan",
            "POST /huishoudens/{id}/sociale-kaart/verwijzingen/{verwijzingId}",
            "POST /sociale-kaart/beheer/diensten/{id}/gecontroleerd",
            // What is coming (issue 18): changing an invlieger names the version the form was opened on.
            "POST /samenhang/invliegers/{id}/wijzigen",
            // Beleidsdossiers (issue 18): the theme policy chose for a dossier.
            "POST /beleidsdossiers/{code}/thema");

    /** Page writes that need no version, each with why: they make something new, store nothing, or can happen only once. */
    static final Map<String, String> ZONDER_VERSIE = Map.ofEntries(
            Map.entry("POST /inwoners/nieuw", "legt een nieuwe inwoner vast"),
            Map.entry("POST /inwoners/{id}/inzage-uitstellen", "legt een nieuw uitstel van inzage vast naast de lopende; verandert niets wat iemand zag"),
            Map.entry("POST /waardering/{token}", "legt één keer een nieuw, anoniem antwoord vast; dezelfde link nog eens is 410"),
            Map.entry("POST /vragenlijst", "zoekt met de code uit de brief de open uitnodiging en geeft een nieuwe link; verandert niets wat iemand zag"),
            Map.entry("POST /mijn/vragenlijst/{id}", "maakt een nieuwe link voor de eigen open uitnodiging; verandert niets wat iemand zag"),
            Map.entry("POST /mijn/voor", "kiest voor wie de inwoner iets regelt; alleen in de sessie, slaat niets op"),
            Map.entry("POST /mijn/besluiten/{id}/bezwaar", "legt een nieuw bezwaar vast; een tweede tegen hetzelfde besluit is een botsing"),
            Map.entry("POST /huishoudens/nieuw", "maakt een nieuw huishouden"),
            Map.entry("POST /huishoudens/{id}/hulpvragen/nieuw", "legt een nieuwe hulpvraag vast"),
            Map.entry("POST /huishoudens/{id}/taken/nieuw", "legt een nieuwe taak vast"),
            Map.entry("POST /hulpvragen/{id}/termijnen/{termijn}/afronden",
                    "rondt een termijn één keer af; wie te laat is, hoort dat hij al is afgerond (de datum blijft)"),
            Map.entry("POST /hulpvragen/{id}/besluiten", "maakt een nieuw concept"),
            Map.entry("POST /huishoudens/{id}/terugvorderingen", "maakt een nieuw concept"),
            Map.entry("POST /besluiten/leesbaarheid", "meet alleen de tekst en slaat niets op"),
            Map.entry("POST /berekeningen/bestaanszekerheid", "rekent alleen en slaat niets op"),
            Map.entry("POST /wat-als", "start een nieuwe wat-als-berekening; een berekening verandert daarna alleen door de server"),
            Map.entry("POST /huishoudens/{id}/zrm/nieuw", "voegt een meting toe; eerdere blijven zoals ze waren"),
            Map.entry("POST /huishoudens/{id}/doorbraak", "legt een nieuwe doorbraak vast"),
            Map.entry("POST /huishoudens/{id}/notities",
                    "voegt een notitie toe; een notitie verandert nooit (alleen aanvullen), ook een correctie is een nieuwe notitie"),
            Map.entry("POST /huishoudens/{id}/documenten", "slaat een nieuw document op"),
            Map.entry("POST /huishoudens/{id}/sociale-kaart/verwijzingen", "legt een nieuwe verwijzing vast"),
            Map.entry("POST /sociale-kaart/beheer/import",
                    "leest een bestand van de bron in; de id van de bron is de sleutel, het bestand is de stand van de bron"),
            Map.entry("POST /sociale-kaart/verwijzing/{token}", "het antwoord van de organisatie kan één keer; daarna werkt de link niet meer"),
            Map.entry("POST /huishoudens/{id}/documenten/{document}/intrekken", "trekt één keer in; een tweede keer is 409 en verandert niets"),
            Map.entry("POST /huishoudens/{id}/regie/verzoek", "doet een nieuw verzoek om de regie"),
            Map.entry("POST /huishoudens/{id}/team", "voegt een teamlid toe"),
            Map.entry("POST /huishoudens/{id}/team/{lid}/beeindigen", "beëindigt één keer; een tweede keer is 404 en verandert niets"),
            Map.entry("POST /huishoudens/{id}/toestemming", "legt een nieuwe toestemming vast"),
            Map.entry("POST /huishoudens/{id}/toestemming/{toestemming}/intrekken", "trekt één keer in; een tweede keer is 404 en verandert niets"),
            Map.entry("POST /huishoudens/{id}/delen", "legt een nieuwe verstrekking vast"),
            Map.entry("POST /mijn/toestemmingen", "de inwoner geeft een nieuwe toestemming"),
            Map.entry("POST /mijn/berichten", "de inwoner stuurt een nieuw bericht; een bericht verandert nooit"),
            Map.entry("POST /huishoudens/{id}/berichten", "stuurt een nieuw bericht aan de inwoner; een bericht verandert nooit"),
            Map.entry("POST /mijn/hulp", "de inwoner stuurt een nieuwe hulpvraag"),
            Map.entry("POST /mijn/hulp/wijziging", "de inwoner geeft een wijziging door: een nieuwe melding"),
            Map.entry("POST /mijn/toestemmingen/{id}/intrekken",
                    "stopt één keer, op de versie die het formulier meestuurt; een tweede keer of een oude versie meldt dat en verandert niets"),
            Map.entry("POST /vroegsignalen/inlezen", "leest nieuwe signalen in; een bekend signaal blijft zoals het is"),
            Map.entry("POST /werkvoorraad/team/oppakken", "legt een handeling vast naast de eerdere; het item toont ze allemaal"),
            Map.entry("POST /werkvoorraad/team/verplaatsen", "legt een handeling vast naast de eerdere; het item toont ze allemaal"),
            Map.entry("POST /huishoudens/{id}/veiligheid",
                    "een tweede markering weigert de server, en opheffen geldt alleen de markering die er is"),
            Map.entry("POST /afwijkingen/reacties", "legt een nieuwe reactie vast"),
            Map.entry("POST /knelpunten/nieuw", "meldt een nieuw knelpunt; een knelpunt verandert nooit"),
            Map.entry("POST /beleidsdossiers/{code}/reacties", "voegt een reactie van beleid toe; een reactie verandert nooit, de nieuwste geldt"),
            Map.entry("POST /beleidsdossiers/{code}/aanvragen", "legt een nieuwe aanvraag vast; een wat-als start een nieuwe berekening"),
            Map.entry("POST /regelparameters/voorstellen/nieuw", "doet een nieuw voorstel"),
            Map.entry("POST /samenhang/invliegers/nieuw", "legt een nieuwe wijziging vast in het overzicht van wat eraan komt"),
            Map.entry("POST /logboek/verificatie", "controleert alleen de keten en slaat niets op"),
            Map.entry("POST /thermometer/nieuw", "maakt een nieuwe meting"),
            Map.entry("POST /thermometer/metingen/{id}/uitnodigingen", "maakt nieuwe eenmalige links"),
            Map.entry("POST /thermometer/metingen/{id}/lagen", "voegt een laag toe; een laag die al meedoet weigert de server"),
            Map.entry("POST /thermometer/metingen/{id}/afsluiten", "sluit één keer; een gesloten meting weigert de server"),
            Map.entry("POST /thermometer/metingen/{id}/einddatum", "verlengt alleen: een datum voor de huidige einddatum weigert de server"),
            Map.entry("POST /thermometer/antwoord/{token}/{nr:\\d{1,3}}", "de eigen antwoorden van één anonieme deelnemer, bij een eenmalige link"),
            Map.entry("POST /thermometer/antwoord/{token}/versturen", "de eigen antwoorden van één anonieme deelnemer, bij een eenmalige link"));

    /**
     * Page writes that change something that exists without a version yet: known, and named so that none
     * is added unnoticed. Each is in docs/betrouwbaarheid.md ("Versies") with why it is not done yet.
     */
    static final Map<String, String> NOG_ZONDER_VERSIE = Map.ofEntries(
            Map.entry("POST /huishoudens/{id}/regie", "de regie heeft geen versie; twee tegelijk houdt de database tegen, "
                    + "maar wie een oude pagina had, ziet niet dat de regie intussen wisselde (beide staan in de geschiedenis)"),
            Map.entry("POST /thermometer/metingen/{id}/thema/{code}", "een meting heeft geen versie; twee beleidsadviseurs die tegelijk "
                    + "de teksten van een thema wijzigen: de laatste wint"),
            Map.entry("POST /thermometer/metingen/{id}/codering", "een meting heeft geen versie; wie tegelijk dezelfde antwoorden "
                    + "beoordeelt: de laatste beoordeling per antwoord wint, met de naam van wie beoordeelde"));

    private static final RequestPostProcessor CONSULENT = user("consulent").roles("CONSULENT");
    private static final Pattern VERSIE = Pattern.compile("name=\"versie\" value=\"(\\d*)\"");
    private static final Pattern BASIS = Pattern.compile("name=\"basis\" value=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock klok;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    // --- the guard ------------------------------------------------------------------------

    @Test
    void everyPageWriteNeedsAVersionOrSaysWhyNot() {
        Map<String, HandlerMethod> schrijvers = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methoden = e.getKey().getMethodsCondition().getMethods();
            for (String pad : e.getKey().getPatternValues()) {
                if (pad.startsWith("/api/") || pad.startsWith("/error")) {
                    continue;
                }
                methoden.stream().filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
                        .forEach(m -> schrijvers.put(m.name() + " " + pad, e.getValue()));
            }
        }
        Set<String> bekend = new TreeSet<>(MET_VERSIE);
        bekend.addAll(ZONDER_VERSIE.keySet());
        bekend.addAll(NOG_ZONDER_VERSIE.keySet());
        assertThat(bekend).as("an endpoint is in more than one list")
                .hasSize(MET_VERSIE.size() + ZONDER_VERSIE.size() + NOG_ZONDER_VERSIE.size());
        assertThat(schrijvers.keySet()).as("""
                page writes without a place in the version contract. A form that changes something that exists carries the \
                version it was opened on (fragmenten/versie :: velden, platform.Versieconflict): add it to MET_VERSIE. Only \
                a write that makes something new, stores nothing or can happen once goes into ZONDER_VERSIE, with the reason""")
                .isSubsetOf(bekend);
        assertThat(bekend).as("the lists name page writes that do not exist (any more)").isSubsetOf(schrijvers.keySet());
        List<String> zonder = new ArrayList<>();
        MET_VERSIE.forEach(k -> {
            if (!neemtVersie(schrijvers.get(k))) {
                zonder.add(k);
            }
        });
        assertThat(zonder).as("these handlers should take the form's version (a parameter or form field versie) but do not").isEmpty();
    }

    /** A request parameter {@code versie} (or the plan's {@code basisVersie}), or a form object with a field {@code versie}. */
    private static boolean neemtVersie(HandlerMethod h) {
        for (MethodParameter p : h.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            String naam = rp != null && !rp.name().isEmpty() ? rp.name() : p.getParameterName();
            if (rp != null && ("versie".equals(naam) || "basisVersie".equals(naam))) {
                return true;
            }
            Class<?> type = p.getParameterType();
            if (type.isRecord() && java.util.Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals("versie"))) {
                return true;
            }
            if (java.util.Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals("getVersie"))) {
                return true;
            }
        }
        return false;
    }

    // --- behaviour ------------------------------------------------------------------------

    /** The hidden fields of the form at {@code url} as this user opens it. */
    private record Geopend(String versie, String basis) {
    }

    private Geopend open(String url, RequestPostProcessor wie) throws Exception {
        String html = mvc.perform(get(url).with(wie)).andReturn().getResponse().getContentAsString();
        return velden(html, url);
    }

    private static Geopend velden(String html, String waar) {
        Matcher v = VERSIE.matcher(html);
        Matcher b = BASIS.matcher(html);
        assertThat(v.find()).as("the form on %s carries its version", waar).isTrue();
        assertThat(b.find()).as("the form on %s carries what it showed (basis)", waar).isTrue();
        return new Geopend(v.group(1), b.group(1));
    }

    private String naam(String gebruikersnaam) {
        return jdbc.sql("select naam from platform.gebruiker where gebruikersnaam = ?").param(gebruikersnaam).query(String.class).single();
    }

    private UUID huishouden(TestData data, String naam) {
        UUID h = data.huishouden(naam, "wijkteam-centrum");
        UUID i = data.inwoner(naam, LocalDate.of(1980, 3, 3));
        data.lid(h, i, "aanvrager", LocalDate.of(2020, 1, 1), null);
        return h;
    }

    @Test
    void aResidentFormSubmittedAfterAColleaguesChangeSaysWhatChangedKeepsTheInputAndSavesOnTheNextTry() throws Exception {
        TestData data = new TestData(jdbc);
        UUID h = huishouden(data, "Paginaversie-" + UUID.randomUUID().toString().substring(0, 6));
        UUID inwoner = jdbc.sql("select inwoner_id from inwoner.huishouden_lid where huishouden_id = ?").param(h).query(UUID.class).single();
        String bsn = data.bsnVan(inwoner);
        String achternaam = jdbc.sql("select geslachtsnaam from inwoner.inwoner where id = ?").param(inwoner).query(String.class).single();
        Geopend geopend = open("/inwoners/" + inwoner + "/bewerken", CONSULENT);

        // A colleague changes the phone number over the API meanwhile.
        mvc.perform(put("/api/v1/inwoners/" + inwoner).with(httpBasic("regisseur", "demo")).header("If-Match", "\"" + geopend.versie() + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"burgerservicenummer":"%s","naam":{"voornamen":"Test","geslachtsnaam":"%s"},"geboortedatum":"1980-03-03",
                                 "verblijfplaats":{"straat":"Teststraat","huisnummer":1,"postcode":"2511AB","woonplaats":"'s-Gravenhage",
                                  "wijk":"Centrum"},
                                 "contact":{"telefoonnummer":"06 1234 5678"}}
                                """.formatted(bsn, achternaam)))
                .andReturn();

        MockHttpServletResponse oud = mvc.perform(post("/inwoners/" + inwoner + "/bewerken").with(CONSULENT).with(csrf())
                .param("versie", geopend.versie()).param("basis", geopend.basis()).params(inwonerFormulier(bsn, achternaam, "mijn@voorbeeld.nl")))
                .andReturn().getResponse();
        String html = oud.getContentAsString();
        assertThat(oud.getStatus()).as(html).isEqualTo(409);
        assertThat(html).contains("Intussen gewijzigd door iemand anders", naam("regisseur") + " heeft de gegevens van deze inwoner",
                "Telefoonnummer: was leeg, nu \u201c06 1234 5678\u201d", "value=\"mijn@voorbeeld.nl\"", "Er is niets opgeslagen. Wat u invulde staat nog in het formulier");
        assertThat(html).as("what did not change is not listed").doesNotContain("Achternaam: was", "Straat: was", "Wijk: was");
        Geopend nu = velden(html, "the form after the conflict");
        assertThat(nu.versie()).as("the form now carries the current version").isEqualTo(String.valueOf(Integer.parseInt(geopend.versie()) + 1));
        assertThat(jdbc.sql("select emailadres from inwoner.inwoner where id = ?").param(inwoner).query(String.class).optional())
                .as("nothing of the stale form was saved").isEmpty();

        mvc.perform(post("/inwoners/" + inwoner + "/bewerken").with(CONSULENT).with(csrf())
                        .param("versie", nu.versie()).param("basis", nu.basis()).params(inwonerFormulier(bsn, achternaam, "mijn@voorbeeld.nl")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        assertThat(jdbc.sql("select emailadres from inwoner.inwoner where id = ?").param(inwoner).query(String.class).single())
                .isEqualTo("mijn@voorbeeld.nl");
    }

    private static org.springframework.util.MultiValueMap<String, String> inwonerFormulier(String bsn, String achternaam, String email) {
        var f = new org.springframework.util.LinkedMultiValueMap<String, String>();
        f.add("burgerservicenummer", bsn);
        f.add("naam.voornamen", "Test");
        f.add("naam.geslachtsnaam", achternaam);
        f.add("verblijfplaats.wijk", "Centrum");
        f.add("geboortedatum", "1980-03-03");
        f.add("verblijfplaats.straat", "Teststraat");
        f.add("verblijfplaats.huisnummer", "1");
        f.add("verblijfplaats.postcode", "2511AB");
        f.add("verblijfplaats.woonplaats", "'s-Gravenhage");
        f.add("contact.emailadres", email);
        return f;
    }

    @Test
    void aHouseholdFormAfterAColleaguesChangeListsItAndAStaleRemovalRemovesNoOne() throws Exception {
        TestData data = new TestData(jdbc);
        String naam = "Paginahuis-" + UUID.randomUUID().toString().substring(0, 6);
        UUID h = huishouden(data, naam);
        UUID lid = jdbc.sql("select inwoner_id from inwoner.huishouden_lid where huishouden_id = ?").param(h).query(UUID.class).single();
        jdbc.sql("insert into inwoner.netwerkrelatie (id, huishouden_id, naam, relatie) values (?, ?, 'Oom Piet', 'familie')")
                .params(UUID.randomUUID(), h).update();
        Geopend naamFormulier = open("/huishoudens/" + h + "/bewerken", CONSULENT);
        // The household page, with "remove" beside Oom Piet, the first (and only) one in the network.
        Geopend pagina = open("/huishoudens/" + h + "?tab=netwerk", CONSULENT);

        // A colleague replaces the network over the API: Oom Piet out, Buurman Bob (now the first) and Tante Wil in.
        mvc.perform(put("/api/v1/huishoudens/" + h).with(httpBasic("regisseur", "demo")).header("If-Match", naamFormulier.versie())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"naam":"%s","leden":[{"inwonerId":"%s","rol":"aanvrager","vanaf":"2020-01-01"}],
                         "netwerk":[{"naam":"Buurman Bob","relatie":"buren"},
                                    {"naam":"Tante Wil","relatie":"mantelzorger","bijdrage":"kookt op dinsdag"}]}
                        """.formatted(naam, lid))).andReturn();

        MockHttpServletResponse oud = mvc.perform(post("/huishoudens/" + h + "/bewerken").with(CONSULENT).with(csrf())
                .param("versie", naamFormulier.versie()).param("basis", naamFormulier.basis()).param("naam", "Familie Nieuwenaam"))
                .andReturn().getResponse();
        String html = oud.getContentAsString();
        assertThat(oud.getStatus()).as(html).isEqualTo(409);
        assertThat(html).contains(naam("regisseur") + " heeft dit huishouden", "Netwerk Tante Wil: nieuw, mantelzorger, kookt op dinsdag",
                "Netwerk Oom Piet: weggehaald", "value=\"Familie Nieuwenaam\"");
        assertThat(html).as("the name did not change, so it is not listed").doesNotContain("Naam: was");
        assertThat(jdbc.sql("select naam from inwoner.huishouden where id = ?").param(h).query(String.class).single()).isEqualTo(naam);

        // Without the version: 428, as on the API (docs/conventies.md).
        assertThat(mvc.perform(post("/huishoudens/" + h + "/bewerken").with(CONSULENT).with(csrf()).param("naam", "Zonder versie"))
                .andReturn().getResponse().getStatus()).isEqualTo(428);
        assertThat(mvc.perform(post("/huishoudens/" + h + "/plan/bewerken").with(CONSULENT).with(csrf()))
                .andReturn().getResponse().getStatus()).as("the plan's form without its version").isEqualTo(428);

        // "Remove the first" from the page of before: that is Buurman Bob now, whom the user never saw. Nothing is removed.
        MvcResult weg = mvc.perform(post("/huishoudens/" + h + "/netwerk/0/verwijderen").with(CONSULENT).with(csrf())
                .param("versie", pagina.versie()).param("basis", pagina.basis())).andReturn();
        assertThat(jdbc.sql("select naam from inwoner.netwerkrelatie where huishouden_id = ? order by naam").param(h).query(String.class).list())
                .as("nobody was removed on a stale page").containsExactly("Buurman Bob", "Tante Wil");
        // The conflict goes to the next page as a flash attribute, which lives in the (JDBC) session: it must serialize.
        try (var uit = new java.io.ObjectOutputStream(java.io.OutputStream.nullOutputStream())) {
            uit.writeObject(new java.util.HashMap<>(weg.getFlashMap()));
        }
        // As the dispatcher hands a flash map to the page after the redirect (MockMvc's own flash support bypasses the JDBC session).
        String daarna = mvc.perform(get("/huishoudens/" + h).with(CONSULENT)
                        .requestAttr(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, weg.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(daarna).contains("Intussen gewijzigd door iemand anders", "Netwerk Buurman Bob: nieuw", "Netwerk Oom Piet: weggehaald",
                "Er is niets opgeslagen. Kijk hieronder hoe het nu is");
    }

    @Test
    void aStatusStepOnAStaleRequestSaysWhoMovedItOnAndKeepsTheReason() throws Exception {
        TestData data = new TestData(jdbc);
        UUID h = huishouden(data, "Paginavraag-" + UUID.randomUUID().toString().substring(0, 6));
        UUID vraag = UUID.randomUUID();
        jdbc.sql("""
                insert into toegang.hulpvraag (id, huishouden_id, kanaal, vorm, vraag, urgentie, wetten, status, ontvangen_op, geregistreerd_door)
                values (?, ?, 'balie', 'melding', 'Paginavraag', 'gemiddeld', '{wmo}', 'melding', ?, 'consulent')
                """).params(vraag, h, LocalDate.now(klok)).update();
        Geopend geopend = open("/hulpvragen/" + vraag, CONSULENT);
        mvc.perform(post("/api/v1/hulpvragen/" + vraag + "/statuswijzigingen").with(httpBasic("regisseur", "demo"))
                .header("If-Match", geopend.versie()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"onderzoek\",\"reden\":\"Huisbezoek gepland\"}")).andReturn();

        MockHttpServletResponse oud = mvc.perform(post("/hulpvragen/" + vraag + "/status").with(CONSULENT).with(csrf())
                .param("versie", geopend.versie()).param("basis", geopend.basis()).param("status", "ONDERZOEK")
                .param("reden", "Ik bel mevrouw morgen")).andReturn().getResponse();
        String html = oud.getContentAsString();
        assertThat(oud.getStatus()).as(html).isEqualTo(409);
        assertThat(html).contains("heeft deze hulpvraag", "Status: was \u201cMelding\u201d, nu \u201cIn onderzoek\u201d",
                "Huisbezoek gepland", "Ik bel mevrouw morgen");
        assertThat(html).as("no rule error about a step the user never saw").doesNotContain("kan het niet terug");
    }

    @Test
    void anOutreachStepOnAStaleSignalIsRefusedWithTheStepThatCameFirst() throws Exception {
        TestData data = new TestData(jdbc);
        UUID h = huishouden(data, "Paginasignaal-" + UUID.randomUUID().toString().substring(0, 6));
        UUID signaal = UUID.randomUUID();
        jdbc.sql("""
                insert into prioriteit.vroegsignaal (id, sleutel, schuldeiser_type, schuldeiser, postcode, huisnummer, bedrag, maanden,
                    signaaldatum, ontvangen_op, huishouden_id, koppeling, team_id)
                select ?, ?, 'energie', 'Pagina Energie', '2511AB', 1, 120.00, 2, ?, ?, h.id, 'adres', h.team_id from inwoner.huishouden h where h.id = ?
                """).params(signaal, "pagina-" + signaal, LocalDate.now(klok).minusDays(3), LocalDate.now(klok).minusDays(3), h).update();
        Geopend geopend = open("/vroegsignalen/" + signaal, CONSULENT);
        mvc.perform(post("/api/v1/vroegsignalen/" + signaal + "/contactmomenten").with(httpBasic("regisseur", "demo"))
                .header("If-Match", geopend.versie()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"soort\":\"telefoon\",\"contact\":true,\"datum\":\"" + LocalDate.now(klok) + "\"}")).andReturn();

        MockHttpServletResponse oud = mvc.perform(post("/vroegsignalen/" + signaal + "/stappen").with(CONSULENT).with(csrf())
                .param("versie", geopend.versie()).param("basis", geopend.basis()).param("soort", "BRIEF").param("contact", "false")
                .param("notitie", "Brief met het aanbod").param("datum", LocalDate.now(klok).toString())).andReturn().getResponse();
        String html = oud.getContentAsString();
        assertThat(oud.getStatus()).as(html).isEqualTo(409);
        assertThat(html).contains(naam("regisseur") + " heeft dit signaal", "Status: was \u201cNog geen contact\u201d, nu \u201cContact gehad\u201d",
                "Stap 1: nieuw, Gebeld, contact gehad", "Brief met het aanbod");
        assertThat(jdbc.sql("select count(*) from prioriteit.vroegsignaal_actie where signaal_id = ?").param(signaal).query(Integer.class).single())
                .as("only the colleague's step").isEqualTo(1);
    }

    @Test
    void teamWeightsSavedOnAStalePageDoNotUndoTheNewerVersion() throws Exception {
        RequestPostProcessor teamleider = user("teamleider").roles("TEAMLEIDER");
        try {
            Geopend geopend = open("/werkvoorraad/gewichten", teamleider);
            String[][] velden = {{"acuutDomein", "40"}, {"zwakDomein", "8"}, {"schuld", "2"}, {"achterstand", "3"}, {"veiligheid", "100"},
                    {"termijn", "40"}, {"wachttijd", "1"}, {"urgentie", "15"}};
            var eerst = post("/werkvoorraad/gewichten").with(teamleider).with(csrf()).param("versie", geopend.versie())
                    .param("basis", geopend.basis()).param("reden", "Meer nadruk op acute domeinen");
            for (String[] v : velden) {
                eerst.param(v[0], v[1]);
            }
            assertThat(mvc.perform(eerst).andReturn().getResponse().getStatus()).isEqualTo(302);
            var later = post("/werkvoorraad/gewichten").with(teamleider).with(csrf()).param("versie", geopend.versie())
                    .param("basis", geopend.basis()).param("reden", "Wachttijd zwaarder op een oude pagina");
            for (String[] v : velden) {
                later.param(v[0], v[0].equals("wachttijd") ? "5" : v[1]);
            }
            MockHttpServletResponse oud = mvc.perform(later).andReturn().getResponse();
            assertThat(oud.getStatus()).as(oud.getContentAsString()).isEqualTo(409);
            assertThat(oud.getContentAsString()).contains("heeft de gewichten van uw team", "Acuut levensdomein (ZRM 1): was",
                    "Wachttijd zwaarder op een oude pagina");
            assertThat(jdbc.sql("select count(*) from prioriteit.prioriteit_gewichten where team_id = 'wijkteam-centrum'")
                    .query(Integer.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("delete from prioriteit.prioriteit_gewichten where team_id = 'wijkteam-centrum'").update();
        }
    }
}
