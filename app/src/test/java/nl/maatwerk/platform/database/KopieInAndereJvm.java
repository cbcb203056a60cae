package nl.maatwerk.platform.database;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Run in a JVM of its own by {@link DatabaseSjabloonTest}: starts PostgreSQL on a copy of the template
 * given as the argument, prints the copy's path and waits to be killed, as an app that is stopped with kill -9.
 */
final class KopieInAndereJvm {

    private KopieInAndereJvm() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresStarter.RunningPostgres pg = EmbeddedPostgresStarter.startTemporaryFrom(Path.of(args[0]));
        System.out.println("kopie " + pg.copy());
        System.out.flush();
        TimeUnit.MINUTES.sleep(5);
    }
}
