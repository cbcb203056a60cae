package nl.maatwerk.simulatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as people start it: {@code java -jar} (the contract) and {@code spark-submit} (a
 * cluster). Each run is a child JVM with 2,000 households, a few seconds. The path of the jar comes from
 * failsafe ({@code simulatie.jar}); the JVM is the one running the tests (Temurin 25 via the toolchain).
 */
class SimulatieJarTest {

    private static final Path JAR = Path.of(System.getProperty("simulatie.jar", "target/maatwerk-simulatie.jar")).toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** A short run: C1 only and the serial collector spare most of the JIT's and GC's CPU; the jar is the same. */
    private static final List<String> JVM = List.of(JAVA, "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @TempDir
    Path map;

    private record Run(int code, String uitvoer) {
    }

    private Run start(List<String> opdracht) throws IOException, InterruptedException {
        Path log = map.resolve("uitvoer.txt");
        Process p = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(log.toFile()).directory(map.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("De jar stopte niet binnen 3 minuten:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private Path hervorming() throws IOException {
        Path h = map.resolve("hervorming.csv");
        Files.writeString(h, """
                variant,parameter,waarde
                geen-kostendelers,kostendeler-minimumleeftijd,200
                """);
        return h;
    }

    private static void uitkomstenVolledig(Run r, Path uit) throws IOException {
        assertEquals(0, r.code(), r.uitvoer());
        assertTrue(r.uitvoer().contains("2.000 huishoudens × 2 varianten in "), r.uitvoer());
        // Spark logs through SLF4J 2 to log4j; a wrong slf4j-api in lib/ makes SLF4J complain and drop every warning.
        assertFalse(r.uitvoer().contains("SLF4J"), r.uitvoer());
        List<String> basis = Files.readAllLines(uit.resolve("basis.csv"));
        List<String> fouten = Files.readAllLines(uit.resolve("basis.fouten.csv"));
        assertEquals("id,norm_incl_vt,vakantietoeslag,kostendelers,beslagvrije_voet,max_aflossing,signalen", basis.get(0));
        // every generated household is either in basis.csv or refused with its reason, in order
        assertEquals(2_000, basis.size() - 1 + fouten.size() - 1);
        assertTrue(basis.get(1).startsWith("1,"), basis.get(1));
        String json = Files.readString(uit.resolve("samenvatting.json"));
        assertTrue(json.contains("\"variant\": \"geen-kostendelers\""), json);
        assertTrue(json.contains("\"variant\": \"normen+1%\""), json);
        assertTrue(Files.isDirectory(uit.resolve("varianten.parquet").resolve("variant=geen-kostendelers")));
    }

    @Test
    void theJarHoldsTheRulesButNotSparkAndItsClassPathNamesOnlyJarsThatAreInLib() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertTrue(jar.getEntry("nl/maatwerk/regels/hervorming/WatAls.class") != null, "de regels horen in de jar");
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("org/apache/spark/")), "Spark hoort in lib/, niet in de jar");
            String[] pad = jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ");
            assertTrue(pad.length > 100, "Class-Path: " + pad.length + " jars");
            for (String deel : pad) {
                assertTrue(deel.startsWith("lib/") && Files.isRegularFile(JAR.resolveSibling(deel)), deel);
            }
        }
    }

    @Test
    void javaDashJarRunsTheContractCommandWithItsLibFolderAndNoSparkFlags() throws Exception {
        Path uit = map.resolve("uit");
        List<String> opdracht = new ArrayList<>(JVM);
        opdracht.addAll(List.of("-jar", JAR.toString(), "--huishoudens", "2000", "--hervorming", hervorming().toString(),
                "--varianten", "1", "--uit", uit.toString(), "--master", "local[2]"));
        uitkomstenVolledig(start(opdracht), uit);
    }

    @Test
    void sparkSubmitRunsTheSameJarAsItsApplication() throws Exception {
        // As spark-class starts SparkSubmit on a cluster: Spark on the class path, the JVM opened by the
        // launcher; here the opens come from the jar's own manifest, so that list is checked too.
        Manifest manifest;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            manifest = jar.getManifest();
        }
        List<String> opdracht = new ArrayList<>(JVM);
        for (String pakket : manifest.getMainAttributes().getValue("Add-Opens").split(" ")) {
            opdracht.add("--add-opens=" + pakket + "=ALL-UNNAMED");
        }
        Path lib = JAR.resolveSibling("lib");
        opdracht.addAll(List.of("-cp", lib + "/*", "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--class",
                "nl.maatwerk.simulatie.Simulatie", JAR.toString()));
        Path uit = map.resolve("uit");
        opdracht.addAll(List.of("--huishoudens", "2000", "--hervorming", hervorming().toString(), "--varianten", "1", "--uit", uit.toString()));
        Run r = start(opdracht);
        uitkomstenVolledig(r, uit);
    }
}
