package nl.maatwerk.prioriteit.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of the need score: points per unit of each factor. A team lead may change them (with
 * a reason; every version is kept). The caps are fixed so that no single factor can grow without
 * limit; they are documented in ADR 0010 and on the register page.
 *
 * @param acuutDomein   points per ZRM domain at 1 (acute)
 * @param zwakDomein    points per ZRM domain at 2 or lower
 * @param schuld        points per full 100 euro of open arrears (at most {@link #MAX_SCHULD_EENHEDEN} units)
 * @param achterstand   points per month of arrears of the longest open signal (at most {@link #MAX_MAANDEN})
 * @param veiligheid    points when a professional marked the household acutely unsafe
 * @param termijn       points for a legal deadline: the full weight on the last day, and before that in proportion
 *                      to the part of the term that has passed (a term counts as at least {@link #TERMIJN_HORIZON}
 *                      days); one and a half times once it has passed
 * @param wachttijd     points per full week of waiting (at most {@link #MAX_WACHTWEKEN})
 * @param urgentie      points per step of the intake urgency above "laag" (gemiddeld 1, hoog 2, acuut 3 steps)
 */
public record Gewichten(int acuutDomein, int zwakDomein, int schuld, int achterstand, int veiligheid, int termijn, int wachttijd,
        int urgentie) {

    /** Arrears count up to 2,000 euro: above that, more money owed says little more about how urgent contact is. */
    public static final int MAX_SCHULD_EENHEDEN = 20;
    /** Six months of arrears is where landlords and insurers move to eviction or the CAK; more adds nothing. */
    public static final int MAX_MAANDEN = 6;
    /**
     * The shortest term the deadline factor reckons with. A crisis term of three working days is short
     * because something urgent threatens (Wgs art. 4 lid 2): counted against itself it would press least
     * on its first day. Counted as two weeks it presses from the first day (11/14 with three days left).
     */
    public static final int TERMIJN_HORIZON = 14;
    /** Waiting counts for half a year; after that the item is on top through waiting alone anyway. */
    public static final int MAX_WACHTWEKEN = 26;
    /** The highest weight a team lead may set: keeps one factor from silently swamping all others. */
    public static final int MAXIMUM = 200;

    /**
     * The documented defaults (ADR 0010): safety first, then acute domains and passed deadlines. An
     * intake judged acuut (3 × 15 = 45) weighs more than one acute ZRM domain and a nearly passed term.
     */
    public static final Gewichten STANDAARD = new Gewichten(30, 8, 2, 3, 100, 40, 1, 15);

    /** The weights by their code, in a fixed order, for storage, forms and the register. */
    public Map<String, Integer> alsMap() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("acuutDomein", acuutDomein);
        m.put("zwakDomein", zwakDomein);
        m.put("schuld", schuld);
        m.put("achterstand", achterstand);
        m.put("veiligheid", veiligheid);
        m.put("termijn", termijn);
        m.put("wachttijd", wachttijd);
        m.put("urgentie", urgentie);
        return m;
    }

    /** The codes of {@link #alsMap()} that are out of range (below 0 or above {@link #MAXIMUM}). */
    public List<String> buitenBereik() {
        List<String> fout = new ArrayList<>();
        alsMap().forEach((code, w) -> {
            if (w < 0 || w > MAXIMUM) {
                fout.add(code);
            }
        });
        return fout;
    }
}
