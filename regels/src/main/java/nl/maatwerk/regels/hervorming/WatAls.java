package nl.maatwerk.regels.hervorming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import nl.maatwerk.regels.inkomen.Parameters;

/**
 * A what-if run in one JVM, as a plain loop: the reference for the Spark run and the fast path for a
 * municipality's own households in the app. Two passes: the income deciles first, then the outcome of
 * every household under every variant.
 */
public final class WatAls {

    private WatAls() {
    }

    /** The baseline followed by the variants, as parameter sets valid on the peildatum. */
    public static Doorrekening[] doorrekeningen(List<Hervorming> varianten, Parameters basis, LocalDate peildatum) {
        Doorrekening[] d = new Doorrekening[varianten.size() + 1];
        d[0] = new Doorrekening(basis);
        for (int i = 0; i < varianten.size(); i++) {
            d[i + 1] = new Doorrekening(varianten.get(i).toepassen(basis, peildatum));
        }
        return d;
    }

    /**
     * Why changing this parameter cannot change a what-if's numbers, or empty when it may. Cost, winners, losers and
     * "below the minimum" are about bijstand and net income: the toeslagen count only in the poverty-trap curve (the
     * households have no rent or premium), and kwijtschelding, the Wmo tariff and recovery are other
     * schemes. A test changes each of these parameters and finds every number equal.
     */
    public static java.util.Optional<String> buitenDeDoorrekening(String parameter) {
        if (parameter.startsWith("huurtoeslag-") || parameter.startsWith("zorgtoeslag-")) {
            return java.util.Optional.of("een toeslag: die telt alleen in de armoedeval, niet in kosten, winnaars en verliezers");
        }
        for (String andere : List.of("kwijtschelding-", "wmo-", "terugvordering-")) {
            if (parameter.startsWith(andere)) {
                return java.util.Optional.of("hoort bij een andere regeling dan de bijstand en telt niet in deze doorrekening");
            }
        }
        return java.util.Optional.empty();
    }

    public static List<String> namen(List<Hervorming> varianten) {
        List<String> namen = new ArrayList<>();
        namen.add(Hervorming.BASIS);
        varianten.forEach(v -> namen.add(v.naam()));
        return namen;
    }

    /** Households {@code 0 .. aantal-1} from {@code bron} (called twice per number, so it must be repeatable). */
    public static Aggregaat reken(long aantal, LongFunction<Huishouden> bron, List<Hervorming> varianten, Parameters basis, LocalDate peildatum) {
        Inkomensdecielen decielen = new Inkomensdecielen();
        for (long n = 0; n < aantal; n++) {
            decielen.tel(bron.apply(n).nettoInkomen());
        }
        Aggregaat a = new Aggregaat(namen(varianten), decielen.grenzen());
        Doorrekening[] d = doorrekeningen(varianten, basis, peildatum);
        Doorrekening.Uitkomst[] u = uitkomsten(d.length);
        for (long n = 0; n < aantal; n++) {
            voegToe(a, bron.apply(n), d, u);
        }
        return a;
    }

    /** One household under every variant; one the rules refuse under any variant counts as not computed. */
    public static void voegToe(Aggregaat a, Huishouden h, Doorrekening[] d, Doorrekening.Uitkomst[] u) {
        try {
            for (int v = 0; v < d.length; v++) {
                d[v].bereken(h, u[v]);
            }
        } catch (IllegalArgumentException e) {
            a.nietBerekend();
            return;
        }
        a.voegToe(h, u);
    }

    public static Doorrekening.Uitkomst[] uitkomsten(int n) {
        Doorrekening.Uitkomst[] u = new Doorrekening.Uitkomst[n];
        for (int i = 0; i < n; i++) {
            u[i] = new Doorrekening.Uitkomst();
        }
        return u;
    }
}
