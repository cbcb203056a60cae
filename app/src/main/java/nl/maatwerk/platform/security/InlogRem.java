package nl.maatwerk.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.maatwerk.platform.TeDrukException;
import org.springframework.stereotype.Component;

/**
 * Login throttling for password login (demo mode).
 *
 * <p>Two limits within the window: {@value #MAX_POGINGEN} failed attempts for one account from one
 * address block that account from that address, so someone guessing elsewhere cannot lock the owner
 * out of their own desk; {@value #MAX_POGINGEN_ACCOUNT} from all addresses together block the account
 * everywhere, so guessing from many addresses stays slow.
 *
 * <p>Attempts sent at the same moment cannot slip past the first limit while the password hash is
 * computed: for one account and address at most as many passwords are checked at once as failures are
 * still allowed; further attempts wait for a check to end (a right password frees its place at once, a
 * wrong one uses it up). Kept in memory per node; with several nodes the limits apply per node.
 */
@Component
public class InlogRem {

    static final int MAX_POGINGEN = 5;
    static final int MAX_POGINGEN_ACCOUNT = 50;
    static final Duration VENSTER = Duration.ofMinutes(15);
    static final int MAX_BIJGEHOUDEN = 10_000;
    /** How long an attempt waits for a place before it is refused as blocked. */
    static final Duration WACHTTIJD = Duration.ofSeconds(10);

    /** Failed attempts per account and address, with the checks under way. */
    private static final class Adres {
        final Deque<Instant> mislukt = new ArrayDeque<>();
        int bezig;
    }

    private final Map<String, Adres> perAdres = new HashMap<>();
    /** How many checks could not be done (the database did not answer), so that checks waiting for a place need not wait for it too. */
    private long storingen;
    private final Map<String, Deque<Instant>> perAccount = new HashMap<>();
    private final Clock clock;

    public InlogRem() {
        this(Clock.systemUTC());
    }

    InlogRem(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes a place to check a password for this account from this address, waiting while the checks
     * under way could still use up the failures left. Every true must be followed by {@link #gelukt},
     * {@link #mislukt} or {@link #afgebroken}.
     *
     * @return false when blocked: the password must not be checked
     * @throws TeDrukException when no place came free within {@link #WACHTTIJD} although the account is not blocked
     */
    public synchronized boolean probeer(String gebruikersnaam, String adres) throws InterruptedException {
        long tot = System.nanoTime() + WACHTTIJD.toNanos();
        long storingenBijBegin = storingen;
        while (true) {
            if (isGeblokkeerd(gebruikersnaam, adres)) {
                return false;
            }
            if (storingen != storingenBijBegin) {
                // A check ended while this one waited because the database did not answer: this one would wait for it too.
                throw new TeDrukException("Wachtwoorden kunnen nu niet worden gecontroleerd");
            }
            Adres a = adres(gebruikersnaam, adres);
            if (a.mislukt.size() + a.bezig < MAX_POGINGEN) {
                a.bezig++;
                return true;
            }
            long over = tot - System.nanoTime();
            if (over <= 0) {
                // Not blocked: the checks under way took this long, so the application is busy, which is no wrong password.
                throw new TeDrukException("Er worden voor dit account al " + a.bezig + " wachtwoorden gecontroleerd");
            }
            wait(Math.max(1, over / 1_000_000));
        }
    }

    public synchronized boolean isGeblokkeerd(String gebruikersnaam, String adres) {
        Adres a = perAdres.get(perAdres(gebruikersnaam, adres));
        if (a != null) {
            opruimen(a.mislukt);
        }
        Deque<Instant> account = perAccount.get(account(gebruikersnaam));
        if (account != null) {
            opruimen(account);
        }
        return (a != null && a.mislukt.size() >= MAX_POGINGEN) || (account != null && account.size() >= MAX_POGINGEN_ACCOUNT);
    }

    /** A wrong password: its place is used up as a failure. */
    public synchronized void mislukt(String gebruikersnaam, String adres) {
        if (perAdres.size() >= MAX_BIJGEHOUDEN || perAccount.size() >= MAX_BIJGEHOUDEN) {
            vergeetVerlopen();
        }
        Instant nu = clock.instant();
        Adres a = adres(gebruikersnaam, adres);
        a.bezig = Math.max(0, a.bezig - 1);
        a.mislukt.addLast(nu);
        perAccount.computeIfAbsent(account(gebruikersnaam), k -> new ArrayDeque<>()).addLast(nu);
        notifyAll();
    }

    /**
     * The attempt could not be judged (the database was not there to read the account, or did not answer in time): its
     * place is free again and nothing is counted, so a busy or unreachable database never locks anyone out (issue 14).
     * Checks waiting for a place give up at once ({@link #probeer}): theirs would meet the same database.
     */
    public synchronized void afgebroken(String gebruikersnaam, String adres) {
        storingen++;
        Adres a = perAdres.get(perAdres(gebruikersnaam, adres));
        if (a != null) {
            a.bezig = Math.max(0, a.bezig - 1);
            if (a.bezig == 0 && a.mislukt.isEmpty()) {
                perAdres.remove(perAdres(gebruikersnaam, adres));
            }
        }
        notifyAll();
    }

    /** The right password: the failures from this address are forgiven and its place is free again. */
    public synchronized void gelukt(String gebruikersnaam, String adres) {
        Adres a = perAdres.get(perAdres(gebruikersnaam, adres));
        if (a != null) {
            a.mislukt.clear();
            a.bezig = Math.max(0, a.bezig - 1);
            if (a.bezig == 0) {
                perAdres.remove(perAdres(gebruikersnaam, adres));
            }
        }
        notifyAll();
    }

    /** Accounts with failed attempts in the window. */
    synchronized int aantalBijgehouden() {
        return perAccount.size();
    }

    private Adres adres(String gebruikersnaam, String adres) {
        return perAdres.computeIfAbsent(perAdres(gebruikersnaam, adres), k -> new Adres());
    }

    /** Attempts with many made-up names must not fill the memory: forget what the window has passed. */
    private void vergeetVerlopen() {
        perAdres.values().removeIf(a -> {
            opruimen(a.mislukt);
            return a.mislukt.isEmpty() && a.bezig == 0;
        });
        perAccount.values().removeIf(reeks -> {
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
