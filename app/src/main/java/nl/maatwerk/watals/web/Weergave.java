package nl.maatwerk.watals.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.maatwerk.platform.Grafiek;
import nl.maatwerk.watals.Run;

/** A finished run as the page shows it: per dimension a chart and its table, and the totals. */
record Weergave(String variant, Totaal totaal, Grafiek kosten, Grafiek onderMinimum, List<Dimensie> dimensies) {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final String VERBORGEN = Grafiek.VERBORGEN;
    private static final List<String[]> DIMENSIES = List.of(new String[] {"huishoudtype", "Huishoudtype"},
            new String[] {"leeftijdsband", "Leeftijd van de aanvrager"}, new String[] {"wijk", "Wijk"},
            new String[] {"inkomensdeciel", "Inkomensdeciel"});

    /** The totals as text; a hidden number reads "verborgen". */
    record Totaal(String huishoudens, String kostenBasis, String kostenVariant, String verschil, String onderMinimumVoor, String onderMinimumNa,
            String winnaars, String verliezers, String gemiddeldeWinst, String gemiddeldVerlies) {
    }

    record Rij(String groep, String huishoudens, String winnaars, String verliezers, String gemiddeldeWinst, String gemiddeldVerlies,
            String onderMinimumVoor, String onderMinimumNa, String kostenBasis, String kostenVariant, String verschil) {
    }

    record Dimensie(String code, String titel, Grafiek grafiek, List<Rij> rijen) {
    }

    static Weergave van(Run r) {
        Run.Uitkomst t = r.totaalVan(1).orElse(null);
        Totaal totaal = t == null ? new Totaal(VERBORGEN, VERBORGEN, VERBORGEN, VERBORGEN, VERBORGEN, VERBORGEN, VERBORGEN, VERBORGEN, VERBORGEN, VERBORGEN)
                : new Totaal(aantal(t.huishoudens()), euro(t.kostenPerJaarBasis()), euro(t.kostenPerJaar()), verschil(t), aantal(t.onderMinimumBasis()),
                        aantal(t.onderMinimum()), aantal(t.winnaars()), aantal(t.verliezers()), euro(t.gemiddeldeWinstPerMaand()),
                        euro(t.gemiddeldVerliesPerMaand()));
        String naam = r.naam();
        Grafiek kosten = Grafiek.perGroep("grafiek-kosten", "Kosten van de bijstand per jaar, in duizenden euro's",
                "Kosten per jaar in de basis en in de variant " + naam + ", in duizenden euro's.", List.of("Basis", naam),
                List.of(new Grafiek.Reeks("Kosten per jaar", List.of(duizend(t == null ? null : t.kostenPerJaarBasis()),
                        duizend(t == null ? null : t.kostenPerJaar())))), Grafiek.Eenheid.AANTAL, null);
        Grafiek onder = Grafiek.perGroep("grafiek-onder-minimum", "Huishoudens onder het minimum",
                "Aantal huishoudens dat minder overhoudt dan de beslagvrije voet, voor en na de variant " + naam + ".", List.of("Voor (basis)", "Na (" + naam + ")"),
                List.of(new Grafiek.Reeks("Huishoudens", java.util.Arrays.asList(t == null ? null : t.onderMinimumBasis(), t == null ? null : t.onderMinimum()))),
                Grafiek.Eenheid.AANTAL, null);
        List<Dimensie> dimensies = new ArrayList<>();
        for (String[] d : DIMENSIES) {
            List<Run.Uitkomst> groepen = r.van(1, d[0]);
            if (groepen.isEmpty()) {
                continue;
            }
            List<String> namen = groepen.stream().map(u -> groepnaam(d[0], u.groep())).toList();
            List<Long> winnaars = groepen.stream().map(Run.Uitkomst::winnaars).toList();
            List<Long> verliezers = groepen.stream().map(Run.Uitkomst::verliezers).toList();
            Grafiek g = Grafiek.perGroep("grafiek-" + d[0], "Winnaars en verliezers per " + d[1].toLowerCase(NL),
                    "Aantal huishoudens dat er minstens 10 euro per maand op vooruit gaat (winnaars) of op achteruit gaat (verliezers), per "
                            + d[1].toLowerCase(NL) + ". Verborgen: een groep van minder dan het minimum.",
                    namen, List.of(new Grafiek.Reeks("Winnaars", winnaars), new Grafiek.Reeks("Verliezers", verliezers)), Grafiek.Eenheid.AANTAL, null);
            List<Rij> rijen = new ArrayList<>();
            for (int i = 0; i < groepen.size(); i++) {
                Run.Uitkomst u = groepen.get(i);
                rijen.add(new Rij(namen.get(i), aantal(u.huishoudens()), aantal(u.winnaars()), aantal(u.verliezers()), euro(u.gemiddeldeWinstPerMaand()),
                        euro(u.gemiddeldVerliesPerMaand()), aantal(u.onderMinimumBasis()), aantal(u.onderMinimum()), euro(u.kostenPerJaarBasis()),
                        euro(u.kostenPerJaar()), verschil(u)));
            }
            dimensies.add(new Dimensie(d[0], d[1], g, rijen));
        }
        return new Weergave(naam, totaal, kosten, onder, dimensies);
    }

    private static String groepnaam(String dimensie, String groep) {
        return dimensie.equals("inkomensdeciel") ? "Deciel " + groep : groep;
    }

    private static String verschil(Run.Uitkomst u) {
        if (u.kostenPerJaar() == null || u.kostenPerJaarBasis() == null) {
            return VERBORGEN;
        }
        long v = u.kostenPerJaar() - u.kostenPerJaarBasis();
        return (v > 0 ? "+" : "") + euro(v);
    }

    private static Long duizend(Long centen) {
        return centen == null ? null : BigDecimal.valueOf(centen).movePointLeft(5).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    static String aantal(Long n) {
        return n == null ? VERBORGEN : new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(NL)).format(n);
    }

    static String euro(Long centen) {
        if (centen == null) {
            return "–";
        }
        return "€ " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL)).format(BigDecimal.valueOf(centen, 2));
    }
}
