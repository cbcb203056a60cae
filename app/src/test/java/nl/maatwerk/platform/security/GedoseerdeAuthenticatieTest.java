package nl.maatwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The throttle around real password checking (bcrypt), with guesses sent all at once. */
class GedoseerdeAuthenticatieTest {

    @Test
    void twentyGuessesSentAtOnceGetNoMorePasswordChecksThanTheLimit() throws Exception {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(8);
        AtomicInteger gecontroleerd = new AtomicInteger();
        PasswordEncoder tellend = new PasswordEncoder() {
            @Override
            public String encode(CharSequence wachtwoord) {
                return bcrypt.encode(wachtwoord);
            }

            @Override
            public boolean matches(CharSequence wachtwoord, String hash) {
                gecontroleerd.incrementAndGet();
                return bcrypt.matches(wachtwoord, hash);
            }
        };
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(
                new InMemoryUserDetailsManager(User.withUsername("consulent").password(bcrypt.encode("demo")).roles("CONSULENT").build()));
        dao.setPasswordEncoder(tellend);
        GedoseerdeAuthenticatie authenticatie = new GedoseerdeAuthenticatie(dao, new InlogRem());

        CountDownLatch start = new CountDownLatch(1);
        try (var uitvoerder = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                int poging = i;
                uitvoerder.submit(() -> {
                    start.await();
                    UsernamePasswordAuthenticationToken gok = UsernamePasswordAuthenticationToken.unauthenticated("consulent", "gok" + poging);
                    gok.setDetails(new WebAuthenticationDetails("192.0.2.10", null));
                    try {
                        authenticatie.authenticate(gok);
                    } catch (RuntimeException verwacht) {
                        // wrong password or blocked
                    }
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(gecontroleerd.get()).isEqualTo(InlogRem.MAX_POGINGEN);
    }

    @Test
    void twentyRightPasswordsSentAtOnceAllLogIn() throws Exception {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(8);
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(
                new InMemoryUserDetailsManager(User.withUsername("consulent").password(bcrypt.encode("demo")).roles("CONSULENT").build()));
        dao.setPasswordEncoder(bcrypt);
        GedoseerdeAuthenticatie authenticatie = new GedoseerdeAuthenticatie(dao, new InlogRem());
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger ingelogd = new AtomicInteger();
        try (var uitvoerder = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                uitvoerder.submit(() -> {
                    start.await();
                    UsernamePasswordAuthenticationToken juist = UsernamePasswordAuthenticationToken.unauthenticated("consulent", "demo");
                    juist.setDetails(new WebAuthenticationDetails("192.0.2.10", null));
                    if (authenticatie.authenticate(juist).isAuthenticated()) {
                        ingelogd.incrementAndGet();
                    }
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(ingelogd.get()).isEqualTo(20);
    }

    /** Issue 14, finding 3: while the database is gone, logging in fails, but that is no wrong password and locks no one out. */
    @Test
    void aLoginThatFailsBecauseTheDatabaseIsGoneIsNoWrongPassword() {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(naam -> {
            throw new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new java.sql.SQLException("Connection to localhost:5432 refused", "08001"));
        });
        InlogRem rem = new InlogRem();
        GedoseerdeAuthenticatie authenticatie = new GedoseerdeAuthenticatie(dao, rem);
        for (int i = 0; i < 3 * InlogRem.MAX_POGINGEN; i++) {
            UsernamePasswordAuthenticationToken poging = UsernamePasswordAuthenticationToken.unauthenticated("consulent", "demo");
            poging.setDetails(new WebAuthenticationDetails("192.0.2.10", null));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> authenticatie.authenticate(poging))
                    .isNotInstanceOf(org.springframework.security.authentication.LockedException.class);
        }
        assertThat(rem.isGeblokkeerd("consulent", "192.0.2.10")).isFalse();
    }

    /**
     * Issue 14: a password that could not be looked up (the pool had no connection in time) is no wrong password.
     * It was a 401 and counted against the account: five of them locked the owner out for 15 minutes. Now it is
     * the database's error as it is (503 further up), and nothing is counted.
     */
    @Test
    void aPasswordThatCouldNotBeLookedUpIsNotAWrongPasswordAndLocksNobodyOut() {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(naam -> {
            throw new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new java.sql.SQLTransientConnectionException("maatwerk - Connection is not available, request timed out after 5000ms"));
        });
        InlogRem rem = new InlogRem();
        GedoseerdeAuthenticatie authenticatie = new GedoseerdeAuthenticatie(dao, rem);

        for (int i = 0; i < 2 * InlogRem.MAX_POGINGEN; i++) {
            UsernamePasswordAuthenticationToken poging = UsernamePasswordAuthenticationToken.unauthenticated("consulent", "demo");
            poging.setDetails(new WebAuthenticationDetails("192.0.2.10", null));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> authenticatie.authenticate(poging))
                    .isInstanceOf(org.springframework.jdbc.CannotGetJdbcConnectionException.class);
        }

        assertThat(rem.isGeblokkeerd("consulent", "192.0.2.10")).isFalse();
        assertThat(rem.aantalBijgehouden()).isZero();
    }
}
