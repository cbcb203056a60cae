package nl.maatwerk.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.InwonerBijBsn;
import nl.maatwerk.platform.Rol;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

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
        Object claim = oidc.getClaims().get(digid.bsnClaimOfStandaard());
        String bsn = claim == null ? null : String.valueOf(claim).strip();
        Optional<UUID> inwoner = bsn == null || !bsn.matches("[0-9]{9}") || inwoners == null ? Optional.empty() : inwoners.inwonerMetBsn(bsn);
        String gebruikersnaam = VOORVOEGSEL + oidc.getSubject();
        Object naam = oidc.getClaims().get("name");
        register.registreerInwoner(gebruikersnaam, naam == null ? "Inwoner" : String.valueOf(naam), inwoner.orElse(null));
        return new Inwonerlogin(oidc, gebruikersnaam);
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
