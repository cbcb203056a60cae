package nl.maatwerk.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Login throttling for password login (demo mode). An attempt is counted before the password is
 * checked, so attempts sent at the same moment cannot slip past the limit while the hash is computed.
 *
 * <p>Two limits within the window: {@value #MAX_POGINGEN} failed attempts for one account from one
 * address block that account from that address, so someone guessing elsewhere cannot lock the owner
 * out of their own desk; {@value #MAX_POGINGEN_ACCOUNT} from all addresses together block the account
 * everywhere, so guessing from many addresses stays slow. Kept in memory per node; with several nodes
 * the limits apply per node, which still slows guessing down.
 */
@Component
public class InlogRem {

    static final int MAX_POGINGEN = 5;
    static final int MAX_POGINGEN_ACCOUNT = 50;
    static final Duration VENSTER = Duration.ofMinutes(15);
    static final int MAX_BIJGEHOUDEN = 10_000;

    /** The moments of counted attempts, per account and address, and per account. */
    private final Map<String, Deque<Instant>> perAdres = new HashMap<>();
    private final Map<String, Deque<Instant>> perAccount = new HashMap<>();
    private final Clock clock;

    public InlogRem() {
        this(Clock.systemUTC());
    }

    InlogRem(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts an attempt for this account from this address, unless it is blocked.
     *
     * @return false when blocked: the password must not be checked
     */
    public synchronized boolean probeer(String gebruikersnaam, String adres) {
        if (isGeblokkeerd(gebruikersnaam, adres)) {
            return false;
        }
        if (perAdres.size() >= MAX_BIJGEHOUDEN || perAccount.size() >= MAX_BIJGEHOUDEN) {
            vergeetVerlopen(perAdres);
            vergeetVerlopen(perAccount);
        }
        Instant nu = clock.instant();
        perAdres.computeIfAbsent(perAdres(gebruikersnaam, adres), k -> new ArrayDeque<>()).addLast(nu);
        perAccount.computeIfAbsent(account(gebruikersnaam), k -> new ArrayDeque<>()).addLast(nu);
        return true;
    }

    public synchronized boolean isGeblokkeerd(String gebruikersnaam, String adres) {
        return aantal(perAdres, perAdres(gebruikersnaam, adres)) >= MAX_POGINGEN
                || aantal(perAccount, account(gebruikersnaam)) >= MAX_POGINGEN_ACCOUNT;
    }

    /** The password was right: the attempts from this address are forgiven, and this one was no failure. */
    public synchronized void gelukt(String gebruikersnaam, String adres) {
        perAdres.remove(perAdres(gebruikersnaam, adres));
        Deque<Instant> account = perAccount.get(account(gebruikersnaam));
        if (account != null && !account.isEmpty()) {
            account.removeLast();
        }
    }

    /** Accounts with counted attempts. */
    synchronized int aantalBijgehouden() {
        return perAccount.size();
    }

    private int aantal(Map<String, Deque<Instant>> map, String sleutel) {
        Deque<Instant> reeks = map.get(sleutel);
        if (reeks == null) {
            return 0;
        }
        opruimen(reeks);
        return reeks.size();
    }

    /** Attempts with many made-up names must not fill the memory: forget what the window has passed. */
    private void vergeetVerlopen(Map<String, Deque<Instant>> map) {
        map.values().removeIf(reeks -> {
            opruimen(reeks);
            return reeks.isEmpty();
        });
    }

    private void opruimen(Deque<Instant> reeks) {
        Instant grens = clock.instant().minus(VENSTER);
        while (!reeks.isEmpty() && reeks.peekFirst().isBefore(grens)) {
            reeks.removeFirst();
        }
    }

    private static String account(String gebruikersnaam) {
        return gebruikersnaam == null ? "" : gebruikersnaam.trim().toLowerCase(Locale.ROOT);
    }

    private static String perAdres(String gebruikersnaam, String adres) {
        return account(gebruikersnaam) + "|" + (adres == null ? "" : adres);
    }
}
