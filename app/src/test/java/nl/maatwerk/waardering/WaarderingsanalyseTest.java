package nl.maatwerk.waardering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.waardering.Waarderingsanalyse.Indicator;
import nl.maatwerk.waardering.Waarderingsanalyse.Interval;
import nl.maatwerk.waardering.Waarderingsanalyse.Rij;
import nl.maatwerk.waardering.Waarderingsanalyse.Uitslag;
import org.junit.jupiter.api.Test;

/** The sums by hand: percentages, Wilson intervals and the small-group threshold. No Spring. */
class WaarderingsanalyseTest {

    private static Rij rij(YearMonth maand, Integer cijfer, Integer... scores) {
        Map<Vraag, Integer> s = new EnumMap<>(Vraag.class);
        for (int i = 0; i < Vraag.values().length; i++) {
            s.put(Vraag.values()[i], i < scores.length ? scores[i] : null);
        }
        return new Rij("team", "wmo", maand, s, cijfer);
    }

    @Test
    void wilsonIntervalsMatchTheHandComputedValues() {
        // 8 of 10: p = 0.8, z² = 3.8415; centre (0.8 + 0.19207) / 1.38415 = 0.71674,
        // half 1.95996 · √(0.016 + 0.009604) / 1.38415 = 0.22658, so 49.02% to 94.33%.
        Interval i = Waarderingsanalyse.wilson(8, 10);
        assertThat(i.onder()).isCloseTo(49.02, within(0.01));
        assertThat(i.boven()).isCloseTo(94.33, within(0.01));
        // 0 of 10: the lower bound stays at 0, the upper is z²/n / (1 + z²/n) = 0.38415 / 1.38415 = 27.75%.
        Interval nul = Waarderingsanalyse.wilson(0, 10);
        assertThat(nul.onder()).isCloseTo(0, within(1e-9));
        assertThat(nul.boven()).isCloseTo(27.75, within(0.01));
        // 10 of 10: mirrored.
        Interval alles = Waarderingsanalyse.wilson(10, 10);
        assertThat(alles.onder()).isCloseTo(72.25, within(0.01));
        assertThat(alles.boven()).isCloseTo(100, within(1e-9));
        // 60 of 100: centre (0.6 + 0.019207) / 1.038415 = 0.59630, half 1.95996 · √(0.0024 + 0.00009604) / 1.038415 = 0.09432.
        Interval honderd = Waarderingsanalyse.wilson(60, 100);
        assertThat(honderd.onder()).isCloseTo(50.20, within(0.01));
        assertThat(honderd.boven()).isCloseTo(69.06, within(0.01));
    }

    @Test
    void theIndicatorCountsAgreeAndFullyAgreeOverTheAnswersOnTheScaleWithoutDontKnow() {
        YearMonth m = YearMonth.of(2026, 3);
        List<Rij> rijen = new ArrayList<>();
        // First item: 5, 5, 4, 4, 4, 3, 2, 1, 4, 5, 3, 2 (12 on the scale, 7 agree) and three "weet niet" (null).
        int[] eerste = {5, 5, 4, 4, 4, 3, 2, 1, 4, 5, 3, 2};
        for (int s : eerste) {
            rijen.add(rij(m, 8, s));
        }
        for (int i = 0; i < 3; i++) {
            rijen.add(rij(m, 6, (Integer) null));
        }
        Uitslag u = Waarderingsanalyse.bereken(rijen);
        assertThat(u.aantal()).isEqualTo(15);
        Indicator i = u.van(Vraag.TOEGANG_WIST_WAAR);
        assertThat(i.eens()).isEqualTo(7);
        assertThat(i.geldig()).isEqualTo(12);
        assertThat(i.percentage()).isCloseTo(58.33, within(0.01));
        // 7 of 12: p = 0.58333, z²/n = 0.32012; centre (0.58333 + 0.16006) / 1.32012 = 0.56313,
        // half 1.95996 · √(0.020255 + 0.006669) / 1.32012 = 0.24365: 31.95% to 80.68%.
        assertThat(i.interval().onder()).isCloseTo(31.95, within(0.01));
        assertThat(i.interval().boven()).isCloseTo(80.68, within(0.01));
        // The mean mark: 12 × 8 + 3 × 6 = 114 over 15 = 7.6.
        assertThat(u.cijfer().gemiddelde()).isCloseTo(7.6, within(1e-9));
        // No one answered the other items: hidden, not 0%.
        assertThat(u.van(Vraag.EFFECT_LEVEN).verborgen()).isTrue();
        assertThat(u.van(Vraag.EFFECT_LEVEN).percentage()).isNull();
    }

