package nl.maatwerk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.maatwerk.platform.VroegeDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Spring for {@link MaatwerkApplication#main}. */
final class Opstart {

    private Opstart() {
    }

    static void start(Class<?> applicatie, String[] args) throws IOException {
        SpringApplication application = new SpringApplication(applicatie);
        // PostgreSQL starts in parallel with the context rather than when the data source is asked for.
        application.addListeners(new VroegeDatabase());
        ConfigurableApplicationContext context = application.run(args);
        String training = System.getProperty("maatwerk.aot.training");
        if (training != null) {
            // The AOT cache's training run (app/pom.xml): a full start, demo data included, then out.
            Files.writeString(Path.of(AotStart.STEMPEL), AotStart.stempel(Path.of(training)), StandardCharsets.UTF_8);
            System.exit(SpringApplication.exit(context));
        }
    }
}
