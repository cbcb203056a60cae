package nl.maatwerk;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The endpoints Spring MVC serves under /api/v1, as "METHOD /path", for the tests that must cover each of them (the
 * authorisation matrix, the version contract): a new endpoint that no test names fails those tests.
 */
public final class ApiEindpunten {

    private ApiEindpunten() {
    }

    /** Every endpoint whose method {@code welke} accepts; one without a method condition is "ANY /path". */
    public static Set<String> van(RequestMappingHandlerMapping mappings, Predicate<RequestMethod> welke) {
        Set<String> gevonden = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methoden = info.getMethodsCondition().getMethods();
            for (String pad : info.getPatternValues()) {
                if (!pad.startsWith("/api/v1")) {
                    continue;
                }
                if (methoden.isEmpty()) {
                    gevonden.add("ANY " + pad);
                }
                methoden.stream().filter(welke).forEach(m -> gevonden.add(m.name() + " " + pad));
            }
        });
        return gevonden;
    }
}
