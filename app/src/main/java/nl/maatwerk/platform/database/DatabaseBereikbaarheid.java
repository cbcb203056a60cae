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
import org.springframework.core.env.Environment;
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
    private final Environment omgeving;
    private final AtomicBoolean peilerLoopt = new AtomicBoolean();
    private volatile Storing storing;
    private volatile boolean gestopt;

    /** Since when and why the database is out of reach. */
    public record Storing(String reden, long sindsNanos) {
    }

    /** The outcome of one check: reachable, or why not, and how long it took. */
    public record Peiling(boolean bereikbaar, String reden, long ms) {
    }

    public DatabaseBereikbaarheid(ObjectProvider<DataSource> bron, Environment omgeving) {
        this.bron = bron;
        this.omgeving = omgeving;
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

    /**
     * Never a connection of the pool, not even as a fallback: that is what this check must not wait for, and a connection
     * taken by hand could be a second one inside a transaction (issue 14, TweedeVerbindingTest). Without a HikariCP pool
     * that names its JDBC URL (not so in this app), the URL of {@code spring.datasource}.
     */
    private Connection verbind() throws SQLException {
        DataSource pool = bron.getObject();
        if (pool instanceof DelegatingDataSource omhulsel) {
            // Past SnelWeigerendeDataSource, which refuses while this very check is to find out whether it may stop refusing.
            pool = omhulsel.getTargetDataSource();
        }
        HikariDataSource hikari = pool.isWrapperFor(HikariDataSource.class) ? pool.unwrap(HikariDataSource.class) : null;
        Properties eigenschappen = new Properties();
        String url;
        String gebruiker;
        String wachtwoord;
        if (hikari != null && hikari.getJdbcUrl() != null) {
            eigenschappen.putAll(hikari.getDataSourceProperties());
            url = hikari.getJdbcUrl();
            gebruiker = hikari.getUsername();
            wachtwoord = hikari.getPassword();
        } else {
            url = omgeving.getProperty("spring.datasource.url");
            gebruiker = omgeving.getProperty("spring.datasource.username");
            wachtwoord = omgeving.getProperty("spring.datasource.password");
            if (url == null || url.isBlank()) {
                throw new SQLException("Geen JDBC-adres om de database op een eigen verbinding te peilen");
            }
        }
        if (gebruiker != null) {
            eigenschappen.setProperty("user", gebruiker);
        }
        if (wachtwoord != null) {
            eigenschappen.setProperty("password", wachtwoord);
        }
        String seconden = Long.toString(PEILTIJD.toSeconds());
        eigenschappen.setProperty("connectTimeout", seconden);
        eigenschappen.setProperty("loginTimeout", seconden);
        eigenschappen.setProperty("socketTimeout", Long.toString(PEILTIJD.toSeconds() + 1));
        eigenschappen.setProperty("ApplicationName", "maatwerk-peiling");
        return DriverManager.getConnection(url, eigenschappen);
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
