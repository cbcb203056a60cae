package nl.maatwerk.platform.database;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts PostgreSQL 17 from the binaries on the class path ({@link PostgresServer}), either in a throw-away directory
 * (fast: fsync off) or in a kept data directory (durable). What a crash left on a kept directory (a server still running,
 * a pid file) is cleared first, so that one command always brings the app back up.
 */
public final class EmbeddedPostgresStarter {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);

    /**
     * In every data directory the app makes: the password of the superuser {@code postgres}, readable by the
     * app's own user only (as the data directory itself). The server asks every connection for it (SCRAM),
     * over the socket too, so another user on the machine cannot walk in as superuser.
     */
    static final String WACHTWOORD = "maatwerk-wachtwoord";

    private static final java.security.SecureRandom TOEVAL = new java.security.SecureRandom();

    /** In a copy of the template: the JVM that runs PostgreSQL on it (see {@link #ruimAchtergelatenKopieenOp}). */
    static final String EIGENAAR = "maatwerk-eigenaar";

    /** Where {@code package} leaves a migrated data directory to copy instead of running initdb (see {@link DatabaseSjabloon}). */
    public static final String SJABLOON_PROPERTY = "maatwerk.pg-sjabloon";

    /** A server started by {@link #startEarly} that no data source has taken yet. */
    private static volatile Early early;

    private record Early(String dataDir, CompletableFuture<RunningPostgres> server) {
    }

    /**
     * A started server, the password of its superuser {@code postgres}, and, when it runs on a copy of the
     * template, the copy: it goes when the server stops, as a temporary directory of initdb's would.
     */
    public record RunningPostgres(PostgresServer server, Path copy, String wachtwoord, AtomicReference<Bewaren> bewaren, Path sjabloon)
            implements Closeable {

        public RunningPostgres(PostgresServer server, Path copy, String wachtwoord) {
            this(server, copy, wachtwoord, null);
        }

        RunningPostgres(PostgresServer server, Path copy, String wachtwoord, Path sjabloon) {
            this(server, copy, wachtwoord, new AtomicReference<>(), sjabloon);
        }

        /**
         * Whether this server runs on a fresh copy of a template that {@code package} made together with this very jar: the
         * start with the AOT cache got the template from {@code AotStart}, which checked that the build's directory belongs to
         * this jar. Such a copy holds exactly the jar's migrations, so Flyway has nothing to check (see
         * {@code EmbeddedDatabaseConfiguration#migraties}).
         */
        public boolean vanSjabloonVanDezeBuild() {
            return vanSjabloonVanDezeBuild(System.getProperties());
        }

        /** As {@link #vanSjabloonVanDezeBuild()}, with the JVM's system properties given. */
        boolean vanSjabloonVanDezeBuild(java.util.Properties jvm) {
            if (copy == null || sjabloon == null || !"kind".equals(jvm.getProperty("maatwerk.aot"))) {
                return false;
            }
            String pad = sjabloon.toString();
            return pad.equals(jvm.getProperty(SJABLOON_PROPERTY)) || pad.equals(jvm.getProperty(DemostadSjabloon.PROPERTY));
        }

        /** A connection to database postgres as the superuser. */
        public java.sql.Connection verbinding() throws java.sql.SQLException {
            return java.sql.DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"), "postgres", wachtwoord);
        }

        /**
         * For the build's run that makes the demo city's template ({@link DemostadSjabloon}): when the server
         * stops, its copy becomes the template at {@code doel} instead of going.
         */
        public void bewaarAlsDemostad(Path doel, String vingerafdruk) {
            if (copy == null) {
                throw new IllegalStateException("Alleen een kopie van het sjabloon kan het sjabloon van de demostad worden");
            }
            bewaren.set(new Bewaren(doel, vingerafdruk));
        }

        @Override
        public String toString() {
            return "RunningPostgres[poort=" + server.getPort() + ", kopie=" + copy + "]";
        }

        @Override
        public void close() throws IOException {
            server.close();
            Bewaren b = bewaren.get();
            if (copy != null && b != null) {
                DemostadSjabloon.maakAf(copy, b.doel(), b.vingerafdruk());
                LOG.info("Sjabloon van de demostad gemaakt in {}", b.doel());
            } else if (copy != null) {
                DataDirectories.delete(copy);
            }
        }
    }

    /** Where the copy goes when the server stops, and the fingerprint of the demo city it holds. */
    public record Bewaren(Path doel, String vingerafdruk) {
    }

    private EmbeddedPostgresStarter() {
    }

    /**
     * Starts PostgreSQL on a background thread while Spring builds its context (initdb and start
     * take over a second that would otherwise be spent waiting). {@link #take} hands the server to
     * the data source; a server nobody takes is stopped when the JVM exits.
     *
     * @param dataDir the kept data directory, or blank for a temporary one
     */
    public static void startEarly(String dataDir) {
        startEarly(dataDir, null);
    }

    /**
     * As {@link #startEarly(String)}; {@code demostad} is the fingerprint of the demo city this start will seed
     * (null outside demo mode), so a temporary database can start from the demo city's template when it fits.
     */
    public static void startEarly(String dataDir, String demostad) {
        String dir = dataDir == null ? "" : dataDir.trim();
        CompletableFuture<RunningPostgres> server = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                server.complete(start(dir, demostad));
            } catch (Throwable e) {
                server.completeExceptionally(e);
            }
        }, "postgres-start");
        starter.setDaemon(true);
        early = new Early(dir, server);
        starter.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Early unclaimed = early;
            if (unclaimed != null && unclaimed.server() == server) {
                server.thenAccept(EmbeddedPostgresStarter::closeQuietly);
            }
        }, "postgres-stop-unclaimed"));
    }

    /**
     * The early server if it was started for this data directory (waiting for it), otherwise a
     * new one started now. A failed early start is reported with its own cause.
     */
    public static RunningPostgres take(String dataDir) throws IOException {
        String dir = dataDir == null ? "" : dataDir.trim();
        Early claimed = early;
        early = null;
        if (claimed != null) {
            if (Objects.equals(claimed.dataDir(), dir)) {
                try {
                    return claimed.server().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Onderbroken tijdens het wachten op de ingebouwde PostgreSQL", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof DatabaseStartFout fout) {
                        // Its own sentence names the directory and what to do; wrapped, it would lose that.
                        throw fout;
                    }
                    throw new DatabaseStartFout("De ingebouwde PostgreSQL kon niet starten ("
                            + (dir.isEmpty() ? "tijdelijke map" : dir) + "): " + e.getCause().getMessage(), e.getCause());
                }
            }
            // Configured differently after all (say a data dir given as a program argument): drop it.
            claimed.server().thenAccept(EmbeddedPostgresStarter::closeQuietly);
        }
        return start(dir, null);
    }

    private static RunningPostgres start(String dir, String demostad) throws IOException {
        if (dir.isEmpty()) {
            return startTemporaryFromTemplate(demostad);
        }
        PostgresServer server = startIn(Path.of(dir));
        return new RunningPostgres(server, null, leesWachtwoord(server.dataDirectory()));
    }

    private static void closeQuietly(RunningPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Ingebouwde PostgreSQL stoppen mislukte: {}", e.getMessage());
        }
    }

    /**
     * Before Spring reads its configuration (the start with the AOT cache, {@code nl.maatwerk.Opstart}): begins copying the
     * demo city's template that this JVM was given, so the copy is ready when the configuration asks for it. Nothing
     * is decided here: a start that turns out to want another database leaves the copy, and it goes.
     */
    public static void kopieerVooraf() {
        String demo = System.getProperty(DemostadSjabloon.PROPERTY, "");
        if (!demo.isBlank() && DatabaseSjabloon.isComplete(Path.of(demo))) {
            VoorafKopie.begin(Path.of(demo));
        }
    }

    /** Starts in a fresh temporary directory that is removed on close. */
    public static RunningPostgres startTemporary() throws IOException {
        String wachtwoord = nieuwWachtwoord();
        // The same place and prefix as a copy of the template, so one left by a JVM killed outright goes at a later start too.
        Path data = Files.createTempDirectory("epg");
        PostgresServer.initdb(data, wachtwoord);
        schrijfWachtwoord(data, wachtwoord);
        Files.writeString(data.resolve(EIGENAAR), eigenaar(ProcessHandle.current()), StandardCharsets.UTF_8);
        return new RunningPostgres(PostgresServer.start(data, PostgresServer.Modus.SNEL, wachtwoord, true), null, wachtwoord);
    }

    /**
     * Starts in a fresh temporary directory: a copy of the migrated template when {@code package}
     * made one (a copy takes a tenth of initdb's two seconds, and Flyway then finds nothing to do),
     * otherwise a new cluster from initdb.
     */
    static RunningPostgres startTemporaryFromTemplate(String demostad) throws IOException {
        return startTemporaryFromTemplate(demostad, System.getProperty(DemostadSjabloon.PROPERTY, ""),
                System.getProperty(SJABLOON_PROPERTY, ""));
    }

    /** As {@link #startTemporaryFromTemplate(String)}, with the two templates' directories given ("" for none). */
    static RunningPostgres startTemporaryFromTemplate(String demostad, String demo, String template) throws IOException {
        if (!demo.isBlank() && demostad != null) {
            Optional<Path> passend = DemostadSjabloon.passend(Path.of(demo), demostad);
            if (passend.isPresent()) {
                return startTemporaryFrom(passend.get());
            }
            LOG.info("Het sjabloon van de demostad past niet bij deze instellingen (seed, aantal huishoudens of sleutels): "
                    + "de hele demostad wordt gevuld");
        }
        return startTemporaryFrom(template.isBlank() ? null : Path.of(template));
    }

    /** As {@link #startTemporaryFromTemplate(String)}, with the template given; null or an incomplete one means initdb. */
    static RunningPostgres startTemporaryFrom(Path template) throws IOException {
        if (template != null && DatabaseSjabloon.isComplete(template)) {
            long begin = System.nanoTime();
            Path vooraf = VoorafKopie.neem(template).orElse(null);
            Path copy = vooraf != null ? vooraf : VoorafKopie.maak(template);
            String sjabloonwachtwoord = leesWachtwoord(copy);
            Path tijdelijk = copy.getParent();
            Thread opruimer = new Thread(() -> ruimAchtergelatenKopieenOp(tijdelijk), "postgres-opruimen");
            opruimer.setDaemon(true);
            opruimer.start();
            long copied = System.nanoTime();
            PostgresServer server = PostgresServer.start(copy, PostgresServer.Modus.SNEL, sjabloonwachtwoord, false);
            // Every copy its own password: the template's is known to whoever can read the build's directory.
            String wachtwoord = nieuwWachtwoord();
            zetWachtwoord(server, sjabloonwachtwoord, wachtwoord);
            server.wachtwoord(wachtwoord);
            schrijfWachtwoord(copy, wachtwoord);
            LOG.info("Ingebouwde PostgreSQL gestart uit het sjabloon {} ({} {} ms, starten {} ms)", template,
                    vooraf != null ? "kopie vooraf gemaakt, gewacht" : "kopiëren", (copied - begin) / 1_000_000,
                    (System.nanoTime() - copied) / 1_000_000);
            return new RunningPostgres(server, copy, wachtwoord, template);
        }
        return startTemporary();
    }

    /**
     * Copies of the template whose JVM is gone, in {@code tijdelijk}: a JVM killed outright (kill -9) leaves
     * its copy (about 40 MB) and a PostgreSQL that keeps running on it. That server is stopped and the
     * directory removed. A copy is recognised by {@link #EIGENAAR}, so initdb's directories and those of
     * other programs are left alone, and so is every copy whose JVM still runs.
     *
     * @return the directories removed
     */
    static List<Path> ruimAchtergelatenKopieenOp(Path tijdelijk) {
        List<Path> opgeruimd = new ArrayList<>();
        List<Path> kandidaten;
        try (Stream<Path> mappen = Files.list(tijdelijk)) {
            kandidaten = mappen.filter(m -> m.getFileName().toString().startsWith("epg")).toList();
        } catch (IOException e) {
            LOG.warn("Achtergebleven kopieën van het databasesjabloon zoeken in {} lukte niet: {}", tijdelijk, e.getMessage());
            return opgeruimd;
        }
        for (Path map : kandidaten) {
            try {
                Path eigenaar = map.resolve(EIGENAAR);
                if (!Files.isRegularFile(eigenaar) || leeft(Files.readString(eigenaar, StandardCharsets.UTF_8))) {
                    continue;
                }
                recoverFromCrash(map);
                DataDirectories.delete(map);
                opgeruimd.add(map);
                LOG.info("Achtergebleven kopie van het databasesjabloon opgeruimd: {}", map);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Achtergebleven kopie {} opruimen lukte niet: {}", map, e.getMessage());
            }
        }
        return opgeruimd;
    }

    /** A process by pid and start moment, so a pid the system gave out again does not count as the same JVM. */
    static String eigenaar(ProcessHandle proces) {
        return proces.pid() + " " + proces.info().startInstant().map(Object::toString).orElse("onbekend");
    }

    private static boolean leeft(String eigenaar) {
        String regel = eigenaar.trim();
        try {
            long pid = Long.parseLong(regel.split(" ", 2)[0]);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(EmbeddedPostgresStarter::eigenaar)
                    .filter(regel::equals).isPresent();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Starts on a kept data directory, durable ({@link PostgresServer.Modus#DUURZAAM}), creating it on first use. The
     * directory counts by its real path, so a relative MAATWERK_DATA_DIR and its absolute path are the same directory. A
     * directory made before the app set a password (every connection trusted) gets one now, once.
     */
    public static PostgresServer startIn(Path dataDir) throws IOException {
        Path data = echtePad(dataDir);
        boolean nieuw = !Files.exists(data.resolve("PG_VERSION"));
        boolean zonderWachtwoord = !nieuw && !Files.exists(data.resolve(WACHTWOORD));
        String wachtwoord = nieuw || zonderWachtwoord ? nieuwWachtwoord() : leesWachtwoord(data);
        if (nieuw) {
            PostgresServer.initdb(data, wachtwoord);
            schrijfWachtwoord(data, wachtwoord);
        }
        PostgresServer server = PostgresServer.start(data, PostgresServer.Modus.DUURZAAM, zonderWachtwoord ? null : wachtwoord, false);
        if (zonderWachtwoord) {
            LOG.warn("De datamap {} liet elke verbinding toe zonder wachtwoord; PostgreSQL krijgt er nu een.", data);
            zetWachtwoord(server, null, wachtwoord);
            schrijfWachtwoord(data, wachtwoord);
            vraagOveralWachtwoord(server, wachtwoord);
            server.close();
            return startIn(data);
        }
        return server;
    }

    /** The directory made if needed, as its real path; a directory that cannot be made or read is one clear sentence. */
    private static Path echtePad(Path dataDir) {
        Path absoluut = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absoluut);
            return absoluut.toRealPath();
        } catch (IOException e) {
            throw new DatabaseStartFout(DatabaseStartFout.waarom(absoluut, e), e);
        }
    }

    static String nieuwWachtwoord() {
        byte[] bytes = new byte[32];
        TOEVAL.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    static String leesWachtwoord(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve(WACHTWOORD), StandardCharsets.UTF_8).trim();
    }

    static void schrijfWachtwoord(Path dataDir, String wachtwoord) throws IOException {
        Path bestand = dataDir.resolve(WACHTWOORD);
        Files.deleteIfExists(bestand);
        Files.createFile(bestand, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(bestand, wachtwoord + "\n", StandardCharsets.UTF_8);
    }

    /** Gives {@code postgres} a new password, connecting with the old one (null: a cluster that trusts every connection). */
    static void zetWachtwoord(PostgresServer server, String oud, String nieuw) throws IOException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"), "postgres", oud);
                java.sql.Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            // SCRAM's 4,096 rounds slow down guessing a password a person chose. This one is 256 random bits, and every
            // connection of the pools pays the rounds on the client: at a start that is 20 connections' worth of PBKDF2.
            s.execute("set scram_iterations = 16");
            // Not a bind parameter: ALTER ROLE takes none. The password is hexadecimal, so quoting is safe.
            s.execute("alter role postgres password '" + nieuw + "'");
        } catch (java.sql.SQLException e) {
            throw new IOException("Het wachtwoord van de ingebouwde PostgreSQL zetten lukte niet: " + e.getMessage(), e);
        }
    }

    /** Rewrites pg_hba.conf so that every connection needs the password, and has the server read it again. */
    private static void vraagOveralWachtwoord(PostgresServer server, String wachtwoord) throws IOException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"), "postgres", wachtwoord);
                java.sql.Statement s = c.createStatement()) {
            Path hba;
            try (java.sql.ResultSet rs = s.executeQuery("show hba_file")) {
                rs.next();
                hba = Path.of(rs.getString(1));
            }
            List<String> regels = Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                    .map(r -> r.startsWith("#") ? r : r.replaceAll("\\btrust\\b", "scram-sha-256"))
                    .toList();
            Files.write(hba, regels, StandardCharsets.UTF_8);
            s.execute("select pg_reload_conf()");
        } catch (java.sql.SQLException e) {
            throw new IOException("De ingebouwde PostgreSQL om een wachtwoord laten vragen lukte niet: " + e.getMessage(), e);
        }
    }

    /**
     * After a crash of the JVM, PostgreSQL either died too (a stale pid file remains) or lives on as an orphan that
     * still owns the directory: see {@link PostgresProcessen#herstelNaCrash}.
     */
    static void recoverFromCrash(Path dataDir) throws IOException {
        PostgresProcessen.herstelNaCrash(dataDir.toAbsolutePath().normalize());
    }
}
