package nl.maatwerk.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class EmbeddedPostgresStarterTest {

    @TempDir
    Path map;

    @Test
    void aPortWhoseSocketLockFileIsLeftInTmpIsPassedOverForTheNextFreeOne() throws Exception {
        // What a server killed outright leaves; when a new process gets its number, PostgreSQL refuses the port.
        int bezet = PostgresServer.vrijePoort();
        Path slot = PostgresServer.socketSlot(bezet);
        Files.writeString(slot, ProcessHandle.current().pid() + "\n");
        try {
            java.util.Iterator<Integer> kandidaten = java.util.List.of(bezet, bezet + 1).iterator();
            assertThat(PostgresServer.vrijePoort(kandidaten::next)).isEqualTo(bezet + 1);
        } finally {
            Files.deleteIfExists(slot);
        }
    }

    @Test
    void keepsDataAcrossRestartsInAKeptDirectory() throws Exception {
        Path data = map.resolve("pg");
        try (var pg = EmbeddedPostgresStarter.startIn(data);
                Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table bewaard (tekst text)");
            s.execute("insert into bewaard values ('nog hier')");
        }
        try (var pg = EmbeddedPostgresStarter.startIn(data);
                Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select tekst from bewaard")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("nog hier");
        }
    }

    @Test
    void recoversAfterPostgresWasKilledAndLeftItsPidFile() throws Exception {
        Path data = map.resolve("crash");
        var eerste = EmbeddedPostgresStarter.startIn(data);
        try (Connection c = eerste.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table overleeft (n int)");
            s.execute("insert into overleeft values (42)");
        }
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
        // A crash: the server dies without cleaning up, like after kill -9 or a power cut.
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        assertThat(data.resolve("postmaster.pid")).exists();
        try {
            eerste.close();
        } catch (Exception ignored) {
            // stopping an already dead server may complain; the point is what happens next
        }
        Files.writeString(data.resolve("postmaster.pid"), pid + "\n" + data + "\n");

        try (var tweede = EmbeddedPostgresStarter.startIn(data);
                Connection c = tweede.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select n from overleeft")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void removesAPidFileThatPointsAtAProcessThatIsNotPostgres() throws Exception {
        Path data = map.resolve("vreemd");
        Files.createDirectories(data);
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");

        EmbeddedPostgresStarter.recoverFromCrash(data);

        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    /**
     * Issue 14, finding 3: a supervised server that dies (kill -9) is started again on the same data directory and port,
     * so the pool's address stays valid; supervision hears both.
     */
    @Test
    void aSupervisedServerThatDiesIsStartedAgainOnTheSameDataAndPort() throws Exception {
        Path data = map.resolve("bewaakt");
        try (PostgresServer pg = EmbeddedPostgresStarter.startIn(data)) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table bewaard (n int)");
                s.execute("insert into bewaard values (14)");
            }
            java.util.concurrent.BlockingQueue<String> gebeurd = new java.util.concurrent.LinkedBlockingQueue<>();
            pg.bewaak(opnemer(gebeurd));
            long oud = pg.pid();
            int poort = pg.getPort();

            ProcessHandle.of(oud).orElseThrow().destroyForcibly();

            assertThat(gebeurd.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("uitgevallen");
            assertThat(gebeurd.poll(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("hersteld");
            assertThat(pg.pid()).isPositive().isNotEqualTo(oud);
            assertThat(pg.getPort()).isEqualTo(poort);
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select n from bewaard")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(14);
            }
        }
    }

    /** Stopping is not dying: supervision stays quiet and starts nothing. */
    @Test
    void aSupervisedServerThatTheAppStopsStaysStopped() throws Exception {
        java.util.List<String> gebeurd = new java.util.concurrent.CopyOnWriteArrayList<>();
        PostgresServer pg = EmbeddedPostgresStarter.startIn(map.resolve("gestopt"));
        pg.bewaak(opnemer(gebeurd));
        long pid = pg.pid();
        pg.close();
        Thread.sleep(500);
        assertThat(gebeurd).isEmpty();
        assertThat(leeft(pid)).isFalse();
    }

    /** Supervision that only notes what it heard, in order: "uitgevallen", "hersteld", "opgegeven". */
    private static PostgresServer.Bewaker opnemer(java.util.Collection<String> gebeurd) {
        return new PostgresServer.Bewaker() {
            @Override
            public void uitgevallen(String reden) {
                gebeurd.add("uitgevallen");
            }

            @Override
            public void hersteld() {
                gebeurd.add("hersteld");
            }

            @Override
            public void opgegeven(String reden) {
                gebeurd.add("opgegeven");
            }
        };
    }

    /** Issue 14, finding 7: kept data must survive a crash of the machine, so nothing on the command line turns fsync off. */
    @Test
    void aKeptDirectoryRunsDurableWithNothingOnTheCommandLineThatTurnsFsyncOff() throws Exception {
        Path data = map.resolve("duurzaam");
        try (var pg = EmbeddedPostgresStarter.startIn(data); Connection c = pg.getPostgresDatabase().getConnection()) {
            assertThat(toon(c, "fsync")).isEqualTo("on");
            assertThat(toon(c, "synchronous_commit")).isEqualTo("on");
            assertThat(toon(c, "full_page_writes")).isEqualTo("on");
            // The server's own record of how it was started: -F there means fsync off, whatever came after it.
            List<String> opdracht = argumenten(Files.readString(data.resolve("postmaster.opts")));
            assertThat(opdracht).doesNotContain("-F").doesNotContain("fsync=off", "synchronous_commit=off", "full_page_writes=off");
        }
    }

    /** The temporary demo database trades durability for speed on purpose: it goes when the app stops anyway. */
    @Test
    void aTemporaryDatabaseRunsWithoutFsyncAndSynchronousCommit() throws Exception {
        try (EmbeddedPostgresStarter.RunningPostgres pg = EmbeddedPostgresStarter.startTemporary(); Connection c = pg.verbinding()) {
            assertThat(toon(c, "fsync")).isEqualTo("off");
            assertThat(toon(c, "synchronous_commit")).isEqualTo("off");
        }
    }

    /**
     * Issue 14, finding 4: an app killed with kill -9 leaves its PostgreSQL running on a data directory given as a relative
     * path; a client still holds a connection to it. The next start recognises it as the server of that directory, stops it
     * with a fast shutdown (not after waiting for the client), and starts on the same data.
     */
    @Test
    void anOldServerOnARelativeDataDirectoryIsRecognisedAndStoppedFastWhileAClientIsConnected() throws Exception {
        Path data = map.resolve("relatief");
        Path relatief = Path.of("").toAbsolutePath().relativize(data);
        assertThat(relatief.isAbsolute()).isFalse();
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PostgresInAndereJvm.class.getName(), relatief.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader uitvoer = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String regel;
            do {
                regel = uitvoer.readLine();
            } while (regel != null && !regel.equals("gestart"));
            assertThat(regel).as("de andere JVM startte PostgreSQL").isNotNull();
            jvm.destroyForcibly().waitFor();
        }
        List<String> pidbestand = Files.readAllLines(data.resolve("postmaster.pid"));
        long oud = Long.parseLong(pidbestand.getFirst().trim());
        assertThat(leeft(oud)).as("PostgreSQL draait door na kill -9 van de app").isTrue();
        String wachtwoord = Files.readString(data.resolve(EmbeddedPostgresStarter.WACHTWOORD)).trim();
        try (Connection klant = DriverManager.getConnection("jdbc:postgresql://localhost:" + pidbestand.get(3).trim() + "/postgres",
                "postgres", wachtwoord)) {
            long begin = System.nanoTime();
            try (var pg = EmbeddedPostgresStarter.startIn(relatief)) {
                long ms = (System.nanoTime() - begin) / 1_000_000;
                assertThat(ms).as("herstart met een verbonden klant, in ms").isLessThan(5_000);
                assertThat(leeft(oud)).isFalse();
                try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select tekst from bewaard")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("van de vorige start");
                }
            }
            assertThat(klant.isValid(1)).as("de oude server is weg, met de verbinding van de klant").isFalse();
        }
    }

    /** Issue 14, finding 4: a data directory PostgreSQL cannot write to is one clear Dutch sentence, not a stack of causes. */
    @Test
    void aReadOnlyDataDirectoryGivesOneClearSentence() throws Exception {
        Path data = map.resolve("alleen-lezen");
        try (var pg = EmbeddedPostgresStarter.startIn(data)) {
            assertThat(pg.getPort()).isPositive();
        }
        zetSchrijven(data, false);
        try {
            assertThatThrownBy(() -> EmbeddedPostgresStarter.startIn(data).close())
                    .satisfies(e -> {
                        assertThat(e.getMessage()).doesNotContain("\n").contains(data.toString()).containsIgnoringCase("schrijven");
                        assertThat(e.getClass().getSimpleName()).isEqualTo("DatabaseStartFout");
                    });
        } finally {
            zetSchrijven(data, true);
        }
    }

    /**
     * Issue 14, finding 4: a data directory on a disk that is too small is one clear Dutch sentence too. Needs a small
     * file system of its own (tmpfs, so root); elsewhere the test is skipped.
     */
    @Test
    void aDataDirectoryOnADiskThatIsTooSmallGivesOneClearSentence() throws Exception {
        Path klein = Files.createDirectories(map.resolve("klein"));
        org.junit.jupiter.api.Assumptions.assumeTrue(voerUit("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", klein.toString()),
                "een tmpfs koppelen kan alleen als root");
        try {
            Path data = klein.resolve("pg");
            assertThatThrownBy(() -> EmbeddedPostgresStarter.startIn(data).close())
                    .satisfies(e -> {
                        assertThat(e.getMessage()).doesNotContain("\n").contains(data.toString()).containsIgnoringCase("ruimte");
                        assertThat(e.getClass().getSimpleName()).isEqualTo("DatabaseStartFout");
                    });
        } finally {
            voerUit("umount", "-l", klein.toString());
        }
    }

    private static boolean voerUit(String... opdracht) {
        try {
            return new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void zetSchrijven(Path map, boolean aan) throws Exception {
        try (Stream<Path> alles = Files.walk(map)) {
            for (Path p : alles.toList()) {
                Set<PosixFilePermission> rechten = new java.util.HashSet<>(Files.getPosixFilePermissions(p));
                if (aan) {
                    rechten.add(PosixFilePermission.OWNER_WRITE);
                } else {
                    rechten.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE));
                }
                Files.setPosixFilePermissions(p, rechten);
            }
        }
    }

    static String toon(Connection c, String instelling) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + instelling)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The arguments in postmaster.opts: the program, then each argument in double quotes. */
    static List<String> argumenten(String opts) {
        List<String> lijst = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(opts);
        while (m.find()) {
            lijst.add(m.group(1));
        }
        return lijst;
    }

    /** Alive and not a zombie: a server whose parent is gone may wait as a zombie until init collects it. */
    static boolean leeft(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char toestand = stat.charAt(stat.lastIndexOf(')') + 2);
            return toestand != 'Z' && toestand != 'X';
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
