package nl.maatwerk.watals.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.maatwerk.platform.Grafiek;
import nl.maatwerk.watals.Run;

/**
 * A finished run as the page shows it: the baseline and every variant side by side, as charts with
 * their tables: the totals, and per dimension the winners and losers. A hidden number reads "verborgen".
 */
record Weergave(List<String> kolommen, List<Totaalrij> totalen, Grafiek kosten, Grafiek onderMinimum, List<Dimensie> dimensies) {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final String VERBORGEN = Grafiek.VERBORGEN;
    private static final List<String[]> DIMENSIES = List.of(new String[] {"huishoudtype", "Huishoudtype"},
            new String[] {"leeftijdsband", "Leeftijd van de aanvrager"}, new String[] {"wijk", "Wijk"},
            new String[] {"inkomensdeciel", "Inkomensdeciel"});

    /** One line of the totals: what, then the baseline and each variant. */
    record Totaalrij(String wat, List<String> waarden) {
    }

    /** One group: its name, the numbers that are the same for every variant, and per variant its own. */
    record Rij(String groep, String huishoudens, String onderMinimumVoor, List<Cijfers> varianten) {
    }

    record Cijfers(String winnaars, String verliezers, String gemiddeldeWinst, String gemiddeldVerlies, String onderMinimumNa, String verschil) {
    }

    record Dimensie(String code, String titel, Grafiek grafiek, List<String> varianten, List<Rij> rijen) {
    }

