package nl.maatwerk.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives settings from the contract's environment variables before anything else reads them:
 * demo mode is on by default only with the embedded database in a temporary directory, and
 * MAATWERK_LOG_JSON=true turns on structured (ECS JSON) console logs. The app's secret keys have a
 * public value in demo mode only; outside it the app does not start without its own.
 */
class MaatwerkOmgeving implements EnvironmentPostProcessor, Ordered {

    /** A key the app needs: its property, the environment variable that sets it, and its public demo value. */
    record Geheim(String property, String omgevingsvariabele, String demowaarde) {
    }

    /** Shorter keys can be guessed; 32 characters of a random string are 190 bits or more. */
    static final int MINIMALE_LENGTE = 32;

    static final List<Geheim> GEHEIMEN = List.of(
            // Pseudonyms of BSNs in the logboek: with a known key every pseudonym can be traced back (a BSN has 9 digits).
            new Geheim("maatwerk.pseudoniem-sleutel", "MAATWERK_PSEUDONIEM_SLEUTEL", "demo-sleutel-alleen-voor-ontwikkeling"),
            // The logboek's hash chain (ADR 0004): with a known key anyone who can write the database rewrites the log unseen.
            new Geheim("maatwerk.logboek.sleutel", "MAATWERK_LOGBOEK_SLEUTEL", "demo-logboeksleutel-alleen-voor-ontwikkeling"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> afgeleid = new HashMap<>();
        // Kept data (an external database, or MAATWERK_DATA_DIR) is a real installation unless MAATWERK_DEMO=true says otherwise.
        boolean blijvendeGegevens = !environment.getProperty("DATABASE_URL", "").isBlank()
                || !environment.getProperty("maatwerk.data-dir", environment.getProperty("MAATWERK_DATA_DIR", "")).isBlank();
        // maatwerk.demo itself (a test, the command line) wins over MAATWERK_DEMO.
        String demoInstelling = environment.getProperty("maatwerk.demo", environment.getProperty("MAATWERK_DEMO", ""));
        boolean demo = demoInstelling.isBlank() ? !blijvendeGegevens : Boolean.parseBoolean(demoInstelling.trim());
        afgeleid.put("maatwerk.demo", String.valueOf(demo));
        List<String> bezwaren = new ArrayList<>();
        for (Geheim geheim : GEHEIMEN) {
            String waarde = environment.getProperty(geheim.property(), environment.getProperty(geheim.omgevingsvariabele(), "")).trim();
            if (demo && waarde.isEmpty()) {
                afgeleid.put(geheim.property(), geheim.demowaarde());
            } else if (!demo && (waarde.isEmpty() || waarde.equals(geheim.demowaarde()))) {
                bezwaren.add(geheim.omgevingsvariabele() + " ontbreekt of is de openbare demowaarde");
            } else if (!demo && waarde.length() < MINIMALE_LENGTE) {
                bezwaren.add(geheim.omgevingsvariabele() + " is korter dan " + MINIMALE_LENGTE + " tekens");
            } else {
                afgeleid.put(geheim.property(), waarde);
            }
        }
        if (!bezwaren.isEmpty()) {
            throw new IllegalStateException("Maatwerk start niet buiten de demomodus zonder eigen geheime sleutels: "
                    + String.join("; ", bezwaren) + ". Zet een willekeurige waarde van minstens " + MINIMALE_LENGTE
                    + " tekens in elke genoemde omgevingsvariabele (bijvoorbeeld: openssl rand -base64 48) en bewaar die"
                    + " buiten de database. Alleen om te proberen: MAATWERK_DEMO=true.");
        }
        if ("true".equalsIgnoreCase(environment.getProperty("MAATWERK_LOG_JSON", "false"))) {
            afgeleid.put("logging.structured.format.console", "ecs");
        }
        // The app's one zone (Klok.ZONE) is also the JVM's default, for what still reads that default:
        // the PostgreSQL driver's session zone, log lines, libraries. Dates are taken from the injected
        // clock in that zone, never from the database (docs/conventies.md).
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(Klok.ZONE));
        // Earlier sources (command line, system properties) still win over these defaults.
        environment.getPropertySources().addLast(new MapPropertySource("maatwerkOmgeving", afgeleid));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