    @Test
    void aGroupBelowTheThresholdShowsNothingAndAGroupOfExactlyTheThresholdShowsItsNumbers() {
        YearMonth m = YearMonth.of(2026, 5);
        List<Rij> klein = new ArrayList<>();
        for (int i = 0; i < KleineGroep.MINIMUM - 1; i++) {
            klein.add(rij(m, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5));
        }
        Uitslag verborgen = Waarderingsanalyse.bereken(klein);
        assertThat(verborgen.verborgen()).isTrue();
        assertThat(verborgen.aantal()).isNull();
        assertThat(verborgen.cijfer().gemiddelde()).isNull();
        assertThat(verborgen.indicatoren()).allMatch(Indicator::verborgen);

        List<Rij> genoeg = new ArrayList<>(klein);
        genoeg.add(rij(m, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        Uitslag zichtbaar = Waarderingsanalyse.bereken(genoeg);
        assertThat(zichtbaar.aantal()).isEqualTo(KleineGroep.MINIMUM);
        assertThat(zichtbaar.van(Vraag.KWALITEIT_GOED).eens()).isEqualTo(KleineGroep.MINIMUM - 1);
        assertThat(zichtbaar.van(Vraag.KWALITEIT_GOED).geldig()).isEqualTo(KleineGroep.MINIMUM);
    }

    @Test
    void anItemAnsweredByTooFewIsHiddenWhileTheGroupIsShown() {
        YearMonth m = YearMonth.of(2026, 7);
        List<Rij> rijen = new ArrayList<>();
        for (int i = 0; i < KleineGroep.MINIMUM + 5; i++) {
            // The fifth item (cliëntondersteuner) answered only by the first MINIMUM - 1; the rest say "weet niet".
            rijen.add(rij(m, 7, 4, 4, 4, 4, i < KleineGroep.MINIMUM - 1 ? 4 : null));
        }
        Uitslag u = Waarderingsanalyse.bereken(rijen);
        assertThat(u.verborgen()).isFalse();
        assertThat(u.van(Vraag.TOEGANG_WIST_WAAR).percentage()).isEqualTo(100.0);
        assertThat(u.van(Vraag.TOEGANG_ONDERSTEUNER).verborgen()).isTrue();
    }

    @Test
    void quartersAreCountedApartAndAQuarterWithTooFewIsHidden() {
        List<Rij> rijen = new ArrayList<>();
        for (int i = 0; i < KleineGroep.MINIMUM; i++) {
            rijen.add(rij(YearMonth.of(2026, 1 + i % 3), 8, 4));
        }
        rijen.add(rij(YearMonth.of(2026, 4), 8, 4));
        Map<String, Uitslag> k = Waarderingsanalyse.perKwartaal(2026, rijen);
        assertThat(k.keySet()).containsExactly("2026-K1", "2026-K2", "2026-K3", "2026-K4");
        assertThat(k.get("2026-K1").aantal()).isEqualTo(KleineGroep.MINIMUM);
        assertThat(k.get("2026-K2").verborgen()).isTrue();
        assertThat(k.get("2026-K3").verborgen()).isTrue();
    }

    @Test
    void unhappyIsALowMarkOrDisagreeingAboutTheHelpNotAboutAccess() {
        Map<Vraag, Integer> toegangOneens = new EnumMap<>(Vraag.class);
        toegangOneens.put(Vraag.TOEGANG_SNEL, 1);
        assertThat(Uitnodigingen.ontevreden(new Uitnodigingen.Invulling(toegangOneens, 7, null, true))).isFalse();
        assertThat(Uitnodigingen.ontevreden(new Uitnodigingen.Invulling(toegangOneens, 5, null, true))).isTrue();
        Map<Vraag, Integer> effectOneens = new EnumMap<>(Vraag.class);
        effectOneens.put(Vraag.EFFECT_REDDEN, 2);
        assertThat(Uitnodigingen.ontevreden(new Uitnodigingen.Invulling(effectOneens, 8, null, true))).isTrue();
    }

    @Test
    void fiveWorkingDaysSkipTheWeekend() {
        // Friday 4 December 2026: Monday 7 to Friday 11.
        assertThat(Uitnodigingen.werkdagenNa(java.time.LocalDate.of(2026, 12, 4), 5)).isEqualTo(java.time.LocalDate.of(2026, 12, 11));
        // Wednesday 9 December: Thursday, Friday, Monday, Tuesday, Wednesday 16.
        assertThat(Uitnodigingen.werkdagenNa(java.time.LocalDate.of(2026, 12, 9), 5)).isEqualTo(java.time.LocalDate.of(2026, 12, 16));
    }
}
