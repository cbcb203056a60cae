package nl.maatwerk.prioriteit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.prioriteit.score.Gewichten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weights of a team's need score, versioned. Without a stored version the documented defaults
 * apply (version 0). Only the team's own team lead changes them, always with a reason; each change is
 * a new row (who, when, why), never an update, and is written to the application log as well. The
 * weights are configuration, not personal data, so the Logboek Dataverwerkingen is not involved.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Gewichteninstelling {

    private static final Logger LOG = LoggerFactory.getLogger(Gewichteninstelling.class);

    /** One version of a team's weights. Version 0 is the default, never stored. */
    public record Versie(String teamId, int versie, Gewichten gewichten, String reden, String door, Instant op) {

        public boolean standaard() {
            return versie == 0;
        }
    }

    private final JdbcClient jdbc;
    private final nl.maatwerk.platform.GebruikerRegister gebruikers;

    Gewichteninstelling(JdbcClient jdbc, nl.maatwerk.platform.GebruikerRegister gebruikers) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
    }

    public Versie huidige(String teamId) {
        List<Versie> alle = geschiedenis(teamId);
        return alle.isEmpty() ? standaard(teamId) : alle.getFirst();
    }

    static Versie standaard(String teamId) {
        return new Versie(teamId, 0, Gewichten.STANDAARD, "Standaardgewichten (ADR 0010)", "", null);
    }

    /** Every stored version, newest first. */
    public List<Versie> geschiedenis(String teamId) {
        if (teamId == null) {
            return List.of();
        }
        return jdbc.sql("select * from prioriteit.prioriteit_gewichten where team_id = ? order by versie desc").param(teamId)
                .query((rs, i) -> new Versie(rs.getString("team_id"), rs.getInt("versie"), new Gewichten(rs.getInt("acuut_domein"),
                        rs.getInt("zwak_domein"), rs.getInt("schuld"), rs.getInt("achterstand"), rs.getInt("veiligheid"),
                        rs.getInt("termijn"), rs.getInt("wachttijd"), rs.getInt("urgentie")), rs.getString("reden"), rs.getString("door"),
                        rs.getTimestamp("op").toInstant()))
                .list();
    }

    /** The teams that ever changed their weights, for the register page. */
    List<String> teamsMetEigenGewichten() {
        return jdbc.sql("select distinct team_id from prioriteit.prioriteit_gewichten order by team_id").query(String.class).list();
    }

    /**
     * Stores the weights as the team's next version, when {@code gelezen} is still its current version
     * (docs/conventies.md): 428 without it, 409 when another team lead saved in between.
     */
    @Transactional
    public Versie wijzig(Gebruiker g, Gewichten gewichten, String reden, Integer gelezen) {
        if (g.rol() != Rol.TEAMLEIDER || g.teamId() == null) {
            throw new AccessDeniedException("Alleen de teamleider van het team wijzigt de gewichten");
        }
        List<Fout> fouten = new ArrayList<>();
        for (String code : gewichten.buitenBereik()) {
            fouten.add(new Fout(code, "range", "Kies een gewicht van 0 tot en met " + Gewichten.MAXIMUM + "."));
        }
        if (reden == null || reden.strip().length() < 10) {
            fouten.add(new Fout("reden", "required", "Schrijf op waarom de gewichten veranderen (minstens 10 tekens)."));
        } else if (reden.strip().length() > 1000) {
            fouten.add(new Fout("reden", "size", "De reden is hoogstens 1000 tekens."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        // One team lead at a time: the lock makes the version number unique without a retry.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('prioriteit_gewichten:' || ?))").param(g.teamId()).query(Object.class).list();
        Versie huidig = huidige(g.teamId());
        nl.maatwerk.platform.VersieConflictException.vereisActueel(gelezen, "de gewichten", huidig.versie(),
                () -> new nl.maatwerk.platform.VersieConflictException(nl.maatwerk.platform.Versieconflict.bericht("de gewichten van uw team",
                        huidig.door() == null || huidig.door().isEmpty() ? null
                                : gebruikers.namen(List.of(huidig.door())).getOrDefault(huidig.door(), huidig.door()), huidig.op()),
                        huidig.versie()));
        int versie = huidig.versie() + 1;
        jdbc.sql("""
                insert into prioriteit.prioriteit_gewichten (team_id, versie, acuut_domein, zwak_domein, schuld, achterstand, veiligheid, termijn,
                    wachttijd, urgentie, reden, door) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(g.teamId(), versie, gewichten.acuutDomein(), gewichten.zwakDomein(), gewichten.schuld(),
                gewichten.achterstand(), gewichten.veiligheid(), gewichten.termijn(), gewichten.wachttijd(), gewichten.urgentie(), reden.strip(),
                g.gebruikersnaam()).update();
        LOG.info("Gewichten van team {} gewijzigd naar versie {} door {}: {} ({})", g.teamId(), versie, g.gebruikersnaam(),
                gewichten.alsMap(), reden.strip());
        return huidige(g.teamId());
    }
}
