package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import nl.maatwerk.platform.Grafiek.Eenheid;
import nl.maatwerk.platform.Grafiek.Reeks;
import nl.maatwerk.platform.Grafiek.Tekst;
import org.junit.jupiter.api.Test;

/** The one chart helper: its axis, months without any, and hidden numbers. */
class GrafiekTest {

    static final List<YearMonth> KWARTAAL = List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1));

    @Test
    void theAxisStartsAtZeroAndStepsRoundlyToAtLeastTheHighestValue() {
        assertThat(Grafiek.schaal(7)).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0);
        assertThat(Grafiek.schaal(3)).containsExactly(0.0, 1.0, 2.0, 3.0);
        assertThat(Grafiek.schaal(12)).containsExactly(0.0, 5.0, 10.0, 15.0);
        assertThat(Grafiek.schaal(100)).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
        assertThat(Grafiek.schaal(230)).containsExactly(0.0, 50.0, 100.0, 150.0, 200.0, 250.0);
        // Nothing to show still has an axis from 0 to 1, not a division by zero.
        assertThat(Grafiek.schaal(0)).containsExactly(0.0, 1.0);
    }

    @Test
    void everyMonthIsOnTheAxisAndAZeroMonthShowsAZeroRatherThanNothing() {
        Grafiek g = Grafiek.perMaand("afw", "Afwijkingen per maand", "b", KWARTAAL, List.of(new Reeks("Afwijkingen", Arrays.asList(12L, 0L, 7L))),
                true, Eenheid.AANTAL, null);

        assertThat(teksten(g, "mw-grafiek__as-tekst")).containsSubsequence("nov", "2025", "dec", "jan", "2026");
        assertThat(teksten(g, "mw-grafiek__as-tekst")).contains("0", "5", "10", "15");
        assertThat(teksten(g, "mw-grafiek__waarde")).containsExactly("12", "0", "7");
        // Two axes and a grid line per tick above zero.
        assertThat(g.lijnen().stream().filter(Grafiek.Lijn::as)).hasSize(2);
        assertThat(g.lijnen().stream().filter(l -> !l.as())).hasSize(3);
        assertThat(g.staven()).extracting(Grafiek.Staaf::h).containsExactly(96, 0, 56);
        int onder = Grafiek.BOVEN + Grafiek.PLOT_H;
        assertThat(g.staven()).allSatisfy(s -> assertThat(s.y() + s.h()).isEqualTo(onder));
        assertThat(g.staven().get(1).tekst()).isEqualTo("december 2025, Afwijkingen: 0");
    }

    @Test
    void aHiddenNumberDrawsNoBarAndSaysSoInsteadOfZero() {
        Grafiek g = Grafiek.perMaand("b", "Bereik", "b", KWARTAAL,
                List.of(new Reeks("14 dagen", Arrays.asList(50, null, 0)), new Reeks("28 dagen", Arrays.asList(80, null, null))), false,
                Eenheid.PROCENT, 100.0);

        assertThat(g.staven()).extracting(Grafiek.Staaf::tekst).containsExactly("november 2025, 14 dagen: 50%", "november 2025, 28 dagen: 80%",
                "januari 2026, 14 dagen: 0%");
        assertThat(teksten(g, "mw-grafiek__waarde")).containsExactly(Grafiek.VERBORGEN_KORT, Grafiek.VERBORGEN_KORT, "0",
                Grafiek.VERBORGEN_KORT);
        assertThat(g.staven().get(1).gestreept()).as("the second series differs by more than colour").isTrue();
        assertThat(g.legenda()).extracting(Grafiek.Legenda::naam).containsExactly("14 dagen", "28 dagen");

        Grafiek groepen = Grafiek.perGroep("g", "Per groep", "b", List.of("Verhuurder", "Zorgverzekeraar"),
                List.of(new Reeks("Signalen", Arrays.asList(25L, null))), Eenheid.AANTAL, null);
        assertThat(groepen.staven()).hasSize(1);
        assertThat(teksten(groepen, "mw-grafiek__waarde")).containsExactly("25", Grafiek.VERBORGEN);
        assertThat(teksten(groepen, "mw-grafiek__label")).containsExactly("Verhuurder", "Zorgverzekeraar");
    }

    @Test
    void upToSixSeriesSideBySideEachLookDifferentInTheBarsAndTheLegend() {
        List<Reeks> reeksen = java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(i -> new Reeks("Reeks " + i, List.of((long) i))).toList();
        Grafiek g = Grafiek.perGroep("z", "Zes reeksen", "b", List.of("groep"), reeksen, Eenheid.AANTAL, null);
        assertThat(g.legenda()).extracting(Grafiek.Legenda::klassen).doesNotHaveDuplicates().hasSize(6);
        assertThat(g.staven()).extracting(Grafiek.Staaf::klassen).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void aStackedMonthWithAHiddenPartShowsNoTotalAndOnlyAChartWithoutSeriesIsNotDrawn() {
        Grafiek g = Grafiek.perMaand("t", "Termijnen", "b", KWARTAAL,
                List.of(new Reeks("Gehaald", Arrays.asList(10L, null, 0L)), new Reeks("Overschreden", Arrays.asList(5L, 3L, 0L))), true,
                Eenheid.AANTAL, null);
        assertThat(teksten(g, "mw-grafiek__waarde")).containsExactly("15", Grafiek.VERBORGEN_KORT, "0");
        assertThat(g.staven()).as("the shown part of a month with a hidden part is not drawn either").extracting(Grafiek.Staaf::tekst)
                .noneMatch(t -> t.startsWith("december"));

        Grafiek verborgen = Grafiek.perGroep("l", "Verborgen", "b", List.of("a"), List.of(new Reeks("x", Arrays.asList((Long) null))),
                Eenheid.AANTAL, null);
        assertThat(verborgen.heeftWaarden()).as("it says 'verborgen' per group").isTrue();
        assertThat(Grafiek.perMaand("g", "Geen reeks", "b", KWARTAAL, List.of(), true, Eenheid.AANTAL, null).heeftWaarden()).isFalse();
    }

    @Test
    void numbersReadTheDutchWay() {
        // Rounded as the tables beside the charts round (Thymeleaf's formatDecimal: DecimalFormat, half even, on the exact
        // value of the double), so both say the same: 12.35 is stored just below and 11.65 just above its midpoint.
        assertThat(Eenheid.PROCENT_1.tekst(12.25)).isEqualTo("12,2%");
        assertThat(Eenheid.PROCENT_1.tekst(12.35)).isEqualTo("12,3%");
        assertThat(Eenheid.PROCENT_1.tekst(11.65)).isEqualTo("11,7%");
        java.text.DecimalFormat tabel = new java.text.DecimalFormat("0.0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.of("nl", "NL")));
        for (double d = 0; d < 100; d += 0.05) {
            assertThat(Eenheid.PROCENT_1.tekst(d)).as("%s", d).isEqualTo(tabel.format(d) + "%");
        }
        assertThat(Eenheid.AANTAL.tekst(4L)).isEqualTo("4");
        assertThat(Eenheid.AANTAL.tekst(null)).isEqualTo(Grafiek.VERBORGEN);
    }

    private static List<String> teksten(Grafiek g, String klasse) {
        return g.teksten().stream().filter(t -> t.klasse().equals(klasse)).map(Tekst::tekst).toList();
    }
}
