package nl.maatwerk.regels.hervorming;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import nl.maatwerk.regels.inkomen.Inkomsten;
import nl.maatwerk.regels.inkomen.Parameters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The what-if's outcome per household under the income rules: never negative, more wages or more
 * assets never give more bijstand, and it equals the explained {@code Bijstand}/{@code Maandbudget}/{@code Bestaanszekerheid}
 * household by household, under the baseline and under reforms of the allowances.
 */
class DoorrekeningProperties {

    private static final Map<String, Parameters> SETS = Map.of(
            "basis", Parameters.standaard(),
            "vrijlating 30%", new Hervorming("vrijlating 30%", Map.of(Parameters.INKOMSTENVRIJLATING, new BigDecimal("0.30")))
                    .toepassen(Parameters.standaard(), LocalDate.of(2026, 1, 1)),
            "giftenvrijlating 2400", new Hervorming("giften", Map.of(Parameters.GIFTEN_VRIJLATING, BigDecimal.valueOf(2400)))
                    .toepassen(Parameters.standaard(), LocalDate.of(2025, 7, 1)),
            "vermogensgrens 12000", new Hervorming("vermogen", Map.of(Parameters.VERMOGENSGRENS_ALLEENSTAANDE, BigDecimal.valueOf(12000)))
                    .toepassen(Parameters.standaard(), LocalDate.of(2025, 7, 1)));

    record Geval(String set, Huishouden huishouden) {
    }

