package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import nl.maatwerk.Http;
import nl.maatwerk.TestData;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Pseudoniemen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, finding 2: when every connection of the pool is taken, or a row stays locked, a request
 * waits a few seconds, not thirty, and then hears that the application is busy: 503 with Retry-After,
 * problem+json on the API and the app's own Dutch page on pages. Never a 401 because the password
 * could not be looked up, never a 500, and a busy database never counts as a wrong password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DrukkeDatabaseTest {

    static final String TEAM = "team-drukte";

    @LocalServerPort
    int poort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Pseudoniemen pseudoniemen;

    Http http;
    TestData data;
    String account;
    UUID huishouden;
    UUID aanvrager;

    @BeforeEach
    void gezin() {
        http = new Http(poort);
        data = new TestData(jdbc);
        account = data.account("drukte-" + UUID.randomUUID().toString().substring(0, 8), "CONSULENT", TEAM);
        huishouden = data.huishouden("Druk huishouden", TEAM);
        aanvrager = data.inwoner("Druk", LocalDate.of(1975, 5, 5));
        data.lid(huishouden, aanvrager, "aanvrager", LocalDate.of(2018, 1, 1), null);
    }

    @Test
    void everyConnectionOfThePoolWaitsAtMostAFewSecondsForAConnectionALockOrAStatement() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(Duration.ofMillis(pool.getConnectionTimeout())).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
        try (Connection c = dataSource.getConnection()) {
            assertThat(instelling(c, "lock_timeout")).isEqualTo("5s");
            assertThat(instelling(c, "statement_timeout")).isEqualTo("30s");
        }
    }

    /**
     * The review: with the pool full, an API call waited the pool's 30 s and answered 401 "Niet ingelogd", because
     * looking up the password failed; and each such failure counted against the account like a wrong password.
     */
    @Test
    void withEveryConnectionTakenTheApiPagesAndLoginAnswer503WithRetryAfterAndNoAccountIsLockedOut() throws Exception {
        Http.Sessie sessie = http.sessie(account);
        assertThat(sessie.get("/huishoudens/" + huishouden).status()).isEqualTo(200);
        Http.Sessie nieuw = http.zonderSessie();
        String token = nieuw.csrf("/inloggen");
        List<Connection> bezet = new ArrayList<>();
        List<Http.Antwoord> api;
        Http.Antwoord pagina;
        Http.Antwoord inloggen;
        try {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            while (bezet.size() < pool.getMaximumPoolSize()) {
                bezet.add(dataSource.getConnection());
            }
            List<Callable<Http.Antwoord>> verzoeken = new ArrayList<>();
            // More failed lookups than the login throttle allows wrong passwords (5).
            for (int i = 0; i < 8; i++) {
                verzoeken.add(() -> http.api("GET", "/api/v1/huishoudens/" + huishouden, account, null));
            }
            verzoeken.add(() -> sessie.get("/huishoudens/" + huishouden));
            verzoeken.add(() -> nieuw.postMetToken(token, "/inloggen", "username", account, "password", "demo"));
            List<Http.Antwoord> antwoorden = Http.tegelijk(verzoeken);
            api = antwoorden.subList(0, 8);
            pagina = antwoorden.get(8);
            inloggen = antwoorden.get(9);
        } finally {
            for (Connection c : bezet) {
                c.close();
            }
        }

        List<Http.Antwoord> alle = new ArrayList<>(api);
        alle.add(pagina);
        alle.add(inloggen);
        Http.meld("volle pool: 8 API, 1 pagina, 1 inloggen", alle);
        assertThat(Http.telling(api)).as("%s", api).isEqualTo(java.util.Map.of(503, 8L));
        for (Http.Antwoord a : api) {
            assertThat(a.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(a.header("Retry-After")).isNotNull().matches("[1-9][0-9]*");
            assertThat(a.body()).contains("\"status\":503").contains("Probeer het");
            assertThat(a.duur()).isLessThan(Duration.ofSeconds(9));
        }
        assertThat(pagina.status()).as("%s", pagina).isEqualTo(503);
        assertThat(pagina.header("Content-Type")).startsWith("text/html");
        assertThat(pagina.header("Retry-After")).isNotNull();
        assertThat(pagina.body()).contains("<html lang=\"nl\"").contains("Het is nu te druk");
        assertThat(inloggen.status()).as("a busy database is not a wrong password: %s", inloggen).isEqualTo(503);
        assertThat(inloggen.body()).contains("Het is nu te druk");

        // Once the pool is free again the same account works: the failed lookups were not counted as wrong passwords.
        Http.Antwoord daarna = http.api("GET", "/api/v1/huishoudens/" + huishouden, account, null);
        assertThat(daarna.status()).as("%s", daarna).isEqualTo(200);
        assertThat(http.sessie(account).get("/huishoudens/" + huishouden).status()).isEqualTo(200);
    }

    /**
     * Rows someone keeps locked: a change on the API and one on a page give up after the lock timeout with a 503,
     * and the attempt is in the log.
     */
    @Test
    void aChangeThatWaitsForALockedRowLongerThanTheLockTimeoutAnswers503AndIsLoggedAsFailed() throws Exception {
        Http.Antwoord huidig = http.api("GET", "/api/v1/huishoudens/" + huishouden, account, null);
        int versie = com.jayway.jsonpath.JsonPath.read(huidig.body(), "$.versie");
        String json = """
                {"naam":"Druk huishouden, gewijzigd","leden":[{"inwonerId":"%s","rol":"aanvrager","vanaf":"2018-01-01"}],"netwerk":[]}
                """.formatted(aanvrager);
        Http.Sessie sessie = http.sessie(account);
        String formulier = "/inwoners/" + aanvrager + "/bewerken";
        String token = sessie.csrf(formulier);
        Http.Antwoord antwoord;
        Http.Antwoord pagina;
        ExecutorService uitvoerder = Executors.newVirtualThreadPerTaskExecutor();
        try (Connection slot = dataSource.getConnection()) {
            slot.setAutoCommit(false);
            try (PreparedStatement vergrendel = slot.prepareStatement("select versie from inwoner.huishouden where id = ? for update")) {
                vergrendel.setObject(1, huishouden);
                vergrendel.executeQuery().close();
            }
            try (PreparedStatement vergrendel = slot.prepareStatement("select versie from inwoner.inwoner where id = ? for update")) {
                vergrendel.setObject(1, aanvrager);
                vergrendel.executeQuery().close();
            }
            Future<Http.Antwoord> wijziging = uitvoerder.submit(() -> http.api("PUT", "/api/v1/huishoudens/" + huishouden, account, json,
                    "If-Match", "\"" + versie + "\""));
            Future<Http.Antwoord> opPagina = uitvoerder.submit(() -> sessie.postMetToken(token, formulier,
                    "burgerservicenummer", data.bsnVan(aanvrager), "naam.voornamen", "Test", "naam.geslachtsnaam", "Druk",
                    "geboortedatum", "1975-05-05", "verblijfplaats.straat", "Teststraat", "verblijfplaats.huisnummer", "2",
                    "verblijfplaats.postcode", "2511AB", "verblijfplaats.woonplaats", "'s-Gravenhage", "verblijfplaats.wijk", "Centrum",
                    "versie", "0"));
            try {
                antwoord = wijziging.get(15, TimeUnit.SECONDS);
                pagina = opPagina.get(15, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("Een wijziging wachtte langer dan 15 s op de vergrendelde rij", e);
            } finally {
                slot.rollback();
            }
        } finally {
            uitvoerder.shutdownNow();
        }

        Http.meld("vergrendelde rij: API, pagina", List.of(antwoord, pagina));
        assertThat(antwoord.status()).as("%s", antwoord).isEqualTo(503);
        assertThat(antwoord.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(antwoord.header("Retry-After")).isNotNull();
        assertThat(antwoord.duur()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(9));
        assertThat(pagina.status()).as("%s", pagina).isEqualTo(503);
        assertThat(pagina.header("Retry-After")).isNotNull();
        assertThat(pagina.body()).contains("<html lang=\"nl\"").contains("Het is nu te druk");
        assertThat(pagina.duur()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(9));
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'huishouden.wijzigen' and status = 'ERROR' "
                + "and betrokkene_id = ?").param(pseudoniemen.van(Betrokkene.bsn(data.bsnVan(aanvrager)))).query(Long.class).single())
                .as("the failed change is logged although its transaction rolled back").isEqualTo(1);
        Http.Antwoord opnieuw = http.api("PUT", "/api/v1/huishoudens/" + huishouden, account, json, "If-Match", "\"" + versie + "\"");
        assertThat(opnieuw.status()).as("%s", opnieuw).isEqualTo(200);
    }

    private static String instelling(Connection c, String naam) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("show " + naam); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
