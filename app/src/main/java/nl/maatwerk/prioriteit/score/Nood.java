package nl.maatwerk.prioriteit.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The need score: a sum of points per factor, each a weight times a capped count. Pure and
 * deterministic: the same factors and weights always give the same score and the same order. It
 * sees only {@link Factoren}; it cannot reach residents, households or any personal attribute.
 */
public final class Nood {

    private Nood() {
    }

    public static Score bereken(Factoren f, Gewichten w) {
        List<Score.Bijdrage> b = new ArrayList<>(7);
        long totaal = 0;
        if (f.acuutOnveilig() && w.veiligheid() > 0) {
            totaal += voeg(b, Factor.VEILIGHEID, w.veiligheid(), "Een professional heeft het huishouden als acuut onveilig gemarkeerd: "
                    + w.veiligheid() + " punten.");
        }
        if (f.acuteDomeinen() > 0) {
            long p = (long) f.acuteDomeinen() * w.acuutDomein();
            totaal += voeg(b, Factor.ACUTE_DOMEINEN, p, f.acuteDomeinen() + " " + domeinen(f.acuteDomeinen()) + " op 1 (acuut) × "
                    + w.acuutDomein() + " = " + p + " punten.");
        }
        if (f.zwakkeDomeinen() > 0) {
            long p = (long) f.zwakkeDomeinen() * w.zwakDomein();
            totaal += voeg(b, Factor.ZWAKKE_DOMEINEN, p, f.zwakkeDomeinen() + " " + domeinen(f.zwakkeDomeinen()) + " op 2 of lager × "
                    + w.zwakDomein() + " = " + p + " punten.");
        }
        long eenheden = Math.min(f.schuldEuro() / 100, Gewichten.MAX_SCHULD_EENHEDEN);
        if (eenheden > 0) {
            long p = eenheden * w.schuld();
            totaal += voeg(b, Factor.SCHULD, p, "€ " + f.schuldEuro() + " achterstand: " + eenheden + " keer € 100"
                    + (f.schuldEuro() / 100 > Gewichten.MAX_SCHULD_EENHEDEN ? " (hoogstens " + Gewichten.MAX_SCHULD_EENHEDEN + ")" : "")
                    + " × " + w.schuld() + " = " + p + " punten.");
        }
        int maanden = Math.min(f.maandenAchterstand(), Gewichten.MAX_MAANDEN);
        if (maanden > 0) {
            long p = (long) maanden * w.achterstand();
            totaal += voeg(b, Factor.ACHTERSTAND, p, f.maandenAchterstand() + (f.maandenAchterstand() == 1 ? " maand" : " maanden")
                    + " achterstand" + (f.maandenAchterstand() > Gewichten.MAX_MAANDEN ? " (telt tot " + Gewichten.MAX_MAANDEN + ")" : "")
                    + " × " + w.achterstand() + " = " + p + " punten.");
        }
        if (f.dagenTotTermijn() != null) {
            int d = f.dagenTotTermijn();
            long p = termijnpunten(f, w);
            if (d < 0) {
                totaal += voeg(b, Factor.TERMIJN, p, "De wettelijke termijn is " + (-d) + (d == -1 ? " dag" : " dagen")
                        + " verlopen: " + w.termijn() + " + de helft = " + p + " punten.");
            } else if (p > 0) {
                int duur = rekenduur(f);
                String looptijd = f.termijnDagen() == null ? ""
                        : " (termijn van " + f.termijnDagen() + (f.termijnDagen() == 1 ? " dag" : " dagen")
                                + (f.termijnDagen() < Gewichten.TERMIJN_HORIZON ? ", telt als " + Gewichten.TERMIJN_HORIZON : "") + ")";
                totaal += voeg(b, Factor.TERMIJN, p, d == 0 ? "De wettelijke termijn loopt vandaag af: " + p + " punten."
                        : "De wettelijke termijn loopt over " + d + (d == 1 ? " dag" : " dagen") + " af" + looptijd + ": "
                                + w.termijn() + " × " + (duur - d) + "/" + duur + " = " + p + " punten.");
            }
        }
        if (f.urgentie() > 0 && w.urgentie() > 0) {
            long p = (long) f.urgentie() * w.urgentie();
            totaal += voeg(b, Factor.URGENTIE, p, "Bij de intake ingeschat als " + URGENTIE[f.urgentie()] + ": " + f.urgentie()
                    + (f.urgentie() == 1 ? " stap" : " stappen") + " boven laag × " + w.urgentie() + " = " + p + " punten.");
        }
        int weken = Math.min(f.wachtdagen() / 7, Gewichten.MAX_WACHTWEKEN);
        if (weken > 0) {
            long p = (long) weken * w.wachttijd();
            totaal += voeg(b, Factor.WACHTTIJD, p, weken + (weken == 1 ? " week" : " weken") + " gewacht"
                    + (f.wachtdagen() / 7 > Gewichten.MAX_WACHTWEKEN ? " (telt tot " + Gewichten.MAX_WACHTWEKEN + ")" : "")
                    + " × " + w.wachttijd() + " = " + p + " punten.");
        }
        return new Score(totaal, b);
    }

