package nl.maatwerk.berekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.regels.inkomen.Parameters;
import org.junit.jupiter.api.Test;

/** The default date of a new calculation with managed norms: a norm for a later half year does not cover a gap. */
class RegelparameterPeildatumTest {

    private static Parameters met(LocalDate... normdata) {
        List<Parameters.Parameter> lijst = new ArrayList<>(Parameters.standaard().alle());
        for (LocalDate d : normdata) {
            lijst.add(new Parameters.Parameter(Parameters.NORM_GEHUWDEN, new BigDecimal("3000"), d, "jci1.3:c:BWBR0015703&artikel=21", "bevestigd", "test"));
        }
        return Parameters.van(lijst);
    }

    @Test
    void todayWhenTodaysHalfYearHasANormOtherwiseTheEndOfTheLastHalfYearWithOne() {
        // The built-in norms run to the end of 2026 (1 July 2026 is the newest); 2027 has none yet.
        LocalDate vandaag = LocalDate.of(2027, 2, 10);
        assertThat(Berekeningen.standaardPeildatum(Parameters.standaard(), vandaag)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Berekeningen.standaardPeildatum(met(LocalDate.of(2027, 1, 1)), vandaag)).isEqualTo(vandaag);
        assertThat(Berekeningen.standaardPeildatum(met(LocalDate.of(2100, 1, 1)), vandaag)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Berekeningen.standaardPeildatum(Parameters.standaard(), LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(Berekeningen.standaardPeildatum(Parameters.standaard(), LocalDate.of(2025, 8, 1))).isEqualTo(LocalDate.of(2025, 8, 1));
    }
}
