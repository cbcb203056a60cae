package nl.maatwerk.regels.inkomen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The asset test: more assets never pass where fewer fail, and debts only ever help. */
class VermogenProperties {

    private static final Huishoudsituatie ALLEEN = Huishoudsituatie.van(
            new Huishoudsituatie.Persoon(Huishoudsituatie.Rol.AANVRAGER, LocalDate.of(1990, 5, 1)));
    private static final LocalDate PEIL = LocalDate.of(2026, 3, 1);

    private static Vermogen.Toets toets(long vermogen, long schulden, long woz, long hypotheek) {
        return Vermogen.toets(ALLEEN, PEIL, new Vermogen.Bezittingen(BigDecimal.valueOf(vermogen, 2), BigDecimal.valueOf(schulden, 2),
                BigDecimal.valueOf(woz, 2), BigDecimal.valueOf(hypotheek, 2)), Parameters.standaard());
    }

    @Property(tries = 500)
    void moreAssetsNeverPassWhereFewerFail(@ForAll @LongRange(max = 5_000_000) long vermogen, @ForAll @LongRange(max = 500_000) long meer,
            @ForAll @LongRange(max = 1_000_000) long schulden) {
        if (!toets(vermogen, schulden, 0, 0).binnenGrens()) {
            assertThat(toets(vermogen + meer, schulden, 0, 0).binnenGrens()).isFalse();
        }
        if (toets(vermogen, schulden, 0, 0).binnenGrens()) {
            assertThat(toets(vermogen, schulden + meer, 0, 0).binnenGrens()).as("more debt never fails the test").isTrue();
        }
    }

    @Property(tries = 500)
    void homeEquityNeverCountsAgainstTheLimitAndIsNeverNegative(@ForAll @LongRange(max = 5_000_000) long vermogen,
            @ForAll @LongRange(max = 100_000_000) long woz, @ForAll @LongRange(max = 100_000_000) long hypotheek) {
        Vermogen.Toets met = toets(vermogen, 0, woz, hypotheek);
        assertThat(met.binnenGrens()).isEqualTo(toets(vermogen, 0, 0, 0).binnenGrens());
        assertThat(met.vermogenInWoning()).isNotNegative();
        assertThat(met.woningBovenGrens()).isEqualTo(met.vermogenInWoning().compareTo(met.woninggrens()) > 0);
    }
}
