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
        // Atw art. 3 lid 2 equates Good Friday with the recognised holidays (the earlier reading left it out).
        assertThat(Werkdagen.isFeestdag(LocalDate.of(2026, 4, 3))).as("Goede Vrijdag, art. 3 lid 2 Atw").isTrue();
        assertThat(Werkdagen.isFeestdag(LocalDate.of(2025, 4, 18))).as("Goede Vrijdag 2025").isTrue();
        assertThat(Werkdagen.isFeestdag(LocalDate.of(2026, 4, 5))).as("Easter Sunday is a Sunday, not in the list").isFalse();
    }

    @Test
    void aTermInWeeksEndingOnGoodFridayRunsOnPastEasterMonday() {
        // Friday 20 March 2026 + 2 weeks = Good Friday 3 April; Saturday, Sunday and Easter Monday 6 April
        // are no working days either, so the term runs to Tuesday 7 April.
        var u = termijnen.bereken("wmo-beschikking", LocalDate.of(2026, 3, 20));
        assertThat(u.uitersteDatum()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(u.verlengdDoorAtw()).isTrue();
    }

    @Test
    void threeWorkingDaysSkipGoodFridayAndEasterMonday() {
        // Thursday 2 April 2026: Friday 3 (Good Friday), weekend, Monday 6 (Easter Monday); then 7, 8, 9 April.
        assertThat(termijnen.bereken("wgs-eerste-gesprek-dreiging", LocalDate.of(2026, 4, 2)).uitersteDatum())
                .isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void wgsTermsCiteTheWgsAndApplyFromJuly2012AndTheWmoDecisionTermCitesLid2() {
        var gesprek = termijnen.geldig("wgs-eerste-gesprek", LocalDate.of(2012, 7, 1)).orElseThrow();
        assertThat(gesprek.bron()).isEqualTo("jci1.3:c:BWBR0031331&artikel=4&lid=1");
        assertThat(gesprek.bevestigd()).isTrue();
        assertThat(termijnen.geldig("wgs-eerste-gesprek-dreiging", LocalDate.of(2012, 7, 1)).orElseThrow().bron())
                .isEqualTo("jci1.3:c:BWBR0031331&artikel=4&lid=2");
        assertThat(termijnen.geldig("wgs-eerste-gesprek", LocalDate.of(2012, 6, 30))).isEmpty();
        assertThat(termijnen.geldig("wmo-beschikking", LocalDate.of(2026, 1, 1)).orElseThrow().bron())
                .isEqualTo("jci1.3:c:BWBR0035362&artikel=2.3.5&lid=2");
        assertThat(termijnen.alle()).noneSatisfy(t -> assertThat(t.bron()).contains("BWBR0031164"));
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
