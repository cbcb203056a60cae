// The load driver of scripts/storing/gemengde-last.sh (docs/betrouwbaarheid.md, "Gemengde belasting"). A single-file
// program for the JDK's source launcher (java GemengdeLast.java ...): java.net.http and one virtual thread per client,
// nothing to install or build. It needs the running app in demo mode (the page reads log in with the form as consulent).
//
//   java GemengdeLast.java BASIS CLIENTS DUUR_S RUWE_CSV
//   environment: LAST_API_AUTORISATIE  the Authorization header of every API call ("Basic ..." or "Bearer ...")
//                LAST_STRENG=1         every answer other than 2xx and an expected 409 is an error (the 8-client run)
//
// Exit code 1 when any answer is a 500 (any 5xx but a clean 503), takes longer than 30 s, or the connection fails; with
// LAST_STRENG=1 also on any other answer than 2xx or an expected 409.

import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class GemengdeLast {

    /** A request's date is the municipality's day, not this machine's zone (as the app's Klok). */
    static final ZoneId GEMEENTE = ZoneId.of("Europe/Amsterdam");

    /** Longer than this is a hang, whatever the answer. */
    static final long HANGT_MS = 30_000;
    static final Pattern UUID_VELD = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern NAAM = Pattern.compile("\"naam\":\"([^\"]*)\"");
    static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z-]+)\"");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    /** What an answer counts as: fine, an expected collision (409 on a write with If-Match), a clean 503, another answer, or grave. */
    enum Uitkomst { GOED, BOTSING, NETJES_503, ANDERS, ERNSTIG }

    record Meting(String soort, int status, long ms, Uitkomst uitkomst, String fout) {
    }

    static String basis;
    static String apiAutorisatie;
    static boolean streng;
    static final ConcurrentLinkedQueue<Meting> metingen = new ConcurrentLinkedQueue<>();
    static final AtomicLong bsnTeller = new AtomicLong();
    static final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        basis = args[0];
        int clients = Integer.parseInt(args[1]);
        long duurMs = Long.parseLong(args[2]) * 1000;
        Path ruw = Path.of(args[3]);
        apiAutorisatie = System.getenv("LAST_API_AUTORISATIE");
        streng = "1".equals(System.getenv("LAST_STRENG"));
        bsnTeller.set(ThreadLocalRandom.current().nextLong(1000, 90_000) * 1000);

        // Arranging, not measured: the households the account sees, one request for help per client for its status steps.
        List<String> huishoudens = new ArrayList<>();
        for (int pagina = 1; pagina <= 20; pagina++) {
            HttpResponse<String> lijst = apiVerzoek("GET", "/api/v1/huishoudens?paginagrootte=100&pagina=" + pagina, null, null);
            if (lijst.statusCode() != 200) {
                throw new IllegalStateException("huishoudens lezen: " + lijst.statusCode() + " " + lijst.body());
            }
            int voor = huishoudens.size();
            // A household is an id, a name and a team; the members and the network inside it have no team.
            Matcher m = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\",\"naam\":\"[^\"]*\",\"team\"").matcher(lijst.body());
            while (m.find()) {
                huishoudens.add(m.group(1));
            }
            if (huishoudens.size() - voor < 100) {
                break;
            }
        }
        if (huishoudens.isEmpty()) {
            throw new IllegalStateException("het account ziet geen huishoudens");
        }
        System.out.printf("%d huishoudens, %d clients, %d s%s%n", huishoudens.size(), clients, duurMs / 1000, streng ? ", streng" : "");

        List<Client> alle = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            // Each client writes to households of its own where there are enough, so a 409 is rare and means a real collision.
            List<String> eigen = new ArrayList<>();
            for (int j = i; j < huishoudens.size(); j += clients) {
                eigen.add(huishoudens.get(j));
            }
            if (eigen.isEmpty()) {
                // More clients than households: some share one, and their writes may collide (409).
                eigen.add(huishoudens.get(i % huishoudens.size()));
            }
            alle.add(new Client(i, huishoudens, eigen));
        }
        for (Client c : alle) {
            c.voorbereiden();
        }

        long einde = System.nanoTime() + duurMs * 1_000_000;
        List<Thread> draden = new ArrayList<>();
        for (Client c : alle) {
            draden.add(Thread.ofVirtual().start(() -> c.draai(einde)));
        }
        for (Thread t : draden) {
            t.join();
        }
        System.exit(verslag(ruw, duurMs));
    }

    static HttpResponse<String> apiVerzoek(String methode, String pad, String json, String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofMillis(HANGT_MS + 5_000))
                .header("Authorization", apiAutorisatie).header("Accept", "application/json")
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return api.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One client: a web session for the pages, the API with the given Authorization, a loop of weighted random actions. */
    static final class Client {

        final int nummer;
        final List<String> huishoudens;
        final List<String> eigen;
        final HttpClient web = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String hulpvraag;
        int planTeller;

        Client(int nummer, List<String> huishoudens, List<String> eigen) {
            this.nummer = nummer;
            this.huishoudens = huishoudens;
            this.eigen = eigen;
        }

        void voorbereiden() throws Exception {
            HttpResponse<String> formulier = web.send(HttpRequest.newBuilder(URI.create(basis + "/inloggen")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(formulier.body());
            if (!m.find()) {
                throw new IllegalStateException("geen CSRF-token op /inloggen");
            }
            String token = m.group(1) != null ? m.group(1) : m.group(2);
            HttpResponse<String> login = web.send(HttpRequest.newBuilder(URI.create(basis + "/inloggen"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=consulent&password=demo&_csrf=" + enc(token))).build(),
                    HttpResponse.BodyHandlers.ofString());
            String waarheen = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || waarheen.contains("fout")) {
                throw new IllegalStateException("inloggen op de pagina's mislukt: " + login.statusCode() + " " + waarheen);
            }
            nieuweHulpvraag(false);
        }

        void draai(long einde) {
            while (System.nanoTime() - einde < 0) {
                int r = ThreadLocalRandom.current().nextInt(100);
                try {
                    if (r < 18) {
                        pagina("pagina-huishouden", "/huishoudens/" + willekeurig(huishoudens));
                    } else if (r < 28) {
                        pagina("pagina-plan", "/huishoudens/" + willekeurig(huishoudens) + "/plan");
                    } else if (r < 43) {
                        api("api-huishouden", "GET", "/api/v1/huishoudens/" + willekeurig(huishoudens), null, null);
                    } else if (r < 58) {
                        api("api-plan", "GET", "/api/v1/huishoudens/" + willekeurig(huishoudens) + "/plan", null, null);
                    } else if (r < 66) {
                        zoek();
                    } else if (r < 74) {
                        nieuweInwoner();
                    } else if (r < 83) {
                        wijzigHuishouden();
                    } else if (r < 92) {
                        wijzigPlan();
                    } else {
                        volgendeStatus();
                    }
                } catch (Exception e) {
                    // Recorded where it happened; a broken step of the client itself must not end the run.
                    metingen.add(new Meting("client", 0, 0, Uitkomst.ANDERS, e.toString()));
                }
            }
        }

        void pagina(String soort, String pad) {
            meet(soort, false, () -> web.send(HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofMillis(HANGT_MS + 5_000))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> api(String soort, String methode, String pad, String json, String ifMatch) {
            return meet(soort, ifMatch != null, () -> apiVerzoek(methode, pad, json, ifMatch));
        }

        void zoek() {
            String naam = eersteWoord();
            api("api-zoeken", "GET", "/api/v1/huishoudens?naam=" + enc(naam), null, null);
        }

        String eersteWoord() {
            // A household's own name would need a read first; a common Dutch surname prefix finds some and costs the same.
            String[] stukken = {"de", "van", "Jan", "Bak", "Vis", "Mul", "Boe", "Smi", "Mee", "Dij"};
            return stukken[ThreadLocalRandom.current().nextInt(stukken.length)];
        }

        void nieuweInwoner() {
            String bsn = volgendBsn();
            api("api-inwoner-nieuw", "POST", "/api/v1/inwoners", """
                    {"burgerservicenummer":"%s","naam":{"voornamen":"Last","geslachtsnaam":"Client%d"},"geboortedatum":"1980-01-01",
                     "verblijfplaats":{"straat":"Proefstraat","huisnummer":%d,"postcode":"2511 AB","woonplaats":"Den Haag"}}
                    """.formatted(bsn, nummer, ThreadLocalRandom.current().nextInt(1, 999)), null);
        }

        void wijzigHuishouden() {
            String id = willekeurig(eigen);
            HttpResponse<String> gelezen = api("api-huishouden", "GET", "/api/v1/huishoudens/" + id, null, null);
            if (gelezen == null || gelezen.statusCode() != 200) {
                return;
            }
            // The answer is the request: the same members and network back, with another name.
            Matcher m = NAAM.matcher(gelezen.body());
            if (!m.find()) {
                return;
            }
            String naam = m.group(1);
            String nieuw = naam.endsWith(" (last)") ? naam.substring(0, naam.length() - 7) : naam + " (last)";
            String body = gelezen.body().substring(0, m.start()) + "\"naam\":\"" + nieuw + "\"" + gelezen.body().substring(m.end());
            api("api-huishouden-wijzigen", "PUT", "/api/v1/huishoudens/" + id, body, gelezen.headers().firstValue("ETag").orElse("\"0\""));
        }

        void wijzigPlan() {
            String id = willekeurig(eigen);
            HttpResponse<String> gelezen = api("api-plan", "GET", "/api/v1/huishoudens/" + id + "/plan", null, null);
            if (gelezen == null || gelezen.statusCode() != 200) {
                return;
            }
            planTeller++;
            api("api-plan-wijzigen", "PUT", "/api/v1/huishoudens/" + id + "/plan", """
                    {"doelen":[{"levensdomein":"financien","doel":"Rust in de post","acties":[
                      {"omschrijving":"Post samen openen, ronde %d","eigenaarType":"netwerk","eigenaar":"Tante Wil","status":"open"}]}]}
                    """.formatted(planTeller), gelezen.headers().firstValue("ETag").orElse("\"0\""));
        }

        /** The next status of this client's request; once closed, a new request (melding) takes its place. */
        void volgendeStatus() {
            HttpResponse<String> gelezen = api("api-hulpvraag", "GET", "/api/v1/hulpvragen/" + hulpvraag, null, null);
            if (gelezen == null || gelezen.statusCode() != 200) {
                return;
            }
            Matcher m = STATUS.matcher(gelezen.body());
            String status = m.find() ? m.group(1) : "afgesloten";
            String volgende = switch (status) {
                case "melding" -> "onderzoek";
                case "onderzoek" -> "aanvraag";
                case "aanvraag" -> "afgesloten";
                default -> null;
            };
            if (volgende == null) {
                nieuweHulpvraag(true);
                return;
            }
            api("api-status-wijzigen", "POST", "/api/v1/hulpvragen/" + hulpvraag + "/statuswijzigingen",
                    "{\"status\":\"" + volgende + "\",\"reden\":\"Volgende stap in de belastingproef.\"}",
                    gelezen.headers().firstValue("ETag").orElse("\"0\""));
        }

        void nieuweHulpvraag(boolean gemeten) throws IllegalStateException {
            String json = """
                    {"huishoudenId":"%s","kanaal":"balie","vorm":"melding","vraag":"Hulp bij de post (belastingproef)",
                     "levensdomeinen":["financien"],"urgentie":"gemiddeld","wetten":["wmo"],"ontvangenOp":"%s"}
                    """.formatted(eigen.getFirst(), LocalDate.now(GEMEENTE));
            HttpResponse<String> gemaakt = gemeten ? api("api-hulpvraag-nieuw", "POST", "/api/v1/hulpvragen", json, null)
                    : zonderMeten(() -> apiVerzoek("POST", "/api/v1/hulpvragen", json, null));
            if (gemaakt != null && gemaakt.statusCode() == 201) {
                Matcher m = UUID_VELD.matcher(gemaakt.body());
                if (m.find()) {
                    hulpvraag = m.group(1);
                }
            } else if (!gemeten) {
                throw new IllegalStateException("hulpvraag vastleggen: " + (gemaakt == null ? "geen antwoord" : gemaakt.statusCode() + " "
                        + gemaakt.body()));
            }
        }

        String willekeurig(List<String> uit) {
            return uit.get(ThreadLocalRandom.current().nextInt(uit.size()));
        }

        String volgendBsn() {
            while (true) {
                String acht = String.format("%08d", 10_000_000 + bsnTeller.incrementAndGet() % 89_999_999);
                int som = 0;
                for (int i = 0; i < 8; i++) {
                    som += (9 - i) * (acht.charAt(i) - '0');
                }
                int controle = som % 11;
                if (controle < 10) {
                    return acht + controle;
                }
            }
        }
    }

    interface Verzoek {
        HttpResponse<String> stuur() throws IOException, InterruptedException;
    }

    static HttpResponse<String> zonderMeten(Verzoek v) {
        try {
            return v.stuur();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Sends, times and classifies one request; null when no answer came. */
    static HttpResponse<String> meet(String soort, boolean schrijftMetVersie, Verzoek v) {
        long begin = System.nanoTime();
        try {
            HttpResponse<String> a = v.stuur();
            long ms = (System.nanoTime() - begin) / 1_000_000;
            int s = a.statusCode();
            boolean netjes503 = s == 503 && a.headers().firstValue("Retry-After").isPresent()
                    && (soort.startsWith("pagina") || a.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            Uitkomst u = ms > HANGT_MS || (s >= 500 && !netjes503) ? Uitkomst.ERNSTIG
                    : s / 100 == 2 ? Uitkomst.GOED
                    : s == 409 && schrijftMetVersie ? Uitkomst.BOTSING
                    : netjes503 ? Uitkomst.NETJES_503 : Uitkomst.ANDERS;
            String fout = u == Uitkomst.GOED || u == Uitkomst.BOTSING ? null
                    : (ms > HANGT_MS ? "hangt (" + ms + " ms) " : "") + s + " " + a.body().substring(0, Math.min(160, a.body().length())).replaceAll("\\s+", " ");
            metingen.add(new Meting(soort, s, ms, u, fout));
            return a;
        } catch (IOException e) {
            metingen.add(new Meting(soort, 0, (System.nanoTime() - begin) / 1_000_000, Uitkomst.ERNSTIG, "verbinding: " + e));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static int verslag(Path ruw, long duurMs) throws IOException {
        List<Meting> alle = new ArrayList<>(metingen);
        try (PrintWriter uit = new PrintWriter(Files.newBufferedWriter(ruw))) {
            uit.println("soort,status,ms,uitkomst");
            for (Meting m : alle) {
                uit.println(m.soort() + "," + m.status() + "," + m.ms() + "," + m.uitkomst());
            }
        }
        Map<String, List<Meting>> perSoort = new TreeMap<>();
        for (Meting m : alle) {
            perSoort.computeIfAbsent(m.soort(), k -> new ArrayList<>()).add(m);
        }
        System.out.printf("%-26s %7s  %-28s %6s %6s %6s %6s %6s%n", "soort", "aantal", "statussen", "p50", "p95", "p99", "max", "fout");
        for (var e : perSoort.entrySet()) {
            regel(e.getKey(), e.getValue());
        }
        regel("totaal", alle);
        System.out.printf("%.1f verzoeken per seconde%n", alle.size() * 1000.0 / duurMs);
        long ernstig = alle.stream().filter(m -> m.uitkomst() == Uitkomst.ERNSTIG).count();
        long netjes = alle.stream().filter(m -> m.uitkomst() == Uitkomst.NETJES_503).count();
        long anders = alle.stream().filter(m -> m.uitkomst() == Uitkomst.ANDERS).count();
        alle.stream().filter(m -> m.fout() != null).limit(10).forEach(m -> System.out.println("  " + m.soort() + ": " + m.fout()));
        // Errors: anything but 2xx, an expected 409 and a clean 503; in the strict run a clean 503 is an error too.
        long fouten = ernstig + anders + (streng ? netjes : 0);
        System.out.printf("fouten: %d (500, hangen of verbinding: %d; andere antwoorden: %d; nette 503: %d%s)%n", fouten, ernstig, anders, netjes,
                streng ? ", telt mee" : ", telt niet mee");
        return ernstig > 0 || (streng && fouten > 0) ? 1 : 0;
    }

    static void regel(String soort, List<Meting> lijst) {
        List<Long> tijden = new ArrayList<>(lijst.stream().filter(m -> m.status() != 0).map(Meting::ms).toList());
        Collections.sort(tijden);
        Map<Integer, Long> statussen = new TreeMap<>();
        lijst.forEach(m -> statussen.merge(m.status(), 1L, Long::sum));
        StringBuilder s = new StringBuilder();
        statussen.forEach((k, v) -> s.append(k == 0 ? "geen" : k).append(':').append(v).append(' '));
        System.out.printf("%-26s %7d  %-28s %6d %6d %6d %6d %6d%n", soort, lijst.size(), s.toString().strip(), pct(tijden, 50), pct(tijden, 95),
                pct(tijden, 99), tijden.isEmpty() ? 0 : tijden.getLast(),
                lijst.stream().filter(GemengdeLast::isFout).count());
    }

    static boolean isFout(Meting m) {
        return m.uitkomst() == Uitkomst.ERNSTIG || m.uitkomst() == Uitkomst.ANDERS || (streng && m.uitkomst() == Uitkomst.NETJES_503);
    }

    static long pct(List<Long> gesorteerd, int p) {
        if (gesorteerd.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * gesorteerd.size()) - 1;
        return gesorteerd.get(Math.max(0, Math.min(i, gesorteerd.size() - 1)));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
