package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are "the database is not there now" (503), and which are not. */
class DatabaseNietBeschikbaarTest {

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
