package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VervaldagenTest {

    @Test
    void thisWeekRunsUpToAndIncludingSundayAndMondayIsLater() {
        LocalDate woensdag = LocalDate.of(2026, 12, 9);
        List<LocalDate> data = List.of(woensdag.minusDays(1), woensdag, woensdag.plusDays(1), woensdag.plusDays(4), woensdag.plusDays(5));
        Vervaldagen<LocalDate> v = Vervaldagen.indelen(data, d -> d, woensdag);
        assertThat(v.teLaat()).containsExactly(woensdag.minusDays(1));
        assertThat(v.vandaag()).containsExactly(woensdag);
        assertThat(v.dezeWeek()).containsExactly(woensdag.plusDays(1), woensdag.plusDays(4));
        assertThat(v.later()).containsExactly(woensdag.plusDays(5));
    }

    @Test
    void onASundayNothingElseIsLeftThisWeek() {
        LocalDate zondag = LocalDate.of(2026, 12, 13);
        assertThat(Vervaldagen.zondag(zondag)).isEqualTo(zondag);
        assertThat(Vervaldagen.indelen(List.of(zondag.plusDays(1)), d -> d, zondag).dezeWeek()).isEmpty();
    }
}
