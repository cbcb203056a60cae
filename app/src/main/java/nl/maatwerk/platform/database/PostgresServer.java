package nl.maatwerk.platform.database;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.sql.DataSource;
import nl.maatwerk.platform.Klok;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL server that the app runs itself, from the programs of {@link PostgresBinaries}: a child process of the
 * app's JVM in a session of its own (Ctrl-C in a terminal reaches the app, which then stops PostgreSQL last), with
 * exactly the settings of its {@link Modus} on the command line, its log in the app's log, and a stop that is a fast
 * shutdown (SIGINT). With a {@link Bewaker} it is supervised: when it dies, it is started again on the same data
 * directory and port (docs/adr/0002-ingebouwde-postgresql.md, "Bewaking").
 */
public final class PostgresServer implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);

    /** PostgreSQL's own log lines, as the server writes them, in the app's log. */
    static final Logger POSTGRESQL = LoggerFactory.getLogger("nl.maatwerk.platform.database.PostgreSQL");

    static final String PID_FILE = "postmaster.pid";
    static final String LOCK_FILE = "epg-lock";

    private static final Duration STARTEN = Duration.ofSeconds(30);
    private static final Duration HERSTART_HOOGUIT_WACHTEN = Duration.ofSeconds(5);
    private static final String SETSID = Files.isExecutable(Path.of("/usr/bin/setsid")) ? "/usr/bin/setsid"
            : Files.isExecutable(Path.of("/bin/setsid")) ? "/bin/setsid" : null;

    /** How the server treats what it writes; on its command line as {@code -c} settings, nothing else (no {@code -F}). */
    public enum Modus {
        /** Kept data (MAATWERK_DATA_DIR): a commit is on disk before it is confirmed; a crash of the machine loses nothing confirmed. */
        DUURZAAM("duurzaam (fsync, synchronous_commit en full_page_writes aan)",
                "fsync=on", "synchronous_commit=on", "full_page_writes=on"),
        /** The temporary (demo) database: it goes when the app stops anyway, so no commit waits for the disk. */
        SNEL("snel (fsync en synchronous_commit uit: de gegevens verdwijnen bij het stoppen)",
                "fsync=off", "synchronous_commit=off");

        private final String omschrijving;
        private final List<String> instellingen;

        Modus(String omschrijving, String... instellingen) {
            this.omschrijving = omschrijving;
            this.instellingen = List.of(instellingen);
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /** What supervision tells the app (platform.database.EmbeddedDatabaseConfiguration). */
    public interface Bewaker {

        /** The server died; the app starts it again. */
        void uitgevallen(String reden);

        /** It runs again, on the same data and port. */
        void hersteld();

        /** It cannot come back (its data directory is gone); the app had best stop, so a supervisor can start it anew. */
        void opgegeven(String reden);
    }

    private final Path data;
    private final int poort;
    private final Modus modus;
    private final boolean verwijderBijStop;
    private final List<String> opdracht;
    private final FileChannel slotbestand;
    private final FileLock slot;
    private final Deque<String> laatsteRegels = new ArrayDeque<>();
    private final Object starten = new Object();
    private volatile String wachtwoord;
    private volatile Process proces;
    private volatile boolean gestopt;
    private volatile Bewaker bewaker;
    private volatile long schijfVolGemeld;

    private PostgresServer(Path data, int poort, Modus modus, String wachtwoord, boolean verwijderBijStop, FileChannel slotbestand,
            FileLock slot) {
        this.data = data;
        this.poort = poort;
        this.modus = modus;
        this.wachtwoord = wachtwoord;
        this.verwijderBijStop = verwijderBijStop;
        this.slotbestand = slotbestand;
        this.slot = slot;
        List<String> o = new ArrayList<>();
        if (SETSID != null) {
            o.add(SETSID);
        }
        o.addAll(PostgresBinaries.opdracht("postgres"));
        o.addAll(List.of("-D", data.toString(), "-p", Integer.toString(poort)));
        for (String instelling : modus.instellingen) {
            o.addAll(List.of("-c", instelling));
        }
        o.addAll(List.of("-c", "max_connections=100", "-c", "timezone=" + Klok.ZONE.getId(),
                // The app's log has its own time stamp; the pid tells which server process speaks.
                "-c", "log_line_prefix=[%p] ",
                // The log goes into the app's log: no statement text and no DETAIL lines, which can carry the values of a row.
                "-c", "log_min_error_statement=panic", "-c", "log_error_verbosity=terse"));
        this.opdracht = List.copyOf(o);
    }

    /**
     * Starts a server on a data directory that initdb made ({@link #initdb}), on a free port. First it makes sure no
     * other Maatwerk uses the directory, and that nothing of an earlier server still runs on it
     * ({@link PostgresProcessen#herstelNaCrash}).
     *
     * @param wachtwoord the password of the superuser {@code postgres}; null for an old cluster that trusts every connection
     * @param verwijderBijStop whether the directory goes when the server stops (a temporary database)
     */
    static PostgresServer start(Path data, Modus modus, String wachtwoord, boolean verwijderBijStop) {
        Path map = data.toAbsolutePath().normalize();
        FileChannel kanaal = null;
        FileLock slot;
        try {
            kanaal = FileChannel.open(map.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            slot = kanaal.tryLock();
        } catch (OverlappingFileLockException e) {
            slot = null;
        } catch (IOException e) {
            sluit(kanaal);
            throw new DatabaseStartFout(DatabaseStartFout.nietBeschrijfbaar(map, e.getMessage()), e);
        }
        if (slot == null) {
            sluit(kanaal);
            throw new DatabaseStartFout("De datamap " + map + " is in gebruik door een andere Maatwerk. Stop die eerst of kies een "
                    + "andere MAATWERK_DATA_DIR.");
        }
        PostgresServer server = null;
        try {
            PostgresProcessen.herstelNaCrash(map);
            for (int poging = 1; ; poging++) {
                server = new PostgresServer(map, vrijePoort(), modus, wachtwoord, verwijderBijStop, kanaal, slot);
                try {
                    server.startProces();
                    break;
                } catch (DatabaseStartFout e) {
                    // The socket file of this port is taken after all (a server that started in between): another port.
                    if (poging == 5 || !e.getMessage().contains(".s.PGSQL.")) {
                        throw e;
                    }
                    LOG.info("Poort {} is bezet voor de socket van PostgreSQL; een andere poort", server.poort);
                }
            }
            LOG.info("Ingebouwde PostgreSQL gestart op poort {} in {}, {}", server.poort, map, modus.omschrijving);
            return server;
        } catch (RuntimeException | Error e) {
            if (server != null) {
                server.gestopt = true;
            }
            laatLos(kanaal, slot);
            throw e;
        }
    }

    /**
     * initdb in {@code data} (missing or empty): SCRAM for every connection, over TCP and the socket alike, and
     * {@code wachtwoord} as the password of the superuser {@code postgres}, given to initdb in a file only the app's user
     * can read, which goes as soon as initdb is done.
     */
    static void initdb(Path data, String wachtwoord, String... extra) {
        Path map = data.toAbsolutePath().normalize();
        Path bestand = null;
        try {
            bestand = Files.createTempFile("maatwerk-pg", ".txt", java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(bestand, wachtwoord + "\n", StandardCharsets.UTF_8);
            List<String> o = new ArrayList<>(PostgresBinaries.opdracht("initdb"));
            o.addAll(List.of("-A", "scram-sha-256", "-U", "postgres", "-D", map.toString(), "-E", "UTF8", "--pwfile=" + bestand));
            o.addAll(List.of(extra));
            long begin = System.nanoTime();
            Process initdb = new ProcessBuilder(o).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            List<String> uitvoer = new ArrayList<>();
            try (BufferedReader lezer = new BufferedReader(new InputStreamReader(initdb.getInputStream(), StandardCharsets.UTF_8))) {
                for (String regel; (regel = lezer.readLine()) != null; ) {
                    uitvoer.add(regel);
                    LOG.debug("initdb: {}", regel);
                }
            }
            if (initdb.waitFor() != 0) {
                throw new DatabaseStartFout(DatabaseStartFout.reden(map, -1, uitvoer, "initdb kon geen database maken"));
            }
            LOG.info("Nieuwe PostgreSQL-database gemaakt in {} ({} ms)", map, (System.nanoTime() - begin) / 1_000_000);
        } catch (IOException e) {
            throw new DatabaseStartFout(DatabaseStartFout.nietBeschrijfbaar(map, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseStartFout("Onderbroken tijdens initdb in " + map, e);
        } finally {
            if (bestand != null) {
                try {
                    Files.deleteIfExists(bestand);
                } catch (IOException e) {
                    LOG.warn("Tijdelijk wachtwoordbestand {} verwijderen lukte niet: {}", bestand, e.getMessage());
                }
            }
        }
    }

    public int getPort() {
        return poort;
    }

    /** The same form as the zonky library's, so the pool's URL and every test that reads it stay as they were. */
    public String getJdbcUrl(String gebruiker, String database) {
        return "jdbc:postgresql://localhost:" + poort + "/" + database + "?user=" + gebruiker;
    }

    /** Database postgres as the superuser, with the server's current password. */
    public DataSource getPostgresDatabase() {
        PGSimpleDataSource bron = new PGSimpleDataSource();
        bron.setServerNames(new String[] {"localhost"});
        bron.setPortNumbers(new int[] {poort});
        bron.setDatabaseName("postgres");
        bron.setUser("postgres");
        bron.setPassword(wachtwoord);
        return bron;
    }

    public Path dataDirectory() {
        return data;
    }

    public Modus modus() {
        return modus;
    }

    /** The process id of the running server (the postmaster), or -1 while it is down. */
    public long pid() {
        Process p = proces;
        return p != null && p.isAlive() ? p.pid() : -1;
    }

    void wachtwoord(String nieuw) {
        this.wachtwoord = nieuw;
    }

    /** From now on, a server that dies is started again; {@code bewaker} hears about it. */
    void bewaak(Bewaker bewaker) {
        this.bewaker = bewaker;
        Process p = proces;
        if (p != null && !p.isAlive()) {
            naEinde(p);
        }
    }

    /**
     * Stops the server with a fast shutdown (SIGINT: open transactions roll back, clients are disconnected, a checkpoint is
     * written), and only when that takes too long an immediate one, then kill. Releases the directory.
     */
    @Override
    public void close() {
        Process p;
        synchronized (starten) {
            if (gestopt) {
                return;
            }
            gestopt = true;
            p = proces;
        }
        long begin = System.nanoTime();
        if (p != null && p.isAlive()) {
            PostgresProcessen.stop(p.toHandle());
            LOG.info("Ingebouwde PostgreSQL op poort {} gestopt in {} ms", poort, (System.nanoTime() - begin) / 1_000_000);
        }
        laatLos(slotbestand, slot);
        if (verwijderBijStop) {
            try {
                DataDirectories.delete(data);
            } catch (IOException e) {
                LOG.warn("De tijdelijke datamap {} verwijderen lukte niet: {}", data, e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[poort=" + poort + ", data=" + data + ", " + modus + "]";
    }

    private void startProces() {
        synchronized (starten) {
            if (gestopt) {
                throw new DatabaseStartFout("De ingebouwde PostgreSQL op " + data + " is al gestopt");
            }
            // An earlier server's processes may hold its shared memory a moment after it died: PostgreSQL then refuses to start.
            long tot = System.nanoTime() + STARTEN.toNanos();
            while (true) {
                try {
                    proces = spawn();
                    return;
                } catch (DatabaseStartFout e) {
                    if (!e.getMessage().contains("shared memory") || System.nanoTime() > tot) {
                        throw e;
                    }
                    slaap(Duration.ofMillis(100));
                }
            }
        }
    }

    private Process spawn() {
        synchronized (laatsteRegels) {
            laatsteRegels.clear();
        }
        Process p;
        try {
            p = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new DatabaseStartFout("De ingebouwde PostgreSQL kon niet starten in " + data + ": " + e.getMessage(), e);
        }
        Thread lezer = new Thread(() -> leesLog(p), "postgresql-" + p.pid());
        lezer.setDaemon(true);
        lezer.start();
        long tot = System.nanoTime() + STARTEN.toNanos();
        while (!klaar(p)) {
            if (!p.isAlive()) {
                try {
                    // What the server said last, before its output is read to the end.
                    lezer.join(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new DatabaseStartFout(DatabaseStartFout.reden(data, poort, laatsteRegels(), "PostgreSQL stopte tijdens het starten"));
            }
            if (System.nanoTime() > tot) {
                PostgresProcessen.stop(p.toHandle());
                throw new DatabaseStartFout("De ingebouwde PostgreSQL in " + data + " was na " + STARTEN.toSeconds()
                        + " s nog niet klaar: " + DatabaseStartFout.laatste(laatsteRegels()));
            }
            slaap(Duration.ofMillis(10));
        }
        p.onExit().thenRun(() -> naEinde(p));
        return p;
    }

    /** Ready as pg_ctl sees it: the server's pid file names this process and says "ready". */
    private boolean klaar(Process p) {
        try {
            List<String> regels = Files.readAllLines(data.resolve(PID_FILE), StandardCharsets.UTF_8);
            return regels.size() >= 8 && regels.get(0).trim().equals(Long.toString(p.pid())) && regels.get(7).trim().equals("ready");
        } catch (IOException e) {
            return false;
        }
    }

    private void leesLog(Process p) {
        try (BufferedReader lezer = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String regel; (regel = lezer.readLine()) != null; ) {
                synchronized (laatsteRegels) {
                    laatsteRegels.addLast(regel);
                    if (laatsteRegels.size() > 40) {
                        laatsteRegels.removeFirst();
                    }
                }
                log(regel);
            }
        } catch (IOException e) {
            LOG.debug("Het log van PostgreSQL lezen stopte: {}", e.getMessage());
        }
    }

    private void log(String regel) {
        if (regel.contains("PANIC:")) {
            POSTGRESQL.error(regel);
        } else if ((regel.contains("FATAL:") && !regel.contains("the database system is starting up")
                && !regel.contains("the database system is shutting down") && !regel.contains("terminating connection due to administrator"))
                || regel.contains("WARNING:")) {
            POSTGRESQL.warn(regel);
        } else {
            // LOG lines, and ERROR: one statement failed, which the app answers itself (a conflict, a constraint).
            POSTGRESQL.info(regel);
        }
        if (regel.contains("No space left on device") && System.nanoTime() - schijfVolGemeld > Duration.ofMinutes(1).toNanos()) {
            schijfVolGemeld = System.nanoTime();
            LOG.warn("De schijf van de datamap {} is vol: PostgreSQL kan niet schrijven en weigert wat moet worden opgeslagen. "
                    + "Maak ruimte vrij; daarna gaat de app vanzelf verder.", data);
        }
    }

    private List<String> laatsteRegels() {
        synchronized (laatsteRegels) {
            return List.copyOf(laatsteRegels);
        }
    }

    /** The server's process ended. Unless the app stopped it, that is a failure: supervision starts it again. */
    private void naEinde(Process p) {
        if (gestopt || p != proces) {
            return;
        }
        Bewaker b = bewaker;
        String reden = "proces " + p.pid() + ", " + einde(p.exitValue()) + ": " + DatabaseStartFout.laatste(laatsteRegels());
        if (b == null) {
            LOG.warn("De ingebouwde PostgreSQL op poort {} is onverwacht gestopt ({})", poort, reden);
            return;
        }
        LOG.warn("De ingebouwde PostgreSQL op poort {} is onverwacht gestopt ({}); de app start hem opnieuw op {}", poort, reden, data);
        b.uitgevallen(reden);
        Thread herstarter = new Thread(() -> herstart(b), "postgres-herstart");
        herstarter.setDaemon(true);
        herstarter.start();
    }

    /**
     * Starts the server again on the same directory and port (the pool's address stays valid), until it runs or the app
     * stops it; after each failure it waits twice as long as before, at most {@link #HERSTART_HOOGUIT_WACHTEN}. A full disk
     * or a port someone else took is therefore waited out. A directory that is gone is given up.
     */
    private void herstart(Bewaker b) {
        long begin = System.nanoTime();
        Duration wacht = Duration.ofMillis(200);
        String gemeld = null;
        long gemeldOp = 0;
        for (int poging = 1; !gestopt; poging++) {
            slaap(wacht);
            if (gestopt) {
                return;
            }
            if (!Files.isRegularFile(data.resolve("PG_VERSION"))) {
                b.opgegeven("de datamap " + data + " bestaat niet meer of is geen PostgreSQL-datamap");
                return;
            }
            try {
                synchronized (starten) {
                    if (gestopt) {
                        return;
                    }
                    PostgresProcessen.herstelNaCrash(data);
                    startProces();
                }
                LOG.info("Ingebouwde PostgreSQL opnieuw gestart op poort {} (proces {}) na {} ms en {} poging(en)", poort, pid(),
                        (System.nanoTime() - begin) / 1_000_000, poging);
                b.hersteld();
                return;
            } catch (DatabaseStartFout e) {
                wacht = wacht.multipliedBy(2).compareTo(HERSTART_HOOGUIT_WACHTEN) > 0 ? HERSTART_HOOGUIT_WACHTEN : wacht.multipliedBy(2);
                if (!e.getMessage().equals(gemeld) || System.nanoTime() - gemeldOp > Duration.ofMinutes(1).toNanos()) {
                    LOG.warn("PostgreSQL opnieuw starten lukt nog niet (poging {}): {} De app probeert het steeds opnieuw, "
                            + "elke {} s.", poging, e.getMessage(), Math.max(1, wacht.toSeconds()));
                    gemeld = e.getMessage();
                    gemeldOp = System.nanoTime();
                }
            } catch (RuntimeException e) {
                LOG.warn("PostgreSQL opnieuw starten lukt nog niet (poging {}): {}", poging, e.toString());
            }
        }
    }

    private static String einde(int code) {
        return code > 128 ? "signaal " + (code - 128) : "exitcode " + code;
    }

    /**
     * A free TCP port whose socket file in {@code /tmp} is free too. PostgreSQL takes both, and refuses a port whose lock
     * file names a living process: one left by a server killed outright whose number a new process got since.
     */
    static int vrijePoort() {
        return vrijePoort(PostgresServer::vrijeTcpPoort);
    }

    /** As {@link #vrijePoort()}, with the TCP ports to try given. */
    static int vrijePoort(java.util.function.IntSupplier tcpPoorten) {
        for (int poging = 1; ; poging++) {
            int poort = tcpPoorten.getAsInt();
            if (poging == 20 || !Files.exists(socketSlot(poort))) {
                return poort;
            }
        }
    }

    private static int vrijeTcpPoort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new DatabaseStartFout("Geen vrije poort voor de ingebouwde PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** The lock file of PostgreSQL's socket for this port (in /tmp, the default of unix_socket_directories). */
    static Path socketSlot(int poort) {
        return Path.of("/tmp", ".s.PGSQL." + poort + ".lock");
    }

    private static void laatLos(FileChannel kanaal, FileLock slot) {
        try {
            if (slot != null && slot.isValid()) {
                slot.release();
            }
        } catch (IOException e) {
            LOG.debug("Slot vrijgeven: {}", e.getMessage());
        }
        sluit(kanaal);
    }

    private static void sluit(FileChannel kanaal) {
        if (kanaal != null) {
            try {
                kanaal.close();
            } catch (IOException e) {
                LOG.debug("Slotbestand sluiten: {}", e.getMessage());
            }
        }
    }

    private static void slaap(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseStartFout("Onderbroken tijdens het wachten op PostgreSQL", e);
        }
    }


}
