package nl.maatwerk.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Run in a JVM of its own by {@link EmbeddedPostgresStarterTest}: starts PostgreSQL on the kept data directory
 * given as the argument (relative, as MAATWERK_DATA_DIR may be), writes a row, says so and waits to be killed,
 * as an app that is stopped with kill -9 and leaves its PostgreSQL running.
 */
final class PostgresInAndereJvm {

    private PostgresInAndereJvm() {
    }

    public static void main(String[] args) throws Exception {
        var pg = EmbeddedPostgresStarter.startIn(Path.of(args[0]));
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table bewaard (tekst text)");
            s.execute("insert into bewaard values ('van de vorige start')");
        }
        System.out.println("gestart");
        System.out.flush();
        TimeUnit.MINUTES.sleep(5);
    }
}
