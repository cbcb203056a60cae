package nl.maatwerk.platform.web;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import nl.maatwerk.platform.TeDrukException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Which errors mean "the database cannot serve this request now, but will again in a few seconds", and
 * how the application says so: 503 with Retry-After, problem+json on the API and the app's own Dutch
 * page ({@code error/503}) on pages (issue 14). Not a 500, because nothing is broken, and never a 401,
 * because a password that could not be looked up is not a wrong password.
 *
 * <p>It recognises, anywhere in the chain of causes: no connection within the pool's connection
 * timeout (HikariCP's {@link java.sql.SQLTransientConnectionException}, Spring's
 * {@link CannotGetJdbcConnectionException}); the session's lock timeout (55P03) or statement timeout
 * (57014); a deadlock (40P01) or serialization failure (40001), which a second try resolves; a server
 * that cannot be reached (class 08), is out of resources (class 53: connections, memory, disk) or is
 * shutting down or starting (57P01, 57P02, 57P03); and {@link TeDrukException}. Everything else keeps
 * its own answer. The API ({@link ApiFoutafhandeling}), the pages ({@link PaginaFoutafhandeling}) and
 * errors before a controller is reached ({@link TijdelijkNietBeschikbaarFilter}: the session, the login)
 * all ask this one class.
 */
public final class TijdelijkNietBeschikbaar {

    /** Seconds after which a client may try again: about the pool's connection timeout. */
    public static final int OPNIEUW_NA_SECONDEN = 5;

    public static final String TITEL = "Het is nu te druk";

    public static final String UITLEG = "Maatwerk kan uw verzoek nu niet op tijd afhandelen: het is even te druk, of de database is even "
            + "niet bereikbaar. Probeer het over een paar seconden opnieuw.";

    private static final Set<String> STATUSSEN = Set.of("55P03", "57014", "40001", "40P01", "57P01", "57P02", "57P03");

    private TijdelijkNietBeschikbaar() {
    }

    /** Whether this error, or one of its causes, means: try again in a few seconds. */
    public static boolean is(Throwable fout) {
        java.util.Set<Throwable> gezien = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = fout; t != null && gezien.add(t); t = t.getCause()) {
            if (t instanceof TeDrukException || t instanceof CannotGetJdbcConnectionException || t instanceof CannotAcquireLockException
                    || t instanceof PessimisticLockingFailureException || t instanceof QueryTimeoutException
                    || t instanceof TransientDataAccessResourceException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String status = sql.getSQLState();
                if (STATUSSEN.contains(status) || status.startsWith("08") || status.startsWith("53")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The API's answer: 503 problem+json with Retry-After. */
    public static ResponseEntity<ProblemDetail> probleem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, UITLEG);
        problem.setTitle(TITEL);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, String.valueOf(OPNIEUW_NA_SECONDEN))
                .body(problem);
    }
}
