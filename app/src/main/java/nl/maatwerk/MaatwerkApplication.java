package nl.maatwerk;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MaatwerkApplication {

    // No Spring types in this class's code: when the app restarts itself with the AOT cache, this
    // JVM should not spend time loading (verifying against) Spring classes from the nested jars.
    public static void main(String[] args) throws Exception {
        int exitCode = AotStart.startMetCache(args);
        if (exitCode >= 0) {
            System.exit(exitCode);
        }
        Opstart.start(MaatwerkApplication.class, args);
    }
}
