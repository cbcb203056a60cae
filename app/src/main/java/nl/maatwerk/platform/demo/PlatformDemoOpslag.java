package nl.maatwerk.platform.demo;

import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.Rol;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo teams and accounts into the platform's schema. Idempotent: what is already there
 * stays as it is, so every start may call it.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
public class PlatformDemoOpslag {

    /** A team (wijkteam) with its id and display name. */
    public record Team(String id, String naam) {
    }

    /** A demo account; {@code teamId} is null for roles outside a team. */
    public record Account(String gebruikersnaam, String naam, Rol rol, String teamId) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    PlatformDemoOpslag(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** Adds the teams and the accounts that do not exist yet, every account with password {@code wachtwoord}. */
    @Transactional
    public void richtIn(List<Team> teams, List<Account> accounts, String wachtwoord) {
        for (Team team : teams) {
            jdbc.sql("insert into platform.team (id, naam) values (?, ?) on conflict do nothing").params(team.id(), team.naam()).update();
        }
        List<String> namen = accounts.stream().map(Account::gebruikersnaam).toList();
        long bestaand = jdbc.sql("select count(*) from platform.gebruiker where gebruikersnaam = any(?)")
                .param(namen.toArray(String[]::new)).query(Long.class).single();
        if (bestaand == accounts.size()) {
            // A restart, or a start from the demo city's template: a password hash costs a tenth of a second of a core.
            return;
        }
        String hash = encoder.encode(wachtwoord);
        for (Account a : accounts) {
            jdbc.sql("""
                    insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id, wachtwoord_hash) values (?, ?, ?, ?, ?)
                    on conflict do nothing
                    """).params(a.gebruikersnaam(), a.naam(), a.rol().name(), a.teamId(), hash).update();
        }
    }

    /** True when the resident account {@code gebruikersnaam} already belongs to a resident. */
    public boolean heeftInwoner(String gebruikersnaam) {
        return jdbc.sql("select inwoner_id is not null from platform.gebruiker where gebruikersnaam = ?").param(gebruikersnaam)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Links the resident account to resident {@code inwonerId}, unless it already belongs to one. */
    public void koppelInwoner(String gebruikersnaam, UUID inwonerId) {
        jdbc.sql("update platform.gebruiker set inwoner_id = ? where gebruikersnaam = ? and inwoner_id is null")
                .params(inwonerId, gebruikersnaam).update();
    }
}
