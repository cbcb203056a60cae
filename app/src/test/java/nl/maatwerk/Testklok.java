package nl.maatwerk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Offers every test context the settable {@link VerstelbareKlok} as the app's one {@code Clock}.
 * A plain configuration in the base package of the test sources: component scanning finds it in
 * each {@code @SpringBootTest} context, so pinning a date costs no extra context (the context cache
 * key stays the same), and {@code platform.Klok}'s system clock steps aside.
 */
@Configuration(proxyBeanMethods = false)
public class Testklok {

    @Bean
    VerstelbareKlok verstelbareKlok() {
        return new VerstelbareKlok();
    }
}
