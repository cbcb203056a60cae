package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import nl.maatwerk.TestData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.TestContextManager;

/**
 * Whatever a client sends to the API (random JSON with random names, types and nesting, strings
 * with any Unicode and control characters, huge numbers, impossible dates, truncated documents,
 * random query parameters and headers), the server never answers 5xx, and every 4xx is
 * application/problem+json. Runs against the real application over HTTP, with the real security.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@SuppressWarnings("unchecked")
class ApiInvoerProperties {

    private static final int POGINGEN = 200;

    /** The application, started once through Spring's test context cache (jqwik has no Spring extension). */
    private static final class App {
        static final ApplicationContext CONTEXT = new TestContextManager(ApiInvoerProperties.class).getTestContext().getApplicationContext();
        static final String BASIS = "http://localhost:" + CONTEXT.getEnvironment().getProperty("local.server.port");
        static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        static final UUID INWONER;
        static final UUID HUISHOUDEN;
        static final UUID VRIJE_INWONER;

        static {
            JdbcClient jdbc = CONTEXT.getBean(JdbcClient.class);
            // Same accounts and password, with a cheap hash, so hundreds of Basic logins stay fast.
            jdbc.sql("update platform.gebruiker set wachtwoord_hash = ? where gebruikersnaam in ('consulent', 'auditor')")
                    .param("{bcrypt}" + new BCryptPasswordEncoder(4).encode("demo")).update();
            TestData data = new TestData(jdbc);
            INWONER = data.inwoner("Eigenschap", LocalDate.of(1975, 6, 6));
            HUISHOUDEN = data.huishouden("Eigenschap", "wijkteam-centrum");
            data.lid(HUISHOUDEN, INWONER, "aanvrager", LocalDate.of(2010, 1, 1), null);
            VRIJE_INWONER = data.inwoner("Eigenschapvrij", LocalDate.of(1995, 6, 6));
            jdbc.sql("update inwoner.inwoner set team_id = 'wijkteam-centrum' where id = ?").param(VRIJE_INWONER).update();
        }
    }

    // --- the properties ---------------------------------------------------------------------

    @Property(tries = POGINGEN)
    void postingAnyBodyToInwonersNeverGivesAServerError(@ForAll("inwonerBody") String body) throws Exception {
        controleer(verstuur("POST", "/api/v1/inwoners", body, null, "consulent"), body);
    }

    @Property(tries = POGINGEN)
    void postingAnyBodyToHuishoudensNeverGivesAServerError(@ForAll("huishoudenBody") String body) throws Exception {
        controleer(verstuur("POST", "/api/v1/huishoudens", body, null, "consulent"), body);
    }

    @Property(tries = POGINGEN)
    void puttingAnyBodyOnAnExistingResidentOrHouseholdNeverGivesAServerError(
            @ForAll("inwonerOfHuishouden") Wijziging wijziging, @ForAll("ifMatch") String ifMatch) throws Exception {
        controleer(verstuur("PUT", wijziging.pad(), wijziging.body(), ifMatch, "consulent"), wijziging + " If-Match " + ifMatch);
    }

    /** Request lines longer than this may hit Tomcat's 8 KB header limit together with the other headers. */
    private static final int TOMCAT_KOPREGELS = 7_500;

    @Property(tries = POGINGEN)
    void anyQueryOnTheListsNeverGivesAServerError(@ForAll("lijstVraag") String pad) throws Exception {
        String gebruiker = pad.startsWith("/api/v1/logboek") ? "auditor" : "consulent";
        HttpResponse<String> antwoord = verstuur("GET", pad, null, null, gebruiker);
        if (pad.length() > TOMCAT_KOPREGELS) {
            // Tomcat refuses a request line over its header limit (8 KB) before the application sees it;
            // its own answer cannot be problem+json, but it must still be a client error.
            assertThat(antwoord.statusCode()).as("oversized request line " + pad.length() + " chars").isBetween(400, 499);
            return;
        }
        controleer(antwoord, pad);
    }

    // --- examples the properties found, kept as fixed cases ----------------------------------

    @Example
    void aPathTomcatRefusesIsStillAProblemResponseOnTheApi() throws Exception {
        for (String pad : List.of("/api/v1/inwoners/%00", "/api/v1/inwoners/..%2F..", "/api/v1/huishoudens/a%2Fb")) {
            HttpResponse<String> antwoord = verstuur("GET", pad, null, null, "consulent");
            assertThat(antwoord.statusCode()).as(pad).isEqualTo(400);
            controleer(antwoord, pad);
        }
    }

    @Example
    void aQueryParameterWithoutANameIsBadInput() throws Exception {
        for (String pad : List.of("/api/v1/huishoudens?=1", "/api/v1/inwoners?burgerservicenummer=999800000&=x",
                "/api/v1/huishoudens/" + App.HUISHOUDEN + "?=")) {
            HttpResponse<String> antwoord = verstuur("GET", pad, null, null, "consulent");
            assertThat(antwoord.statusCode()).as(pad + " " + antwoord.body()).isEqualTo(400);
            controleer(antwoord, pad);
        }
    }

    @Example
    void anUnknownApiPathIsA404ProblemResponse() throws Exception {
        HttpResponse<String> antwoord = verstuur("GET", "/api/v1/bestaat-niet", null, null, "consulent");
        assertThat(antwoord.statusCode()).isEqualTo(404);
        controleer(antwoord, "/api/v1/bestaat-niet");
    }

    @Example
    void aNulCharacterInTextThatIsStoredOrSearchedIsNeverAServerError() throws Exception {
        // JSON allows an escaped NUL (\\u0000) in a string; PostgreSQL cannot store it.
        String body = """
                {"naam":"Huishouden Eigenschap","leden":[{"inwonerId":"%s","rol":"aanvrager","vanaf":"2010-01-01"}],
                 "netwerk":[{"naam":"Buurman","relatie":"buren","bijdrage":"boodschappen\\u0000"}]}
                """.formatted(App.INWONER);
        controleer(verstuur("PUT", "/api/v1/huishoudens/" + App.HUISHOUDEN, body, null, "consulent"), body);
        for (String pad : List.of("/api/v1/huishoudens?naam=%00", "/api/v1/huishoudens?wijk=a%00", "/api/v1/huishoudens?postcode=%00",
                "/api/v1/inwoners?geslachtsnaam=%00&geboortedatum=1980-01-01")) {
            controleer(verstuur("GET", pad, null, null, "consulent"), pad);
        }
        controleer(verstuur("GET", "/api/v1/logboek?actor=%00", null, null, "auditor"), "actor=%00");
    }

    private static HttpResponse<String> verstuur(String methode, String pad, String body, String ifMatch, String gebruiker)
            throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(App.BASIS + pad))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            verzoek.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            verzoek.header("If-Match", ifMatch);
        }
        return App.HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void controleer(HttpResponse<String> antwoord, String invoer) {
        String wat = "input " + invoer + "\n→ " + antwoord.statusCode() + " " + antwoord.body();
        assertThat(antwoord.statusCode()).as("no server error; " + wat).isLessThan(500);
        if (antwoord.statusCode() >= 400) {
            assertThat(antwoord.headers().firstValue("Content-Type").orElse("")).as("problem+json; " + wat)
                    .startsWith("application/problem+json");
            assertThat(antwoord.body()).as(wat).contains("\"status\":" + antwoord.statusCode()).contains("\"title\"");
        }
        if (antwoord.statusCode() == 400) {
            assertThat(antwoord.body()).as("a 400 names what is wrong; " + wat).contains("\"invalidParams\"");
        }
        assertThat(antwoord.headers().firstValue("API-Version")).as(wat).isPresent();
    }

    // --- generators -------------------------------------------------------------------------

    /** A number literal or other raw JSON text, written as is. */
    record Rauw(String tekst) {
    }

    record Wijziging(String pad, String body) {
    }

    private static final RandomGenerator<String> TEKENS = Arbitraries.strings().all().ofMaxLength(40).generator(1000);

    private static final List<String> RARE_DATUMS = List.of("2024-02-30", "2023-13-01", "0000-00-00", "99999-01-01",
            "+999999999-12-31", "-999999999-01-01", "-0001-01-01", "1899-12-31", "2024-1-1", "01-01-2024", "2024-01-01T00:00:00Z",
            "", " ", "morgen", "1970-01-01", "2100-01-01", "5874897-12-31", "0001-01-01");

    private static final List<String> RARE_GETALLEN = List.of("1e400", "-1e400", "1e-400", "123456789012345678901234567890",
            "-9223372036854775809", "9223372036854775808", "2147483648", "-2147483649", "0", "-0", "0.5", "1.0E10", "NaN",
            "Infinity", "-1", "99999", "100000", "1", "007", "0x10", "1.", ".5");

    private static final List<String> VELDNAMEN = List.of("burgerservicenummer", "naam", "voornamen", "voorvoegsel",
            "geslachtsnaam", "geboortedatum", "verblijfplaats", "straat", "huisnummer", "huisletter", "huisnummertoevoeging",
            "postcode", "woonplaats", "wijk", "contact", "telefoonnummer", "emailadres", "leden", "inwonerId", "rol",
            "uitzondering", "vanaf", "totEnMet", "netwerk", "relatie", "bijdrage", "id", "versie", "team", "__proto__", "", "\u0000");

    static String tekst(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> TEKENS.next(r).value();
            case 1 -> RARE_DATUMS.get(r.nextInt(RARE_DATUMS.size()));
            case 2 -> "x".repeat(r.nextInt(5000));
            case 3 -> String.valueOf((char) r.nextInt(0x20)) + "Naam" + (char) 0x7f;
            case 4 -> "<script>alert(1)</script>";
            case 5 -> "' or 1=1 --";
            case 6 -> new String(Character.toChars(0x1F600 + r.nextInt(50))) + "\u202E\uFEFF\u0000";
            default -> TestData.nieuwBsn();
        };
    }

    /** Any JSON value, nested up to {@code diepte}. */
    static Object waarde(Random r, int diepte) {
        int soort = r.nextInt(diepte > 0 ? 9 : 7);
        return switch (soort) {
            case 0 -> null;
            case 1 -> r.nextBoolean();
            case 2, 3 -> tekst(r);
            case 4 -> new Rauw(RARE_GETALLEN.get(r.nextInt(RARE_GETALLEN.size())));
            case 5 -> new Rauw(new BigInteger(r.nextInt(200) + 1, r).negate().toString());
            case 6 -> r.nextInt();
            case 7 -> {
                List<Object> lijst = new ArrayList<>();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    lijst.add(waarde(r, diepte - 1));
                }
                yield lijst;
            }
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    object.put(r.nextBoolean() ? VELDNAMEN.get(r.nextInt(VELDNAMEN.size())) : tekst(r), waarde(r, diepte - 1));
                }
                yield object;
            }
        };
    }

    static Map<String, Object> geldigeInwoner() {
        Map<String, Object> naam = new LinkedHashMap<>(Map.of("voornamen", "Eva", "geslachtsnaam", "Eigenschap"));
        Map<String, Object> adres = new LinkedHashMap<>(Map.of("straat", "Lange Poten", "huisnummer", 1, "postcode", "2511 AB",
                "woonplaats", "'s-Gravenhage"));
        Map<String, Object> inwoner = new LinkedHashMap<>();
        inwoner.put("burgerservicenummer", TestData.nieuwBsn());
        inwoner.put("naam", naam);
        inwoner.put("geboortedatum", "1980-01-01");
        inwoner.put("verblijfplaats", adres);
        inwoner.put("contact", new LinkedHashMap<>(Map.of("telefoonnummer", "070 123 45 67", "emailadres", "eva@voorbeeld.nl")));
        return inwoner;
    }

    static Map<String, Object> geldigHuishouden(UUID lid) {
        Map<String, Object> huishouden = new LinkedHashMap<>();
        huishouden.put("naam", "Huishouden Eigenschap");
        huishouden.put("leden", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("inwonerId", lid.toString(), "rol", "aanvrager",
                "vanaf", "2010-01-01")))));
        huishouden.put("netwerk", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("naam", "Buurman", "relatie", "buren",
                "bijdrage", "boodschappen")))));
        return huishouden;
    }

    /** Changes one to three places in a valid document: a new value of any type, a removed or an extra field. */
    @SuppressWarnings("unchecked")
    static Object muteer(Object document, Random r) {
        int aantal = 1 + r.nextInt(3);
        for (int i = 0; i < aantal; i++) {
            Object plek = document;
            // Walk down to a random object or list.
            for (int stap = 0; stap < 3 && r.nextBoolean(); stap++) {
                Object volgende = switch (plek) {
                    case Map<?, ?> m when !m.isEmpty() -> new ArrayList<>(m.values()).get(r.nextInt(m.size()));
                    case List<?> l when !l.isEmpty() -> l.get(r.nextInt(l.size()));
                    default -> null;
                };
                if (volgende instanceof Map || volgende instanceof List) {
                    plek = volgende;
                }
            }
            if (plek instanceof Map<?, ?> m) {
                Map<String, Object> object = (Map<String, Object>) m;
                List<String> sleutels = new ArrayList<>(object.keySet());
                int wat = r.nextInt(4);
                if (wat == 0 && !sleutels.isEmpty()) {
                    object.remove(sleutels.get(r.nextInt(sleutels.size())));
                } else if (wat == 1) {
                    object.put(VELDNAMEN.get(r.nextInt(VELDNAMEN.size())), waarde(r, 2));
                } else if (!sleutels.isEmpty()) {
                    object.put(sleutels.get(r.nextInt(sleutels.size())), waarde(r, 2));
                }
            } else if (plek instanceof List<?> l) {
                List<Object> lijst = (List<Object>) l;
                if (!lijst.isEmpty() && r.nextBoolean()) {
                    lijst.set(r.nextInt(lijst.size()), waarde(r, 2));
                } else {
                    lijst.add(waarde(r, 2));
                }
            }
        }
        return document;
    }

    /** The document as JSON; now and then broken: truncated, or with raw control characters. */
    static String alsJson(Object document, Random r) {
        StringBuilder uit = new StringBuilder();
        schrijf(document, uit, r.nextInt(10) == 0);
        String json = uit.toString();
        if (r.nextInt(8) == 0 && !json.isEmpty()) {
            return json.substring(0, r.nextInt(json.length()));
        }
        return json;
    }

    private static void schrijf(Object waarde, StringBuilder uit, boolean rauweStuurtekens) {
        switch (waarde) {
            case null -> uit.append("null");
            case Rauw rauw -> uit.append(rauw.tekst());
            case Boolean b -> uit.append(b);
            case Number n -> uit.append(n);
            case String s -> {
                uit.append('"');
                for (char c : s.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        uit.append('\\').append(c);
                    } else if (c < 0x20 && !rauweStuurtekens) {
                        uit.append(String.format("\\u%04x", (int) c));
                    } else {
                        uit.append(c);
                    }
                }
                uit.append('"');
            }
            case Map<?, ?> m -> {
                uit.append('{');
                boolean eerste = true;
                for (var e : m.entrySet()) {
                    uit.append(eerste ? "" : ",");
                    eerste = false;
                    schrijf(String.valueOf(e.getKey()), uit, rauweStuurtekens);
                    uit.append(':');
                    schrijf(e.getValue(), uit, rauweStuurtekens);
                }
                uit.append('}');
            }
            case List<?> l -> {
                uit.append('[');
                for (int i = 0; i < l.size(); i++) {
                    uit.append(i == 0 ? "" : ",");
                    schrijf(l.get(i), uit, rauweStuurtekens);
                }
                uit.append(']');
            }
            default -> throw new IllegalArgumentException(String.valueOf(waarde));
        }
    }

    /** Mostly a valid document with a few changes; sometimes anything at all. */
    private static Arbitrary<String> lichaam(java.util.function.Supplier<Object> geldig) {
        return Arbitraries.randomValue(r -> {
            Object document = r.nextInt(5) == 0 ? waarde(r, 4) : muteer(geldig.get(), r);
            return alsJson(document, r);
        }).withoutEdgeCases();
    }

    @Provide
    Arbitrary<String> inwonerBody() {
        return lichaam(ApiInvoerProperties::geldigeInwoner);
    }

    @Provide
    Arbitrary<String> huishoudenBody() {
        return lichaam(() -> geldigHuishouden(App.VRIJE_INWONER));
    }

    @Provide
    Arbitrary<Wijziging> inwonerOfHuishouden() {
        Arbitrary<Wijziging> inwoner = lichaam(() -> {
            Map<String, Object> g = geldigeInwoner();
            g.put("burgerservicenummer", TestData.nieuwBsn());
            return g;
        }).map(b -> new Wijziging("/api/v1/inwoners/" + App.INWONER, b));
        Arbitrary<Wijziging> huishouden = lichaam(() -> geldigHuishouden(App.INWONER))
                .map(b -> new Wijziging("/api/v1/huishoudens/" + App.HUISHOUDEN, b));
        Arbitrary<Wijziging> ergens = Arbitraries.of("/api/v1/inwoners/", "/api/v1/huishoudens/")
                .flatMap(p -> Arbitraries.of(UUID.randomUUID().toString(), "geen-uuid", "%00", "..%2F..", "1", "ffffffff-ffff-ffff-ffff-fffffffffffffff")
                        .flatMap(id -> lichaam(ApiInvoerProperties::geldigeInwoner).map(b -> new Wijziging(p + id, b))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, inwoner), net.jqwik.api.Tuple.of(4, huishouden), net.jqwik.api.Tuple.of(1, ergens));
    }

    @Provide
    Arbitrary<String> ifMatch() {
        return Arbitraries.oneOf(Arbitraries.of("\"0\"", "W/\"0\"", "*", "\"99999999999\"", "-1", "\"\"", ""),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20)).injectNull(0.3);
    }

    private static final List<String> PARAMETERS = List.of("naam", "postcode", "wijk", "pagina", "paginagrootte",
            "burgerservicenummer", "geslachtsnaam", "geboortedatum", "huisnummer", "betrokkene", "actor", "van", "tot", "peildatum",
            "sort", "q");

    @Provide
    Arbitrary<String> lijstVraag() {
        return Arbitraries.randomValue(r -> {
            String[] paden = {"/api/v1/huishoudens", "/api/v1/inwoners", "/api/v1/logboek", "/api/v1/huishoudens/" + App.HUISHOUDEN,
                "/api/v1/" + URLEncoder.encode(tekst(r), StandardCharsets.UTF_8),
                "/api/v1/inwoners/" + URLEncoder.encode(tekst(r), StandardCharsets.UTF_8)};
            StringBuilder pad = new StringBuilder(paden[r.nextInt(paden.length)]);
            int n = r.nextInt(5);
            for (int i = 0; i < n; i++) {
                String naam = r.nextInt(5) == 0 ? tekst(r) : PARAMETERS.get(r.nextInt(PARAMETERS.size()));
                Object w = waarde(r, 0);
                String waarde = w instanceof Rauw rauw ? rauw.tekst() : String.valueOf(w);
                pad.append(i == 0 ? '?' : '&').append(URLEncoder.encode(naam, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(waarde, StandardCharsets.UTF_8));
            }
            return pad.toString();
        }).withoutEdgeCases();
    }
}
