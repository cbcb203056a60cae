package nl.maatwerk.knelpunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.knelpunt.Evaluatie.Maat;
import nl.maatwerk.knelpunt.Evaluatie.Perioden;
import nl.maatwerk.knelpunt.Evaluatie.Soort;
import nl.maatwerk.knelpunt.Evaluatie.Uitkomst;
import nl.maatwerk.platform.KleineGroep;
import org.junit.jupiter.api.Test;

/** Before and after a change, worked out by hand. No Spring. */
class EvaluatieTest {

    static final LocalDate GEWIJZIGD = LocalDate.of(2026, 6, 15);

    /** {@code perMaand} in every month from {@code van} to {@code tot}. */
    private static Map<YearMonth, Long> elke(YearMonth van, YearMonth tot, long perMaand) {
        Map<YearMonth, Long> m = new HashMap<>();
        for (YearMonth x = van; !x.isAfter(tot); x = x.plusMonths(1)) {
            m.put(x, perMaand);
        }
        return m;
    }

    private static Map<YearMonth, Long> samen(Map<YearMonth, Long> a, Map<YearMonth, Long> b) {
        Map<YearMonth, Long> m = new HashMap<>(a);
        m.putAll(b);
        return m;
    }

    @Test
    void thePeriodsAreWholeMonthsBeforeAndAfterWithoutTheMonthOfTheChangeAndWithoutTheRunningMonth() {
        Perioden p = Evaluatie.perioden(GEWIJZIGD, 6, LocalDate.of(2026, 12, 7));
        assertThat(p).isEqualTo(new Perioden(YearMonth.of(2025, 12), YearMonth.of(2026, 5), YearMonth.of(2026, 7), YearMonth.of(2026, 11)));
        assertThat(p.maandenVoor()).isEqualTo(6);
        assertThat(p.maandenNa()).isEqualTo(5);
        assertThat(Evaluatie.perioden(GEWIJZIGD, 6, LocalDate.of(2027, 12, 1)).naTot()).isEqualTo(YearMonth.of(2026, 12));
        Perioden nogNiets = Evaluatie.perioden(GEWIJZIGD, 6, LocalDate.of(2026, 7, 20));
        assertThat(nogNiets.naVan()).isNull();
        assertThat(nogNiets.maandenNa()).isZero();
    }

    @Test
    void aCountIsComparedPerMonthSoAShorterAfterPeriodIsFair() {
        // Before: 12 a month for 6 months. After (July to September, three whole months by 1 October): 4 a month. June does not count.
        Map<YearMonth, Long> teller = samen(samen(elke(YearMonth.of(2025, 12), YearMonth.of(2026, 5), 12), Map.of(YearMonth.of(2026, 6), 500L)),
                elke(YearMonth.of(2026, 7), YearMonth.of(2026, 9), 4));
        Uitkomst u = Evaluatie.vergelijk(GEWIJZIGD, 6, LocalDate.of(2026, 10, 1), List.of(new Maat("Afwijkingen", Soort.AANTAL, "", teller, null)))
                .uitkomsten().getFirst();
        assertThat(u.voor()).isEqualTo(12.0);
        assertThat(u.na()).isEqualTo(4.0);
        assertThat(u.verschilProcent()).isCloseTo(-66.67, within(0.01));
        assertThat(u.richting()).isEqualTo("lager");
    }

    @Test
    void aCountBelowTheMinimumOverAPeriodIsHiddenAndThenThereIsNoDifference() {
        Map<YearMonth, Long> teller = samen(Map.of(YearMonth.of(2026, 1), (long) KleineGroep.MINIMUM - 1),
                elke(YearMonth.of(2026, 7), YearMonth.of(2026, 11), KleineGroep.MINIMUM));
        Uitkomst u = Evaluatie.vergelijk(GEWIJZIGD, 6, LocalDate.of(2026, 12, 7), List.of(new Maat("Knelpunten", Soort.AANTAL, "", teller, null)))
                .uitkomsten().getFirst();
        assertThat(u.voor()).isNull();
        assertThat(u.voorVerborgen()).isTrue();
        assertThat(u.na()).isEqualTo(KleineGroep.MINIMUM);
        assertThat(u.verschilProcent()).isNull();
        assertThat(u.richting()).isEmpty();
    }

    @Test
    void exactlyTheMinimumIsShown() {
        Uitkomst u = Evaluatie.vergelijk(GEWIJZIGD, 6, LocalDate.of(2026, 12, 7), List.of(new Maat("Knelpunten", Soort.AANTAL, "",
                Map.of(YearMonth.of(2026, 2), (long) KleineGroep.MINIMUM), null))).uitkomsten().getFirst();
        assertThat(u.voor()).isCloseTo(KleineGroep.MINIMUM / 6.0, within(1e-9));
        assertThat(u.na()).isZero();
        assertThat(u.naVerborgen()).isFalse();
    }

