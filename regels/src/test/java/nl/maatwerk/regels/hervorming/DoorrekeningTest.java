package nl.maatwerk.regels.hervorming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.maatwerk.regels.inkomen.Inkomsten;
import nl.maatwerk.regels.inkomen.Parameters;
import org.junit.jupiter.api.Test;

class DoorrekeningTest {

    static long[] velden(Doorrekening.Uitkomst u) {
        return new long[] {u.norm, u.beslagvrijeVoet, u.kostendelers, u.vrijgelaten, u.inkomen, u.bijstand, u.besteedbaar, u.onderMinimum ? 1 : 0,
            u.zorgtoeslag, u.zorgtoeslagBekend ? 1 : 0, u.totaal};
    }

    @Test
    void theOutcomeFromTheFastRouteAndTheCacheEqualsTheExplainedRulesForEveryHousehold() {
        // Dates around the AOW and kostendeler boundaries and the 2026 allowances, the baseline and two variants.
        for (LocalDate peil : List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28))) {
            for (Hervorming v : List.of(Hervorming.basis(), new Hervorming("kd", java.util.Map.of(Parameters.KOSTENDELER_LEEFTIJD, java.math.BigDecimal.valueOf(23))),
                    new Hervorming("vrij", java.util.Map.of(Parameters.VRIJLATING_MEDISCH, new java.math.BigDecimal("0.30"),
                            Parameters.GIFTEN_VRIJLATING, java.math.BigDecimal.valueOf(2400))))) {
                Parameters p = v.toepassen(Parameters.standaard(), peil);
                Doorrekening d = new Doorrekening(p);
                Doorrekening.Uitkomst u = new Doorrekening.Uitkomst();
                Doorrekening.Uitkomst verwacht = new Doorrekening.Uitkomst();
                Populatie pop = new Populatie(21, peil, Populatie.Gebied.NEDERLAND);
                int vergeleken = 0;
                int metLoon = 0;
                for (long n = 0; n < 1_200; n++) {
                    Huishouden h = pop.huishouden(n);
                    try {
                        Doorrekening.uitgelegdVolledig(h, p, verwacht);
                    } catch (IllegalArgumentException e) {
                        assertThatThrownBy(() -> d.bereken(h, u)).as(h.alsInRegel()).isInstanceOf(IllegalArgumentException.class);
                        continue;
                    }
                    d.bereken(h, u);
                    assertThat(velden(u)).as(h.alsInRegel() + "," + h.extraKolommen()).containsExactly(velden(verwacht));
                    vergeleken++;
                    metLoon += h.loonAanvrager() > 0 ? 1 : 0;
                }
                assertThat(vergeleken).isGreaterThan(1_100);
                assertThat(metLoon).isPositive();
            }
        }
    }

    @Test
    void aHouseholdWithAnAllowanceWhoseMaximumIsUnknownOnThePeildatumIsRefusedWithTheRulesReason() {
        // The general allowance's maximum is in the managed set only from 1 July 2025.
        LocalDate peil = LocalDate.of(2025, 3, 1);
        Huishouden h = new Huishouden(0, "1", peil.toEpochDay(), peil.minusYears(35).toEpochDay(), Long.MIN_VALUE, new long[0], new byte[0], -1, -1,
                0, 0, "", 0, 0, 40_000, Inkomsten.Vrijlating.ALGEMEEN, 0, Inkomsten.Vrijlating.GEEN, 0);
        assertThatThrownBy(() -> new Doorrekening(Parameters.standaard()).bereken(h, new Doorrekening.Uitkomst()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
