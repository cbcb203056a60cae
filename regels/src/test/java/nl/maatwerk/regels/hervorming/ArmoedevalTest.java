package nl.maatwerk.regels.hervorming;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.regels.inkomen.Huishoudsituatie;
import nl.maatwerk.regels.inkomen.Maandbudget;
import nl.maatwerk.regels.inkomen.Parameters;
import org.junit.jupiter.api.Test;

class ArmoedevalTest {

    private static final LocalDate PEIL_2026 = LocalDate.of(2026, 3, 1);

    /** The typical household as the explained rules take it (everyone in it lives in the rented home). */
    private static Huishoudsituatie situatie(Huishouden h) {
        List<Huishoudsituatie.Persoon> leden = new ArrayList<>();
        leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.AANVRAGER, LocalDate.ofEpochDay(h.aanvrager())));
        if (h.heeftPartner()) {
            leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.PARTNER, LocalDate.ofEpochDay(h.partner())));
        } else if (h.kinderenOnder12() > 0) {
            leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.KIND, LocalDate.ofEpochDay(h.peildatum()).minusYears(5)));
        }
        for (long m : h.medebewoners()) {
            leden.add(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.MEDEBEWONER, LocalDate.ofEpochDay(m)));
        }
        return new Huishoudsituatie(leden);
    }

    @Test
    void everyPointOfTheCurveEqualsTheExplainedMonthlyTotalWithTheTypicalRent() {
        Doorrekening d = new Doorrekening(Parameters.standaard());
        List<Armoedeval.Punt> curve = Armoedeval.curve("basis", d, PEIL_2026);
        Map<String, Huishouden> typisch = new java.util.HashMap<>();
        Armoedeval.typisch(PEIL_2026, Parameters.standaard()).forEach(t -> typisch.put(t.id(), t));
        int metHuurtoeslag = 0;
        for (Armoedeval.Punt p : curve) {
            Huishouden h = typisch.get(p.huishouden()).metLoonAanvrager(p.inkomen());
            Maandbudget.Uitkomst m = Maandbudget.bereken(situatie(h), PEIL_2026, Doorrekening.inkomsten(h),
                    Optional.of(Maandbudget.Woning.huur(BigDecimal.valueOf(Armoedeval.TYPISCHE_HUUR, 2))), Parameters.standaard());
            assertThat(p.huurtoeslagBekend()).isTrue();
            assertThat(p.huurtoeslag()).as(p.toString()).isEqualTo(m.huurtoeslag().movePointRight(2).longValueExact());
            assertThat(p.besteedbaar()).as(p.toString()).isEqualTo(m.totaal().movePointRight(2).longValueExact());
            metHuurtoeslag += p.huurtoeslag() > 0 ? 1 : 0;
        }
        assertThat(metHuurtoeslag).isGreaterThan(curve.size() / 2);
        assertThat(Armoedeval.csv(curve.get(0))).isEqualTo("basis,alleenstaande 35,0.00," + "1401.50,129.00,361.85,600.00,1892.35,");
    }

    @Test
    void aboveTheIjkpuntTheTaperOfHuurtoeslagAddsTwentySevenCentsPerEuroToTheBurdenOfASinglePerson() {
        List<Armoedeval.Punt> curve = Armoedeval.curve("basis", new Doorrekening(Parameters.standaard()), PEIL_2026);
        // € 2.550 and € 2.600 a month are 30.600 and 31.200 a year: above the ijkpunt (23.425) and the zorgtoeslag drempel (29.516).
        Armoedeval.Punt p = curve.stream().filter(x -> x.huishouden().equals("alleenstaande 35") && x.inkomen() == 260_000).findFirst().orElseThrow();
        assertThat(p.marginaleDruk()).isBetween(0.27 + 0.1365 - 0.005, 0.27 + 0.1365 + 0.005);
    }

    @Test
    void withoutHuurtoeslagAmountsOnThePeildatumTheCurveLeavesItOutAndSaysSo() {
        LocalDate peil = LocalDate.of(2025, 9, 1);
        Doorrekening d = new Doorrekening(Parameters.standaard());
        Doorrekening.Uitkomst u = new Doorrekening.Uitkomst();
        for (Armoedeval.Punt p : Armoedeval.curve("basis", d, peil)) {
            assertThat(p.huurtoeslagBekend()).isFalse();
            assertThat(p.huurtoeslag()).isZero();
            assertThat(Armoedeval.csv(p).split(",", -1)[5]).as("the huurtoeslag field is empty, not 0.00").isEmpty();
        }
        Huishouden eerste = Armoedeval.typisch(peil, Parameters.standaard()).get(0);
        d.bereken(eerste.metLoonAanvrager(0), u);
        assertThat(Armoedeval.curve("basis", d, peil).get(0).besteedbaar()).isEqualTo(u.totaal);
    }
}
