package nl.maatwerk;

import nl.maatwerk.platform.VroegeDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MaatwerkApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(MaatwerkApplication.class);
        // PostgreSQL starts in parallel with the context rather than when the data source is asked for.
        application.addListeners(new VroegeDatabase());
        application.run(args);
    }
}
