package nl.maatwerk.regels.hervorming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.maatwerk.regels.inkomen.Parameters;
import org.junit.jupiter.api.Test;

class DoorrekeningTest {

    @Test
    void theOutcomeForAowAgeAndYouthFromTheCacheEqualsTheExplainedRulesForEveryHousehold() {
        // Two dates around the AOW and kostendeler boundaries, the baseline and a variant that moves the kostendeler age.
        for (LocalDate peil : List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28))) {
            for (Hervorming v : List.of(Hervorming.basis(), new Hervorming("kd", java.util.Map.of(Parameters.KOSTENDELER_LEEFTIJD, java.math.BigDecimal.valueOf(23))))) {
                Parameters p = v.toepassen(Parameters.standaard(), peil);
                Doorrekening d = new Doorrekening(p);
                Doorrekening.Uitkomst u = new Doorrekening.Uitkomst();
                Populatie pop = new Populatie(21, peil, Populatie.Gebied.NEDERLAND);
                int vergeleken = 0;
                for (long n = 0; n < 1_500; n++) {
                    Huishouden h = pop.huishouden(n);
                    long[] verwacht;
                    try {
                        verwacht = Doorrekening.zonderCache(h, p);
                    } catch (IllegalArgumentException e) {
                        continue; // refused by the rules; the cache must refuse it too, checked below
                    }
                    d.bereken(h, u);
                    assertThat(new long[] {u.norm, u.beslagvrijeVoet, u.kostendelers}).as(h.alsInRegel()).containsExactly(verwacht);
                    vergeleken++;
                }
                assertThat(vergeleken).isGreaterThan(1_400);
            }
        }
    }
}
