package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenOnderdeel;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Tijdlijn;
import org.junit.jupiter.api.Test;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 13, finding 3: a resident sees their own household, but never what professionals wrote
 * (reasons for a status, notes, ZRM comments, the regie reason, the safety flag) and nothing about
 * another member that is not theirs (their request, consent, signal, assessment, the team brought in
 * for them). A household of three is built here through the professionals' own
 * API and pages, with a marker in every free text; then the mother logs in and every GET the
 * resident can reach, web and API, taken from Spring MVC's own list of mappings, is called with
 * every id of that household. No response may hold a marker, nor the BSN, birth date or contact
 * details of her husband or son (issue 13 follow-up: of the others she sees name, role and period).
 * A new page or endpoint is walked without changing this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HuishoudenVoorInwonerTest {

    /** Every free text a professional writes in this test starts with this. */
    private static final String GEHEIM = "VAKTEKST";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock klok;

    @Autowired
    List<HuishoudenOnderdeel> onderdelen;

    @Autowired
    List<Tijdlijn> tijdlijnen;

    @Autowired
    Huishoudens huishoudens;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final RequestPostProcessor consulent = httpBasic("consulent", "demo");
    private final RequestPostProcessor consulentWeb = user("consulent").roles("CONSULENT");

    private UUID huishouden;
    private UUID moeder;
    private UUID vader;
    private UUID zoon;
    private final Map<String, UUID> ids = new LinkedHashMap<>();
    /** The personal data of the father and the son: their BSN, birth date (as the API and a page write it) and contact details. */
    private final List<String> vanAnderen = new ArrayList<>();

    @Test
    void aResidentReachesNoProfessionalTextAndNothingOfAnotherMemberOnAnyPageOrEndpoint() throws Exception {
        bouwHuishouden();
        RequestPostProcessor inwoner = inwoner();

        Map<String, String> bereikt = new LinkedHashMap<>();
        Set<String> lekken = new java.util.LinkedHashSet<>();
        Set<String> gegevensVanAnderen = new java.util.LinkedHashSet<>();
        for (String patroon : getPatronen()) {
            for (String pad : invullingen(patroon)) {
                MockHttpServletResponse antwoord = mvc.perform(get(pad).with(inwoner)
                        .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL)).andReturn().getResponse();
                String tekst = antwoord.getContentAsString(StandardCharsets.UTF_8);
                // Also an error answer must not show them (a 403 on a housemate's record).
                vanAnderen.stream().filter(tekst::contains).forEach(g -> gegevensVanAnderen.add(pad + " toont " + g));
                if (antwoord.getStatus() >= 200 && antwoord.getStatus() < 300) {
                    bereikt.put(pad, tekst);
                    lekken.addAll(gevonden(pad, tekst));
                }
            }
        }

        assertThat(lekken).as("professional texts a resident can read").isEmpty();
        assertThat(gegevensVanAnderen).as("BSN, birth date or contact details of another member that a resident can read").isEmpty();
        // Her own data she does see in full.
        assertThat(bereikt.get("/api/v1/huishoudens/" + huishouden)).contains(new TestData(jdbc).bsnVan(moeder), "1981-03-03");
        // The walk must have reached the resident's pages, or the check above proves nothing.
        // Issue 16: the resident's pages are Mijn Maatwerk now; the professionals' household page is closed to her.
        assertThat(bereikt.keySet()).contains("/mijn", "/mijn/aanvragen", "/mijn/besluiten", "/mijn/contact",
                "/api/v1/huishoudens/" + huishouden, "/api/v1/huishoudens/" + huishouden + "/zrm-metingen",
                "/api/v1/mijn/huishouden", "/api/v1/mijn/hulpvragen", "/api/v1/mijn/besluiten");
        assertThat(bereikt.keySet()).doesNotContain("/huishoudens/" + huishouden);
        String pagina = bereikt.get("/mijn/aanvragen");
        // What is hers: her own request and the household's, with the step they are at.
        assertThat(pagina).contains("Vraag van moeder wil hulp", "Wordt bekeken", "Vraag van het huishouden wil hulp",
                "Wet gemeentelijke schuldhulpverlening");
        // Not hers: her son's request, and the safety flag.
        assertThat(pagina).doesNotContain("Jeugdwet", "Acuut onveilig");
        String zrm = bereikt.get("/api/v1/huishoudens/" + huishouden + "/zrm-metingen");
        assertThat(JsonPath.<List<String>>read(zrm, "$.metingen[*].inwonerId")).doesNotContain(zoon.toString());
        assertThat(JsonPath.<List<Object>>read(zrm, "$.metingen")).hasSize(2);

        // Every contribution asked directly: what it hands a resident's page holds no professional text either,
        // even where a template would not print it.
        Set<String> inGegevens = new java.util.LinkedHashSet<>();
        alsInwoner(() -> {
            Huishouden h = huishoudens.lees(huishouden);
            for (HuishoudenOnderdeel o : onderdelen) {
                o.voorInwoner(h, moeder).ifPresent(m -> inGegevens.addAll(gevonden(o.getClass().getSimpleName(), String.valueOf(m))));
            }
            for (Tijdlijn t : tijdlijnen) {
                inGegevens.addAll(gevonden(t.getClass().getSimpleName(), String.valueOf(t.voorInwoner(huishouden, moeder))));
            }
        });
        assertThat(onderdelen).isNotEmpty();
        assertThat(tijdlijnen).isNotEmpty();
        assertThat(inGegevens).as("professional texts in what a contribution gives a resident").isEmpty();
    }

    private static List<String> gevonden(String waar, String tekst) {
        List<String> uit = new ArrayList<>();
        Matcher m = Pattern.compile(GEHEIM + "[-A-Z]*").matcher(tekst);
        while (m.find()) {
            uit.add(waar + " toont " + m.group());
        }
        return uit;
    }

    private void alsInwoner(Runnable actie) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(inwonerNaam(), "n.v.t.",
                List.of(new SimpleGrantedAuthority("ROLE_INWONER"))));
        SecurityContextHolder.setContext(context);
        try {
            actie.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String inwonerNaam() {
        return "inwoner-zicht-" + huishouden;
    }

    /** The GET mappings of the app, web and API. */
    private Set<String> getPatronen() {
        Set<String> uit = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methoden = info.getMethodsCondition().getMethods();
            if (methoden.isEmpty() || methoden.contains(RequestMethod.GET)) {
                uit.addAll(info.getPatternValues());
            }
        });
        return uit;
    }

    /** A pattern with each of the household's ids in each of its variables (all combinations are not needed: one id per call). */
    private List<String> invullingen(String patroon) {
        if (!patroon.contains("{")) {
            return List.of(patroon);
        }
        List<String> uit = new ArrayList<>();
        for (UUID id : ids.values()) {
            uit.add(patroon.replaceAll("\\{[^}]+}", id.toString()));
        }
        return uit;
    }

    private RequestPostProcessor inwoner() {
        String naam = inwonerNaam();
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values (?, 'Moeder Zichttest', 'INWONER', ?)")
                .params(naam, moeder).update();
        return user(naam).roles("INWONER");
    }

    /** Mother (the resident who logs in), father and a son of 17, with professionals' work about each of them. */
    private void bouwHuishouden() throws Exception {
        TestData data = new TestData(jdbc);
        LocalDate vandaag = LocalDate.now(klok);
        huishouden = data.huishouden("Huishouden Zichttest", "wijkteam-centrum");
        moeder = data.inwoner("Zichttest", LocalDate.of(1981, 3, 3));
        vader = data.inwoner("Zichttest", LocalDate.of(1979, 4, 4));
        zoon = data.inwoner("Zichttest", vandaag.minusYears(17));
        data.lid(huishouden, moeder, "aanvrager", LocalDate.of(2015, 1, 1), null);
        data.lid(huishouden, vader, "partner", LocalDate.of(2015, 1, 1), null);
        data.lid(huishouden, zoon, "kind", LocalDate.of(2015, 1, 1), null);
        ids.put("huishouden", huishouden);
        ids.put("moeder", moeder);
        ids.put("vader", vader);
        ids.put("zoon", zoon);
        jdbc.sql("update inwoner.inwoner set telefoonnummer = '06 1234 0001', emailadres = 'vader@zichttest.example' where id = ?")
                .param(vader).update();
        jdbc.sql("update inwoner.inwoner set telefoonnummer = '06 1234 0002', emailadres = 'zoon@zichttest.example' where id = ?")
                .param(zoon).update();
        java.time.format.DateTimeFormatter opPagina = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.forLanguageTag("nl-NL"));
        for (UUID ander : List.of(vader, zoon)) {
            LocalDate geboren = jdbc.sql("select geboortedatum from inwoner.inwoner where id = ?").param(ander).query(LocalDate.class).single();
            vanAnderen.addAll(List.of(data.bsnVan(ander), geboren.toString(), geboren.format(opPagina)));
        }
        vanAnderen.addAll(List.of("06 1234 0001", "vader@zichttest.example", "06 1234 0002", "zoon@zichttest.example"));

        // Requests: the son's (with the reason from the review), her own, and one for the household as a whole.
        UUID vraagZoon = hulpvraag(zoon, "melding", "jeugdwet", "huiselijke-relaties", vandaag);
        naarStatus(vraagZoon, "onderzoek", GEHEIM + "-REDEN-ZOON doorgezet naar Veilig Thuis, moeder niet informeren");
        UUID vraagMoeder = hulpvraag(moeder, "melding", "wmo", "lichamelijke-gezondheid", vandaag);
        naarStatus(vraagMoeder, "onderzoek", GEHEIM + "-REDEN-MOEDER huisbezoek gepland, zij twijfelt aan de diagnose");
        UUID vraagHuishouden = hulpvraag(null, "melding", "wgs", "financien", vandaag);
        ids.put("vraagZoon", vraagZoon);
        ids.put("vraagMoeder", vraagMoeder);
        ids.put("vraagHuishouden", vraagHuishouden);

        // ZRM: about the son, about her, and about the household, each with the professional's comments.
        // Since issue 15 the ZRM scores one adult per assessment; the son's (17) and the household's are older data
        // a database may still hold, written as such.
        zrmVanVroeger(zoon, GEHEIM + "-ZRM-ZOON", vandaag.minusDays(3));
        zrm(moeder, GEHEIM + "-ZRM-MOEDER", vandaag.minusDays(2));
        zrmVanVroeger(null, GEHEIM + "-ZRM-HUISHOUDEN", vandaag.minusDays(1));

        // Regie with a reason, a team member brought in for the son, and the safety flag.
        mvc.perform(post("/huishoudens/" + huishouden + "/regie").with(consulentWeb).with(csrf())
                .param("regisseur", "regisseur").param("reden", GEHEIM + "-REGIE vader mag niet weten dat de zoon hulp krijgt"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/huishoudens/" + huishouden + "/team").with(consulentWeb).with(csrf())
                .param("naam", GEHEIM + "-TEAMLID").param("organisatie", GEHEIM + "-ORGANISATIE Veilig Thuis").param("rol", "casusregie")
                .param("extern", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/huishoudens/" + huishouden + "/veiligheid").with(consulentWeb).with(csrf())
                .param("actie", "markeren").param("reden", GEHEIM + "-VEILIGHEID vader dreigt de zoon"))
                .andExpect(status().is3xxRedirection());

        // Consent: the son's to a party, shared with it; and hers.
        toestemming(zoon, "Partij van zoon");
        mvc.perform(post("/huishoudens/" + huishouden + "/delen").with(consulentWeb).with(csrf())
                .param("deelPartij", "Partij van zoon").param("deelOnderdelen", "hulpvragen"))
                .andExpect(status().is3xxRedirection());
        toestemming(moeder, "Partij van moeder");

        // Early debt signals of her and her son, imported by the team, with notes on the outreach.
        String csv = "schuldeiserType,schuldeiser,bsn,bedrag,maanden,datum\n"
                + "energie,Energie Moeder BV," + data.bsnVan(moeder) + ",310.00,2," + vandaag.minusDays(6) + "\n"
                + "energie,Energie Zoon BV," + data.bsnVan(zoon) + ",120.00,1," + vandaag.minusDays(6) + "\n";
        mvc.perform(post("/api/v1/vroegsignalen").with(consulent).contentType("text/csv").content(csv)).andExpect(status().isOk());
        String signalen = mvc.perform(get("/api/v1/vroegsignalen").param("huishouden", huishouden.toString()).with(consulent))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String id : JsonPath.<List<String>>read(signalen, "$.vroegsignalen[*].id")) {
            ids.put("signaal-" + id, UUID.fromString(id));
            mvc.perform(post("/api/v1/vroegsignalen/" + id + "/contactmomenten").with(consulent).header("If-Match", "0")
                            .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"soort\":\"telefoon\",\"contact\":true,\"notitie\":\"" + GEHEIM + "-NOTITIE schaamt zich\",\"datum\":\""
                            + vandaag + "\"}"))
                    .andExpect(status().isOk());
        }

        // A decision in preparation, with the professional's reasoning.
        String besluit = JsonPath.read(mvc.perform(post("/api/v1/besluiten").with(consulent).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"huishoudenId\":\"" + huishouden + "\",\"soort\":\"pw-terugvordering\",\"peildatum\":\"" + vandaag + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        ids.put("besluit", UUID.fromString(besluit));
        mvc.perform(put("/api/v1/besluiten/" + besluit).with(consulent).header("If-Match", "1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"peildatum\":\"" + vandaag + "\",\"beoogdEffect\":\"" + GEHEIM + "-BESLUIT vermoeden van samenwonen\"}"))
                .andExpect(status().isOk());
    }

    private UUID hulpvraag(UUID wie, String vorm, String wet, String domein, LocalDate op) throws Exception {
        String over = wie == null ? "null" : "\"" + wie + "\"";
        // The question is written down in the words of whoever asked: hers and the household's are hers to read, her son's is not.
        String tekst = wie == null ? "Vraag van het huishouden" : wie.equals(zoon) ? GEHEIM + "-VRAAG-ZOON" : "Vraag van moeder";
        String antwoord = mvc.perform(post("/api/v1/hulpvragen").with(consulent).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"huishoudenId\":\"" + huishouden + "\",\"inwonerId\":" + over + ",\"kanaal\":\"balie\",\"vorm\":\"" + vorm
                                + "\",\"vraag\":\"" + tekst + " wil hulp\",\"watTelt\":\"" + tekst + "-WATTELT\",\"levensdomeinen\":[\"" + domein
                                + "\"],\"urgentie\":\"hoog\",\"wetten\":[\"" + wet + "\"],\"ontvangenOp\":\"" + op + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(antwoord, "$.id"));
    }

    private void naarStatus(UUID vraag, String naar, String reden) throws Exception {
        Integer versie = JsonPath.read(mvc.perform(get("/api/v1/hulpvragen/" + vraag).with(consulent)).andReturn().getResponse()
                .getContentAsString(), "$.versie");
        mvc.perform(post("/api/v1/hulpvragen/" + vraag + "/statuswijzigingen").with(consulent).header("If-Match", versie.toString())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"" + naar + "\",\"reden\":\"" + reden + "\"}"))
                .andExpect(status().isOk());
    }

    private void zrmVanVroeger(UUID over, String toelichting, LocalDate op) {
        UUID meting = UUID.randomUUID();
        jdbc.sql("insert into toegang.zrm_meting (id, huishouden_id, inwoner_id, datum, door_naam) values (?, ?, ?, ?, 'Sanne de Wit')")
                .params(meting, huishouden, over, op).update();
        for (nl.maatwerk.toegang.Levensdomein d : nl.maatwerk.toegang.Levensdomein.values()) {
            jdbc.sql("insert into toegang.zrm_score (meting_id, domein, score, toelichting) values (?, ?, 3, ?)")
                    .params(meting, d.code(), toelichting).update();
        }
    }

    private void zrm(UUID over, String toelichting, LocalDate op) throws Exception {
        String scores = java.util.Arrays.stream(nl.maatwerk.toegang.Levensdomein.values())
                .map(d -> "{\"domein\":\"" + d.code() + "\",\"score\":3,\"toelichting\":\"" + toelichting + "\"}")
                .collect(Collectors.joining(","));
        mvc.perform(post("/api/v1/huishoudens/" + huishouden + "/zrm-metingen").with(consulent).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"datum\":\"" + op + "\",\"inwonerId\":" + (over == null ? "null" : "\"" + over + "\"")
                                + ",\"scores\":[" + scores + "]}"))
                .andExpect(status().isCreated());
    }

    private void toestemming(UUID wie, String partij) throws Exception {
        mvc.perform(post("/huishoudens/" + huishouden + "/toestemming").with(consulentWeb).with(csrf())
                        .param("inwonerId", wie.toString()).param("partij", partij).param("onderdelen", "hulpvragen")
                        .param("doel", GEHEIM + "-DOEL afstemmen").param("gegevenOp", LocalDate.now(klok).toString()))
                .andExpect(status().is3xxRedirection());
    }
}
