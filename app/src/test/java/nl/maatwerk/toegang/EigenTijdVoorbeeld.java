package nl.maatwerk.toegang;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Deliberate breaches of the one clock, for {@code KlokTest} to prove its rule catches them: a
 * toegang class that reads the system time itself. The last two methods do it right and must not
 * be reported. Never used by the application.
 */
public final class EigenTijdVoorbeeld {

    private EigenTijdVoorbeeld() {
    }

    static LocalDate vandaag() {
        return LocalDate.now();
    }

    static LocalDateTime nuInAmsterdam() {
        return LocalDateTime.now(ZoneId.of("Europe/Amsterdam"));
    }

    static Supplier<YearMonth> dezeMaand() {
        return YearMonth::now;
    }

    static long millis() {
        return Instant.now().toEpochMilli() - System.currentTimeMillis();
    }

    static Clock eigenKlok() {
        return Clock.systemDefaultZone();
    }

    static LocalDate vandaagVolgensDeKlok(Clock klok) {
        return LocalDate.now(klok);
    }

    static long duur(Runnable werk) {
        long start = System.nanoTime();
        werk.run();
        return System.nanoTime() - start;
    }
}
