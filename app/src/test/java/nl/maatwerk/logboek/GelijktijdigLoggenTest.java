package nl.maatwerk.logboek;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, finding 6: many people reading the same plan or ZRM at the same moment each write log
 * records, and the chain gives every record its own place; a read never fails on the log. Runs over
 * real HTTP against the running application and its database, with the real security.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GelijktijdigLoggenTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int poort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    LogboekInzage inzage;

    @Autowired
    Pseudoniemen pseudoniemen;

    UUID huishouden;
    List<String> leden;

    @BeforeEach
    void gezin() {
        TestData data = new TestData(jdbc);
        huishouden = data.huishouden("Gelijktijdig gelezen", "wijkteam-centrum");
        UUID aanvrager = data.inwoner("Gelijktijdig", LocalDate.of(1981, 1, 1));
        UUID partner = data.inwoner("Gelijktijdig", LocalDate.of(1983, 3, 3));
        data.lid(huishouden, aanvrager, "aanvrager", LocalDate.of(2019, 1, 1), null);
        data.lid(huishouden, partner, "partner", LocalDate.of(2019, 1, 1), null);
        leden = List.of(pseudoniem(data.bsnVan(aanvrager)), pseudoniem(data.bsnVan(partner)));
    }

    @Test
    void thirtyApiClientsReadingPlanAndZrmAtOnceAllGet200AndTheChainStaysWhole() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long voor = records();
        List<Callable<Integer>> lezers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String pad = "/api/v1/huishoudens/" + huishouden + (i % 2 == 0 ? "/plan" : "/zrm-metingen");
            lezers.add(() -> http.send(HttpRequest.newBuilder(uri(pad)).header("Authorization", basic("consulent"))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }

        assertThat(tegelijk(lezers)).as("status per reader").containsOnly(200);
        assertThat(records() - voor).as("one record per member per read").isEqualTo(60);
        Verificatie v = inzage.verifieer();
        assertThat(v.intact()).as(v.toelichting()).isTrue();
    }

    @Test
    void twentyWebSessionsReadingPlanAndZrmPagesAtOnceAllGet200() throws Exception {
        List<HttpClient> sessies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sessies.add(ingelogd("consulent"));
        }
        long voor = records();
        List<Callable<Integer>> lezers = new ArrayList<>();
        for (int i = 0; i < sessies.size(); i++) {
            HttpClient sessie = sessies.get(i);
            String pad = "/huishoudens/" + huishouden + (i % 2 == 0 ? "/plan" : "/zrm");
            lezers.add(() -> sessie.send(HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        }

        assertThat(tegelijk(lezers)).as("status per session").containsOnly(200);
        // The ZRM page reads the household (2 records) and its assessments (2 records); the plan page reads the plan.
        assertThat(records() - voor).isEqualTo(10 * 2 + 10 * 4);
        Verificatie v = inzage.verifieer();
        assertThat(v.intact()).as(v.toelichting()).isTrue();
    }

    /**
     * Two registrations of one BSN at the same moment: both pass the check for an existing BSN, and the
     * second meets the first in the unique index. That is a conflict with stored data (409), not a
     * server error, and the failed attempt is in the log.
     */
    @Test
    void aBsnRegisteredTwiceAtTheSameMomentGetsA409ProblemNotAServerError() throws Exception {
        String bsn = TestData.nieuwBsn();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService uitvoerder = Executors.newVirtualThreadPerTaskExecutor();
        try (Connection eerste = dataSource.getConnection()) {
            // The first registration: written, not yet committed, so the second does not see it yet.
            eerste.setAutoCommit(false);
            try (PreparedStatement insert = eerste.prepareStatement("""
                    insert into inwoner.inwoner (id, bsn, voornamen, geslachtsnaam, geboortedatum, straat, huisnummer, postcode, woonplaats, wijk)
                    values (?, ?, 'Eerste', 'Tegelijk', date '1985-04-12', 'Prinsegracht', 12, '2512GA', '''s-Gravenhage', 'Centrum')
                    """)) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, bsn);
                insert.executeUpdate();
            }
            Future<HttpResponse<String>> tweede = uitvoerder.submit(() -> http.send(HttpRequest.newBuilder(uri("/api/v1/inwoners"))
                    .header("Authorization", basic("consulent")).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(inwoner(bsn))).build(),
                    HttpResponse.BodyHandlers.ofString()));
            wachtTotGeblokkeerd(bsn);
            eerste.commit();

            HttpResponse<String> antwoord = tweede.get(60, TimeUnit.SECONDS);
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(409);
            assertThat(antwoord.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(antwoord.body()).contains("\"status\":409").contains("BSN");
        } finally {
            uitvoerder.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'inwoner.registreren' and status = 'ERROR' "
                + "and betrokkene_id = ?").param(pseudoniem(bsn)).query(Long.class).single())
                .as("the failed registration is logged").isEqualTo(1);
    }

    /** Waits until the second registration waits on the first one's uncommitted row. */
    private void wachtTotGeblokkeerd(String bsn) throws InterruptedException {
        long tot = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < tot) {
            boolean wacht = jdbc.sql("select exists (select 1 from pg_stat_activity where wait_event_type = 'Lock' "
                    + "and query like 'insert into inwoner.inwoner%')").query(Boolean.class).single();
            if (wacht) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("De tweede registratie van " + bsn + " kwam niet bij de database aan");
    }

    private static List<Integer> tegelijk(List<Callable<Integer>> taken) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService uitvoerder = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> uitkomsten = new ArrayList<>();
            for (Callable<Integer> taak : taken) {
                uitkomsten.add(uitvoerder.submit(() -> {
                    start.await();
                    return taak.call();
                }));
            }
            start.countDown();
            List<Integer> statussen = new ArrayList<>();
            for (Future<Integer> f : uitkomsten) {
                statussen.add(f.get(120, TimeUnit.SECONDS));
            }
            return statussen;
        }
    }

    private HttpClient ingelogd(String gebruiker) throws Exception {
        HttpClient sessie = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String pagina = sessie.send(HttpRequest.newBuilder(uri("/inloggen")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(pagina);
        assertThat(csrf.find()).as("csrf token on the login page").isTrue();
        String formulier = "username=" + gebruiker + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> login = sessie.send(HttpRequest.newBuilder(uri("/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(formulier)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).as("logged in").hasValueSatisfying(l -> assertThat(l).doesNotContain("fout"));
        return sessie;
    }

    /** The records about this household's members. */
    private long records() {
        return jdbc.sql("select count(*) from logboek.logboek_record where betrokkene_id in (?, ?)").params(leden)
                .query(Long.class).single();
    }

    private String pseudoniem(String bsn) {
        return pseudoniemen.van(Betrokkene.bsn(bsn));
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    private static String basic(String gebruiker) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String inwoner(String bsn) {
        return """
                {"burgerservicenummer":"%s",
                 "naam":{"voornamen":"Tweede","geslachtsnaam":"Tegelijk"},
                 "geboortedatum":"1985-04-12",
                 "verblijfplaats":{"straat":"Prinsegracht","huisnummer":12,"postcode":"2512 ga","woonplaats":"'s-Gravenhage","wijk":"Centrum"}}
                """.formatted(bsn);
    }
}
