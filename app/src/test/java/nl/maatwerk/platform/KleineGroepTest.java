package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one small-group threshold (docs/conventies.md, "Kleine groepen"). */
class KleineGroepTest {

    @Test
    void tenIsTheThresholdAndZeroIsNoGroupRatherThanASmallOne() {
        assertThat(KleineGroep.MINIMUM).as("CBS and municipal statistics; change it only with the convention").isEqualTo(10);
        assertThat(KleineGroep.isKlein(1)).isTrue();
        assertThat(KleineGroep.isKlein(KleineGroep.MINIMUM - 1)).isTrue();
        assertThat(KleineGroep.isKlein(KleineGroep.MINIMUM)).isFalse();
        assertThat(KleineGroep.isKlein(0)).isFalse();
    }
}
