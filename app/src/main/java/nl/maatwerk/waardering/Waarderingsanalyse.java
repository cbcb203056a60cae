package nl.maatwerk.waardering;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.KleineGroep;

/**
 * The sums behind every page, the API, the PDF and the CSV, so none of them can show more than another: per item
 * the indicator "% (helemaal) mee eens" (answers 4 and 5 over all answers on the 5-point scale, "weet niet / niet van
 * toepassing" left out) with a 95% Wilson interval, and the mean mark. A group of fewer than
 * {@link KleineGroep#MINIMUM} answers shows nothing; an item answered by fewer than that shows nothing either.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class Waarderingsanalyse {

    /** The normal quantile for a two-sided 95% interval. */
    static final double Z = 1.959963984540054;

    private Waarderingsanalyse() {
    }

    /** One stored answer, without anything that points to a person. A null score is "weet niet" or not answered. */
    public record Rij(String teamId, String wet, YearMonth maand, Map<Vraag, Integer> scores, Integer cijfer) {
    }

    /** An interval in percent. */
    public record Interval(double onder, double boven) {
    }

    /**
     * The indicator of one item. {@code eens}, {@code geldig}, {@code percentage} and {@code interval} are null when
     * hidden.
     */
    public record Indicator(Vraag vraag, Integer eens, Integer geldig, Double percentage, Interval interval) {

        public boolean verborgen() {
            return geldig == null;
        }
    }

    /** The mean mark (1-10) and how many gave one; both null when hidden. */
    public record Cijfer(Double gemiddelde, Integer aantal) {

        public boolean verborgen() {
            return aantal == null;
        }
    }

    /** A group's result: {@code aantal} answers (null when the group is too small), the items, the mark. */
    public record Uitslag(Integer aantal, List<Indicator> indicatoren, Cijfer cijfer) {

        public boolean verborgen() {
            return aantal == null;
        }

        public Indicator van(Vraag v) {
            return indicatoren.stream().filter(i -> i.vraag() == v).findFirst().orElseThrow();
        }
    }

    /** The 95% Wilson score interval for {@code x} successes in {@code n}, in percent; good near 0% and 100% too. */
    public static Interval wilson(int x, int n) {
        if (n <= 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("Geen geldige telling: " + x + " van " + n);
        }
        double p = (double) x / n;
        double z2 = Z * Z;
        double noemer = 1 + z2 / n;
        double midden = (p + z2 / (2.0 * n)) / noemer;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / noemer;
        return new Interval(100 * Math.max(0, midden - half), 100 * Math.min(1, midden + half));
    }

    /** One item from its counts: hidden below the threshold. */
    public static Indicator indicator(Vraag v, int eens, int geldig) {
        if (geldig == 0 || KleineGroep.isKlein(geldig)) {
            return new Indicator(v, null, null, null, null);
        }
        return new Indicator(v, eens, geldig, 100.0 * eens / geldig, wilson(eens, geldig));
    }

    /** The result of a group of answers. */
    public static Uitslag bereken(List<Rij> rijen) {
        int n = rijen.size();
        if (n == 0 || KleineGroep.isKlein(n)) {
            List<Indicator> leeg = new ArrayList<>();
            for (Vraag v : Vraag.values()) {
                leeg.add(new Indicator(v, null, null, null, null));
            }
            return new Uitslag(null, leeg, new Cijfer(null, null));
        }
        Map<Vraag, int[]> tel = new EnumMap<>(Vraag.class);
        for (Vraag v : Vraag.values()) {
            tel.put(v, new int[2]);
        }
        long som = 0;
        int cijfers = 0;
        for (Rij r : rijen) {
            r.scores().forEach((v, s) -> {
                if (s != null) {
                    int[] t = tel.get(v);
                    t[1]++;
                    if (s >= 4) {
                        t[0]++;
                    }
                }
            });
            if (r.cijfer() != null) {
                som += r.cijfer();
                cijfers++;
            }
        }
        List<Indicator> indicatoren = new ArrayList<>();
        for (Vraag v : Vraag.values()) {
            indicatoren.add(indicator(v, tel.get(v)[0], tel.get(v)[1]));
        }
        Cijfer cijfer = cijfers == 0 || KleineGroep.isKlein(cijfers) ? new Cijfer(null, null) : new Cijfer((double) som / cijfers, cijfers);
        return new Uitslag(n, indicatoren, cijfer);
    }

    /** The quarter of a month, "2026-K1". */
    public static String kwartaal(YearMonth m) {
        return m.getYear() + "-K" + ((m.getMonthValue() - 1) / 3 + 1);
    }

    /** Per quarter of the year, in order, the result of the answers of that quarter. */
    public static Map<String, Uitslag> perKwartaal(int jaar, List<Rij> rijen) {
        Map<String, Uitslag> uit = new java.util.LinkedHashMap<>();
        for (int k = 1; k <= 4; k++) {
            int kw = k;
            uit.put(jaar + "-K" + k, bereken(rijen.stream().filter(r -> r.maand().getYear() == jaar
                    && (r.maand().getMonthValue() - 1) / 3 + 1 == kw).toList()));
        }
        return uit;
    }
}
