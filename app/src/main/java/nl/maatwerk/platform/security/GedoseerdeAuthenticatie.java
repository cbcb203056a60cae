package nl.maatwerk.platform.security;

import nl.maatwerk.platform.web.DatabaseNietBeschikbaar;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps password authentication with the login throttle, for the form and for HTTP Basic alike. Only a
 * wrong password counts as a failure; a password that could not be looked up (the database busy or
 * away) does not, and is answered as what it is: 503, try again shortly (issue 14).
 */
class GedoseerdeAuthenticatie implements AuthenticationProvider {

    private final AuthenticationProvider wachtwoord;
    private final InlogRem rem;

    GedoseerdeAuthenticatie(AuthenticationProvider wachtwoord, InlogRem rem) {
        this.wachtwoord = wachtwoord;
        this.rem = rem;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String naam = authentication.getName();
        String adres = adres(authentication);
        try {
            if (!rem.probeer(naam, adres)) {
                throw new LockedException("Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockedException("Inloggen is onderbroken. Probeer het opnieuw.");
        }
        Authentication resultaat;
        try {
            resultaat = wachtwoord.authenticate(authentication);
        } catch (RuntimeException | Error e) {
            if (DatabaseNietBeschikbaar.soort(e) == null) {
                rem.mislukt(naam, adres);
                throw e;
            }
            // The password could not be checked at all (issue 14): that is no wrong password, and no reason for a 401.
            rem.afgebroken(naam, adres);
            if (e instanceof InternalAuthenticationServiceException && e.getCause() instanceof RuntimeException oorzaak) {
                // Thrown as the database error it is, past Spring Security's 401, to DatabaseStoringFilter's 503.
                throw oorzaak;
            }
            throw e;
        }
        rem.gelukt(naam, adres);
        return resultaat;
    }

    /** The client's address as the web layer saw it (behind a trusted proxy: the forwarded one). */
    private static String adres(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