    static Weergave van(Run r) {
        List<String> namen = r.varianten().stream().map(Run.Variant::naam).toList();
        List<Run.Uitkomst> totaal = new ArrayList<>();
        for (int v = 1; v <= namen.size(); v++) {
            totaal.add(r.totaalVan(v).orElse(null));
        }
        Run.Uitkomst eerste = totaal.isEmpty() ? null : totaal.getFirst();
        List<String> kolommen = new ArrayList<>();
        kolommen.add("Basis");
        kolommen.addAll(namen);
        List<Totaalrij> totalen = List.of(
                rij("Huishoudens", eerste == null ? null : eerste.huishoudens(), totaal, Run.Uitkomst::huishoudens, Weergave::aantal),
                rij("Kosten per jaar", eerste == null ? null : eerste.kostenPerJaarBasis(), totaal, Run.Uitkomst::kostenPerJaar, Weergave::bedrag),
                new Totaalrij("Verschil per jaar met de basis", voor("–", totaal, Weergave::verschil)),
                rij("Onder het minimum", eerste == null ? null : eerste.onderMinimumBasis(), totaal, Run.Uitkomst::onderMinimum, Weergave::aantal),
                rij("In de bijstand", r.totaalVan(0).map(Run.Uitkomst::inBijstand).orElse(null), totaal, Run.Uitkomst::inBijstand, Weergave::aantal),
                new Totaalrij("Winnaars", voor("–", totaal, u -> aantal(u.winnaars()))),
                new Totaalrij("Verliezers", voor("–", totaal, u -> aantal(u.verliezers()))),
                new Totaalrij("Gemiddelde winst per maand", voor("–", totaal, u -> euro(u.gemiddeldeWinstPerMaand()))),
                new Totaalrij("Gemiddeld verlies per maand", voor("–", totaal, u -> euro(u.gemiddeldVerliesPerMaand()))));

        List<Long> kostenReeks = new ArrayList<>();
        kostenReeks.add(duizend(eerste == null ? null : eerste.kostenPerJaarBasis()));
        totaal.forEach(u -> kostenReeks.add(duizend(u == null ? null : u.kostenPerJaar())));
        Grafiek kosten = Grafiek.perGroep("grafiek-kosten", "Kosten van de bijstand per jaar, in duizenden euro's",
                "Kosten per jaar in de basis en in elke variant (" + String.join(", ", namen) + "), in duizenden euro's.", kolommen,
                List.of(new Grafiek.Reeks("Kosten per jaar", kostenReeks)), Grafiek.Eenheid.AANTAL, null);
        List<Long> onderReeks = new ArrayList<>();
        onderReeks.add(eerste == null ? null : eerste.onderMinimumBasis());
        totaal.forEach(u -> onderReeks.add(u == null ? null : u.onderMinimum()));
        Grafiek onder = Grafiek.perGroep("grafiek-onder-minimum", "Huishoudens onder het minimum",
                "Aantal huishoudens dat minder overhoudt dan de beslagvrije voet, in de basis en in elke variant.", kolommen,
                List.of(new Grafiek.Reeks("Huishoudens", onderReeks)), Grafiek.Eenheid.AANTAL, null);

        List<Dimensie> dimensies = new ArrayList<>();
        for (String[] d : DIMENSIES) {
            List<Run.Uitkomst> groepen = r.van(1, d[0]);
            if (groepen.isEmpty()) {
                continue;
            }
            List<String> groepnamen = groepen.stream().map(u -> groepnaam(d[0], u.groep())).toList();
            List<Grafiek.Reeks> reeksen = new ArrayList<>();
            List<Rij> rijen = new ArrayList<>();
            List<List<Run.Uitkomst>> perVariant = new ArrayList<>();
            for (int v = 1; v <= namen.size(); v++) {
                List<Run.Uitkomst> van = new ArrayList<>();
                for (Run.Uitkomst g : groepen) {
                    van.add(r.van(v, d[0]).stream().filter(u -> u.groep().equals(g.groep())).findFirst().orElse(null));
                }
                perVariant.add(van);
                String achter = namen.size() > 1 ? " (" + namen.get(v - 1) + ")" : "";
                reeksen.add(new Grafiek.Reeks("Winnaars" + achter, van.stream().map(u -> u == null ? null : u.winnaars()).toList()));
                reeksen.add(new Grafiek.Reeks("Verliezers" + achter, van.stream().map(u -> u == null ? null : u.verliezers()).toList()));
            }
            Grafiek g = Grafiek.perGroep("grafiek-" + d[0], "Winnaars en verliezers per " + d[1].toLowerCase(NL),
                    "Aantal huishoudens dat er minstens 10 euro per maand op vooruit gaat (winnaars) of op achteruit gaat (verliezers), per "
                            + d[1].toLowerCase(NL) + " en per variant. Verborgen: een groep van minder dan het minimum.",
                    groepnamen, reeksen, Grafiek.Eenheid.AANTAL, null);
            for (int i = 0; i < groepen.size(); i++) {
                Run.Uitkomst u = groepen.get(i);
                List<Cijfers> cijfers = new ArrayList<>();
                for (List<Run.Uitkomst> van : perVariant) {
                    Run.Uitkomst x = van.get(i);
                    cijfers.add(x == null ? new Cijfers(VERBORGEN, VERBORGEN, "–", "–", VERBORGEN, VERBORGEN)
                            : new Cijfers(aantal(x.winnaars()), aantal(x.verliezers()), euro(x.gemiddeldeWinstPerMaand()), euro(x.gemiddeldVerliesPerMaand()),
                                    aantal(x.onderMinimum()), verschil(x)));
                }
                rijen.add(new Rij(groepnamen.get(i), aantal(u.huishoudens()), aantal(u.onderMinimumBasis()), cijfers));
            }
            dimensies.add(new Dimensie(d[0], d[1], g, namen, rijen));
        }
        return new Weergave(kolommen, totalen, kosten, onder, dimensies);
    }

    private static Totaalrij rij(String wat, Long basis, List<Run.Uitkomst> totaal, Function<Run.Uitkomst, Long> veld, Function<Long, String> tekst) {
        List<String> w = new ArrayList<>();
        w.add(tekst.apply(basis));
        totaal.forEach(u -> w.add(u == null ? VERBORGEN : tekst.apply(veld.apply(u))));
        return new Totaalrij(wat, w);
    }

    private static List<String> voor(String basis, List<Run.Uitkomst> totaal, Function<Run.Uitkomst, String> tekst) {
        List<String> w = new ArrayList<>(Arrays.asList(basis));
        totaal.forEach(u -> w.add(u == null ? VERBORGEN : tekst.apply(u)));
        return w;
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

    /** An amount that is hidden when null (a total), where {@link #euro} shows a dash (an average of nobody). */
    static String bedrag(Long centen) {
        return centen == null ? VERBORGEN : euro(centen);
    }

    static String euro(Long centen) {
        if (centen == null) {
            return "–";
        }
        return "€ " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL)).format(BigDecimal.valueOf(centen, 2));
    }
}
