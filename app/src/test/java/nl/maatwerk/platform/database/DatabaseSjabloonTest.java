package nl.maatwerk.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import nl.maatwerk.platform.database.EmbeddedPostgresStarter.RunningPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The template that package makes so that a start copies a migrated cluster instead of running initdb. */
@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class DatabaseSjabloonTest {

    @TempDir
    static Path map;

    static Path sjabloon;

    @BeforeAll
    static void maakSjabloon() throws Exception {
        sjabloon = map.resolve("pg-sjabloon");
        DatabaseSjabloon.make(sjabloon);
    }

    @Test
    void theTemplateIsAStoppedClusterWithEveryMigrationApplied() throws Exception {
        assertThat(DatabaseSjabloon.isComplete(sjabloon)).isTrue();
        assertThat(sjabloon.resolve("postmaster.pid")).doesNotExist();
        long migraties;
        try (Stream<Path> bestanden = Files.list(Path.of("src/main/resources/db/migration"))) {
            migraties = bestanden.filter(p -> p.getFileName().toString().endsWith(".sql")).count();
        }
        try (RunningPostgres pg = EmbeddedPostgresStarter.startTemporaryFrom(sjabloon)) {
            assertThat(pg.copy()).isNotNull();
            assertThat(getal(pg, "select count(*) from public.flyway_schema_history where success and version is not null"))
                    .isEqualTo(migraties);
            assertThat(getal(pg, "select count(*) from information_schema.tables where table_schema = 'inwoner' and table_name = 'huishouden'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aCopyMadeBeforeSpringReadsItsConfigurationIsTheCopyTheStartRunsOnAndACopyOfAnotherTemplateGoes() throws Exception {
        Path vooraf = VoorafKopie.begin(sjabloon).get(60, java.util.concurrent.TimeUnit.SECONDS);
        try (RunningPostgres pg = EmbeddedPostgresStarter.startTemporaryFrom(sjabloon)) {
            assertThat(pg.copy()).isEqualTo(vooraf);
            assertThat(getal(pg, "select count(*) from information_schema.tables where table_schema = 'inwoner' and table_name = 'huishouden'"))
                    .isEqualTo(1);
        }
        assertThat(vooraf).as("the copy goes with its server, as any copy").doesNotExist();

        Path ander = DataDirectories.copy(sjabloon, Files.createDirectories(map.resolve("ander-sjabloon")));
        Path onnodig = VoorafKopie.begin(ander).get(60, java.util.concurrent.TimeUnit.SECONDS);
        try (RunningPostgres pg = EmbeddedPostgresStarter.startTemporaryFrom(sjabloon)) {
            assertThat(pg.copy()).isNotEqualTo(onnodig);
        }
        assertThat(onnodig).as("a copy of a template the start did not want").doesNotExist();
        assertThat(ander).as("the template itself stays").exists();
    }

    @Test
    void onlyAFreshCopyOfTheTemplateThatAotStartVouchedForSkipsFlyway() throws Exception {
        java.util.Properties kind = new java.util.Properties();
        kind.setProperty("maatwerk.aot", "kind");
        kind.setProperty(EmbeddedPostgresStarter.SJABLOON_PROPERTY, sjabloon.toString());
        java.util.Properties zonderCache = new java.util.Properties();
        zonderCache.setProperty(EmbeddedPostgresStarter.SJABLOON_PROPERTY, sjabloon.toString());
        java.util.Properties anderSjabloon = new java.util.Properties();
        anderSjabloon.setProperty("maatwerk.aot", "kind");
        anderSjabloon.setProperty(EmbeddedPostgresStarter.SJABLOON_PROPERTY, map.resolve("elders").toString());
        try (RunningPostgres pg = EmbeddedPostgresStarter.startTemporaryFrom(sjabloon)) {
            assertThat(pg.vanSjabloonVanDezeBuild(kind)).isTrue();
            assertThat(pg.vanSjabloonVanDezeBuild(zonderCache)).as("no AotStart: the template may be older than the classes").isFalse();
            assertThat(pg.vanSjabloonVanDezeBuild(anderSjabloon)).as("a template AotStart did not name").isFalse();
        }
        try (RunningPostgres pg = EmbeddedPostgresStarter.startTemporary()) {
            assertThat(pg.vanSjabloonVanDezeBuild(kind)).as("initdb: Flyway must migrate").isFalse();
        }
    }

    @Test
    void eachCopyGetsItsOwnRandomPasswordWithFewScramRoundsSoAPoolConnectionCostsNoPbkdf2Work() throws Exception {
        try (RunningPostgres pg = EmbeddedPostgresStarter.startTemporaryFrom(sjabloon);
                var c = pg.verbinding(); var s = c.createStatement();
                var rs = s.executeQuery("select rolpassword from pg_authid where rolname = 'postgres'")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("SCRAM-SHA-256$16:");
            assertThat(pg.wachtwoord()).as("256 random bits: rounds would not slow down guessing it").hasSize(64);
        }
        Path zoals = DataDirectories.copy(sjabloon, Files.createDirectories(map.resolve("zoals-het-sjabloon")));
        try (PostgresServer server = PostgresServer.start(zoals, PostgresServer.Modus.SNEL, EmbeddedPostgresStarter.leesWachtwoord(zoals), true);
                var c = java.sql.DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"), "postgres",
                        EmbeddedPostgresStarter.leesWachtwoord(zoals));
                var s = c.createStatement(); var rs = s.executeQuery("select rolpassword from pg_authid where rolname = 'postgres'")) {
            rs.next();
            assertThat(rs.getString(1)).as("the template's own password, which a start's first connection uses").startsWith("SCRAM-SHA-256$16:");
        }
    }

    @Test
    void twoStartsFromOneTemplateShareNothingAndLeaveTheTemplateAlone() throws Exception {
        try (RunningPostgres eerste = EmbeddedPostgresStarter.startTemporaryFrom(sjabloon);
                RunningPostgres tweede = EmbeddedPostgresStarter.startTemporaryFrom(sjabloon)) {
            voerUit(eerste, "create table alleen_hier (n int)");
            assertThat(getal(tweede, "select count(*) from information_schema.tables where table_name = 'alleen_hier'")).isZero();
        }
        try (RunningPostgres derde = EmbeddedPostgresStarter.startTemporaryFrom(sjabloon)) {
            assertThat(getal(derde, "select count(*) from information_schema.tables where table_name = 'alleen_hier'")).isZero();
        }
    }

    @Test
    void theCopyGoesWhenTheServerStops() throws Exception {
        Path kopie;
        try (RunningPostgres pg = EmbeddedPostgresStarter.startTemporaryFrom(sjabloon)) {
            kopie = pg.copy();
            assertThat(kopie.resolve("PG_VERSION")).exists();
        }
        assertThat(kopie).doesNotExist();
    }

    @Test
    void anInterruptedTemplateIsNotUsed() throws Exception {
        Path half = map.resolve("half");
        DataDirectories.copy(sjabloon, Files.createDirectories(half));
        // The copy leaves out the mark that making the template finished, as an interrupted make would.
        assertThat(DatabaseSjabloon.isComplete(half)).isFalse();
        try (RunningPostgres pg = EmbeddedPostgresStarter.startTemporaryFrom(half)) {
            assertThat(pg.copy()).isNull();
            assertThat(getal(pg, "select count(*) from information_schema.tables where table_schema = 'inwoner'")).isZero();
        }
    }

    @Test
    void withoutCpTheCopyInJavaGivesAClusterThatStarts() throws Exception {
        Path kopie = Files.createDirectories(map.resolve("zonder-cp"));
        Files.setPosixFilePermissions(kopie, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        DataDirectories.copyInJava(sjabloon, kopie);
        try (PostgresServer server = PostgresServer.start(kopie, PostgresServer.Modus.SNEL, EmbeddedPostgresStarter.leesWachtwoord(kopie),
                false)) {
            RunningPostgres pg = new RunningPostgres(server, null, EmbeddedPostgresStarter.leesWachtwoord(kopie));
            assertThat(getal(pg, "select count(*) from information_schema.tables where table_schema = 'inwoner' and table_name = 'huishouden'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void everyStartAsksEachConnectionForItsOwnPasswordAndListensOnLoopbackOnly() throws Exception {
        try (RunningPostgres kopie = EmbeddedPostgresStarter.startTemporaryFrom(sjabloon);
                RunningPostgres vers = EmbeddedPostgresStarter.startTemporary()) {
            EmbeddedPostgresStarter.RunningPostgres bewaard = null;
            Path data = map.resolve("bewaard-" + System.nanoTime());
            try (PostgresServer server = EmbeddedPostgresStarter.startIn(data)) {
                bewaard = new RunningPostgres(server, null, EmbeddedPostgresStarter.leesWachtwoord(data));
                for (RunningPostgres pg : java.util.List.of(kopie, vers, bewaard)) {
                    vraagtWachtwoord(pg);
                }
            }
            assertThat(kopie.wachtwoord()).isNotEqualTo(EmbeddedPostgresStarter.leesWachtwoord(sjabloon));
            assertThat(Files.getPosixFilePermissions(data.resolve(EmbeddedPostgresStarter.WACHTWOORD)))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aKeptDirectoryThatTrustedEveryConnectionGetsAPasswordOnceAndKeepsItsData() throws Exception {
        Path data = map.resolve("oud-" + System.nanoTime());
        // As the app made a kept directory before it set passwords: initdb with trust for everyone.
        try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres oud = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false).setDataDirectory(data).setCleanDataDirectory(false).start();
                Connection c = oud.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table bewaard (n int)");
            s.execute("insert into bewaard values (7)");
        }
        assertThat(data.resolve(EmbeddedPostgresStarter.WACHTWOORD)).doesNotExist();
        try (PostgresServer server = EmbeddedPostgresStarter.startIn(data)) {
            RunningPostgres pg = new RunningPostgres(server, null, EmbeddedPostgresStarter.leesWachtwoord(data));
            vraagtWachtwoord(pg);
            assertThat(getal(pg, "select n from bewaard")).isEqualTo(7);
        }
    }

    /** No connection without the password, none over another address than loopback, none trusted in pg_hba.conf. */
    private static void vraagtWachtwoord(RunningPostgres pg) throws SQLException {
        String url = pg.server().getJdbcUrl("postgres", "postgres");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", null).close())
                .as("zonder wachtwoord").isInstanceOf(SQLException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", "fout").close())
                .as("met een fout wachtwoord").isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", pg.wachtwoord()); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            try (ResultSet rs = s.executeQuery("show listen_addresses")) {
                rs.next();
                assertThat(rs.getString(1)).isIn("localhost", "127.0.0.1");
            }
        }
    }

    @Test
    void aCopyLeftByAKilledJvmGoesWithItsServerWhileLiveCopiesStay() throws Exception {
        Path tijdelijk = Files.createDirectories(map.resolve("tmp"));
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + tijdelijk,
                KopieInAndereJvm.class.getName(), sjabloon.toString())
                .redirectErrorStream(true).start();
        Path kopie;
        try (var uitvoer = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            String regel;
            do {
                regel = uitvoer.readLine();
            } while (regel != null && !regel.startsWith("kopie "));
            assertThat(regel).as("de andere JVM startte PostgreSQL op een kopie").isNotNull();
            kopie = Path.of(regel.substring("kopie ".length()));
            jvm.destroyForcibly().waitFor();
        }
        long postgres = Long.parseLong(Files.readAllLines(kopie.resolve("postmaster.pid")).getFirst().trim());
        assertThat(ProcessHandle.of(postgres).filter(ProcessHandle::isAlive)).as("PostgreSQL draait door na kill -9").isPresent();
        Path levend = Files.createDirectories(tijdelijk.resolve("epg-van-een-levende-jvm"));
        Files.writeString(levend.resolve(EmbeddedPostgresStarter.EIGENAAR), EmbeddedPostgresStarter.eigenaar(ProcessHandle.current()));
        Path vreemd = Files.createDirectories(tijdelijk.resolve("epg-van-initdb"));

        assertThat(EmbeddedPostgresStarter.ruimAchtergelatenKopieenOp(tijdelijk)).containsExactly(kopie);

        assertThat(kopie).doesNotExist();
        // Stopped; a zombie until init collects it (its parent, the killed JVM, is gone) counts as stopped.
        assertThat(PostgresProcessen.leeft(postgres)).isFalse();
        assertThat(levend).exists();
        assertThat(vreemd).exists();
    }

    @Test
    void theDemoCitysTemplateIsTheStoppedCopyOfAStartWithWhatThatStartWroteAndAStartUsesItOnlyWhenItFits() throws Exception {
        Path demostad = map.resolve("pg-demostad");
        Path kopie;
        try (RunningPostgres pg = EmbeddedPostgresStarter.startTemporaryFrom(sjabloon)) {
            kopie = pg.copy();
            voerUit(pg, "insert into demo.demo_stand (seed, aantal_huishoudens) values (42, 7)");
            pg.bewaarAlsDemostad(demostad, "vingerafdruk-a");
        }
        assertThat(kopie).doesNotExist();
        assertThat(demostad.resolve(EmbeddedPostgresStarter.EIGENAAR)).doesNotExist();
        assertThat(DemostadSjabloon.passend(demostad, "vingerafdruk-a")).contains(demostad);
        assertThat(DemostadSjabloon.passend(demostad, "vingerafdruk-b")).isEmpty();
        assertThat(DemostadSjabloon.passend(demostad, null)).isEmpty();
        assertThat(DemostadSjabloon.passend(sjabloon, "vingerafdruk-a")).as("the plain template holds no city").isEmpty();

        try (RunningPostgres pg = EmbeddedPostgresStarter.startTemporaryFromTemplate("vingerafdruk-a", demostad.toString(), sjabloon.toString())) {
            assertThat(getal(pg, "select aantal_huishoudens from demo.demo_stand where seed = 42")).isEqualTo(7);
            vraagtWachtwoord(pg);
        }
        try (RunningPostgres pg = EmbeddedPostgresStarter.startTemporaryFromTemplate("vingerafdruk-b", demostad.toString(), sjabloon.toString())) {
            assertThat(getal(pg, "select count(*) from demo.demo_stand")).as("another city: seeded from scratch").isZero();
        }
        // Written last: a template without its fingerprint was interrupted while being made.
        Files.delete(demostad.resolve(DemostadSjabloon.STEMPEL));
        assertThat(DemostadSjabloon.passend(demostad, "vingerafdruk-a")).isEmpty();
    }

    @Test
    void theDemoCitysFingerprintChangesWithTheSeedTheNumberOfHouseholdsAndEitherKeyAndIsAbsentOutsideDemoMode() {
        java.util.function.Function<java.util.Map<String, Object>, java.util.Optional<String>> vingerafdruk = waarden -> {
            var omgeving = new org.springframework.core.env.StandardEnvironment();
            omgeving.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("test", waarden));
            return DemostadSjabloon.vingerafdruk(omgeving);
        };
        var basis = java.util.Map.<String, Object>of("maatwerk.demo", "true", "maatwerk.demo-data.seed", "1", "maatwerk.demo-data.huishoudens",
                "2000", "maatwerk.pseudoniem-sleutel", "p", "maatwerk.logboek.sleutel", "l");
        String a = vingerafdruk.apply(basis).orElseThrow();
        assertThat(vingerafdruk.apply(basis)).contains(a);
        for (var wijziging : java.util.Map.of("maatwerk.demo-data.seed", "2", "maatwerk.demo-data.huishoudens", "2001",
                "maatwerk.pseudoniem-sleutel", "q", "maatwerk.logboek.sleutel", "m").entrySet()) {
            var anders = new java.util.HashMap<>(basis);
            anders.put(wijziging.getKey(), wijziging.getValue());
            assertThat(vingerafdruk.apply(anders).orElseThrow()).as(wijziging.getKey()).isNotEqualTo(a);
        }
        var zonderDemo = new java.util.HashMap<>(basis);
        zonderDemo.put("maatwerk.demo", "false");
        assertThat(vingerafdruk.apply(zonderDemo)).isEmpty();
        assertThat(a).hasSize(64);
    }


    private static long getal(RunningPostgres pg, String sql) throws SQLException {
        try (Connection c = pg.verbinding(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void voerUit(RunningPostgres pg, String sql) throws SQLException {
        try (Connection c = pg.verbinding(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
