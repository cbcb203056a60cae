package nl.maatwerk.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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
        LOG.info("Ingebouwde PostgreSQL klaar op poort {}, {} ms gewacht ({})", postgres.server().getPort(),
                (System.nanoTime() - start) / 1_000_000, dataDir.isBlank() ? "tijdelijke map" : dataDir);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresStarter.RunningPostgres postgres, @Value("${DATABASE_POOL_SIZE:10}") int poolSize,
            Environment omgeving) {
        HikariConfig config = new HikariConfig();
        // The pool settings of spring.datasource.hikari (timeouts, the session's lock and statement timeout), as with DATABASE_URL.
        Binder.get(omgeving).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        config.setJdbcUrl(postgres.server().getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword(postgres.wachtwoord());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("maatwerk-embedded");
        // Batched inserts (demo data, imports) travel as multi-row statements: far fewer round trips.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
