package nl.maatwerk.waardering.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.maatwerk.toegang.Wet;
import nl.maatwerk.waardering.Waarderingen.Filter;
import nl.maatwerk.waardering.Waarderingsanalyse.Indicator;
import nl.maatwerk.waardering.Waarderingsanalyse.Uitslag;

/**
 * The indicators as a CSV for Waarstaatjegemeente: one row per indicator, law and period with numerator and
 * denominator. We could not confirm the exact upload format of Waarstaatjegemeente (docs/waardering.md); this is
 * the documented shape it can be mapped from. A hidden group has empty numbers, never a 0.
 */
final class Export {

    static final String KOP = "indicator,omschrijving,wet,periode,teller,noemer,percentage,ondergrens_95,bovengrens_95";

    private Export() {
    }

    static String csv(Filter f, Function<Wet, Uitslag> uitslag) {
        StringBuilder uit = new StringBuilder(KOP).append('\n');
        List<Wet> wetten = f.wet() != null ? List.of(f.wet()) : List.of(Wet.WMO, Wet.JEUGDWET, Wet.PARTICIPATIEWET);
        for (Wet w : wetten) {
            Uitslag u = uitslag.apply(w);
            for (Indicator i : u.indicatoren()) {
                uit.append(i.vraag().indicator()).append(',').append(veld(i.vraag().tekst())).append(',').append(w.code()).append(',')
                        .append(f.jaar()).append(',');
                if (i.verborgen()) {
                    uit.append(",,,,");
                } else {
                    uit.append(i.eens()).append(',').append(i.geldig()).append(',').append(getal(i.percentage())).append(',')
                            .append(getal(i.interval().onder())).append(',').append(getal(i.interval().boven()));
                }
                uit.append('\n');
            }
        }
        return uit.toString();
    }

    private static String getal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String veld(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
