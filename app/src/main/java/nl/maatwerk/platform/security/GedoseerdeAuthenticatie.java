package nl.maatwerk.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

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
        if (rem.isGeblokkeerd(naam)) {
            throw new LockedException("Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.");
        }
        try {
            Authentication resultaat = wachtwoord.authenticate(authentication);
            rem.gelukt(naam);
            return resultaat;
        } catch (BadCredentialsException e) {
            rem.mislukt(naam);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
