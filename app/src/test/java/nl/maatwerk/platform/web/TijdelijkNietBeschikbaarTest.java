package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import nl.maatwerk.platform.TeDrukException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which database errors are "try again in a few seconds" (503), and which keep their own answer (issue 14). */
class TijdelijkNietBeschikbaarTest {

    private static final SQLErrorCodeSQLExceptionTranslator POSTGRESQL = new SQLErrorCodeSQLExceptionTranslator("PostgreSQL");

    @ParameterizedTest(name = "{0} ({1}): {2}")
    @CsvSource({
        "55P03, lock_timeout, true",
        "57014, statement_timeout, true",
        "40P01, deadlock, true",
        "40001, serialization failure, true",
        "08006, connection lost, true",
        "08001, cannot connect, true",
        "53300, too many connections, true",
        "53100, disk full, true",
        "57P01, admin shutdown, true",
        "57P03, starting up, true",
        "23505, unique violation, false",
        "23P01, exclusion violation, false",
        "42P01, no such table, false",
        "22P02, invalid text, false",
    })
    void aDatabaseErrorAsSpringTranslatesItIsTemporaryOnlyWhenASecondTryCanWork(String status, String wat, boolean tijdelijk) {
        DataAccessException fout = POSTGRESQL.translate("test", "select 1", new SQLException(wat, status));

        assertThat(TijdelijkNietBeschikbaar.is(fout)).as(wat + " as " + fout.getClass().getSimpleName()).isEqualTo(tijdelijk);
    }

    @Test
    void noConnectionFromThePoolInTimeIsTemporaryWhereverItIsWrapped() {
        SQLTransientConnectionException hikari = new SQLTransientConnectionException("maatwerk - Connection is not available, request timed out");
        CannotGetJdbcConnectionException geenVerbinding = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", hikari);

        assertThat(TijdelijkNietBeschikbaar.is(geenVerbinding)).isTrue();
        assertThat(TijdelijkNietBeschikbaar.is(new CannotCreateTransactionException("Could not open JDBC Connection", hikari))).isTrue();
        assertThat(TijdelijkNietBeschikbaar.is(new InternalAuthenticationServiceException("lookup", geenVerbinding))).as("a login").isTrue();
        assertThat(TijdelijkNietBeschikbaar.is(new DataAccessResourceFailureException("Het logboek kon niet vastleggen", hikari)))
                .as("the Logboek's own pool").isTrue();
        assertThat(TijdelijkNietBeschikbaar.is(new jakarta.servlet.ServletException("Request processing failed", geenVerbinding))).isTrue();
        assertThat(TijdelijkNietBeschikbaar.is(new TeDrukException("druk"))).isTrue();
    }

    @Test
    void otherErrorsKeepTheirOwnAnswer() {
        assertThat(TijdelijkNietBeschikbaar.is(new IllegalStateException("bug"))).isFalse();
        assertThat(TijdelijkNietBeschikbaar.is(new InternalAuthenticationServiceException("bug", new NullPointerException()))).isFalse();
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b");
        a.initCause(b);
        b.initCause(a);
        assertThat(TijdelijkNietBeschikbaar.is(a)).as("causes in a circle end").isFalse();
    }
}
