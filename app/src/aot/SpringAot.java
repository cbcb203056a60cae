import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.springframework.boot.SpringApplicationAotProcessor;

/**
 * Build step of {@code app/pom.xml} (prepare-package): Spring AOT for the JVM. It runs Spring's processor on
 * the app (bean definitions as code instead of scanning and condition checks at every start) and compiles what the
 * processor wrote into {@code target/spring-aot/jar/BOOT-INF/classes}; the build's {@code voorstart} step adds that
 * to the jar. Never into {@code target/classes}: the tests of a next build would see code made for older classes. Run with the JDK 25 toolchain as
 * a source file: Spring Boot's {@code process-aot} goal compiles inside Maven's own JVM (Java 17), which cannot
 * compile for 25. The app uses the result only when nothing is configured that the build did not see
 * ({@code nl.maatwerk.SpringAotKeuze}).
 *
 * <p>Arguments: the build directory ({@code target}), the group id, the artifact id.
 */
public final class SpringAot {

    public static void main(String[] args) throws Exception {
        Path doel = Path.of(args[0]);
        Path aot = doel.resolve("spring-aot");
        Path bronnen = aot.resolve("main/sources");
        Path klassen = aot.resolve("main/classes");
        Path uitvoer = aot.resolve("jar/BOOT-INF/classes");
        verwijder(aot);
        Files.createDirectories(uitvoer);
        // Earlier versions of this step wrote into target/classes: what they left must go.
        try (Stream<Path> oud = Files.walk(doel.resolve("classes"))) {
            for (Path p : oud.filter(SpringAot::gegenereerd).toList()) {
                Files.delete(p);
            }
        }
        // The same situation as the contract's demo start: embedded database, demo mode, no OIDC (SpringAotKeuze).
        SpringApplicationAotProcessor.main(new String[] {"nl.maatwerk.MaatwerkApplication", bronnen.toString(),
                aot.resolve("main/resources").toString(), klassen.toString(), args[1], args[2]});
        List<String> opties = new ArrayList<>(List.of("--release", "25", "-proc:none", "-parameters", "-nowarn",
                "-encoding", "UTF-8", "-d", uitvoer.toString(),
                // The classes the processor generated itself (CGLIB proxies of configuration classes) are referenced.
                "-cp", klassen + java.io.File.pathSeparator + System.getProperty("java.class.path")));
        try (Stream<Path> bestanden = Files.walk(bronnen)) {
            bestanden.filter(p -> p.toString().endsWith(".java")).forEach(p -> opties.add(p.toString()));
        }
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, null, opties.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("De code van Spring AOT compileert niet (javac " + code + ")");
        }
        // Only classes: the processor's resources are hints for native images (META-INF/native-image), not for a JVM.
        kopieer(klassen, uitvoer);
        // The processor leaves threads (a scheduler, a pool) of the context it only prepared.
        System.exit(0);
    }

    /** Spring AOT's names: {@code X__BeanDefinitions}, {@code X__ApplicationContextInitializer}, {@code X$$SpringCGLIB$$0}. */
    private static boolean gegenereerd(Path p) {
        String naam = p.getFileName().toString();
        return naam.endsWith(".class") && (naam.contains("__") || naam.contains("$$SpringCGLIB$$"));
    }

    private static void kopieer(Path van, Path naar) throws IOException {
        if (!Files.isDirectory(van)) {
            return;
        }
        try (Stream<Path> bestanden = Files.walk(van)) {
            for (Path bron : (Iterable<Path>) bestanden::iterator) {
                Path doel = naar.resolve(van.relativize(bron).toString());
                if (Files.isDirectory(bron)) {
                    Files.createDirectories(doel);
                } else {
                    Files.copy(bron, doel, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void verwijder(Path map) throws IOException {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> bestanden = Files.walk(map)) {
            for (Path p : bestanden.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
