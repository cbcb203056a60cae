package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP against the application a test started on a random port: API calls with HTTP Basic,
 * web sessions that log in through the form, and many requests released at the same moment. For the
 * tests of what happens when requests meet (issue 14); each answer also says how long it took.
 */
public final class Http {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** An answer with the time it took, from sending the request to the last byte. */
    public record Antwoord(int status, String body, Map<String, List<String>> headers, Duration duur) {

        public String header(String naam) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(naam)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }

        @Override
        public String toString() {
            return status + " in " + duur.toMillis() + " ms: " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    private final int poort;
    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Http(int poort) {
        this.poort = poort;
    }

    public URI uri(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    /** An API call with HTTP Basic (password {@code demo}); {@code kop} holds header name, value, name, value, ... */
    public Antwoord api(String methode, String pad, String account, String json, String... kop) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(account))
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            verzoek.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < kop.length; i += 2) {
            verzoek.header(kop[i], kop[i + 1]);
        }
        return stuur(api, verzoek.build());
    }

    /** An API upload with HTTP Basic: a multipart body as built by {@link #multipart}. */
    public Antwoord apiMultipart(String pad, String account, String grens, byte[] inhoud) {
        return stuur(api, HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(60)).header("Authorization", basic(account))
                .header("Content-Type", "multipart/form-data; boundary=" + grens).POST(HttpRequest.BodyPublishers.ofByteArray(inhoud)).build());
    }

    /**
     * A multipart/form-data body with text fields ({@code velden}: name, value, ...) and one file {@code bestand}
     * named {@code bestandsnaam}, separated by {@code grens}.
     */
    public static byte[] multipart(String grens, String bestandsnaam, byte[] bestand, String... velden) {
        java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();
        for (int i = 0; i + 1 < velden.length; i += 2) {
            uit.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + velden[i] + "\"\r\n\r\n" + velden[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        uit.writeBytes(("--" + grens + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"" + bestandsnaam
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        uit.writeBytes(bestand);
        uit.writeBytes(("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return uit.toByteArray();
    }

    /** A web session of this account, logged in through the login form. */
    public Sessie sessie(String account) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Sessie sessie = new Sessie(client);
        Antwoord login = sessie.post("/inloggen", "/inloggen", "username", account, "password", "demo");
        assertThat(login.header("Location")).as("logged in as " + account).isNotNull().doesNotContain("fout");
        return sessie;
    }

    /** A browser without a session yet (for the login form itself). */
    public Sessie zonderSessie() {
        return new Sessie(HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** A cookie-holding browser that does not follow redirects. */
    public final class Sessie {

        private final HttpClient client;

        private Sessie(HttpClient client) {
            this.client = client;
        }

        public Antwoord get(String pad) {
            return stuur(client, HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(60)).GET().build());
        }

        /** The form's CSRF token as the page {@code formulierPad} hands it out. */
        public String csrf(String formulierPad) {
            Antwoord pagina = get(formulierPad);
            Matcher m = CSRF.matcher(pagina.body());
            assertThat(m.find()).as("a CSRF token on " + formulierPad + ": " + pagina).isTrue();
            return m.group(1);
        }

        /** Posts a form as the browser would after opening {@code formulierPad}; {@code velden} is name, value, name, value, ... */
        public Antwoord post(String formulierPad, String pad, String... velden) {
            return postMetToken(csrf(formulierPad), pad, velden);
        }

        /** Posts a multipart body (an upload form) as built by {@link Http#multipart}. */
        public Antwoord postMultipart(String pad, String grens, byte[] inhoud) {
            return stuur(client, HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "multipart/form-data; boundary=" + grens)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(inhoud)).build());
        }

        /** Posts a form with a token fetched earlier, so that several posts can leave at the same moment. */
        public Antwoord postMetToken(String token, String pad, String... velden) {
            StringBuilder formulier = new StringBuilder("_csrf=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
            for (int i = 0; i + 1 < velden.length; i += 2) {
                formulier.append('&').append(URLEncoder.encode(velden[i], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(velden[i + 1], StandardCharsets.UTF_8));
            }
            return stuur(client, HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formulier.toString())).build());
        }
    }

    private static Antwoord stuur(HttpClient client, HttpRequest verzoek) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> antwoord = client.send(verzoek, HttpResponse.BodyHandlers.ofString());
            return new Antwoord(antwoord.statusCode(), antwoord.body(), antwoord.headers().map(), Duration.ofNanos(System.nanoTime() - start));
        } catch (java.net.http.HttpTimeoutException e) {
            // Status 0: no answer within the request's timeout, shown with the others instead of ending the test.
            return new Antwoord(0, "geen antwoord: " + e.getMessage(), Map.of(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(verzoek.method() + " " + verzoek.uri() + " na "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** Runs the tasks, each on its own virtual thread, released together; the results in the order of the tasks. */
    public static <T> List<T> tegelijk(List<Callable<T>> taken) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService uitvoerder = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> uitkomsten = new ArrayList<>();
            for (Callable<T> taak : taken) {
                uitkomsten.add(uitvoerder.submit(() -> {
                    start.await();
                    return taak.call();
                }));
            }
            start.countDown();
            List<T> resultaten = new ArrayList<>();
            for (Future<T> f : uitkomsten) {
                resultaten.add(f.get(120, TimeUnit.SECONDS));
            }
            return resultaten;
        }
    }

    /** The statuses of the answers, counted: {200=1, 409=19}. */
    public static Map<Integer, Long> telling(List<Antwoord> antwoorden) {
        return antwoorden.stream().collect(java.util.stream.Collectors.groupingBy(Antwoord::status, java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }

    /** One line for the test log: what came back and how long the slowest took, for docs/betrouwbaarheid.md. */
    public static void meld(String wat, List<Antwoord> antwoorden) {
        List<Long> ms = antwoorden.stream().map(a -> a.duur().toMillis()).sorted().toList();
        org.slf4j.LoggerFactory.getLogger(Http.class).info("{}: {} antwoorden {}, mediaan {} ms, langste {} ms", wat, antwoorden.size(),
                telling(antwoorden), ms.get(ms.size() / 2), ms.getLast());
    }

    /** The longest an answer took. */
    public static Duration langste(List<Antwoord> antwoorden) {
        return antwoorden.stream().map(Antwoord::duur).max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
