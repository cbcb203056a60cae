package nl.maatwerk.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/**
 * The database template that {@code ./mvnw package} makes next to the jar (app/pom.xml): a data
 * directory on which initdb ran and every migration of this build was applied, and that was then
 * stopped cleanly. Without DATABASE_URL and a kept data directory, the app starts PostgreSQL on a copy
 * of it instead of running initdb, which takes about two seconds of a core on this machine while
 * Spring needs both. Flyway still validates the copy at start, so a template that does not fit the
 * migrations of the jar is refused rather than used.
 */
public final class DatabaseSjabloon {

    /** Written last: a template without it was interrupted while being made and is not used. */
    static final String COMPLETE = "maatwerk-sjabloon-compleet";

    private DatabaseSjabloon() {
    }

    /** {@code args[0]}: the directory to make the template in; what is there is replaced. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Gebruik: DatabaseSjabloon <map>");
        }
        make(Path.of(args[0]));
    }

    static void make(Path dir) throws IOException {
        long begin = System.nanoTime();
        DataDirectories.delete(dir);
        Files.createDirectories(dir);
        // A password of its own; a start copies it with the template and then gives its copy a new one.
        String wachtwoord = EmbeddedPostgresStarter.nieuwWachtwoord();
        // WAL segments of 1 MB instead of 16: every start copies the template, and the WAL was 16 of its 40 MB.
        PostgresServer.initdb(dir, wachtwoord, "--wal-segsize=1");
        try (PostgresServer server = PostgresServer.start(dir, PostgresServer.Modus.SNEL, wachtwoord, false)) {
            // The same location as spring.flyway.locations in application.yaml; the history table goes where the app expects it.
            Flyway.configure()
                    .dataSource(server.getJdbcUrl("postgres", "postgres"), "postgres", wachtwoord)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            // Stored again with few SCRAM rounds (see EmbeddedPostgresStarter#zetWachtwoord): a start's first connection is to this.
            EmbeddedPostgresStarter.zetWachtwoord(server, wachtwoord, wachtwoord);
        }
        EmbeddedPostgresStarter.schrijfWachtwoord(dir, wachtwoord);
        // What the stopped server leaves: a copy starts its own.
        Files.deleteIfExists(dir.resolve("epg-lock"));
        Files.deleteIfExists(dir.resolve("postmaster.opts"));
        Files.writeString(dir.resolve(COMPLETE), "gemaakt in " + (System.nanoTime() - begin) / 1_000_000 + " ms\n",
                StandardCharsets.UTF_8);
    }

    static boolean isComplete(Path dir) {
        return Files.isRegularFile(dir.resolve(COMPLETE)) && Files.isRegularFile(dir.resolve("PG_VERSION"));
    }
}
