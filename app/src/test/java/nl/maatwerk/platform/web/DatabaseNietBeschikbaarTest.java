package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import nl.maatwerk.platform.TeDrukException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures are "the database is not there now, or cannot serve this request in time" (503), of which kind, and
 * which keep their own answer (issue 14, findings 2 and 3).
 */
class DatabaseNietBeschikbaarTest {

    private static final SQLErrorCodeSQLExceptionTranslator POSTGRESQL = new SQLErrorCodeSQLExceptionTranslator("PostgreSQL");

    /** Empty: no 503, the error keeps its own answer (a constraint is a 409, a bug a 500). */
    @ParameterizedTest(name = "{0} ({1}): {2}")
    @CsvSource({
        "55P03, lock_timeout, BEZET",
        "57014, statement_timeout, BEZET",
        "40P01, deadlock, BEZET",
        "40001, serialization failure, BEZET",
        "08006, connection lost, ONBEREIKBAAR",
        "08001, cannot connect, ONBEREIKBAAR",
        "53300, too many connections, BEZET",
        "53100, disk full, VOL",
        "57P01, admin shutdown, ONBEREIKBAAR",
        "57P03, starting up, ONBEREIKBAAR",
        "23505, unique violation, ",
        "23P01, exclusion violation, ",
        "42P01, no such table, ",
        "22P02, invalid text, ",
    })
    void aDatabaseErrorAsSpringTranslatesItIsTemporaryOnlyWhenASecondTryCanWork(String status, String wat,
            DatabaseNietBeschikbaar.Soort soort) {
        DataAccessException fout = POSTGRESQL.translate("test", "select 1", new SQLException(wat, status));

        assertThat(DatabaseNietBeschikbaar.soort(fout)).as(wat + " as " + fout.getClass().getSimpleName()).isEqualTo(soort);
    }

    @Test
    void noConnectionFromThePoolInTimeIsBusyWhereverItIsWrapped() {
        SQLTransientConnectionException hikari = new SQLTransientConnectionException("maatwerk - Connection is not available, request timed out");
        CannotGetJdbcConnectionException geenVerbinding = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", hikari);
        DatabaseNietBeschikbaar.Soort bezet = DatabaseNietBeschikbaar.Soort.BEZET;

        assertThat(DatabaseNietBeschikbaar.soort(geenVerbinding)).isEqualTo(bezet);
        assertThat(DatabaseNietBeschikbaar.soort(new CannotCreateTransactionException("Could not open JDBC Connection", hikari))).isEqualTo(bezet);
        assertThat(DatabaseNietBeschikbaar.soort(new InternalAuthenticationServiceException("lookup", geenVerbinding))).as("a login")
                .isEqualTo(bezet);
        assertThat(DatabaseNietBeschikbaar.soort(new DataAccessResourceFailureException("Het logboek kon niet vastleggen", hikari)))
                .as("the Logboek's own pool").isEqualTo(bezet);
        assertThat(DatabaseNietBeschikbaar.soort(new jakarta.servlet.ServletException("Request processing failed", geenVerbinding)))
                .isEqualTo(bezet);
        assertThat(DatabaseNietBeschikbaar.soort(new TeDrukException("druk"))).as("the login throttle's wait").isEqualTo(bezet);
        assertThat(DatabaseNietBeschikbaar.soort(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))
                .as("without its cause").isEqualTo(bezet);
    }

    @Test
    void otherErrorsKeepTheirOwnAnswer() {
        assertThat(DatabaseNietBeschikbaar.soort(new IllegalStateException("bug"))).isNull();
        assertThat(DatabaseNietBeschikbaar.soort(new InternalAuthenticationServiceException("bug", new NullPointerException()))).isNull();
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b");
        a.initCause(b);
        b.initCause(a);
        assertThat(DatabaseNietBeschikbaar.soort(a)).as("causes in a circle end").isNull();
    }

