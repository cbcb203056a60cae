package nl.maatwerk.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Users and their teams, and the user of the current request. */
@Component
public class GebruikerRegister {

    private final JdbcClient jdbc;
    private final Set<String> bekend = ConcurrentHashMap.newKeySet();

    GebruikerRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Gebruiker> zoek(String gebruikersnaam) {
        return jdbc.sql("select gebruikersnaam, naam, rol, team_id, inwoner_id from platform.gebruiker where gebruikersnaam = ?")
                .param(gebruikersnaam)
                .query((rs, i) -> new Gebruiker(rs.getString(1), rs.getString(2), Rol.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, UUID.class)))
                .optional();
    }

    /** The logged-in user; fails when called outside an authenticated request. */
    public Gebruiker huidige() {
        return huidigeOptioneel().orElseThrow(() -> new IllegalStateException("Geen ingelogde gebruiker"));
    }

    public Optional<Gebruiker> huidigeOptioneel() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            return Optional.empty();
        }
        String naam = auth.getName();
        return Verzoekgeheugen.onthoud("gebruiker." + naam, () -> zoek(naam));
    }

    /**
     * Records a user who logged in through OIDC, so that assignments and audit records can refer
     * to them. Role and team come from the identity provider and are refreshed on each new login.
     */
    public void registreerExtern(String gebruikersnaam, String naam, Rol rol, String teamId) {
        String sleutel = gebruikersnaam + "|" + rol + "|" + teamId + "|" + naam;
        if (bekend.contains(sleutel)) {
            return;
        }
        if (teamId != null) {
            jdbc.sql("insert into platform.team (id, naam) values (?, ?) on conflict do nothing").params(teamId, teamId).update();
        }
        jdbc.sql("""
                insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id) values (?, ?, ?, ?)
                on conflict (gebruikersnaam) do update set naam = excluded.naam, rol = excluded.rol, team_id = excluded.team_id
                """).params(gebruikersnaam, naam, rol.name(), teamId).update();
        bekend.add(sleutel);
    }

    /**
     * Records a resident who logged in with DigiD (issue 16), linked to the resident with their BSN, or to no one
     * when the municipality does not know them (then Mijn Maatwerk says so). Refreshed on every login.
     */
    public void registreerInwoner(String gebruikersnaam, String naam, UUID inwonerId) {
        jdbc.sql("""
                insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values (?, ?, 'INWONER', ?)
                on conflict (gebruikersnaam) do update set naam = excluded.naam, rol = excluded.rol, team_id = null,
                    inwoner_id = excluded.inwoner_id
                """).params(gebruikersnaam, naam, inwonerId).update();
        Verzoekgeheugen.vergeet("gebruiker." + gebruikersnaam);
    }

    public String teamNaam(String teamId) {
        if (teamId == null) {
            return "";
        }
        return Verzoekgeheugen.onthoud("team." + teamId,
                () -> jdbc.sql("select naam from platform.team where id = ?").param(teamId).query(String.class).optional().orElse(teamId));
    }

    /** A team: its id and its display name. */
    public record Team(String id, String naam) {
    }

    /** A professional who can take on work for a household, with the name of their team ("" without a team). */
    public record Professional(String gebruikersnaam, String naam, String teamId, String teamNaam) {
    }

    /**
     * The display names of users, by user name, in one query; an unknown user name is left out.
     * For other modules that show who did or does something.
     */
    public Map<String, String> namen(Collection<String> gebruikersnamen) {
        if (gebruikersnamen.isEmpty()) {
            return Map.of();
        }
        Map<String, String> namen = new LinkedHashMap<>();
        jdbc.sql("select gebruikersnaam, naam from platform.gebruiker where gebruikersnaam = any(?::text[])")
                .param(SqlLijsten.tekst(Set.copyOf(gebruikersnamen)))
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> namen.put(e.getKey(), e.getValue()));
        return namen;
    }

    /** Every team, by name. */
    public List<Team> teams() {
        return jdbc.sql("select id, naam from platform.team order by naam, id")
                .query((rs, i) -> new Team(rs.getString(1), rs.getString(2))).list();
    }

    /** Every user with a {@linkplain Rol#isProfessional() professional role}, by name. */
    public List<Professional> professionals() {
        List<String> rollen = java.util.Arrays.stream(Rol.values()).filter(Rol::isProfessional).map(Rol::name).toList();
        return jdbc.sql("""
                select g.gebruikersnaam, g.naam, g.team_id, coalesce(t.naam, '') from platform.gebruiker g left join platform.team t on t.id = g.team_id
                where g.rol = any(?::text[]) order by g.naam
                """).param(SqlLijsten.tekst(rollen))
                .query((rs, i) -> new Professional(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }
}