    /** The points alone, without building the explanation: the same number as {@link #bereken}. */
    public static long punten(Factoren f, Gewichten w) {
        long totaal = f.acuutOnveilig() ? w.veiligheid() : 0;
        totaal += (long) f.acuteDomeinen() * w.acuutDomein() + (long) f.zwakkeDomeinen() * w.zwakDomein();
        totaal += Math.min(f.schuldEuro() / 100, Gewichten.MAX_SCHULD_EENHEDEN) * w.schuld();
        totaal += (long) Math.min(f.maandenAchterstand(), Gewichten.MAX_MAANDEN) * w.achterstand();
        totaal += termijnpunten(f, w);
        totaal += (long) f.urgentie() * w.urgentie();
        totaal += (long) Math.min(f.wachtdagen() / 7, Gewichten.MAX_WACHTWEKEN) * w.wachttijd();
        return totaal;
    }

    /**
     * Puts items in order of need: most points first; on equal points the nearest deadline, then the
     * longest wait, then the item's own key, so the order never depends on anything else (a name, say).
     */
    public static <T> List<T> orden(List<T> items, Function<T, Factoren> factoren, Function<T, String> sleutel, Gewichten w) {
        int n = items.size();
        long[] punten = new long[n];
        Factoren[] f = new Factoren[n];
        String[] s = new String[n];
        Integer[] index = new Integer[n];
        for (int i = 0; i < n; i++) {
            f[i] = factoren.apply(items.get(i));
            punten[i] = punten(f[i], w);
            s[i] = sleutel.apply(items.get(i));
            index[i] = i;
        }
        Comparator<Integer> volgorde = Comparator.<Integer>comparingLong(i -> -punten[i])
                .thenComparingInt(i -> f[i].dagenTotTermijn() == null ? Integer.MAX_VALUE : f[i].dagenTotTermijn())
                .thenComparingInt(i -> -f[i].wachtdagen())
                .thenComparing(i -> s[i]);
        Arrays.sort(index, volgorde);
        List<T> uit = new ArrayList<>(n);
        for (Integer i : index) {
            uit.add(items.get(i));
        }
        return uit;
    }

    /** The words of the intake urgency steps, for the explanation. */
    private static final String[] URGENTIE = {"laag", "gemiddeld", "hoog", "acuut"};

    /**
     * The term's points: the part of the term that has passed, {@code (duur − dagen) / duur}, with
     * {@code duur} the term's length but at least {@link Gewichten#TERMIJN_HORIZON} days (see there); the
     * full weight on the last day, one and a half times once passed. Fewer days left, or the same days left
     * of a longer term, never give fewer points.
     */
    private static long termijnpunten(Factoren f, Gewichten w) {
        if (f.dagenTotTermijn() == null) {
            return 0;
        }
        int d = f.dagenTotTermijn();
        if (d < 0) {
            return w.termijn() + w.termijn() / 2;
        }
        int duur = rekenduur(f);
        return d >= duur ? 0 : (long) w.termijn() * (duur - d) / duur;
    }

    /** The length the deadline factor reckons with: the term's own, but at least the horizon; the horizon when unknown. */
    private static int rekenduur(Factoren f) {
        return f.termijnDagen() == null ? Gewichten.TERMIJN_HORIZON : Math.max(f.termijnDagen(), Gewichten.TERMIJN_HORIZON);
    }

    private static long voeg(List<Score.Bijdrage> b, Factor factor, long punten, String uitleg) {
        b.add(new Score.Bijdrage(factor, punten, uitleg));
        return punten;
    }

    private static String domeinen(int n) {
        return n == 1 ? "domein" : "domeinen";
    }
}
