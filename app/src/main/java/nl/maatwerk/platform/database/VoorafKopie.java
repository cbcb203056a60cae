package nl.maatwerk.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A copy of a database template started before Spring has read its configuration, on the bet that this start will
 * want it: the start with the AOT cache ({@code nl.maatwerk.AotStart}) names the demo city's template, and copying
 * its 40 MB and unpacking the PostgreSQL programs take half a second or more that would otherwise lie on the start's
 * critical path. Only the copy is made this early: logging is not set up yet, and what PostgreSQL says when it starts
 * belongs in the log. A start that wants a copy of this template takes it ({@link #neem}); one that does not leaves it,
 * and it goes when the JVM exits (or, after a kill -9, at a later start: it carries its owner as any copy does).
 */
final class VoorafKopie {

    private record Kopie(Path sjabloon, CompletableFuture<Path> map) {
    }

    private static volatile Kopie kopie;

    private VoorafKopie() {
    }

    /** Starts copying {@code sjabloon} on a background thread, and makes sure the PostgreSQL programs are unpacked. */
    static CompletableFuture<Path> begin(Path sjabloon) {
        CompletableFuture<Path> map = new CompletableFuture<>();
        Kopie deze = new Kopie(sjabloon, map);
        kopie = deze;
        Thread kopieerder = new Thread(() -> {
            try {
                map.complete(maak(sjabloon));
                PostgresBinaries.map();
            } catch (Throwable e) {
                map.completeExceptionally(e);
            }
        }, "postgres-kopie");
        kopieerder.setDaemon(true);
        kopieerder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (kopie == deze) {
                map.thenAccept(VoorafKopie::weg);
            }
        }, "postgres-kopie-weg"));
        return map;
    }

    /** A new copy of {@code sjabloon} in a temporary directory, with this JVM as its owner. */
    static Path maak(Path sjabloon) throws IOException {
        // The same place and prefix as initdb's temporary directories. A normal stop removes the copy
        // (RunningPostgres.close); one left by a JVM killed outright goes at a later start.
        Path copy = DataDirectories.copy(sjabloon, Files.createTempDirectory("epg"));
        Files.writeString(copy.resolve(EmbeddedPostgresStarter.EIGENAAR), EmbeddedPostgresStarter.eigenaar(ProcessHandle.current()),
                StandardCharsets.UTF_8);
        return copy;
    }

    /**
     * The copy made in advance when it is of {@code sjabloon} (waiting for it to be complete); empty when none was made,
     * it is of another template (then it goes), or making it failed (then the caller copies itself).
     */
    static Optional<Path> neem(Path sjabloon) {
        Kopie gemaakt = kopie;
        kopie = null;
        if (gemaakt == null) {
            return Optional.empty();
        }
        if (!gemaakt.sjabloon().equals(sjabloon)) {
            gemaakt.map().thenAccept(VoorafKopie::weg);
            return Optional.empty();
        }
        try {
            return Optional.of(gemaakt.map().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Onderbroken tijdens het wachten op de kopie van het databasesjabloon", e);
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private static void weg(Path map) {
        try {
            DataDirectories.delete(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
