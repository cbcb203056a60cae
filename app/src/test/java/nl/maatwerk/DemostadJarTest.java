package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as a user starts it, after {@code package} (failsafe): {@code java -jar maatwerk.jar}
 * with the AOT cache and the demo city's template beside it. The start copies the template, adds what
 * counts from today, and the city is complete: every household and its requests with running clocks.
 */
class DemostadJarTest {

    private static final Path JAR = Path.of("target/maatwerk.jar");

    @Test
    void theJarStartsFromTheDemoCitysTemplateAndTheCityIsCompleteWithRequestsCountedFromToday() throws Exception {
        assertThat(JAR).as("failsafe runs after package").exists();
        assertThat(Path.of("target/maatwerk-aot/pg-demostad/maatwerk-demostad")).exists();
        int poort;
        try (ServerSocket s = new ServerSocket(0)) {
            poort = s.getLocalPort();
        }
        Path log = Files.createTempFile("maatwerk-jar", ".log");
        ProcessBuilder opdracht = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "--server.port=" + poort).redirectErrorStream(true).redirectOutput(log.toFile());
        // The contract situation: no database or data directory of one's own, no keys of one's own.
        for (String naam : new String[] {"DATABASE_URL", "MAATWERK_DATA_DIR", "MAATWERK_DEMO", "MAATWERK_PSEUDONIEM_SLEUTEL",
            "MAATWERK_LOGBOEK_SLEUTEL"}) {
            opdracht.environment().remove(naam);
        }
        // Nor settings of Spring's own from the machine the test runs on (a CI runner's, for example).
        opdracht.environment().keySet().removeIf(naam -> SpringAotKeuze.raaktCondities(naam));
        Process app = opdracht.start();
        try {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
            String basis = "http://127.0.0.1:" + poort;
            wachtOpGezond(http, basis, app, log);
            String logtekst = Files.readString(log);
            assertThat(logtekst).contains("gestart uit het sjabloon").contains("pg-demostad")
                    .as("the copy of the demo city was begun before Spring read its configuration")
                    .contains("kopie vooraf gemaakt")
                    .as("a fresh copy of this build's template needs no Flyway")
                    .contains("Flyway hoeft niets te doen")
                    .as("the contract's start uses the bean definitions of the build's Spring AOT step")
                    .contains("Beandefinities van Spring AOT uit de build")
                    .containsPattern("Demostap 2/\\d+ inwoner .*: 2\\.000 huishoudens, 0 nieuw")
                    .containsPattern("Demostap 5/\\d+ toegang .*: bij 2\\.000 huishoudens");

            inloggen(http, basis, "consulent");
            HttpResponse<String> werkvoorraad = http.send(HttpRequest.newBuilder(URI.create(basis + "/werkvoorraad")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(werkvoorraad.statusCode()).isEqualTo(200);
            assertThat(werkvoorraad.body()).as("requests with running legal clocks").contains("mw-termijn");

            // The demo resident's story is written even though the generated city gives households of that size requests of their own.
            HttpClient inwoner = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
            inloggen(inwoner, basis, "inwoner");
            String aanvragen = inwoner.send(HttpRequest.newBuilder(URI.create(basis + "/mijn/aanvragen")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(aanvragen).as("the demo resident's request in progress").contains("huur van deze maand");
            String besluiten = inwoner.send(HttpRequest.newBuilder(URI.create(basis + "/mijn/besluiten")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(besluiten).as("the demo resident's decision with its letter").contains("/mijn/besluiten/");
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static void inloggen(HttpClient http, String basis, String gebruiker) throws IOException, InterruptedException {
        String pagina = http.send(HttpRequest.newBuilder(URI.create(basis + "/inloggen")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pagina);
        assertThat(csrf.find()).isTrue();
        String formulier = "username=" + gebruiker + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(basis + "/inloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static void wachtOpGezond(HttpClient http, String basis, Process app, Path log) throws IOException, InterruptedException {
        long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < tot) {
            assertThat(app.isAlive()).as("the app stopped; its log: %s", log).isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(basis + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("Not UP within 180 s; log: " + log);
    }
}
