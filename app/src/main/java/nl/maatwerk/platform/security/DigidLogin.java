package nl.maatwerk.platform.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.InwonerBijBsn;
import nl.maatwerk.platform.Rol;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A resident logging in with DigiD (issue 16): always the role INWONER (a claim cannot make a resident a
 * professional), linked to the resident with the BSN of the claim, or to no one when the municipality does not know
 * that BSN. The user name is {@code digid:} and the broker's subject, so it never collides with a professional's
 * and holds no BSN (it is the actor in the logboek).
 */
final class DigidLogin {

    static final String REGISTRATIE = "digid";
    static final String VOORVOEGSEL = "digid:";

    private DigidLogin() {
    }

    static OidcUser inwoner(OidcUser oidc, DigidInstellingen digid, GebruikerRegister register, InwonerBijBsn inwoners) {
        return new Inwonerlogin(oidc, registreer(oidc.getClaims(), oidc.getSubject(), digid, register, inwoners));
    }

    /**
     * A bearer token of the DigiD broker on the API (a municipality's own app calling {@code /api/v1/mijn}): the same
     * resident as a web login with that token's claims; its {@code acr} decides what it may read, as on the web.
     */
    static JwtAuthenticationToken inwoner(Jwt jwt, DigidInstellingen digid, GebruikerRegister register, InwonerBijBsn inwoners) {
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(Rol.INWONER.authority())),
                registreer(jwt.getClaims(), jwt.getSubject(), digid, register, inwoners));
    }

    /** Links the login to the resident with the claim's BSN (or to no one) and returns our user name for it. */
    private static String registreer(Map<String, Object> claims, String subject, DigidInstellingen digid, GebruikerRegister register,
            InwonerBijBsn inwoners) {
        Object claim = claims.get(digid.bsnClaimOfStandaard());
        String bsn = claim == null ? null : String.valueOf(claim).strip();
        Optional<UUID> inwoner = bsn == null || !bsn.matches("[0-9]{9}") || inwoners == null ? Optional.empty() : inwoners.inwonerMetBsn(bsn);
        String gebruikersnaam = VOORVOEGSEL + subject;
        Object naam = claims.get("name");
        register.registreerInwoner(gebruikersnaam, naam == null ? "Inwoner" : String.valueOf(naam), inwoner.orElse(null));
        return gebruikersnaam;
    }

    /** The resident's principal: its name is our user name, its claims (with {@code acr}) stay the broker's. */
    static final class Inwonerlogin extends DefaultOidcUser {

        private final String gebruikersnaam;

        Inwonerlogin(OidcUser oidc, String gebruikersnaam) {
            super(List.of(new SimpleGrantedAuthority(Rol.INWONER.authority())), oidc.getIdToken(), oidc.getUserInfo(), "sub");
            this.gebruikersnaam = gebruikersnaam;
        }

        @Override
        public String getName() {
            return gebruikersnaam;
        }
    }
}
