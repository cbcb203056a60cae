package nl.maatwerk.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatwerk.platform.TeDrukException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that decides which failures mean "the database is not available now, try again shortly": a 503 with
 * Retry-After, never a 500, and never a 401 because looking up the user failed. Used by the API's and the pages' error
 * handling ({@link ApiFoutafhandeling}, {@link PaginaFoutafhandeling}), by {@link DatabaseStoringFilter} for what fails
 * outside a controller (the session, the login), and by platform.security.
 *
 * <p>Three kinds. {@link Soort#ONBEREIKBAAR}: no connection can be made or a connection broke (the server is down, shuts
 * down, crashed or restarts; SQLState class 08, 57P01-57P03). {@link Soort#VOL}: the database answers but cannot write,
 * its disk is full (53100). {@link Soort#BEZET}: the database answers, but not in time or not with room for this
 * request, and a second try a few seconds later can work (issue 14, findings 2 and 3): every connection of the pool in
 * use until its timeout, a lock or statement timeout (55P03, 57014), a deadlock or serialization failure (40P01, 40001),
 * no memory or too many connections (the rest of class 53), and {@link nl.maatwerk.platform.TeDrukException} (passwords
 * could not be checked in time: the login throttle's wait). Only the first makes platform.database.DatabaseBereikbaarheid
 * answer everyone 503 at once until the database is back; with a full disk, reading still works.
 *
 * <p>A constraint (class 23: a BSN that exists, overlapping memberships) is none of these: that is a conflict with stored
 * data, 409 ({@link nl.maatwerk.platform.BotsingException}).
 */
public final class DatabaseNietBeschikbaar {

    public static final String TITEL = "Tijdelijk niet beschikbaar";

    /** Which kind a failure is, with what the user reads and when to try again (Retry-After, seconds). */
    public enum Soort {
        // The embedded server is back within a second or two; an external one is checked every second.
        ONBEREIKBAAR("Maatwerk is even niet bereikbaar", "De database is even niet bereikbaar.", 5),
        // By then a connection or a lock is usually free again (a request waits 3 s for one, 5 s for the other: application.yaml).
        BEZET("Het is even te druk", "Het is nu te druk om uw verzoek op tijd te verwerken.", 5),
        // Space comes back when someone makes it: no use asking every few seconds.
        VOL("Er kan even niets worden opgeslagen", "De database kan nu niets opslaan, want de schijf is vol.", 60);

        private final String kop;
        private final String reden;
        private final int opnieuwNaSeconden;

        Soort(String kop, String reden, int opnieuwNaSeconden) {
            this.kop = kop;
            this.reden = reden;
            this.opnieuwNaSeconden = opnieuwNaSeconden;
        }

        /** The heading of the page. */
        public String kop() {
            return kop;
        }

        /** The problem's detail: what happened, that nothing was half done, and when to try again. */
        public String detail() {
            return reden + " Er is niets opgeslagen of gewijzigd. Probeer het over " + (opnieuwNaSeconden < 60
                    ? opnieuwNaSeconden + " seconden" : opnieuwNaSeconden / 60 + " minuut") + " opnieuw.";
        }

        public int opnieuwNaSeconden() {
            return opnieuwNaSeconden;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Set<String> ONBEREIKBAAR_STATES = Set.of("57P01", "57P02", "57P03");

    /** Lock timeout, statement timeout, deadlock, serialization failure: the database answered, a second try can work. */
    private static final Set<String> BEZET_STATES = Set.of("55P03", "57014", "40P01", "40001");

    private DatabaseNietBeschikbaar() {
    }

    /**
     * What kind of unavailability {@code fout} is, looking through everything it wraps (causes, a failed rollback's original
     * failure, suppressed and chained SQL exceptions), or null when it is another failure.
     */
    public static Soort soort(Throwable fout) {
        Soort gevonden = null;
        Map<Throwable, Boolean> gezien = new IdentityHashMap<>();
        Deque<Throwable> nog = new ArrayDeque<>();
        if (fout != null) {
            nog.add(fout);
        }
        while (!nog.isEmpty()) {
            Throwable t = nog.removeFirst();
            if (gezien.put(t, Boolean.TRUE) != null) {
                continue;
            }
            Soort s = eigen(t);
            if (s == Soort.ONBEREIKBAAR) {
                return s;
            }
            gevonden = s != null ? s : gevonden;
            if (t.getCause() != null) {
                nog.add(t.getCause());
            }
            // A rollback that failed after the real failure keeps that one aside (Spring Session's lookup on a dead connection).
            if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null) {
                nog.add(tse.getApplicationException());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                nog.add(sql.getNextException());
            }
            nog.addAll(List.of(t.getSuppressed()));
        }
        return gevonden;
    }

    /**
     * As {@link #soort(Throwable)}, knowing whether the database is reachable: while it is known to be gone, any failure of
     * the database counts as its absence, also one that says so only indirectly (a rollback on a connection the pool
     * already closed because it broke: Hikari's "Connection is closed", without a SQLState).
     */
    public static Soort soort(Throwable fout, boolean databaseBereikbaar) {
        Soort soort = soort(fout);
        if (soort != null || databaseBereikbaar) {
            return soort;
        }
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof org.springframework.dao.DataAccessException
                    || t instanceof org.springframework.transaction.TransactionException) {
                return Soort.ONBEREIKBAAR;
            }
        }
        return null;
    }

    private static Soort eigen(Throwable t) {
        if (t instanceof ConnectException || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
            return Soort.ONBEREIKBAAR;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || ONBEREIKBAAR_STATES.contains(state))) {
                return Soort.ONBEREIKBAAR;
            }
            if ("53100".equals(state)) {
                return Soort.VOL;
            }
            if (state != null && (state.startsWith("53") || BEZET_STATES.contains(state))) {
                return Soort.BEZET;
            }
            // The pool's own timeout (with the database down its cause says why a connection failed, found above), and the
            // driver's other "try again": a query timeout, a transaction rolled back for a deadlock.
            if (t instanceof SQLTransientException) {
                return Soort.BEZET;
            }
        }
        // What Spring made of those when the SQL exception is not at hand, and the login throttle's "not in time".
        if (t instanceof TeDrukException || t instanceof CannotGetJdbcConnectionException || t instanceof PessimisticLockingFailureException
                || t instanceof QueryTimeoutException || t instanceof TransientDataAccessResourceException) {
            return Soort.BEZET;
        }
        return null;
    }

    /** The API's answer: problem+json with status 503. */
    public static ProblemDetail probleem(Soort soort) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, soort.detail());
        problem.setTitle(TITEL);
        return problem;
    }

    /** The API's 503 as problem+json with Retry-After, for writers outside Spring MVC (a filter, the security's entry point). */
    public static void schrijfProbleem(HttpServletResponse response, Soort soort) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(soort.opnieuwNaSeconden()));
        // As the API's other problems: JSON is UTF-8 by definition, without a charset parameter (written as bytes below).
        response.setContentType("application/problem+json");
        response.setHeader("API-Version", ApiVersie.VERSIE);
        Map<String, Object> probleem = new LinkedHashMap<>();
        probleem.put("type", "about:blank");
        probleem.put("status", 503);
        probleem.put("title", TITEL);
        probleem.put("detail", soort.detail());
        response.getOutputStream().write(JSON.writeValueAsBytes(probleem));
    }
}
