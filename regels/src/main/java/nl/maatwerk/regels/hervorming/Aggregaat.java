package nl.maatwerk.regels.hervorming;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results of a what-if run, added up household by household and mergeable, so that Spark can add
 * per partition and the app per thread with the same code. Per variant and per group (all, household
 * type, age band, wijk, income decile): households, bijstand cost, households below the minimum, and
 * winners and losers against the baseline (a change of at least {@link #DREMPEL} cents a month).
 */
public final class Aggregaat implements Serializable {

    /** €10 a month: a smaller change is neither a gain nor a loss. */
    public static final long DREMPEL = 1_000;
    public static final List<String> DIMENSIES = List.of("totaal", "huishoudtype", "leeftijdsband", "wijk", "inkomensdeciel");

    // Per variant a block of these fields in each group's array.
    private static final int HUISHOUDENS = 0;
    private static final int KOSTEN = 1;
    private static final int ONDER_MINIMUM = 2;
    private static final int IN_BIJSTAND = 3;
    private static final int WINNAARS = 4;
    private static final int VERLIEZERS = 5;
    private static final int WINST = 6;
    private static final int VERLIES = 7;
    private static final int VELDEN = 8;

    private final List<String> varianten;
    private final long[] decielgrenzen;
    private final Map<String, long[]> groepen = new HashMap<>();
    private long nietBerekend;

    /** {@code varianten} starts with the baseline. */
    public Aggregaat(List<String> varianten, long[] decielgrenzen) {
        this.varianten = List.copyOf(varianten);
        this.decielgrenzen = decielgrenzen.clone();
    }

    public List<String> varianten() {
        return varianten;
    }

    /** Adds one household; {@code u[v]} is its outcome under variant {@code v} (0 = baseline). */
    public void voegToe(Huishouden h, Doorrekening.Uitkomst[] u) {
        String wijk = h.wijk().isEmpty() ? "onbekend" : h.wijk();
        tel(snel(0, "alle huishoudens"), u);
        tel(snel(1, h.huishoudtype()), u);
        tel(snel(2, h.leeftijdsband()), u);
        tel(snel(3, wijk), u);
        tel(snel(4, DECIELEN[Inkomensdecielen.deciel(h.nettoInkomen(), decielgrenzen)]), u);
    }

    private static final String[] DECIELEN = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};

    /** Per dimension the groups by name alone, so that adding a household builds no strings. */
    @SuppressWarnings("unchecked")
    private transient Map<String, long[]>[] snel;

    private long[] snel(int dimensie, String groep) {
        if (snel == null) {
            snel = new Map[DIMENSIES.size()];
            for (int i = 0; i < snel.length; i++) {
                snel[i] = new HashMap<>();
            }
        }
        long[] g = snel[dimensie].get(groep);
        if (g == null) {
            g = groep(DIMENSIES.get(dimensie) + "\t" + groep);
            snel[dimensie].put(groep, g);
        }
        return g;
    }

    /** A household the rules refuse (a case they do not cover yet): counted, left out of every group, as the bulk command does. */
    public void nietBerekend() {
        nietBerekend++;
    }

    public long aantalNietBerekend() {
        return nietBerekend;
    }

    private long[] groep(String sleutel) {
        return groepen.computeIfAbsent(sleutel, k -> new long[varianten.size() * VELDEN]);
    }

    private static void tel(long[] g, Doorrekening.Uitkomst[] u) {
        long basis = u[0].bijstand;
        for (int v = 0; v < u.length; v++) {
            int o = v * VELDEN;
            g[o + HUISHOUDENS]++;
            g[o + KOSTEN] += u[v].bijstand;
            if (u[v].onderMinimum) {
                g[o + ONDER_MINIMUM]++;
            }
            if (u[v].bijstand > 0) {
                g[o + IN_BIJSTAND]++;
            }
            long verschil = u[v].besteedbaar - u[0].besteedbaar;
            if (verschil >= DREMPEL) {
                g[o + WINNAARS]++;
                g[o + WINST] += verschil;
            } else if (verschil <= -DREMPEL) {
                g[o + VERLIEZERS]++;
                g[o + VERLIES] -= verschil;
            }
        }
        assert basis >= 0;
    }

    public Aggregaat samen(Aggregaat ander) {
        nietBerekend += ander.nietBerekend;
        ander.groepen.forEach((k, a) -> {
            long[] g = groep(k);
            for (int i = 0; i < g.length; i++) {
                g[i] += a[i];
            }
        });
        return this;
    }

    /** A group's numbers under one variant; counts below {@code minimaleGroep} are null (hidden). */
    public record Regel(String variant, String dimensie, String groep, Long huishoudens, Long kostenPerJaar, Long kostenPerJaarBasis,
            Long onderMinimum, Long onderMinimumBasis, Long inBijstand, Long winnaars, Long verliezers, Long gemiddeldeWinstPerMaand,
            Long gemiddeldVerliesPerMaand) {
    }

    /**
     * The rows for one variant, ordered by dimension and group. Amounts in cents. The groups of a dimension add up to
     * the total, so hiding only a small group gives nothing away that the total minus the others does not; as in the
     * app (platform.KleineGroep.reeksVerbergen), a dimension with one group smaller than {@code minimaleGroep} shows
     * no numbers at all, and a count (winners, losers, below the minimum, on bijstand) that is small in one group is
     * hidden in every group of that dimension. Zero is no group and stays shown.
     */
    public List<Regel> regels(int variant, int minimaleGroep) {
        Map<String, Map<String, long[]>> perDimensie = new TreeMap<>();
        groepen.forEach((k, g) -> {
            String[] d = k.split("\t", 2);
            perDimensie.computeIfAbsent(d[0], x -> new TreeMap<>(Aggregaat::groepVolgorde)).put(d[1], g);
        });
        int o = variant * VELDEN;
        List<Regel> uit = new ArrayList<>();
        for (String dimensie : DIMENSIES) {
            Map<String, long[]> groepenVan = perDimensie.getOrDefault(dimensie, Map.of());
            boolean alles = klein(groepenVan, HUISHOUDENS, minimaleGroep);
            boolean winnaars = alles || klein(groepenVan, o + WINNAARS, minimaleGroep);
            boolean verliezers = alles || klein(groepenVan, o + VERLIEZERS, minimaleGroep);
            boolean onder = alles || klein(groepenVan, o + ONDER_MINIMUM, minimaleGroep);
            boolean onderBasis = alles || klein(groepenVan, ONDER_MINIMUM, minimaleGroep);
            boolean bijstand = alles || klein(groepenVan, o + IN_BIJSTAND, minimaleGroep);
            groepenVan.forEach((naam, g) -> {
                if (alles) {
                    uit.add(new Regel(varianten.get(variant), dimensie, naam, null, null, null, null, null, null, null, null, null, null));
                    return;
                }
                Long w = winnaars ? null : g[o + WINNAARS];
                Long v = verliezers ? null : g[o + VERLIEZERS];
                uit.add(new Regel(varianten.get(variant), dimensie, naam, g[o + HUISHOUDENS], 12 * g[o + KOSTEN], 12 * g[KOSTEN],
                        onder ? null : g[o + ONDER_MINIMUM], onderBasis ? null : g[ONDER_MINIMUM], bijstand ? null : g[o + IN_BIJSTAND],
                        w, v, w == null || w == 0 ? null : g[o + WINST] / w, v == null || v == 0 ? null : g[o + VERLIES] / v));
            });
        }
        return uit;
    }

    /** Whether one group of the dimension has a count of this field above zero and below the threshold. */
    private static boolean klein(Map<String, long[]> groepen, int veld, int minimaleGroep) {
        return groepen.values().stream().anyMatch(g -> g[veld] > 0 && g[veld] < minimaleGroep);
    }

    /** The row for all households under one variant, never hidden (the whole population). */
    public Regel totaal(int variant) {
        return regels(variant, 0).get(0);
    }


    /** Deciles 1..10 in numeric order, everything else alphabetically. */
    private static int groepVolgorde(String a, String b) {
        if (a.matches("\\d+") && b.matches("\\d+")) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }

    public static final String CSV_KOP = "variant,dimensie,groep,huishoudens,kosten_per_jaar,kosten_per_jaar_basis,verschil_per_jaar,"
            + "onder_minimum,onder_minimum_basis,in_bijstand,winnaars,verliezers,gemiddelde_winst_per_maand,gemiddeld_verlies_per_maand";

    /** One row as CSV; amounts in euros with two decimals, a hidden number as an empty field. */
    public static String csv(Regel r) {
        return String.join(",", r.variant(), csvTekst(r.dimensie()), csvTekst(r.groep()), getal(r.huishoudens()), euro(r.kostenPerJaar()),
                euro(r.kostenPerJaarBasis()), r.kostenPerJaar() == null ? "" : euro(r.kostenPerJaar() - r.kostenPerJaarBasis()),
                getal(r.onderMinimum()), getal(r.onderMinimumBasis()), getal(r.inBijstand()), getal(r.winnaars()), getal(r.verliezers()),
                euro(r.gemiddeldeWinstPerMaand()), euro(r.gemiddeldVerliesPerMaand()));
    }

    static String getal(Long n) {
        return n == null ? "" : Long.toString(n);
    }

    static String euro(Long centen) {
        return centen == null ? "" : Huishouden.centen(centen);
    }

    private static String csvTekst(String t) {
        return t.contains(",") || t.contains("\"") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Aggregaat[%d varianten, %d groepen]", varianten.size(), groepen.size());
    }
}