    @Provide
    Arbitrary<Geval> gevallen() {
        Arbitrary<LocalDate> peil = Arbitraries.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 5, 1));
        Arbitrary<Integer> leeftijd = Arbitraries.integers().between(18, 80);
        Arbitrary<Long> loon = Arbitraries.longs().between(0, 400_000).injectDuplicates(0.1).edgeCases(e -> e.add(0L));
        Arbitrary<Inkomsten.Vrijlating> vrijlating = Arbitraries.of(Inkomsten.Vrijlating.class);
        Arbitrary<Long> overig = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)), net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 250_000)));
        Arbitrary<Long> giften = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)), net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 600_000)));
        Arbitrary<int[]> kinderen = Arbitraries.integers().between(0, 3).flatMap(k -> Arbitraries.integers().between(0, k).map(o -> new int[] {k, o}));
        Arbitrary<Integer> mede = Arbitraries.integers().between(0, 2);
        Arbitrary<Long> aflossing = Arbitraries.longs().between(-1, 40_000);
        // Assets minus debts in cents: none, debts, and amounts around the limits (7,605 to 16,000 euros).
        Arbitrary<Long> vermogen = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(-500_000, 3_000_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(760_500L, 760_501L, 800_000L, 800_001L, 1_600_000L, 1_600_001L)));
        Arbitrary<Huishouden> huishouden = Combinators.combine(peil, leeftijd, leeftijd.injectNull(0.5), mede, kinderen, loon, vrijlating,
                Combinators.combine(loon, vrijlating.filter(v -> v != Inkomsten.Vrijlating.ALLEENSTAANDE_OUDER), overig, giften, aflossing, vermogen)
                        .as((lp, vp, o, g, a, w) -> new Object[] {lp, vp, o, g, a, w}))
                .as((p, la, lp, m, k, l, v, rest) -> {
                    boolean partner = lp != null;
                    long[] medebewoners = new long[m];
                    for (int i = 0; i < m; i++) {
                        medebewoners[i] = p.minusYears(20 + 9L * i).minusDays(3).toEpochDay();
                    }
                    long a = (long) rest[4];
                    return new Huishouden(0, "1", p.toEpochDay(), p.minusYears(la).minusDays(10).toEpochDay(),
                            partner ? p.minusYears(lp).minusDays(40).toEpochDay() : Long.MIN_VALUE, medebewoners, new byte[m],
                            a < 0 ? -1 : 100_000, a, (long) rest[2], (long) rest[5], "", k[0], k[1], l, v, partner ? (long) rest[0] : 0,
                            partner ? (Inkomsten.Vrijlating) rest[1] : Inkomsten.Vrijlating.GEEN, (long) rest[3]);
                });
        return Combinators.combine(Arbitraries.of(SETS.keySet().stream().sorted().toList()), huishouden).as(Geval::new);
    }

    private static Doorrekening.Uitkomst reken(Parameters p, Huishouden h) {
        Doorrekening.Uitkomst u = new Doorrekening.Uitkomst();
        new Doorrekening(p).bereken(h, u);
        return u;
    }

    @Property(tries = 600)
    void theOutcomeEqualsTheExplainedRulesOrBothRefuse(@ForAll("gevallen") Geval g) {
        Parameters p = SETS.get(g.set());
        Doorrekening.Uitkomst verwacht = new Doorrekening.Uitkomst();
        String weigering = null;
        try {
            Doorrekening.uitgelegdVolledig(g.huishouden(), p, verwacht);
        } catch (IllegalArgumentException e) {
            weigering = e.getMessage();
        }
        net.jqwik.api.statistics.Statistics.collect(weigering == null ? "berekend" : "geweigerd");
        net.jqwik.api.statistics.Statistics.coverage(c -> c.check("berekend").percentage(pct -> pct > 70));
        try {
            Doorrekening.Uitkomst u = reken(p, g.huishouden());
            assertThat(weigering).as("the explained rules refuse, the what-if does not").isNull();
            assertThat(DoorrekeningTest.velden(u)).containsExactly(DoorrekeningTest.velden(verwacht));
        } catch (IllegalArgumentException e) {
            assertThat(weigering).as("the what-if refuses, the explained rules do not: " + e.getMessage()).isNotNull();
        }
    }

    @Property(tries = 400)
    void noAmountIsEverNegative(@ForAll("gevallen") Geval g) {
        Doorrekening.Uitkomst u;
        try {
            u = reken(SETS.get(g.set()), g.huishouden());
        } catch (IllegalArgumentException e) {
            return; // refused: nothing to check
        }
        assertThat(java.util.stream.LongStream.of(u.norm, u.beslagvrijeVoet, u.vrijgelaten, u.inkomen, u.bijstand, u.zorgtoeslag, u.totaal).min().getAsLong()).isNotNegative();
        assertThat(u.bijstand).isLessThanOrEqualTo(u.norm);
        assertThat(u.vrijgelaten).isLessThanOrEqualTo(g.huishouden().loonAanvrager() + g.huishouden().loonPartner());
    }

    /** The outcome of a household before and after a change, or null when the rules refuse either (not a case for these properties). */
    private static Doorrekening.Uitkomst[] voorEnNa(Geval g, java.util.function.UnaryOperator<Huishouden> wijziging) {
        Parameters p = SETS.get(g.set());
        try {
            return new Doorrekening.Uitkomst[] {reken(p, g.huishouden()), reken(p, wijziging.apply(g.huishouden()))};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Property(tries = 400)
    void moreWagesNeverGiveMoreBijstandAndNeverLessToSpend(@ForAll("gevallen") Geval g, @ForAll @LongRange(min = 1, max = 100_000) long extra) {
        Doorrekening.Uitkomst[] vn = voorEnNa(g, h -> h.metLoonAanvrager(h.loonAanvrager() + extra));
        if (vn == null) {
            return;
        }
        Doorrekening.Uitkomst voor = vn[0];
        Doorrekening.Uitkomst na = vn[1];
        assertThat(na.bijstand).isLessThanOrEqualTo(voor.bijstand);
        // Without zorgtoeslag what a household has never falls when it earns more (the allowance is a share below 100%).
        assertThat(na.besteedbaar).isGreaterThanOrEqualTo(voor.besteedbaar);
    }

    @Property(tries = 400)
    void moreAssetsNeverGiveMoreBijstand(@ForAll("gevallen") Geval g, @ForAll @LongRange(min = 1, max = 2_000_000) long extra) {
        Doorrekening.Uitkomst[] vn = voorEnNa(g, h -> h.metVermogen(h.vermogen() + extra));
        if (vn == null) {
            return;
        }
        Doorrekening.Uitkomst voor = vn[0];
        Doorrekening.Uitkomst na = vn[1];
        assertThat(na.bijstand).isLessThanOrEqualTo(voor.bijstand);
        if (voor.vermogenBovenGrens) {
            assertThat(na.vermogenBovenGrens).as("once above the limit, more stays above it").isTrue();
        }
    }
}
