package nl.maatwerk.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Wraps password authentication with the login throttle, for the form and for HTTP Basic alike. */
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
            if (nl.maatwerk.platform.web.DatabaseNietBeschikbaar.soort(e) != null) {
                rem.afgebroken(naam, adres);
            } else {
                rem.mislukt(naam, adres);
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