    @Test
    void aShareIsPartOverWholeAndHiddenWhenThePartOrTheWholeIsSmall() {
        Map<YearMonth, Long> deel = samen(elke(YearMonth.of(2025, 12), YearMonth.of(2026, 5), 5), Map.of(YearMonth.of(2026, 8), 3L));
        Map<YearMonth, Long> geheel = samen(elke(YearMonth.of(2025, 12), YearMonth.of(2026, 5), 50), elke(YearMonth.of(2026, 7), YearMonth.of(2026, 11), 40));
        Uitkomst u = Evaluatie.vergelijk(GEWIJZIGD, 6, LocalDate.of(2026, 12, 7), List.of(new Maat("Deel", Soort.AANDEEL, "%", deel, geheel)))
                .uitkomsten().getFirst();
        assertThat(u.voor()).isEqualTo(10.0); // 30 of 300
        assertThat(u.na()).isNull(); // 3 of 200: the part is small
        assertThat(u.naVerborgen()).isTrue();
    }

    @Test
    void anAverageIsTheSumOverTheNumberAndHiddenBelowTheMinimumNumber() {
        Map<YearMonth, Long> dagen = samen(Map.of(YearMonth.of(2026, 3), 300L), Map.of(YearMonth.of(2026, 8), 90L));
        Map<YearMonth, Long> aantal = samen(Map.of(YearMonth.of(2026, 3), 20L), Map.of(YearMonth.of(2026, 8), (long) KleineGroep.MINIMUM - 1));
        Uitkomst u = Evaluatie.vergelijk(GEWIJZIGD, 6, LocalDate.of(2026, 12, 7),
                List.of(new Maat("Doorlooptijd", Soort.GEMIDDELDE, " dagen", dagen, aantal))).uitkomsten().getFirst();
        assertThat(u.voor()).isEqualTo(15.0);
        assertThat(u.na()).isNull();
        assertThat(u.naVerborgen()).isTrue();
    }

    @Test
    void beforeAnyWholeMonthHasPassedThereIsNoAfterAndNothingIsCalledHidden() {
        Uitkomst u = Evaluatie.vergelijk(GEWIJZIGD, 6, LocalDate.of(2026, 7, 3), List.of(new Maat("Knelpunten", Soort.AANTAL, "",
                elke(YearMonth.of(2025, 12), YearMonth.of(2026, 7), 12), null))).uitkomsten().getFirst();
        assertThat(u.voor()).isEqualTo(12.0);
        assertThat(u.na()).isNull();
        assertThat(u.naVerborgen()).isFalse();
    }

    @Test
    void fromZeroThereIsNoPercentageButStillADirection() {
        Uitkomst u = Evaluatie.vergelijk(GEWIJZIGD, 6, LocalDate.of(2026, 12, 7), List.of(new Maat("Knelpunten", Soort.AANTAL, "",
                elke(YearMonth.of(2026, 7), YearMonth.of(2026, 11), 12), null))).uitkomsten().getFirst();
        assertThat(u.voor()).isZero();
        assertThat(u.na()).isEqualTo(12.0);
        assertThat(u.verschilProcent()).isNull();
        assertThat(u.richting()).isEqualTo("hoger");
    }

    @Test
    void aMeasureInRoundsComparesTheLastRoundBeforeWithTheLastRoundAfterByToday() {
        List<Evaluatie.Ronde> rondes = List.of(new Evaluatie.Ronde(LocalDate.of(2025, 11, 30), 60), new Evaluatie.Ronde(LocalDate.of(2026, 3, 31), 55),
                new Evaluatie.Ronde(LocalDate.of(2026, 10, 31), 66), new Evaluatie.Ronde(LocalDate.of(2027, 3, 31), 80));
        Uitkomst u = Evaluatie.rondes("Uitvoering", "", rondes, GEWIJZIGD, LocalDate.of(2026, 12, 7));
        assertThat(u.voor()).isEqualTo(55.0);
        assertThat(u.na()).isEqualTo(66.0);
        assertThat(u.verschilProcent()).isCloseTo(20.0, within(1e-9));
        assertThat(u.richting()).isEqualTo("hoger");
    }

    @Test
    void aHiddenRoundScoreIsHiddenAndNoRoundIsNotCalledHidden() {
        Uitkomst u = Evaluatie.rondes("Uitvoering", "", List.of(new Evaluatie.Ronde(LocalDate.of(2026, 3, 31), null)), GEWIJZIGD, LocalDate.of(2026, 12, 7));
        assertThat(u.voor()).isNull();
        assertThat(u.voorVerborgen()).isTrue();
        assertThat(u.na()).isNull();
        assertThat(u.naVerborgen()).isFalse();
    }
}
