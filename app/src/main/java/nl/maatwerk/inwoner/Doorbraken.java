package nl.maatwerk.inwoner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
@org.springframework.modulith.NamedInterface("intern")
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
    private final Clock klok;

    Doorbraken(JdbcClient jdbc, GebruikerRegister gebruikers, Logboek logboek, Clock klok) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.logboek = logboek;
        this.klok = klok;
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
        Instant nu = Instant.now(klok);
        jdbc.sql("insert into inwoner.doorbraak (id, gebruikersnaam, team_id, huishouden_id, reden, tijdstip, geldig_tot) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, g.gebruikersnaam(), g.teamId(), huishoudenId, schoon,
                        java.sql.Timestamp.from(nu), java.sql.Timestamp.from(nu.plus(GELDIGHEID)))
                .update();
        nl.maatwerk.platform.Verzoekgeheugen.vergeet("inzage." + g.gebruikersnaam() + "." + huishoudenId);
        List<Betrokkene> leden = jdbc.sql("select i.bsn from inwoner.huishouden_lid l join inwoner.inwoner i on i.id = l.inwoner_id "
                        + "where l.huishouden_id = ? and (l.tot_en_met is null or l.tot_en_met >= ?)")
                .params(huishoudenId, LocalDate.now(klok)).query(String.class).list().stream().map(Betrokkene::bsn).toList();
        logboek.registreer("huishouden.doorbraak", Verwerkingsactiviteit.DOORBRAAK, leden, nu, true);
        return new Doorbraak(id, g.gebruikersnaam(), g.naam(), huishoudenId, schoon, nu, nu.plus(GELDIGHEID));
    }

    /** The doorbraken of the team lead's own team, newest first. */
    public List<Doorbraak> vanMijnTeam(int max) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.TEAMLEIDER) {
            throw new AccessDeniedException("Alleen de teamleider ziet de doorbraken van het team");
        }
        record Rij(UUID id, String gebruikersnaam, UUID huishoudenId, String reden, Instant tijdstip, Instant geldigTot) {
        }
        List<Rij> rijen = jdbc.sql("""
                select id, gebruikersnaam, huishouden_id, reden, tijdstip, geldig_tot from inwoner.doorbraak
                where team_id = ? order by tijdstip desc limit ?
                """)
                .params(g.teamId(), max)
                .query((rs, n) -> new Rij(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant()))
                .list();
        Map<String, String> namen = gebruikers.namen(rijen.stream().map(Rij::gebruikersnaam).collect(Collectors.toSet()));
        return rijen.stream().map(r -> new Doorbraak(r.id(), r.gebruikersnaam(), namen.getOrDefault(r.gebruikersnaam(), r.gebruikersnaam()),
                r.huishoudenId(), r.reden(), r.tijdstip(), r.geldigTot())).toList();
    }
}
