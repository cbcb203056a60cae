package nl.maatwerk.regels.hervorming;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.maatwerk.regels.inkomen.Parameters;
import org.junit.jupiter.api.Test;

class AggregaatTest {

    private static final LocalDate PEIL = LocalDate.of(2025, 9, 1);

    private static Huishouden alleenstaande(long nummer, long inkomenCenten, String wijk) {
        return new Huishouden(nummer, Long.toString(nummer + 1), PEIL.toEpochDay(), PEIL.minusYears(35).toEpochDay(), Long.MIN_VALUE,
                new long[0], new byte[0], -1, -1, inkomenCenten, 0, wijk, 0);
    }

    @Test
    void aRaiseOfTheSingleNormMakesWinnersOnlyOfThoseItLiftsByTenEurosOrMore() {
        // Norm 1369.06 -> 1379.06: +10.00 for anyone with income below the old norm; +5.06 at income 1374.00.
        Hervorming h = new Hervorming("plus10", Map.of(Parameters.NORM_ALLEENSTAANDE, new BigDecimal("1379.06")));
        List<Huishouden> hh = List.of(alleenstaande(0, 0, "A"), alleenstaande(1, 100_000, "A"), alleenstaande(2, 137_400, "B"),
                alleenstaande(3, 300_000, "B"));
        Aggregaat a = WatAls.reken(hh.size(), n -> hh.get((int) n), List.of(h), Parameters.standaard(), PEIL);
        Aggregaat.Regel basis = a.totaal(0);
        Aggregaat.Regel plus = a.totaal(1);
        // Baseline bijstand: 1369.06 + 369.06 + 0 + 0 = 1738.12 a month, x 12 = 20857.44 a year.
        assertThat(basis.kostenPerJaar()).isEqualTo(2_085_744);
        // Variant: 1379.06 + 379.06 + 5.06 = 1763.18 a month, x 12 = 21158.16.
        assertThat(plus.kostenPerJaar()).isEqualTo(2_115_816);
        assertThat(plus.winnaars()).isEqualTo(2);
        assertThat(plus.verliezers()).isZero();
        assertThat(plus.gemiddeldeWinstPerMaand()).isEqualTo(1_000);
        assertThat(plus.inBijstand()).isEqualTo(3);
    }

    @Test
    void oneGroupSmallerThanTheThresholdHidesTheNumbersOfEveryGroupOfThatDimensionButNotOfOthers() {
        Hervorming h = new Hervorming("x", Map.of());
        List<Huishouden> hh = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            hh.add(alleenstaande(i, 0, i < 3 ? "Klein" : i < 15 ? "Midden" : "Groot"));
        }
        Aggregaat a = WatAls.reken(hh.size(), n -> hh.get((int) n), List.of(h), Parameters.standaard(), PEIL);
        List<Aggregaat.Regel> wijken = a.regels(1, 10).stream().filter(r -> r.dimensie().equals("wijk")).toList();
        assertThat(wijken).extracting(Aggregaat.Regel::groep).containsExactly("Groot", "Klein", "Midden");
        // 15 + 3 + 12 = 30 is the total: with only "Klein" hidden it would be 30 - 15 - 12.
        assertThat(wijken).extracting(Aggregaat.Regel::huishoudens).containsExactly(null, null, null);
        assertThat(a.regels(1, 10).stream().filter(r -> r.dimensie().equals("huishoudtype")).toList())
                .extracting(Aggregaat.Regel::huishoudens).containsExactly(30L);
        assertThat(a.totaal(1).huishoudens()).isEqualTo(30L);
    }

    @Test
    void mergingPartsGivesTheSameAsOneRun() {
        Populatie p = new Populatie(11, PEIL, Populatie.Gebied.GEMEENTE);
        List<Hervorming> v = Hervorming.synthetisch(2, Parameters.standaard(), PEIL);
        Aggregaat heel = WatAls.reken(3_000, p::huishouden, v, Parameters.standaard(), PEIL);
        long[] grenzen = new long[9];
        Inkomensdecielen d = new Inkomensdecielen();
        for (long n = 0; n < 3_000; n++) {
            d.tel(p.huishouden(n).inkomen());
        }
        grenzen = d.grenzen();
        Aggregaat eerste = new Aggregaat(WatAls.namen(v), grenzen);
        Aggregaat tweede = new Aggregaat(WatAls.namen(v), grenzen);
        Doorrekening[] r = WatAls.doorrekeningen(v, Parameters.standaard(), PEIL);
        Doorrekening.Uitkomst[] u = WatAls.uitkomsten(r.length);
        for (long n = 0; n < 3_000; n++) {
            Huishouden h = p.huishouden(n);
            for (int i = 0; i < r.length; i++) {
                r[i].bereken(h, u[i]);
            }
            (n < 1_234 ? eerste : tweede).voegToe(h, u);
        }
        assertThat(eerste.samen(tweede).regels(2, 10)).isEqualTo(heel.regels(2, 10));
    }
}
