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

    /** A node with its depth in the tree (0 for this node), for a flat list with indentation. */
    public record Stap(Uitleg uitleg, int niveau) {
    }

    /** This node and all below it, depth first, each with its depth. */
    public List<Stap> stappen() {
        List<Stap> lijst = new ArrayList<>();
        stappen(0, lijst);
        return lijst;
    }

    private void stappen(int niveau, List<Stap> lijst) {
        lijst.add(new Stap(this, niveau));
        onderdelen.forEach(o -> o.stappen(niveau + 1, lijst));
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
