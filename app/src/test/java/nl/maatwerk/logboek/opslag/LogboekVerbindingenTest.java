package nl.maatwerk.logboek.opslag;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Logboek's own connections wait no longer than the application's (issue 14): a queue on the
 * chain's lock or for one of its few connections ends in a 503 after a few seconds, not in a request
 * that hangs for Hikari's 30 s or for ever.
 */
@SpringBootTest
class LogboekVerbindingenTest {

    @Autowired
    LogboekVerbindingen verbindingen;

    @Autowired
    DataSource app;

    @Test
    void theLogsConnectionsHaveTheSameConnectionLockAndStatementTimeoutsAsTheApplications() throws SQLException {
        try (Connection log = verbindingen.verbinding(); Connection gewoon = app.getConnection()) {
            assertThat(instelling(log, "lock_timeout")).isEqualTo(instelling(gewoon, "lock_timeout")).isEqualTo("5s");
            assertThat(instelling(log, "statement_timeout")).isEqualTo(instelling(gewoon, "statement_timeout")).isEqualTo("30s");
            log.rollback();
        }
        assertThat(verbindingen.wachttijdMillis()).isEqualTo(app.unwrap(HikariDataSource.class).getConnectionTimeout());
    }

    private static String instelling(Connection c, String naam) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("show " + naam); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
