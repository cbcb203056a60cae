package nl.maatwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InlogRemTest {

    static final String ADRES = "192.0.2.10";

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
            rem.mislukt("Consulent", ADRES);
        }
        assertThat(rem.isGeblokkeerd("consulent", ADRES)).isFalse();
        rem.mislukt(" consulent ", ADRES);
        assertThat(rem.isGeblokkeerd("CONSULENT", ADRES)).isTrue();
        klok.nu = klok.nu.plus(InlogRem.VENSTER).plus(Duration.ofSeconds(1));
        assertThat(rem.isGeblokkeerd("consulent", ADRES)).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        InlogRem rem = new InlogRem(new Klok());
        for (int i = 0; i < InlogRem.MAX_POGINGEN - 1; i++) {
            rem.mislukt("regisseur", ADRES);
        }
        rem.gelukt("regisseur", ADRES);
        rem.mislukt("regisseur", ADRES);
        assertThat(rem.isGeblokkeerd("regisseur", ADRES)).isFalse();
    }

    @Test
    void guessingWithManyMadeUpNamesDoesNotGrowMemoryWithoutBound() {
        Klok klok = new Klok();
        InlogRem rem = new InlogRem(klok);
        for (int i = 0; i < InlogRem.MAX_BIJGEHOUDEN; i++) {
            rem.mislukt("naam" + i, ADRES);
        }
        klok.nu = klok.nu.plus(InlogRem.VENSTER).plusSeconds(1);
        rem.mislukt("nog-een", ADRES);
        assertThat(rem.aantalBijgehouden()).isEqualTo(1);
    }

    @Test
    void failuresFromOneAddressDoNotLockTheOwnerOutAtAnotherButManyAddressesTogetherDo() throws Exception {
        Klok klok = new Klok();
        InlogRem rem = new InlogRem(klok);
        for (int i = 0; i < InlogRem.MAX_POGINGEN; i++) {
            rem.mislukt("consulent", "203.0.113.66");
        }
        assertThat(rem.isGeblokkeerd("consulent", "203.0.113.66")).isTrue();
        assertThat(rem.probeer("consulent", ADRES)).as("de eigenaar aan zijn eigen bureau").isTrue();
        rem.gelukt("consulent", ADRES);
        for (int i = 0; i < InlogRem.MAX_POGINGEN_ACCOUNT; i++) {
            rem.mislukt("consulent", "198.51.100." + i);
        }
        assertThat(rem.probeer("consulent", ADRES)).as("raden vanaf vele adressen samen").isFalse();
    }

    @Test
    void wrongPasswordsSentAtTheSameMomentGetNoMoreChecksThanTheLimit() throws Exception {
        InlogRem rem = new InlogRem(new Klok());
        int gelijktijdig = 20;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger toegelaten = new java.util.concurrent.atomic.AtomicInteger();
        try (var uitvoerder = java.util.concurrent.Executors.newFixedThreadPool(gelijktijdig)) {
            for (int i = 0; i < gelijktijdig; i++) {
                uitvoerder.submit(() -> {
                    start.await();
                    if (rem.probeer("consulent", ADRES)) {
                        toegelaten.incrementAndGet();
                        Thread.sleep(20);
                        rem.mislukt("consulent", ADRES);
                    }
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(toegelaten.get()).isEqualTo(InlogRem.MAX_POGINGEN);
    }
}
