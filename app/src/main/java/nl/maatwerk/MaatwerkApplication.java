package nl.maatwerk;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MaatwerkApplication {

    // java -jar maatwerk.jar starts in AotStart (the jar's Main-Class), which comes here in this JVM or in one with the AOT cache.
    public static void main(String[] args) throws Exception {
        AotStart.alsKindStopMetOuder();
        Opstart.start(MaatwerkApplication.class, args);
    }
}
