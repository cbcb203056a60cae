package nl.maatwerk.logboek.opslag;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The log's own few connections to the same database. A record is written in its own transaction,
 * next to the one of the request (which may still roll back, or already be aborted by an error). With
 * the application's pool, every request inside a transaction would need a second connection from the
 * same pool while holding the first: under load, all connections wait for one more and nothing moves.
 * From its own pool the log never waits on a request, and a request waits only for the log's lock.
 */
@Component
class LogboekVerbindingen implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LogboekVerbindingen.class);

    private final DataSource bron;
    private final HikariDataSource eigen;
    private final int aantal;

    LogboekVerbindingen(DataSource app, @Value("${maatwerk.logboek.verbindingen:3}") int aantal) {
        this.aantal = Math.max(1, aantal);
        HikariDataSource hikari = hikari(app);
        if (hikari == null) {
            // Another kind of pool: its connections still give the log its own transaction, without the guard above.
            LOG.warn("De databasepool is geen HikariCP; het logboek gebruikt verbindingen uit de pool van de app");
            this.eigen = null;
            this.bron = app;
            return;
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(hikari.getJdbcUrl());
        config.setUsername(hikari.getUsername());
        config.setPassword(hikari.getPassword());
        config.setDataSourceProperties(hikari.getDataSourceProperties());
        config.setMaximumPoolSize(Math.max(1, aantal));
        config.setMinimumIdle(1);
        config.setPoolName("maatwerk-logboek");
        // The app pool's limits (issue 14): a few seconds for a connection, and the session's lock and statement
        // timeout, so a queue on the chain's lock ends in a clear error instead of a request that hangs.
        config.setConnectionTimeout(hikari.getConnectionTimeout());
        config.setConnectionInitSql(hikari.getConnectionInitSql());
        // Writers queue on the chain's lock in PostgreSQL anyway; a few connections suffice.
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        this.eigen = new HikariDataSource(config);
        this.bron = eigen;
    }

    private static HikariDataSource hikari(DataSource app) {
        try {
            return app.isWrapperFor(HikariDataSource.class) ? app.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /** A connection with auto-commit off, for one transaction of the log. */
    Connection verbinding() throws SQLException {
        Connection c = bron.getConnection();
        if (c.getAutoCommit()) {
            c.setAutoCommit(false);
        }
        return c;
    }

    /** How many connections the log has of its own (or may take from the application's pool). */
    int aantal() {
        return aantal;
    }

    /** How long a record waits for one of these connections. */
    long wachttijdMillis() {
        return eigen == null ? -1 : eigen.getConnectionTimeout();
    }

    @Override
    public void destroy() {
        if (eigen != null) {
            eigen.close();
        }
    }
}
