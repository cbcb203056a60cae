package nl.maatwerk.platform.web;

import nl.maatwerk.platform.Wetsbron;
import org.springframework.stereotype.Component;

/**
 * {@link Wetsbron} for templates: {@code ${@wet.kort(t.bron())}} and {@code th:href="${@wet.url(t.bron())}"}
 * (a link attribute may not call a static class in Thymeleaf, a bean it may).
 */
@Component("wet")
class WetsbronWeergave {

    public String kort(String bron) {
        return Wetsbron.kort(bron);
    }

    public String voluit(String bron) {
        return Wetsbron.voluit(bron);
    }

    public String url(String bron) {
        return Wetsbron.url(bron);
    }
}
