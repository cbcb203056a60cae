package nl.maatwerk.platform;

import java.nio.file.Path;
import nl.maatwerk.platform.database.DemostadSjabloon;
import nl.maatwerk.platform.database.EmbeddedPostgresStarter;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Added by {@code main} only: as soon as the configuration is read (and logging set up), and
 * without DATABASE_URL, starts the embedded PostgreSQL on a background thread, so initdb runs while
 * Spring builds its context. The data source bean then only waits for it.
 */
public final class VroegeDatabase implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (Boolean.getBoolean("spring.aot.processing")) {
            return; // the build's Spring AOT step only prepares the context; it needs no database
        }
        // The same condition as EmbeddedDatabaseConfiguration's.
        if (environment.getProperty("DATABASE_URL", "").isBlank()) {
            EmbeddedPostgresStarter.startEarly(environment.getProperty("maatwerk.data-dir", ""),
                    DemostadSjabloon.vingerafdruk(environment).orElse(null));
        }
    }

    /**
     * Called by {@code main} before Spring starts, in the JVM that runs with the build's AOT cache and templates: without
     * {@code DATABASE_URL} and {@code MAATWERK_DATA_DIR} in the environment, begins copying the demo city's template, so the
     * copy is there when the configuration (read later) asks for it. Whether it is used is decided then, as always.
     */
    public static void kopieerVooraf() {
        if (leeg(System.getenv("DATABASE_URL")) && leeg(System.getenv("MAATWERK_DATA_DIR"))) {
            EmbeddedPostgresStarter.kopieerVooraf();
        }
    }

    private static boolean leeg(String waarde) {
        return waarde == null || waarde.isBlank();
    }

    /**
     * For the build's run that makes the demo city's template ({@link DemostadSjabloon#MAKEN}): when the context
     * closes, its database becomes that template at {@code doel}.
     */
    public static void bewaarAlsDemostad(ApplicationContext context, Path doel) {
        context.getBean(EmbeddedPostgresStarter.RunningPostgres.class).bewaarAlsDemostad(doel,
                DemostadSjabloon.vingerafdruk(context.getEnvironment())
                        .orElseThrow(() -> new IllegalStateException("Het sjabloon van de demostad maken kan alleen in de demomodus")));
    }

    @Override
    public int getOrder() {
        // After Spring Boot's logging listener (HIGHEST_PRECEDENCE + 20), so the start is logged.
        return Ordered.HIGHEST_PRECEDENCE + 30;
    }
}
