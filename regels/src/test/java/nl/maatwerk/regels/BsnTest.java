package nl.maatwerk.regels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999990019", "999990020", "111222333", "123456782"})
    void acceptsNumbersThatPassTheElevenTest(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000", "123456789", "99999001", "9999900190", "99999001a", " 99999001", ""})
    void rejectsAllZerosWrongChecksumWrongLengthAndNonDigits(String bsn) {
        assertThat(Bsn.isGeldig(bsn)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(Bsn.isGeldig(null)).isFalse();
    }

    @Test
    void constructorRefusesInvalidNumber() {
        assertThatThrownBy(() -> Bsn.van("123456789")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesAllButTheLastThreeDigits() {
        assertThat(Bsn.van("999990019").toString()).doesNotContain("999990").endsWith("019]");
    }

    @Test
    void nextValidFindsTheFirstPassingNumberInTheTestRange() {
        long n = Bsn.volgendeGeldige(999_990_000L);
        assertThat(n).isBetween(999_990_000L, 999_990_011L);
        assertThat(Bsn.isGeldig(String.valueOf(n))).isTrue();
        for (long k = 999_990_000L; k < n; k++) {
            assertThat(Bsn.isGeldig(String.valueOf(k))).isFalse();
        }
    }
}
