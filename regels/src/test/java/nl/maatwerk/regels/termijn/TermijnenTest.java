package nl.maatwerk.regels.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermijnenTest {

    private final Termijnen termijnen = Termijnen.standaard();

    @Test
    void easterAndTheHolidaysThatDependOnItAreComputedForKnownYears() {
        assertThat(Werkdagen.eerstePaasdag(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Werkdagen.eerstePaasdag(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Werkdagen.eerstePaasdag(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Werkdagen.feestdagen(2026)).contains(
                LocalDate.of(2026, 4, 6),   // Tweede Paasdag
                LocalDate.of(2026, 5, 14),  // Hemelvaartsdag
                LocalDate.of(2026, 5, 25),  // Tweede Pinksterdag
                LocalDate.of(2026, 4, 27),  // Koningsdag
                LocalDate.of(2026, 5, 5));
        assertThat(Werkdagen.isFeestdag(LocalDate.of(2026, 4, 3))).as("Goede Vrijdag is not in the Atw").isFalse();
    }

    @Test
    void koningsdagMovesToSaturdayWhenTheTwentySeventhIsASunday() {
        assertThat(Werkdagen.feestdagen(2025)).contains(LocalDate.of(2025, 4, 26)).doesNotContain(LocalDate.of(2025, 4, 27));
    }

    @Test
    void threeWorkingDaysSkipTheWeekend() {
        // Thursday 19 November 2026 + 3 working days: Friday, Monday, Tuesday.
        var u = termijnen.bereken("wgs-eerste-gesprek-dreiging", LocalDate.of(2026, 11, 19));
        assertThat(u.uitersteDatum()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(u.termijn().duur()).isEqualTo(3);
    }

    @Test
    void threeWorkingDaysSkipChristmasAndTheWeekend() {
        // Wednesday 23 December 2026: Thursday 24, then Friday 25 and Saturday 26 (holidays), Sunday, Monday 28, Tuesday 29.
        assertThat(termijnen.bereken("wgs-eerste-gesprek-dreiging", LocalDate.of(2026, 12, 23)).uitersteDatum())
                .isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void aTermInWeeksEndingOnASaturdayRunsOnToMonday() {
        // Saturday 7 November 2026 + 6 weeks = Saturday 19 December 2026 -> Monday 21 December.
        var u = termijnen.bereken("wmo-onderzoek", LocalDate.of(2026, 11, 7));
        assertThat(u.uitersteDatum()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(u.verlengdDoorAtw()).isTrue();
    }

    @Test
    void aTermInWeeksEndingOnAHolidayRunsOnToTheNextWorkingDay() {
        // Monday 16 March 2026 + 6 weeks = Monday 27 April 2026 (Koningsdag) -> Tuesday 28 April.
        assertThat(termijnen.bereken("wmo-onderzoek", LocalDate.of(2026, 3, 16)).uitersteDatum()).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void aTermInWeeksOnAWorkingDayIsNotExtended() {
        var u = termijnen.bereken("wmo-beschikking", LocalDate.of(2026, 11, 25));
        assertThat(u.uitersteDatum()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(u.verlengdDoorAtw()).isFalse();
        assertThat(termijnen.bereken("pw-besluit", LocalDate.of(2026, 11, 25)).uitersteDatum()).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void everyTermNamesAJuriconnectSourceAndAStatus() {
        assertThat(termijnen.alle()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.bron()).startsWith("jci1.3:c:BWBR");
            assertThat(t.status()).isIn("bevestigd", "te verifiëren");
        });
    }

    @Test
    void refusesADateBeforeTheTermApplied() {
        assertThatThrownBy(() -> termijnen.bereken("wmo-onderzoek", LocalDate.of(2014, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wmo-onderzoek");
    }

    @Test
    void countsWorkingDaysBetweenTwoDatesBothWays() {
        assertThat(Werkdagen.tussen(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24))).isEqualTo(2);
        assertThat(Werkdagen.tussen(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 20))).isEqualTo(-2);
    }
}
