package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one small-group threshold (docs/conventies.md, "Kleine groepen"). */
class KleineGroepTest {

    static final int M = KleineGroep.MINIMUM;

    @Test
    void tenIsTheThresholdAndZeroIsNoGroupRatherThanASmallOne() {
        assertThat(KleineGroep.MINIMUM).as("CBS and municipal statistics; change it only with the convention").isEqualTo(10);
        assertThat(KleineGroep.isKlein(1)).isTrue();
        assertThat(KleineGroep.isKlein(KleineGroep.MINIMUM - 1)).isTrue();
        assertThat(KleineGroep.isKlein(KleineGroep.MINIMUM)).isFalse();
        assertThat(KleineGroep.isKlein(0)).isFalse();
    }

    @Test
    void aLineWithOneSmallNumberIsHiddenWhole() {
        assertThat(KleineGroep.reeksVerbergen(3, 20, 12)).isTrue();
        assertThat(KleineGroep.reeksVerbergen(M - 1, M, 50)).isTrue();
        // Zeros are no group: a line of zeros and numbers of at least the minimum stays.
        assertThat(KleineGroep.reeksVerbergen(0, M, 0, 25)).isFalse();
        assertThat(KleineGroep.reeksVerbergen()).isFalse();
    }

    /**
     * An attacker who knows the total, what is shown, and this very rule, and who tries every line that
     * would look the same: no hidden number comes out as one value. All lines of three numbers up to 20
     * and of four up to 13. "Hide the small one and the next smallest" fails this: 10, 9, 9 with 28
     * beside it shows the 10 and must then be 9 and 9, since a hidden 10 or more would have been the
     * shown 10's place.
     */
    @Test
    void noHiddenNumberFollowsFromTheTotalTheShownNumbersAndTheRule() {
        aanvaller(3, 20);
        aanvaller(4, 13);
    }

    private static void aanvaller(int lengte, int max) {
        // Every line, grouped by what a reader sees: the total and each number or "hidden".
        Map<List<Long>, List<long[]>> perBeeld = new HashMap<>();
        long[] lijn = new long[lengte];
        for (int code = 0; code < Math.pow(max + 1, lengte); code++) {
            int rest = code;
            for (int i = 0; i < lengte; i++) {
                lijn[i] = rest % (max + 1);
                rest /= max + 1;
            }
            perBeeld.computeIfAbsent(beeld(lijn), k -> new ArrayList<>()).add(lijn.clone());
        }
        perBeeld.forEach((beeld, lijnen) -> {
            if (beeld.getFirst() < M) {
                return; // a small total is hidden itself, and its line with it
            }
            for (int i = 0; i < lengte; i++) {
                if (beeld.get(i + 1) == null) {
                    int plek = i;
                    Set<Long> waarden = new HashSet<>();
                    lijnen.forEach(l -> waarden.add(l[plek]));
                    assertThat(waarden).as("hidden number %d of %s", i, Arrays.toString(lijnen.getFirst())).hasSizeGreaterThan(1);
                }
            }
        });
    }

    private static List<Long> beeld(long[] lijn) {
        List<Long> beeld = new ArrayList<>();
        beeld.add(Arrays.stream(lijn).sum());
        boolean verborgen = KleineGroep.reeksVerbergen(lijn);
        for (long n : lijn) {
            beeld.add(verborgen ? null : n);
        }
        return beeld;
    }
}
