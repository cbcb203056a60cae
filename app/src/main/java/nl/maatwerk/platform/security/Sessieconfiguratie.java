package nl.maatwerk.platform.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;

/**
 * Web sessions in PostgreSQL (platform.spring_session), so they survive a restart and work across
 * nodes, behind {@link ZuinigeSessieopslag}. Spring Boot configures Spring Session JDBC only when no other
 * session store exists, so this class sets it up itself, with the two settings the app uses.
 */
@Configuration(proxyBeanMethods = false)
@Import(JdbcHttpSessionConfiguration.class)
class Sessieconfiguratie {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessieInstellingen(
            @Value("${spring.session.jdbc.table-name}") String tabel,
            @Value("${server.servlet.session.timeout}") Duration tijdslimiet) {
        return opslag -> {
            opslag.setTableName(tabel);
            opslag.setDefaultMaxInactiveInterval(tijdslimiet);
        };
    }

    /**
     * Two requests of one session that both add the same attribute (the first pages after login, each making
     * the CSRF token) each insert it; the second failed on the primary key with a 500. PostgreSQL's upsert.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer gelijktijdigeAttributen() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** The store the session filter uses; Spring Session JDBC's own stays for clean-up. */
    @Bean
    @Primary
    ZuinigeSessieopslag zuinigeSessieopslag(JdbcIndexedSessionRepository jdbc,
            @Value("${maatwerk.sessie.toegang-vastleggen-na}") Duration drempel) {
        return new ZuinigeSessieopslag(jdbc, drempel);
    }
}
