package nl.maatwerk.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the app, in the municipality's time zone. Domain code takes the time from this
 * injected {@link Clock} instead of calling {@code now()}, so a test can pin a date (a deadline, a
 * day of agreement) by offering its own clock.
 */
@Configuration(proxyBeanMethods = false)
public class Klok {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    @ConditionalOnMissingBean
    Clock systeemklok() {
        return Clock.system(ZONE);
    }
}
