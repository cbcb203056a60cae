package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 14, finding 4, as a user meets it: {@code MAATWERK_DATA_DIR} names a directory PostgreSQL cannot write to. The app
 * stops with one Dutch sentence that names the directory and what to do, not after half a minute of waiting for PostgreSQL
 * with a stack trace of 150 lines.
 */
@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class OnbruikbareDatamapTest {

    @TempDir
    Path map;

    @Test
    void aReadOnlyDataDirectoryStopsTheAppWithOneDutchSentenceAndNoStackTrace() throws Exception {
        Path data = Files.createDirectories(map.resolve("alleen-lezen"));
        // A cluster of its own first, so PostgreSQL itself (not initdb) meets the read-only directory.
        try (var pg = nl.maatwerk.platform.database.EmbeddedPostgresStarter.startIn(data)) {
            assertThat(pg.getPort()).isPositive();
        }
        zetSchrijven(data, false);
        Path log = map.resolve("app.log");
        try {
            ProcessBuilder opdracht = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dmaatwerk.aot=uit", "-cp", System.getProperty("java.class.path"), MaatwerkApplication.class.getName(),
                    "--server.port=0").redirectErrorStream(true).redirectOutput(log.toFile());
            opdracht.environment().remove("DATABASE_URL");
            opdracht.environment().put("MAATWERK_DATA_DIR", data.toString());
            opdracht.environment().put("MAATWERK_DEMO", "true");
            Process app = opdracht.start();
            // A JVM without the AOT cache, on 2 cores beside the context tests: on a quiet machine it stops within 10 s, at
            // load 20 it took 37 s alone and over 90 s in a full verify. What the test pins is how it stops, not how fast.
            boolean klaar = app.waitFor(240, TimeUnit.SECONDS);
            if (!klaar) {
                app.destroyForcibly().waitFor();
            }
            List<String> regels = Files.readAllLines(log);
            assertThat(klaar).as("de app stopt vanzelf").isTrue();
            assertThat(app.exitValue()).isNotZero();
            assertThat(regels).as("geen stacktrace").noneMatch(r -> r.startsWith("\tat ") || r.startsWith("Caused by:"));
            assertThat(regels).anyMatch(r -> r.contains(data.toString()) && r.toLowerCase(java.util.Locale.ROOT).contains("schrijven"));
        } finally {
            zetSchrijven(data, true);
        }
    }

    private static void zetSchrijven(Path map, boolean aan) throws Exception {
        try (Stream<Path> alles = Files.walk(map)) {
            for (Path p : alles.toList()) {
                Set<PosixFilePermission> rechten = new HashSet<>(Files.getPosixFilePermissions(p));
                if (aan) {
                    rechten.add(PosixFilePermission.OWNER_WRITE);
                } else {
                    rechten.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE));
                }
                Files.setPosixFilePermissions(p, rechten);
            }
        }
    }
}