    @Test
    void aConnectionThatCannotBeMadeOrBrokeIsOutOfReach() {
        // The pool's timeout with the last failure to connect as its cause, inside Spring's transaction start.
        var geweigerd = new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException("Connection refused"));
        var pool = new SQLTransientConnectionException("maatwerk - Connection is not available, request timed out after 3000ms", "08001", geweigerd);
        assertThat(DatabaseNietBeschikbaar.soort(new CannotCreateTransactionException("Could not open JDBC Connection", pool)))
                .isEqualTo(DatabaseNietBeschikbaar.Soort.ONBEREIKBAAR);
        assertThat(DatabaseNietBeschikbaar.soort(new DataAccessResourceFailureException("x",
                new SQLException("terminating connection due to administrator command", "57P01"))))
                .isEqualTo(DatabaseNietBeschikbaar.Soort.ONBEREIKBAAR);
        // Spring Session's lookup: the rollback failed on the closed connection after the real failure, which it keeps aside.
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("select",
                new SQLException("terminating connection due to unexpected postmaster exit", "57P01")));
        assertThat(DatabaseNietBeschikbaar.soort(new jakarta.servlet.ServletException(rollback))).isEqualTo(DatabaseNietBeschikbaar.Soort.ONBEREIKBAAR);
    }

    /** A full disk: reading still works, so it is no outage; writing is refused until someone makes room. */
    @Test
    void aFullDiskIsItsOwnKindWithALongerRetryAfter() {
        var vol = DatabaseNietBeschikbaar.soort(new DataAccessResourceFailureException("insert",
                new SQLException("could not extend file \"base/5/16400\": No space left on device", "53100")));
        assertThat(vol).isEqualTo(DatabaseNietBeschikbaar.Soort.VOL);
        assertThat(vol.opnieuwNaSeconden()).isEqualTo(60);
        assertThat(vol.detail()).contains("schijf is vol").contains("niets opgeslagen").contains("1 minuut");
        assertThat(DatabaseNietBeschikbaar.soort(new SQLException("sorry, too many clients already", "53300")))
                .isEqualTo(DatabaseNietBeschikbaar.Soort.BEZET);
    }

    @Test
    void aPoolThatIsOnlyBusyOrATimeoutIsBusyNotOutOfReach() {
        assertThat(DatabaseNietBeschikbaar.soort(new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("maatwerk - Connection is not available, request timed out after 3000ms"))))
                .isEqualTo(DatabaseNietBeschikbaar.Soort.BEZET);
        assertThat(DatabaseNietBeschikbaar.soort(new SQLException("canceling statement due to lock timeout", "55P03")))
                .isEqualTo(DatabaseNietBeschikbaar.Soort.BEZET);
        assertThat(DatabaseNietBeschikbaar.soort(new SQLException("canceling statement due to statement timeout", "57014")))
                .isEqualTo(DatabaseNietBeschikbaar.Soort.BEZET);
    }

    @Test
    void otherFailuresAreNeither() {
        assertThat(DatabaseNietBeschikbaar.soort(new DataIntegrityViolationException("dubbel", new SQLException("duplicate key", "23505"))))
                .isNull();
        assertThat(DatabaseNietBeschikbaar.soort(new IllegalStateException("iets anders"))).isNull();
        assertThat(DatabaseNietBeschikbaar.soort(null)).isNull();
    }

    /** A rollback on a connection the pool closed because it broke says "Connection is closed" without a SQLState. */
    @Test
    void whileTheDatabaseIsKnownToBeGoneAnyFailureOfTheDatabaseCountsAsItsAbsence() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(DatabaseNietBeschikbaar.soort(rollback, true)).isNull();
        assertThat(DatabaseNietBeschikbaar.soort(rollback, false)).isEqualTo(DatabaseNietBeschikbaar.Soort.ONBEREIKBAAR);
        assertThat(DatabaseNietBeschikbaar.soort(new IllegalArgumentException("geen database"), false)).isNull();
    }
}
