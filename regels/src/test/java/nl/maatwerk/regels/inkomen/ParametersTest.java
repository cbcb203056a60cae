package nl.maatwerk.regels.inkomen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ParametersTest {

    private final Parameters p = Parameters.standaard();

    @Test
    void everyLineHasASourceAndAKnownStatus() {
        assertThat(p.alle()).isNotEmpty().allSatisfy(x -> {
            assertThat(x.bron()).matches(Regel.BRON);
            assertThat(x.status()).isIn("bevestigd", "te verifiëren");
            assertThat(x.toelichting()).isNotBlank();
        });
    }

    @Test
    void unverifiedValuesAreMarked() {
        assertThat(p.op(Parameters.NORM_GEHUWDEN, LocalDate.of(2026, 1, 1)).bevestigd()).isFalse();
        assertThat(p.op(Parameters.NORM_ALLEENSTAANDE, LocalDate.of(2026, 1, 1)).bevestigd()).isFalse();
        assertThat(p.op(Parameters.WMO_ABONNEMENTSTARIEF, LocalDate.of(2026, 1, 1)).bevestigd()).isFalse();
        assertThat(p.op(Parameters.NORM_GEHUWDEN, LocalDate.of(2025, 7, 1)).bevestigd()).isTrue();
    }

    @Test
    void otherSchemesPickTheValueInForce() {
        assertThat(p.op(Parameters.WMO_ABONNEMENTSTARIEF, LocalDate.of(2025, 12, 31)).waarde()).isEqualByComparingTo("21.00");
        assertThat(p.op(Parameters.WMO_ABONNEMENTSTARIEF, LocalDate.of(2026, 1, 1)).waarde()).isEqualByComparingTo("21.80");
        assertThat(p.op(Parameters.GIFTEN_VRIJLATING, LocalDate.of(2026, 1, 1)).waarde()).isEqualByComparingTo("1200");
        assertThat(p.op(Parameters.GIFTEN_VRIJLATING, LocalDate.of(2025, 12, 31)).waarde()).as("no fixed free amount before 2026").isZero();
        assertThat(p.op(Parameters.BESLAGVRIJE_VOET, LocalDate.of(2020, 12, 31)).waarde()).as("old law").isEqualByComparingTo("0.90");
        assertThat(p.op(Parameters.KOSTENDELER_LEEFTIJD, LocalDate.of(2022, 12, 31)).waarde()).isEqualByComparingTo("21");
        assertThat(p.op(Parameters.AOW_LEEFTIJD, LocalDate.of(2019, 6, 1)).waarde()).as("66 years and 4 months").isEqualByComparingTo("796");
        assertThat(p.op(Parameters.KWIJTSCHELDING, LocalDate.of(2025, 1, 1)).waarde()).isEqualByComparingTo("0.90");
        assertThat(p.op(Parameters.KWIJTSCHELDING_MAXIMUM, LocalDate.of(2025, 1, 1)).waarde()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(p.op(Parameters.BESLAGVRIJE_VOET, LocalDate.of(2025, 1, 1)).waarde()).isEqualByComparingTo("0.95");
        assertThat(p.op(Parameters.VAKANTIETOESLAG, LocalDate.of(2025, 1, 1)).waarde()).isEqualByComparingTo("0.05");
    }
}
