package nl.maatwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InlogRemTest {

    /** A clock the test moves forward by hand. */
    static final class Klok extends Clock {
        Instant nu = Instant.parse("2026-11-25T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }

    @Test
    void blocksAnAccountAfterFiveFailuresUntilTheWindowHasPassedWhateverTheSpelling() {
        Klok klok = new Klok();
        InlogRem rem = new InlogRem(klok);
        for (int i = 0; i < InlogRem.MAX_POGINGEN - 1; i++) {
            rem.mislukt("Consulent");
        }
        assertThat(rem.isGeblokkeerd("consulent")).isFalse();
        rem.mislukt(" consulent ");
        assertThat(rem.isGeblokkeerd("CONSULENT")).isTrue();
        klok.nu = klok.nu.plus(InlogRem.VENSTER).plus(Duration.ofSeconds(1));
        assertThat(rem.isGeblokkeerd("consulent")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        InlogRem rem = new InlogRem(new Klok());
        for (int i = 0; i < InlogRem.MAX_POGINGEN - 1; i++) {
            rem.mislukt("regisseur");
        }
        rem.gelukt("regisseur");
        rem.mislukt("regisseur");
        assertThat(rem.isGeblokkeerd("regisseur")).isFalse();
    }

    @Test
    void guessingWithManyMadeUpNamesDoesNotGrowMemoryWithoutBound() {
        Klok klok = new Klok();
        InlogRem rem = new InlogRem(klok);
        for (int i = 0; i < InlogRem.MAX_BIJGEHOUDEN; i++) {
            rem.mislukt("naam" + i);
        }
        klok.nu = klok.nu.plus(InlogRem.VENSTER).plusSeconds(1);
        rem.mislukt("nog-een");
        assertThat(rem.aantalBijgehouden()).isEqualTo(1);
    }
}
