package nl.maatwerk.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@value #MAX_POGINGEN} failed attempts for one account within the window,
 * further attempts are refused until the window has passed, even with the right password. Kept in
 * memory per node; with several nodes the limit applies per node, which still slows guessing down.
 */
@Component
public class InlogRem {

    static final int MAX_POGINGEN = 5;
    static final Duration VENSTER = Duration.ofMinutes(15);
    static final int MAX_BIJGEHOUDEN = 10_000;

    private final Map<String, Deque<Instant>> mislukt = new ConcurrentHashMap<>();
    private final Clock clock;

    public InlogRem() {
        this(Clock.systemUTC());
    }

    InlogRem(Clock clock) {
        this.clock = clock;
    }

    public boolean isGeblokkeerd(String gebruikersnaam) {
        Deque<Instant> pogingen = mislukt.get(sleutel(gebruikersnaam));
        if (pogingen == null) {
            return false;
        }
        synchronized (pogingen) {
            opruimen(pogingen);
            return pogingen.size() >= MAX_POGINGEN;
        }
    }

    public void mislukt(String gebruikersnaam) {
        if (mislukt.size() >= MAX_BIJGEHOUDEN) {
            vergeetVerlopen();
        }
        Deque<Instant> pogingen = mislukt.computeIfAbsent(sleutel(gebruikersnaam), k -> new ArrayDeque<>());
        synchronized (pogingen) {
            opruimen(pogingen);
            pogingen.addLast(clock.instant());
        }
    }

    public void gelukt(String gebruikersnaam) {
        mislukt.remove(sleutel(gebruikersnaam));
    }

    /** Attempts with many made-up names must not fill the memory: forget what the window has passed. */
    private void vergeetVerlopen() {
        mislukt.values().removeIf(pogingen -> {
            synchronized (pogingen) {
                opruimen(pogingen);
                return pogingen.isEmpty();
            }
        });
    }

    int aantalBijgehouden() {
        return mislukt.size();
    }

    private void opruimen(Deque<Instant> pogingen) {
        Instant grens = clock.instant().minus(VENSTER);
        while (!pogingen.isEmpty() && pogingen.peekFirst().isBefore(grens)) {
            pogingen.removeFirst();
        }
    }

    private static String sleutel(String gebruikersnaam) {
        return gebruikersnaam == null ? "" : gebruikersnaam.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
