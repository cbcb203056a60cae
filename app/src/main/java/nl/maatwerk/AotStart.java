package nl.maatwerk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Lets {@code java -jar maatwerk.jar} use the JVM AOT cache (JEP 483/514) that {@code ./mvnw package}
 * trains, without a flag from the user. A JVM option cannot come from a jar manifest, and the cache
 * only works with the extracted form of the jar (Spring Boot's {@code -Djarmode=tools extract}), so
 * when {@code maatwerk-aot/} next to the jar holds a cache made from this very jar, the app starts
 * itself once more from there with {@code -XX:AOTCache}. Without that directory, or when anything
 * is off, it simply starts in this JVM as before. {@code -Dmaatwerk.aot=uit} turns it off.
 *
 * <p>The build puts this class at the root of {@code maatwerk.jar} as its {@code Main-Class} (app/pom.xml,
 * {@code voorstart}): the first JVM then needs neither Spring Boot's launcher nor the 150 nested jars' index
 * to decide, about 0.3 s less before the real start. So it uses nothing but the JDK, and what the app calls
 * is public: there it may be loaded by another class loader than the app's classes.
 */
public final class AotStart {

    static final String MAP = "maatwerk-aot";
    static final String CACHE = "maatwerk.aot";
    static final String APP_JAR = "maatwerk-app.jar";
    public static final String STEMPEL = "bron.txt";
    /** The migrated database template that package makes beside the cache (platform.database.DatabaseSjabloon). */
    static final String SJABLOON = "pg-sjabloon";
    /** The template with the day-independent part of the demo city (platform.database.DemostadSjabloon). */
    static final String DEMOSTAD = "pg-demostad";

    private AotStart() {
    }

    /** {@code java -jar maatwerk.jar}: the app with the AOT cache when one fits, else Spring Boot's launcher in this JVM. */
    public static void main(String[] args) throws Throwable {
        // -Djarmode=tools (the build's extract) is the launcher's business.
        int exitCode = System.getProperty("jarmode") == null ? startMetCache(args) : -1;
        if (exitCode >= 0) {
            System.exit(exitCode);
        }
        try {
            Class.forName("org.springframework.boot.loader.launch.JarLauncher").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** In {@link MaatwerkApplication#main}: when this JVM is the one started with the cache, it stops with its parent. */
    public static void alsKindStopMetOuder() {
        if (System.getProperty("maatwerk.aot", "").equals("kind")) {
            stopMetOuder();
        }
    }

    /**
     * Runs the app in a JVM with the AOT cache when one fits; returns its exit code, or -1 when
     * the app should start in this JVM.
     */
    static int startMetCache(String[] args) {
        String modus = System.getProperty("maatwerk.aot", "");
        if (modus.equals("kind") || modus.equals("uit")) {
            return -1;
        }
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return -1;
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath();
            Path map = jar.resolveSibling(MAP);
            Path cache = map.resolve(CACHE);
            Path appJar = map.resolve(APP_JAR);
            if (!Files.isRegularFile(cache) || !Files.isRegularFile(appJar) || !Files.isRegularFile(map.resolve(STEMPEL))
                    || !Files.readString(map.resolve(STEMPEL), StandardCharsets.UTF_8).trim().equals(stempel(jar))) {
                return -1;
            }
            List<String> jvmOpties = jvmOpties();
            if (jvmOpties == null) {
                return -1;
            }
            List<String> opdracht = new ArrayList<>();
            opdracht.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            opdracht.addAll(jvmOpties);
            opdracht.addAll(jitVoorDemo(jvmOpties, System.getenv(), args));
            opdracht.add("-XX:AOTCache=" + cache);
            opdracht.add("-Dmaatwerk.aot=kind");
            opdracht.add("-Dmaatwerk.aot.ouder=" + ProcessHandle.current().pid());
            if (Files.isDirectory(map.resolve(SJABLOON)) && System.getProperty("maatwerk.pg-sjabloon") == null) {
                opdracht.add("-Dmaatwerk.pg-sjabloon=" + map.resolve(SJABLOON));
            }
            if (Files.isDirectory(map.resolve(DEMOSTAD)) && System.getProperty("maatwerk.pg-demosjabloon") == null) {
                opdracht.add("-Dmaatwerk.pg-demosjabloon=" + map.resolve(DEMOSTAD));
            }
            opdracht.add("-jar");
            opdracht.add(appJar.toString());
            opdracht.addAll(Arrays.asList(args));
            Process kind = new ProcessBuilder(opdracht).inheritIO().start();
            // Stopping this JVM (Ctrl-C, SIGTERM) stops the app gracefully, PostgreSQL included.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (kind.isAlive()) {
                    kind.destroy();
                    try {
                        kind.waitFor(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, "maatwerk-aot-stop"));
            return kind.waitFor();
        } catch (IOException | RuntimeException e) {
            System.err.println("Maatwerk: starten met de AOT-cache lukt niet (" + e + "); start zonder.");
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * The throwaway demo start (no database of one's own, no kept data directory) compiles with C1 only: on two cores the
     * C2 compiler took 4 of the start's 8-9 CPU seconds, for peak speed a demo on a temporary database never needs. A
     * start with a database or data directory of its own keeps the full JIT, and so does one whose JVM options already
     * choose a compiler setting (ADR 0014).
     */
    static List<String> jitVoorDemo(List<String> jvmOpties, java.util.Map<String, String> omgeving, String[] args) {
        boolean eigenOpslag = !leeg(omgeving.get("DATABASE_URL")) || !leeg(omgeving.get("MAATWERK_DATA_DIR"))
                || System.getProperty("maatwerk.data-dir") != null
                || Arrays.stream(args).anyMatch(a -> a.contains("datasource") || a.contains("data-dir") || a.contains("DATABASE_URL"));
        boolean eigenJit = jvmOpties.stream().anyMatch(o -> o.contains("Tiered") || o.contains("CompileThreshold") || o.contains("Compiler"));
        return eigenOpslag || eigenJit ? List.of() : List.of("-XX:TieredStopAtLevel=1");
    }

    private static boolean leeg(String waarde) {
        return waarde == null || waarde.isBlank();
    }

    /** Which build of maatwerk.jar the cache belongs to. */
    public static String stempel(Path jar) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }

    /**
     * The JVM options this JVM was started with (before {@code -jar}); null when the command line
     * is unknown or already chooses a CDS archive or AOT cache of its own.
     */
    private static List<String> jvmOpties() {
        String[] alle = ProcessHandle.current().info().arguments().orElse(null);
        if (alle == null) {
            return null;
        }
        List<String> opties = new ArrayList<>();
        for (String a : alle) {
            if (a.equals("-jar")) {
                return opties;
            }
            if (a.startsWith("-XX:AOT") || a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-Xshare")
                    || a.startsWith("-XX:ArchiveClassesAtExit")) {
                return null;
            }
            opties.add(a);
        }
        return null;
    }

    /** In the started JVM: when the starting JVM is killed outright, do not live on as an orphan. */
    private static void stopMetOuder() {
        String ouder = System.getProperty("maatwerk.aot.ouder");
        if (ouder != null) {
            ProcessHandle.of(Long.parseLong(ouder)).ifPresent(p -> p.onExit().thenRun(() -> System.exit(1)));
        }
    }
}
