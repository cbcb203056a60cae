package nl.maatwerk.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's processes as the operating system sees them (Linux: {@code /proc}): which ones run on a data directory,
 * whether one is alive, and stopping one the way PostgreSQL wants: a fast shutdown (SIGINT) first.
 */
final class PostgresProcessen {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresProcessen.class);

    private static final Duration SNEL_STOPPEN = Duration.ofSeconds(10);
    private static final Duration DIRECT_STOPPEN = Duration.ofSeconds(5);

    private PostgresProcessen() {
    }

    /**
     * What an earlier run may have left on {@code data}: its server still running (the app was killed outright, kill -9),
     * or only its processes that serve connections (the server itself died), or only its pid file. A server is stopped
     * with a fast shutdown; server processes that outlived their server are stopped too, for PostgreSQL does not start
     * while they hold the old shared memory; a pid file is removed when nothing of it runs any more. Processes are
     * recognised by their working directory, which PostgreSQL sets to its data directory, compared as real paths (so a
     * relative MAATWERK_DATA_DIR is the same directory as its absolute path). Says what happened in one line.
     */
    static void herstelNaCrash(Path data) {
        Path pidFile = data.resolve(PostgresServer.PID_FILE);
        if (!Files.exists(pidFile)) {
            // A server that stopped cleanly removed it; one that crashed or still runs left it.
            return;
        }
        Optional<Long> postmaster = leesPid(pidFile);
        List<ProcessHandle> resten = postgresProcessen(data);
        if (resten.isEmpty()) {
            verwijder(pidFile);
            LOG.warn("Verouderd {} in {} verwijderd: de server van een vorige start (proces {}) draait niet meer.", PostgresServer.PID_FILE, data,
                    postmaster.map(String::valueOf).orElse("onbekend"));
            return;
        }
        long begin = System.nanoTime();
        Optional<ProcessHandle> oud = resten.stream().filter(p -> postmaster.isPresent() && p.pid() == postmaster.get()).findFirst();
        String hoe;
        if (oud.isPresent()) {
            hoe = stop(oud.get());
        } else {
            hoe = "zonder server";
        }
        for (ProcessHandle rest : postgresProcessen(data)) {
            stop(rest);
        }
        if (!postgresProcessen(data).isEmpty()) {
            throw new DatabaseStartFout("Processen van een eerdere PostgreSQL op " + data + " stoppen niet; stop ze zelf en start opnieuw.");
        }
        verwijder(pidFile);
        LOG.warn("Een PostgreSQL van een eerdere start draaide nog op {} (proces {}, {} processen); gestopt ({}) in {} ms.", data,
                oud.map(p -> Long.toString(p.pid())).orElse("-"), resten.size(), hoe, (System.nanoTime() - begin) / 1_000_000);
    }

    /** Every live (not zombie) postgres process whose working directory is {@code data}. */
    static List<ProcessHandle> postgresProcessen(Path data) {
        Path echt;
        try {
            echt = data.toRealPath();
        } catch (IOException e) {
            return List.of();
        }
        long zelf = ProcessHandle.current().pid();
        try (Stream<ProcessHandle> alle = ProcessHandle.allProcesses()) {
            return alle.filter(p -> p.pid() != zelf && leeft(p.pid()) && isPostgres(p) && werktIn(p.pid(), echt)).toList();
        }
    }

    private static boolean isPostgres(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }

    private static boolean werktIn(long pid, Path echt) {
        try {
            return Path.of("/proc", Long.toString(pid), "cwd").toRealPath().equals(echt);
        } catch (IOException e) {
            return false;
        }
    }

    /** Alive and not a zombie: a server whose parent is gone waits as a zombie until init collects it, and counts as dead. */
    static boolean leeft(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            char toestand = stat.charAt(stat.lastIndexOf(')') + 2);
            return toestand != 'Z' && toestand != 'X';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Fast shutdown, then immediate shutdown, then kill; says which one it took. */
    static String stop(ProcessHandle p) {
        signaal(p, "INT");
        if (wachtOpEinde(p, SNEL_STOPPEN)) {
            return "snel, SIGINT";
        }
        LOG.warn("PostgreSQL-proces {} stopt niet binnen {} s na SIGINT; nu direct (SIGQUIT)", p.pid(), SNEL_STOPPEN.toSeconds());
        signaal(p, "QUIT");
        if (wachtOpEinde(p, DIRECT_STOPPEN)) {
            return "direct, SIGQUIT";
        }
        p.destroyForcibly();
        wachtOpEinde(p, DIRECT_STOPPEN);
        return "hard, SIGKILL";
    }

    private static void signaal(ProcessHandle p, String naam) {
        try {
            if (new ProcessBuilder("kill", "-s", naam, Long.toString(p.pid())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            // No kill program: Java's own signal below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.destroy();
    }

    private static boolean wachtOpEinde(ProcessHandle p, Duration hooguit) {
        long tot = System.nanoTime() + hooguit.toNanos();
        while (leeft(p.pid()) && p.isAlive()) {
            if (System.nanoTime() > tot) {
                return false;
            }
            slaap(Duration.ofMillis(20));
        }
        return true;
    }

    private static Optional<Long> leesPid(Path pidFile) {
        try {
            List<String> regels = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return regels.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(regels.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void verwijder(Path bestand) {
        try {
            Files.deleteIfExists(bestand);
        } catch (IOException e) {
            throw new DatabaseStartFout(DatabaseStartFout.nietBeschrijfbaar(bestand.getParent(), e.getMessage()), e);
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
