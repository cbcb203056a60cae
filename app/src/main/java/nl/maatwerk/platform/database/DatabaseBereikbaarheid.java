package nl.maatwerk.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached, known without waiting for the pool. It turns "onbereikbaar" when the embedded
 * server dies (its supervision says so at once) or when a request failed to connect at all (platform.web's error
 * handling says so); from then on a check every second, on a connection of its own with short timeouts, finds out when
 * it is back. Meanwhile requests are answered 503 at once instead of each waiting for the pool's timeout
 * (platform.web.DatabaseStoringFilter), and health says DOWN ({@link DatabaseGezondheid}).
 *
 * <p>A pool that is only busy (every connection in use, the database answering) does not count: that is no outage.
 */
@Component
public class DatabaseBereikbaarheid implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBereikbaarheid.class);

    /** How long a check waits for the database to accept a connection and to answer. */
    static final Duration PEILTIJD = Duration.ofSeconds(2);
    private static final Duration PEILEN_ELKE = Duration.ofSeconds(1);

    private final ObjectProvider<DataSource> bron;
    private final AtomicBoolean peilerLoopt = new AtomicBoolean();
    private volatile Storing storing;
    private volatile boolean gestopt;

    /** Since when and why the database is out of reach. */
    public record Storing(String reden, long sindsNanos) {
    }

    /** The outcome of one check: reachable, or why not, and how long it took. */
    public record Peiling(boolean bereikbaar, String reden, long ms) {
    }

    public DatabaseBereikbaarheid(ObjectProvider<DataSource> bron) {
        this.bron = bron;
    }

    public boolean bereikbaar() {
        return storing == null;
    }

    public Optional<Storing> storing() {
        return Optional.ofNullable(storing);
    }

    /** The database is out of reach; checks start until it is back. */
    public void meldOnbereikbaar(String reden) {
        if (storing == null) {
            synchronized (this) {
                if (storing == null) {
                    storing = new Storing(reden, System.nanoTime());
                    LOG.warn("Database onbereikbaar: {}. Verzoeken krijgen 503 tot hij terug is.", reden);
                }
            }
        }
        if (peilerLoopt.compareAndSet(false, true)) {
            Thread.ofVirtual().name("database-peiler").start(this::peilTotBereikbaar);
        }
    }

    /** The database answers again. */
    public void meldBereikbaar() {
        Storing was = storing;
        if (was != null) {
            synchronized (this) {
                if (storing != null) {
                    storing = null;
                    LOG.info("Database weer bereikbaar na {} ms", (System.nanoTime() - was.sindsNanos()) / 1_000_000);
                }
            }
        }
    }

    /**
     * One check on a connection of its own (not from the pool, which may be waiting for its own timeout, or be full):
     * connect and {@code select 1}, each within {@link #PEILTIJD}.
     */
    public Peiling peil() {
        long begin = System.nanoTime();
        try (Connection c = verbind(); Statement s = c.createStatement()) {
            s.setQueryTimeout((int) PEILTIJD.toSeconds());
            s.execute("select 1");
            return new Peiling(true, null, (System.nanoTime() - begin) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            return new Peiling(false, e.getMessage(), (System.nanoTime() - begin) / 1_000_000);
        }
    }

    private Connection verbind() throws SQLException {
        DataSource pool = bron.getObject();
        if (pool instanceof DelegatingDataSource omhulsel) {
            // Past SnelWeigerendeDataSource, which refuses while this very check is to find out whether it may stop refusing.
            pool = omhulsel.getTargetDataSource();
        }
        HikariDataSource hikari = pool.isWrapperFor(HikariDataSource.class) ? pool.unwrap(HikariDataSource.class) : null;
        if (hikari == null || hikari.getJdbcUrl() == null) {
            return pool.getConnection();
        }
        Properties eigenschappen = new Properties();
        eigenschappen.putAll(hikari.getDataSourceProperties());
        if (hikari.getUsername() != null) {
            eigenschappen.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            eigenschappen.setProperty("password", hikari.getPassword());
        }
        String seconden = Long.toString(PEILTIJD.toSeconds());
        eigenschappen.setProperty("connectTimeout", seconden);
        eigenschappen.setProperty("loginTimeout", seconden);
        eigenschappen.setProperty("socketTimeout", Long.toString(PEILTIJD.toSeconds() + 1));
        eigenschappen.setProperty("ApplicationName", "maatwerk-peiling");
        return DriverManager.getConnection(hikari.getJdbcUrl(), eigenschappen);
    }

    private void peilTotBereikbaar() {
        try {
            while (!gestopt && storing != null) {
                Thread.sleep(PEILEN_ELKE);
                if (peil().bereikbaar()) {
                    meldBereikbaar();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            peilerLoopt.set(false);
            // Reported down again between the last check and this line: keep checking.
            if (!gestopt && storing != null && peilerLoopt.compareAndSet(false, true)) {
                Thread.ofVirtual().name("database-peiler").start(this::peilTotBereikbaar);
            }
        }
    }

    @Override
    public void destroy() {
        gestopt = true;
    }
}
