package nl.maatwerk.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without DATABASE_URL the app brings its own PostgreSQL, so that one command runs everything.
 * With DATABASE_URL, Spring Boot's own data source configuration takes over.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${DATABASE_URL:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresStarter.RunningPostgres embeddedPostgres(@Value("${maatwerk.data-dir:}") String dataDir) throws IOException {
        long start = System.nanoTime();
        // Usually started already by main, in parallel with the context; then this only waits.
        EmbeddedPostgresStarter.RunningPostgres postgres = EmbeddedPostgresStarter.take(dataDir);
        LOG.info("Ingebouwde PostgreSQL klaar op poort {}, {} ms gewacht ({}, {})", postgres.server().getPort(),
                (System.nanoTime() - start) / 1_000_000, dataDir.isBlank() ? "tijdelijke map" : postgres.server().dataDirectory(),
                postgres.server().modus().omschrijving());
        return postgres;
    }

    /**
     * Flyway migrates, and first validates what is there against the jar's migrations, except on a fresh copy of the
     * template that the build made with this very jar: that copy was migrated by these migrations minutes or days ago and
     * nothing has touched it since, so the 0.2 s of Flyway would only confirm it (the start with the AOT cache, ADR 0014).
     */
    @Bean
    FlywayMigrationStrategy migraties(EmbeddedPostgresStarter.RunningPostgres postgres) {
        return flyway -> {
            if (postgres.vanSjabloonVanDezeBuild()) {
                LOG.info("Migraties: de database is een verse kopie van het sjabloon van deze build; Flyway hoeft niets te doen");
                return;
            }
            flyway.migrate();
        };
    }

    /**
     * The pool takes every {@code spring.datasource.hikari.*} setting, as the pool of an external database does, so one
     * place (application.yaml) sets its size and timeouts for both.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresStarter.RunningPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.server().getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPassword(postgres.wachtwoord());
        pool.setPoolName("maatwerk-embedded");
        // Batched inserts (demo data, imports) travel as multi-row statements: far fewer round trips.
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        return pool;
    }

    /**
     * Supervision of the embedded server (ADR 0002): when it dies, requests get 503 at once and it is started again on the
     * same data and port; should that become impossible (its directory is gone), the app stops with exit code 1, so that
     * whatever runs it can start it anew.
     */
    @Bean
    PostgresServer.Bewaker postgresBewaker(EmbeddedPostgresStarter.RunningPostgres postgres, DatabaseBereikbaarheid bereikbaarheid,
            ApplicationContext context) {
        PostgresServer.Bewaker bewaker = new PostgresServer.Bewaker() {
            @Override
            public void uitgevallen(String reden) {
                bereikbaarheid.meldOnbereikbaar("de ingebouwde PostgreSQL is gestopt (" + reden + ")");
            }

            @Override
            public void hersteld() {
                bereikbaarheid.meldBereikbaar();
            }

            @Override
            public void opgegeven(String reden) {
                LOG.error("De ingebouwde PostgreSQL kan niet meer starten: {}. Maatwerk stopt (exitcode 1), zodat wie de app "
                        + "draait (systemd, Docker, Kubernetes) hem opnieuw kan starten.", reden);
                Thread stopper = new Thread(() -> System.exit(SpringApplication.exit(context, () -> 1)), "maatwerk-stop");
                stopper.start();
            }
        };
        postgres.server().bewaak(bewaker);
        return bewaker;
    }
}
