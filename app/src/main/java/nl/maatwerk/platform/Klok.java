package nl.maatwerk.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the app, in the municipality's time zone. Domain code takes the time from this
 * injected {@link Clock} instead of calling {@code now()}, so a test can pin a date (a deadline, a
 * day of agreement) by offering its own clock (in the tests: {@code VerstelbareKlok}).
 */
@Configuration(proxyBeanMethods = false)
public class Klok {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    @ConditionalOnMissingBean
    Clock systeemklok() {
        return Clock.system(ZONE);
    }

    /**
     * Bean Validation's {@code @Past} and {@code @PastOrPresent} measure against the same clock, not
     * against the JVM's own time (its default), so a pinned date holds for them too.
     */
    @Bean
    ValidationConfigurationCustomizer validatieOpDeKlok(ObjectProvider<Clock> klok) {
        return configuratie -> configuratie.clockProvider(klok::getObject);
    }
}
