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
        assertThat(p.op(Parameters.WMO_ABONNEMENTSTARIEF, LocalDate.of(2026, 1, 1)).bevestigd()).isFalse();
        assertThat(p.op(Parameters.ZORGTOESLAG_MAXIMUM_ALLEENSTAANDE, LocalDate.of(2026, 1, 1)).bevestigd()).isFalse();
        // The 2026 norms were found in the consolidated law text of 2026-01-01 and 2026-07-01.
        assertThat(p.op(Parameters.NORM_GEHUWDEN, LocalDate.of(2026, 1, 1)).bevestigd()).isTrue();
        assertThat(p.op(Parameters.NORM_ALLEENSTAANDE, LocalDate.of(2026, 7, 1)).bevestigd()).isTrue();
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

    @Test
    void newLinesOf2026AndTheAowAgeOf2028() {
        assertThat(p.op(Parameters.AOW_LEEFTIJD, LocalDate.of(2027, 12, 31)).waarde()).as("67 years").isEqualByComparingTo("804");
        assertThat(p.op(Parameters.AOW_LEEFTIJD, LocalDate.of(2028, 1, 1)).waarde()).as("67 years and 3 months").isEqualByComparingTo("807");
        assertThat(p.op(Parameters.NORM_AOW_ALLEENSTAANDE, LocalDate.of(2026, 1, 1)).waarde()).isEqualByComparingTo("1564.69");
        assertThat(p.op(Parameters.NORM_AOW_GEHUWDEN, LocalDate.of(2026, 1, 1)).waarde()).isEqualByComparingTo("2144.16");
        assertThat(p.op(Parameters.NORM_JONG_ALLEENSTAANDE, LocalDate.of(2025, 7, 1)).waarde()).isEqualByComparingTo("337.98");
        assertThat(p.op(Parameters.NORM_JONG_GEMENGD_KINDEREN, LocalDate.of(2026, 1, 1)).waarde()).isEqualByComparingTo("1747.49");
        // Values not found in an official or municipal table stay marked.
        assertThat(p.op(Parameters.KWIJTSCHELDING_AANWENDING, LocalDate.of(2026, 1, 1)).bevestigd()).isFalse();
    }

    @Test
    void theNormsOfJuly2026ComeFromTheLawTextAndEndAtTheEndOf2026() {
        assertThat(p.op(Parameters.NORM_GEHUWDEN, LocalDate.of(2026, 6, 30)).waarde()).isEqualByComparingTo("2002.13");
        assertThat(p.op(Parameters.NORM_GEHUWDEN, LocalDate.of(2026, 7, 1)).waarde()).isEqualByComparingTo("2027.79");
        assertThat(p.op(Parameters.NORM_ALLEENSTAANDE, LocalDate.of(2026, 7, 1)).waarde()).isEqualByComparingTo("1419.46");
        assertThat(p.op(Parameters.NORM_AOW_GEHUWDEN, LocalDate.of(2026, 7, 1)).waarde()).isEqualByComparingTo("2176.10");
        assertThat(p.op(Parameters.NORM_AOW_ALLEENSTAANDE, LocalDate.of(2026, 7, 1)).waarde()).isEqualByComparingTo("1587.34");
        assertThat(p.op(Parameters.NORM_JONG_ALLEENSTAANDE, LocalDate.of(2026, 7, 1)).waarde()).isEqualByComparingTo("350.42");
        assertThat(p.op(Parameters.NORM_JONG_GEHUWDEN, LocalDate.of(2026, 7, 1)).waarde()).isEqualByComparingTo("700.84");
        assertThat(p.op(Parameters.NORM_JONG_GEMENGD, LocalDate.of(2026, 7, 1)).waarde()).isEqualByComparingTo("1364.32");
        assertThat(p.op(Parameters.NORM_JONG_GEHUWDEN_KINDEREN, LocalDate.of(2026, 7, 1)).waarde()).isEqualByComparingTo("1106.40");
        assertThat(p.op(Parameters.NORM_JONG_GEMENGD_KINDEREN, LocalDate.of(2026, 7, 1)).waarde()).isEqualByComparingTo("1769.88");
        assertThat(p.op(Parameters.NORM_GEHUWDEN, LocalDate.of(2026, 7, 1)).bevestigd()).isTrue();
        assertThat(Bijstandsnorm.laatsteDagMetNormen(p)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void switchesOfTheLawAreDatedData() {
        assertThat(p.aan(Parameters.BESLAGVRIJE_VOET_KOSTENDELERSNORM, LocalDate.of(2020, 12, 31))).isFalse();
        assertThat(p.aan(Parameters.BESLAGVRIJE_VOET_KOSTENDELERSNORM, LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(p.aan(Parameters.GIFTEN_VERANTWOORD_TOETS, LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(p.aan(Parameters.GIFTEN_VERANTWOORD_TOETS, LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(p.aan(Parameters.GIFTEN_VOEDSELBANK_VRIJ, LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(p.aan(Parameters.JONGERENNORM_VERHOGING_VERPLICHT, LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(p.op(Parameters.TERUGVORDERING_MAXIMALE_LOOPTIJD, LocalDate.of(2025, 1, 1)).waarde()).isEqualByComparingTo("120");
        assertThat(p.op(Parameters.TERUGVORDERING_MAXIMALE_LOOPTIJD, LocalDate.of(2025, 1, 1)).bron())
                .isEqualTo("jci1.3:c:BWBR0015703&artikel=58&lid=7");
    }
}
