package nl.maatwerk.regels.inkomen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Huurtoeslag over random households, rents and incomes: never negative, never more than the rent
 * above the basishuur, more income never gives more, a higher rent never gives less (and above the
 * maximale huurgrens nothing more), more assets never give more; and in the monthly total it is
 * added exactly once.
 */
class HuurtoeslagProperties {

    private static final LocalDate PEIL = LocalDate.of(2026, 3, 1);

    private static Huurtoeslag.Uitkomst bereken(int personen, boolean partner, boolean jong, long huur, long inkomen, long vermogen) {
        return Huurtoeslag.bereken(new Huurtoeslag.Huishouden(personen, partner && personen > 1, jong), BigDecimal.valueOf(huur, 2),
                BigDecimal.valueOf(inkomen, 2), BigDecimal.valueOf(vermogen, 2), PEIL, Parameters.standaard());
    }

    @Property(tries = 1000)
    void neverNegativeAndNeverMoreThanTheRentAboveTheBasishuur(@ForAll @IntRange(min = 1, max = 6) int personen, @ForAll boolean partner,
            @ForAll boolean jong, @ForAll @LongRange(max = 300_000) long huur, @ForAll @LongRange(max = 10_000_000) long inkomen,
            @ForAll @LongRange(max = 10_000_000) long vermogen) {
        Huurtoeslag.Uitkomst u = bereken(personen, partner, jong, huur, inkomen, vermogen);
        assertThat(u.perMaand()).isNotNegative();
        assertThat(u.perMaand()).isLessThanOrEqualTo(BigDecimal.valueOf(huur, 2).subtract(u.basishuur()).max(BigDecimal.ZERO));
        assertThat(u.perMaand().scale()).isEqualTo(2);
    }

    @Property(tries = 500)
    void theAmountWithoutExplanationEqualsTheExplainedAmount(@ForAll @IntRange(min = 1, max = 6) int personen, @ForAll boolean partner,
            @ForAll boolean jong, @ForAll @LongRange(max = 300_000) long huur, @ForAll @LongRange(max = 10_000_000) long inkomen,
            @ForAll @LongRange(max = 10_000_000) long vermogen) {
        Huurtoeslag.Tabel tabel = Huurtoeslag.tabel(PEIL, Parameters.standaard());
        assertThat(Huurtoeslag.perMaand(tabel, new Huurtoeslag.Huishouden(personen, partner && personen > 1, jong), BigDecimal.valueOf(huur, 2),
                BigDecimal.valueOf(inkomen, 2), BigDecimal.valueOf(vermogen, 2)))
                .isEqualTo(bereken(personen, partner, jong, huur, inkomen, vermogen).perMaand());
    }

    @Property(tries = 1000)
    void moreIncomeNeverGivesMoreHuurtoeslag(@ForAll @IntRange(min = 1, max = 6) int personen, @ForAll boolean partner, @ForAll boolean jong,
            @ForAll @LongRange(max = 300_000) long huur, @ForAll @LongRange(max = 10_000_000) long inkomen,
            @ForAll @LongRange(max = 2_000_000) long meer) {
        assertThat(bereken(personen, partner, jong, huur, inkomen + meer, 0).perMaand())
                .isLessThanOrEqualTo(bereken(personen, partner, jong, huur, inkomen, 0).perMaand());
    }

    @Property(tries = 1000)
    void higherRentNeverGivesLessAndAboveTheRentLimitNothingMore(@ForAll @IntRange(min = 1, max = 6) int personen, @ForAll boolean partner,
            @ForAll boolean jong, @ForAll @LongRange(max = 300_000) long huur, @ForAll @LongRange(max = 6_000_000) long inkomen,
            @ForAll @LongRange(max = 100_000) long meer) {
        BigDecimal laag = bereken(personen, partner, jong, huur, inkomen, 0).perMaand();
        BigDecimal hoog = bereken(personen, partner, jong, huur + meer, inkomen, 0).perMaand();
        assertThat(hoog).isGreaterThanOrEqualTo(laag);
        BigDecimal grens = Parameters.standaard().op(jong ? Parameters.HUURTOESLAG_MAXIMALE_HUURGRENS_JONG
                : Parameters.HUURTOESLAG_MAXIMALE_HUURGRENS, PEIL).waarde();
        if (BigDecimal.valueOf(huur, 2).compareTo(grens) >= 0) {
            assertThat(hoog).as("above the maximale huurgrens the rent adds nothing").isEqualByComparingTo(laag);
        }
    }

    @Property(tries = 500)
    void moreAssetsNeverGiveMore(@ForAll @IntRange(min = 1, max = 4) int personen, @ForAll boolean partner, @ForAll @LongRange(max = 300_000) long huur,
            @ForAll @LongRange(max = 6_000_000) long inkomen, @ForAll @LongRange(max = 10_000_000) long vermogen,
            @ForAll @LongRange(max = 5_000_000) long meer) {
        assertThat(bereken(personen, partner, false, huur, inkomen, vermogen + meer).perMaand())
                .isLessThanOrEqualTo(bereken(personen, partner, false, huur, inkomen, vermogen).perMaand());
    }

    @Property(tries = 300)
    void theMonthlyTotalWithARentIsTheTotalWithoutPlusTheHuurtoeslag(@ForAll @LongRange(max = 400_000) long loon,
            @ForAll @LongRange(max = 150_000) long huur, @ForAll boolean partner) {
        Huishoudsituatie h = partner
                ? Huishoudsituatie.van(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.AANVRAGER, LocalDate.of(1990, 5, 1)),
                        new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.PARTNER, LocalDate.of(1991, 5, 1)))
                : Huishoudsituatie.van(new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.AANVRAGER, LocalDate.of(1990, 5, 1)));
        Inkomsten i = Inkomsten.loon(BigDecimal.valueOf(loon, 2), Inkomsten.Vrijlating.GEEN);
        Maandbudget.Uitkomst zonder = Maandbudget.bereken(h, PEIL, i, Parameters.standaard());
        Maandbudget.Uitkomst met = Maandbudget.bereken(h, PEIL, i, Optional.of(Maandbudget.Woning.huur(BigDecimal.valueOf(huur, 2))),
                Parameters.standaard());
        assertThat(zonder.huurtoeslag()).isZero();
        assertThat(met.huurtoeslag()).isNotNegative();
        assertThat(met.totaal()).isEqualByComparingTo(zonder.totaal().add(met.huurtoeslag()));
        assertThat(met.uitleg().alleKnopen()).anySatisfy(k -> assertThat(k.regel()).isEqualTo("huurtoeslag"));
        assertThat(met.uitleg().alleKnopen()).allSatisfy(k -> assertThat(k.bron()).matches(Regel.BRON));
    }
}
