package nl.maatwerk.inwoner;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-the-glass: a professional opens a household outside their team with a written reason. The
 * access lasts a working day, is logged, and the team lead sees every doorbraak of the team.
 */
@Service
public class Doorbraken {

    static final Duration GELDIGHEID = Duration.ofHours(8);
    static final int MINIMALE_REDEN = 20;

    /** The household is shown by id only: the team lead judges the reason, not the family. */
    public record Doorbraak(UUID id, String gebruikersnaam, String medewerker, UUID huishoudenId, String reden,
            Instant tijdstip, Instant geldigTot) {
    }

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;
    private final Logboek logboek;

    Doorbraken(JdbcClient jdbc, GebruikerRegister gebruikers, Logboek logboek) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
    }

    @Transactional
    public Doorbraak vraagAan(UUID huishoudenId, String reden) {
        Gebruiker g = gebruikers.huidige();
        if (!g.isProfessional()) {
            throw new AccessDeniedException("Alleen professionals kunnen een doorbraak doen");
        }
        String schoon = reden == null ? "" : reden.strip();
        if (schoon.length() < MINIMALE_REDEN) {
            throw new OngeldigeInvoerException("reden", "range",
                    "Schrijf op waarom u dit huishouden moet zien (minstens " + MINIMALE_REDEN + " tekens).");
        }
        if (schoon.length() > 2000) {
            throw new OngeldigeInvoerException("reden", "range", "De reden is te lang (hoogstens 2000 tekens).");
        }
        if (!jdbc.sql("select exists (select 1 from inwoner.huishouden where id = ?)").param(huishoudenId).query(Boolean.class).single()) {
            throw new NietGevondenException("Huishouden");
        }
        UUID id = UUID.randomUUID();
        Instant nu = Instant.now();
        jdbc.sql("insert into inwoner.doorbraak (id, gebruikersnaam, team_id, huishouden_id, reden, tijdstip, geldig_tot) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, g.gebruikersnaam(), g.teamId(), huishoudenId, schoon,
                        java.sql.Timestamp.from(nu), java.sql.Timestamp.from(nu.plus(GELDIGHEID)))
                .update();
        nl.maatwerk.platform.Verzoekgeheugen.vergeet("inzage." + g.gebruikersnaam() + "." + huishoudenId);
        List<Betrokkene> leden = jdbc.sql("select i.bsn from inwoner.huishouden_lid l join inwoner.inwoner i on i.id = l.inwoner_id "
                        + "where l.huishouden_id = ? and (l.tot_en_met is null or l.tot_en_met >= ?)")
                .params(huishoudenId, LocalDate.now()).query(String.class).list().stream().map(Betrokkene::bsn).toList();
        logboek.registreer("huishouden.doorbraak", Verwerkingsactiviteit.DOORBRAAK, leden, nu, true);
        return new Doorbraak(id, g.gebruikersnaam(), g.naam(), huishoudenId, schoon, nu, nu.plus(GELDIGHEID));
    }

    /** The doorbraken of the team lead's own team, newest first. */
    public List<Doorbraak> vanMijnTeam(int max) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.TEAMLEIDER) {
            throw new AccessDeniedException("Alleen de teamleider ziet de doorbraken van het team");
        }
        return jdbc.sql("""
                select d.id, d.gebruikersnaam, coalesce(u.naam, d.gebruikersnaam), d.huishouden_id, d.reden, d.tijdstip, d.geldig_tot
                from inwoner.doorbraak d left join platform.gebruiker u on u.gebruikersnaam = d.gebruikersnaam
                where d.team_id = ? order by d.tijdstip desc limit ?
                """)
                .params(g.teamId(), max)
                .query((rs, n) -> new Doorbraak(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}
