package nl.maatwerk.platform.database;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Copying and removing PostgreSQL data directories. */
final class DataDirectories {

    /** Files of a stopped server that a copy must not carry: they would say a server runs there. */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", DatabaseSjabloon.COMPLETE);

    private static final String CP = "/bin/cp";

    private DataDirectories() {
    }

    /** Copies the data directory {@code from} into the empty directory {@code to}; returns {@code to}. */
    static Path copy(Path from, Path to) throws IOException {
        // PostgreSQL refuses a data directory that others can read.
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
        if (!copyWithCp(from, to)) {
            copyInJava(from, to);
        }
        for (String name : NOT_COPIED) {
            Files.deleteIfExists(to.resolve(name));
        }
        return to;
    }

    /**
     * {@code cp -a}: five times faster than the copy below on a cold JVM (0.1-0.2 s against 0.4-0.8 s for the
     * template's 1,200 files), and the copy is on the path of every start. False when there is no cp or it failed;
     * what it left is removed first.
     */
    private static boolean copyWithCp(Path from, Path to) throws IOException {
        if (!Files.isExecutable(Path.of(CP))) {
            return false;
        }
        try {
            Process cp = new ProcessBuilder(CP, "-a", "--", from + "/.", to.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (cp.waitFor() == 0) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Onderbroken tijdens het kopiëren van " + from, e);
        }
        emptyDirectory(to);
        return false;
    }

    private static void emptyDirectory(Path dir) throws IOException {
        try (var inhoud = Files.list(dir)) {
            for (Path p : inhoud.toList()) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    delete(p);
                } else {
                    Files.delete(p);
                }
            }
        }
    }

    /** The copy where there is no cp; also what the tests use to check it gives a cluster that starts. */
    static void copyInJava(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from)) {
                    Files.copy(dir, to.resolve(from.relativize(dir).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!(file.getParent().equals(from) && NOT_COPIED.contains(file.getFileName().toString()))) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes a directory with everything in it; one that is gone already is fine. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
