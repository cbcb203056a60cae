package nl.maatwerk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;

/**
 * Chooses, for {@link MaatwerkApplication#main} only, whether this start uses the bean definitions that Spring AOT
 * wrote at build time ({@code src/aot/SpringAot.java}) instead of scanning classes and checking conditions again,
 * about 2 s less on this machine. Those definitions hold the conditions as the build saw them: the demo, the
 * embedded database, no OIDC, Spring's defaults. So AOT is used only when this start is that same situation — the
 * contract's {@code java -jar maatwerk.jar}, with at most a port, a listen address, log levels and Maatwerk's own
 * values — and otherwise the app starts as it always did. {@code -Dspring.aot.enabled=true|false} decides
 * explicitly.
 */
final class SpringAotKeuze implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String EIGENSCHAP = "spring.aot.enabled";
    /** Maatwerk's own settings that its conditions read; each is checked below (SpringAotKeuzeTest keeps the list complete). */
    static final Set<String> BEPALENDE_INSTELLINGEN = Set.of("maatwerk.demo", "DATABASE_URL", "maatwerk.oidc.issuer-uri",
            "maatwerk.digid.issuer-uri");
    private static final String INITIALISATOR = MaatwerkApplication.class.getName() + "__ApplicationContextInitializer";
    /** Sources that come with the jar or from the app itself: they were there when the build ran the processor. */
    private static final Set<String> EIGEN_BRONNEN = Set.of("maatwerkOmgeving", "applicationInfo", "random", "servletConfigInitParams",
            "servletContextInitParams", "configurationProperties");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        // spring.aot.processing: the build's own Spring AOT step (src/aot/SpringAot.java) is running. Only from the
        // jar: in a classes directory (spring-boot:run) the generated code may be from an earlier package.
        if (System.getProperty(EIGENSCHAP) != null || Boolean.getBoolean("spring.aot.processing") || !uitDeJar()
                || !ClassUtils.isPresent(INITIALISATOR, MaatwerkApplication.class.getClassLoader())) {
            return;
        }
        List<String> verschillen = verschillenMetDeBuild(event.getEnvironment());
        var log = LoggerFactory.getLogger(SpringAotKeuze.class);
        if (verschillen.isEmpty()) {
            System.setProperty(EIGENSCHAP, "true");
            log.info("Beandefinities van Spring AOT uit de build: deze start is de demostart waarvoor ze gemaakt zijn");
        } else {
            log.info("Zonder Spring AOT, want deze start wijkt af van de demostart van de build: {}", String.join("; ", verschillen));
        }
    }

    private static boolean uitDeJar() {
        var klasse = MaatwerkApplication.class.getResource(MaatwerkApplication.class.getSimpleName() + ".class");
        return klasse != null && klasse.getProtocol().equals("jar");
    }

    /** What makes this start differ from the situation the build processed; empty when it does not. */
    static List<String> verschillenMetDeBuild(ConfigurableEnvironment omgeving) {
        List<String> verschillen = new ArrayList<>();
        if (!omgeving.getProperty("maatwerk.demo", "false").equals("true")) {
            verschillen.add("geen demomodus");
        }
        if (!omgeving.getProperty("DATABASE_URL", "").isBlank()) {
            verschillen.add("DATABASE_URL (een eigen database)");
        }
        if (!omgeving.getProperty("maatwerk.oidc.issuer-uri", "").isBlank()) {
            verschillen.add("OIDC ingesteld");
        }
        // DigiD for residents (issue 16): its client registration exists only when this is set.
        if (!omgeving.getProperty("maatwerk.digid.issuer-uri", "").isBlank()) {
            verschillen.add("DigiD ingesteld");
        }
        if (omgeving.getActiveProfiles().length > 0) {
            verschillen.add("profielen " + String.join(",", omgeving.getActiveProfiles()));
        }
        for (PropertySource<?> bron : omgeving.getPropertySources()) {
            String naam = bron.getName();
            if (EIGEN_BRONNEN.contains(naam) || naam.startsWith("Config resource 'class path resource")) {
                continue;
            }
            if (naam.startsWith("Config resource") || naam.equals("spring.application.json")) {
                verschillen.add("instellingen uit " + naam);
            } else if (bron instanceof EnumerablePropertySource<?> opsomming) {
                for (String sleutel : opsomming.getPropertyNames()) {
                    if (raaktCondities(sleutel)) {
                        verschillen.add(sleutel);
                    }
                }
            } else {
                verschillen.add("instellingen uit " + naam);
            }
        }
        return verschillen;
    }

    /**
     * Whether a setting can switch beans of Spring Boot or a library on or off (their conditions): Spring's,
     * Actuator's, the web server's (apart from where it listens) and springdoc's. Maatwerk's own settings are
     * values, except the three checked by name above. Environment variables count in their relaxed form.
     */
    static boolean raaktCondities(String sleutel) {
        String naam = sleutel.toLowerCase(Locale.ROOT).replace('_', '.');
        if (naam.equals("server.port") || naam.equals("server.address")) {
            return false;
        }
        return naam.startsWith("spring.") || naam.startsWith("management.") || naam.startsWith("server.")
                || naam.startsWith("springdoc.") || naam.equals("debug") || naam.equals("trace");
    }

    @Override
    public int getOrder() {
        // After the environment post-processors (MaatwerkOmgeving derives maatwerk.demo) and the logging listener.
        return Ordered.HIGHEST_PRECEDENCE + 25;
    }
}
