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
            u.zorgtoeslag, u.zorgtoeslagBekend ? 1 : 0, u.totaal, u.vermogenBovenGrens ? 1 : 0};
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

    private static Huishouden alleenstaande(LocalDate peil, long vermogen, int kinderen) {
        return new Huishouden(0, "1", peil.toEpochDay(), peil.minusYears(35).toEpochDay(), Long.MIN_VALUE, new long[0], new byte[0], -1, -1,
                0, vermogen, "", kinderen, 0, 0, Inkomsten.Vrijlating.GEEN, 0, Inkomsten.Vrijlating.GEEN, 0);
    }

    @Test
    void assetsAboveTheLimitForTheHouseholdTypeMeanNoBijstandAndAReformOfTheLimitChangesThat() {
        // 1 March 2026: limit 8,000 for a single person, 16,000 for a single parent (art. 34 lid 3); norm single 1,401.50.
        LocalDate peil = LocalDate.of(2026, 3, 1);
        Doorrekening basis = new Doorrekening(Parameters.standaard());
        Doorrekening.Uitkomst u = new Doorrekening.Uitkomst();
        basis.bereken(alleenstaande(peil, 800_000, 0), u);
        assertThat(u.bijstand).as("8,000 is at the limit, not above it").isEqualTo(140_150);
        basis.bereken(alleenstaande(peil, 900_000, 0), u);
        assertThat(u.bijstand).isZero();
        assertThat(u.vermogenBovenGrens).isTrue();
        assertThat(u.besteedbaar).as("no other income: nothing to spend but the assets").isZero();
        basis.bereken(alleenstaande(peil, 900_000, 1), u);
        assertThat(u.bijstand).as("a single parent has the higher limit").isEqualTo(140_150);
        Parameters ruimer = new Hervorming("grens 10.000", java.util.Map.of(Parameters.VERMOGENSGRENS_ALLEENSTAANDE, java.math.BigDecimal.valueOf(10_000)))
                .toepassen(Parameters.standaard(), peil);
        new Doorrekening(ruimer).bereken(alleenstaande(peil, 900_000, 0), u);
        assertThat(u.bijstand).isEqualTo(140_150);
        assertThat(u.vermogenBovenGrens).isFalse();
    }

    @Test
    void withoutAssetsOrWithDebtsTheOutcomeIsWhatTheRulesGiveWithoutAnAssetTest() {
        // Input without a vermogen column reads as 0, and net debts are below any limit: neither is tested, so old
        // input files give what they gave before the asset test existed.
        LocalDate nu = LocalDate.of(2025, 9, 1);
        Parameters p = Parameters.standaard();
        Doorrekening.Uitkomst zonder = new Doorrekening.Uitkomst();
        Doorrekening.Uitkomst schuld = new Doorrekening.Uitkomst();
        new Doorrekening(p).bereken(alleenstaande(nu, 0, 0), zonder);
        new Doorrekening(p).bereken(alleenstaande(nu, -250_000, 0), schuld);
        assertThat(velden(schuld)).containsExactly(velden(zonder));
        nl.maatwerk.regels.inkomen.Bijstand.Uitkomst regels = nl.maatwerk.regels.inkomen.Bijstand.bereken(new nl.maatwerk.regels.inkomen.Huishoudsituatie(
                List.of(new nl.maatwerk.regels.inkomen.Huishoudsituatie.Persoon(nl.maatwerk.regels.inkomen.Huishoudsituatie.Rol.AANVRAGER,
                        nu.minusYears(35)))), nu, Inkomsten.geen(), p);
        assertThat(zonder.bijstand).isEqualTo(regels.bijstand().movePointRight(2).longValueExact());
        assertThat(regels.vermogenstoets()).isEmpty();
        assertThat(zonder.vermogenBovenGrens).isFalse();
    }
}
