package nl.maatwerk.regels;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class BsnProperties {

    /** Independent reference: the weighted sum written out digit by digit. */
    private static boolean referentie(String s) {
        if (!s.matches("[0-9]{9}") || s.equals("000000000")) {
            return false;
        }
        int[] gewichten = {9, 8, 7, 6, 5, 4, 3, 2, -1};
        int som = 0;
        for (int i = 0; i < 9; i++) {
            som += gewichten[i] * Character.getNumericValue(s.charAt(i));
        }
        return Math.floorMod(som, 11) == 0;
    }

    @Property
    void agreesWithTheReferenceForAnyNineDigitNumber(@ForAll @IntRange(min = 0, max = 999_999_999) int n) {
        String s = String.format("%09d", n);
        assertThat(Bsn.isGeldig(s)).isEqualTo(referentie(s));
    }

    @Property
    void agreesWithTheReferenceForArbitraryText(@ForAll @StringLength(max = 12) String s) {
        assertThat(Bsn.isGeldig(s)).isEqualTo(referentie(s));
    }

    @Property
    void changingOneDigitOfAValidNumberMakesItInvalid(
            @ForAll @IntRange(min = 0, max = 8) int positie, @ForAll @IntRange(min = 1, max = 9) int verschuiving) {
        String geldig = "999990019";
        char[] c = geldig.toCharArray();
        c[positie] = (char) ('0' + (c[positie] - '0' + verschuiving) % 10);
        assertThat(Bsn.isGeldig(new String(c))).isFalse();
    }

    @Property
    void nextValidAlwaysReturnsAValidNumberAtOrAfterTheStart(@ForAll @IntRange(min = 999_000_000, max = 999_999_000) int start) {
        long n = Bsn.volgendeGeldige(start);
        assertThat(n).isGreaterThanOrEqualTo(start);
        assertThat(Bsn.isGeldig(String.valueOf(n))).isTrue();
    }

    @Property
    void nextValidIsTheFirstNumberFromTheStartThatPassesTheCheckOnItsNineDigitText(@ForAll @IntRange(min = 1, max = 999_999_000) int start) {
        long n = Bsn.volgendeGeldige(start);
        for (long k = start; k < n; k++) {
            assertThat(Bsn.isGeldig(String.format("%09d", k))).as("%09d", k).isFalse();
        }
        assertThat(Bsn.isGeldig(String.format("%09d", n))).isTrue();
    }
}
