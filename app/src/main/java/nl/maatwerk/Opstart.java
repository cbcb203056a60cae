package nl.maatwerk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.maatwerk.platform.VroegeDatabase;
import nl.maatwerk.platform.database.DemostadSjabloon;
import java.util.Comparator;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Spring for {@link MaatwerkApplication#main}. */
final class Opstart {

    private Opstart() {
    }

    static void start(Class<?> applicatie, String[] args) throws IOException {
        if (System.getProperty("maatwerk.aot", "").equals("kind")) {
            // The start with the AOT cache (AotStart): the demo city's template is known before Spring is.
            VroegeDatabase.kopieerVooraf();
        }
        SpringApplication application = new SpringApplication(applicatie);
        // PostgreSQL starts in parallel with the context rather than when the data source is asked for.
        application.addListeners(new VroegeDatabase(), new SpringAotKeuze());
        BufferingApplicationStartup stappen = null;
        if (Boolean.getBoolean("maatwerk.opstart.meten")) {
            stappen = new BufferingApplicationStartup(20_000);
            application.setApplicationStartup(stappen);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (stappen != null) {
            logTraagsteStappen(stappen);
        }
        String demostad = System.getProperty(DemostadSjabloon.MAKEN);
        if (demostad != null) {
            // The build's run that makes the demo city's template (app/pom.xml): the day-independent steps ran; keep the database.
            VroegeDatabase.bewaarAlsDemostad(context, Path.of(demostad));
            System.exit(SpringApplication.exit(context));
        }
        String training = System.getProperty("maatwerk.aot.training");
        if (training != null) {
            // The AOT cache's training run (app/pom.xml): a full start, demo data included, then out.
            Files.writeString(Path.of(AotStart.STEMPEL), AotStart.stempel(Path.of(training)), StandardCharsets.UTF_8);
            System.exit(SpringApplication.exit(context));
        }
    }

    /**
     * {@code -Dmaatwerk.opstart.meten=true}: after the start, the 40 start-up steps (mostly bean creations) that took
     * longest, wall time including the steps inside them, to see where the context's seconds go (docs/performance.md).
     */
    private static void logTraagsteStappen(BufferingApplicationStartup stappen) {
        var log = LoggerFactory.getLogger(Opstart.class);
        stappen.getBufferedTimeline().getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(40)
                .forEach(e -> log.info("Opstartstap {} ms {} {}", e.getDuration().toMillis(), e.getStartupStep().getName(),
                        naam(e.getStartupStep())));
    }

    private static String naam(org.springframework.core.metrics.StartupStep stap) {
        StringBuilder tekst = new StringBuilder();
        stap.getTags().forEach(t -> tekst.append(t.getKey()).append('=').append(t.getValue()).append(' '));
        return tekst.toString().trim();
    }
}
