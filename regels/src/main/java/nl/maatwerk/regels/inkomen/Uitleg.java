package nl.maatwerk.regels.inkomen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Why an outcome is what it is: the rule, its source, the inputs it used and the outcome in plain
 * (B1) Dutch, with the explanations of the steps it built on as children.
 */
public record Uitleg(String regel, String bron, Map<String, String> invoer, String uitkomst, List<Uitleg> onderdelen) {

    public Uitleg {
        invoer = Collections.unmodifiableMap(new LinkedHashMap<>(invoer));
        onderdelen = List.copyOf(onderdelen);
    }

    public static Uitleg van(Regel regel, Map<String, String> invoer, String uitkomst, List<Uitleg> onderdelen) {
        return new Uitleg(regel.id(), regel.bron(), invoer, uitkomst, onderdelen);
    }

    public static Uitleg van(Regel regel, Map<String, String> invoer, String uitkomst) {
        return van(regel, invoer, uitkomst, List.of());
    }

    /** This node and all nodes below it, depth first. */
    public List<Uitleg> alleKnopen() {
        List<Uitleg> lijst = new ArrayList<>();
        bezoek(lijst::add);
        return lijst;
    }

    private void bezoek(Consumer<Uitleg> bezoeker) {
        bezoeker.accept(this);
        onderdelen.forEach(o -> o.bezoek(bezoeker));
    }
}
