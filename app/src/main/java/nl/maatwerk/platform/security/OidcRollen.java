package nl.maatwerk.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Rol;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Maps the claims of an identity provider to a Maatwerk user: claim {@code rol} (or the first known
 * role in {@code roles}), {@code team}, {@code name} and {@code preferred_username}. A token without
 * a known role gets no role and so reaches nothing that needs one.
 */
final class OidcRollen {

    private OidcRollen() {
    }

    static String gebruikersnaam(Map<String, Object> claims) {
        Object naam = claims.getOrDefault("preferred_username", claims.get("sub"));
        return String.valueOf(naam);
    }

    static Optional<Rol> rol(Map<String, Object> claims) {
        Object enkel = claims.get("rol");
        if (enkel instanceof String s) {
            return parse(s);
        }
        if (claims.get("roles") instanceof Collection<?> lijst) {
            return lijst.stream().map(String::valueOf).map(OidcRollen::parse).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    private static Optional<Rol> parse(String s) {
        try {
            return Optional.of(Rol.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Registers the user and returns their authorities. */
    static List<GrantedAuthority> registreer(Map<String, Object> claims, GebruikerRegister register) {
        Optional<Rol> rol = rol(claims);
        if (rol.isEmpty()) {
            return List.of();
        }
        String gebruikersnaam = gebruikersnaam(claims);
        String naam = String.valueOf(claims.getOrDefault("name", gebruikersnaam));
        Object team = claims.get("team");
        register.registreerExtern(gebruikersnaam, naam, rol.get(), team == null ? null : String.valueOf(team));
        return List.of(new SimpleGrantedAuthority(rol.get().authority()));
    }
}
