package nl.maatwerk.waardering.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.maatwerk.platform.Grafiek;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.waardering.Vraag;
import nl.maatwerk.waardering.Waarderingsanalyse.Indicator;
import nl.maatwerk.waardering.Waarderingsanalyse.Uitslag;

/** Numbers as the pages, the PDF and the CSV write them: one place, so they round the same everywhere. */
final class Weergave {

    static final Locale NL = Locale.forLanguageTag("nl-NL");
    static final String VERBORGEN = "minder dan " + KleineGroep.MINIMUM;

    private Weergave() {
    }

    static String procent(Double p) {
        return p == null ? VERBORGEN : String.format(NL, "%.0f%%", p);
    }

    static String interval(Indicator i) {
        return i.verborgen() ? "" : String.format(NL, "%.0f%% tot %.0f%%", i.interval().onder(), i.interval().boven());
    }

    static String cijfer(Double c) {
        return c == null ? VERBORGEN : String.format(NL, "%.1f", c);
    }

    /** One row of the items table. */
    record Regel(String thema, String stelling, String aantal, String procent, String interval, boolean verborgen) {
    }

    static List<Regel> regels(Uitslag u) {
        List<Regel> uit = new ArrayList<>();
        for (Indicator i : u.indicatoren()) {
            uit.add(new Regel(i.vraag().thema().naam(), i.vraag().tekst(), i.verborgen() ? VERBORGEN : String.valueOf(i.geldig()),
                    procent(i.percentage()), interval(i), i.verborgen()));
        }
        return uit;
    }

    /** The chart over the quarters for one item, hidden quarters drawn as hidden, with the same numbers as its table. */
    static Grafiek trend(String id, Vraag v, List<String> kwartalen, List<Indicator> waarden) {
        List<Double> p = waarden.stream().map(Indicator::percentage).toList();
        return Grafiek.perGroep(id, "Percentage (helemaal) mee eens per kwartaal: " + v.tekst(),
                "Per kwartaal het deel van de antwoorden dat het (helemaal) eens is met de stelling. Een kwartaal met minder dan "
                        + KleineGroep.MINIMUM + " antwoorden staat er als verborgen.",
                kwartalen, List.of(new Grafiek.Reeks("% (helemaal) mee eens", p)), Grafiek.Eenheid.PROCENT, 100.0);
    }
}
