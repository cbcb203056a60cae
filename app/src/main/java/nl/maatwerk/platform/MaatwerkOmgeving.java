package nl.maatwerk.platform;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives settings from the contract's environment variables before anything else reads them:
 * demo mode is on by default only with the embedded database, and MAATWERK_LOG_JSON=true turns on
 * structured (ECS JSON) console logs.
 */
class MaatwerkOmgeving implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> afgeleid = new HashMap<>();
        boolean externeDatabase = !environment.getProperty("DATABASE_URL", "").isBlank();
        String demo = environment.getProperty("MAATWERK_DEMO");
        afgeleid.put("maatwerk.demo", demo == null || demo.isBlank() ? String.valueOf(!externeDatabase) : demo.trim());
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
