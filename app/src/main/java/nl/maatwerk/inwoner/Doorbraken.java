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
 * access lasts a working day, is logged, and never turns into lasting access (no regie, no assignment:
 * toegang.Regie). The professional's team lead sees every doorbraak of the team; the team that owns the
 * household sees every doorbraak on it (its team lead on the team page, its members on the household page).
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Doorbraken {

    static final Duration GELDIGHEID = Duration.ofHours(8);
    static final int MINIMALE_REDEN = 20;

    /**
     * The household is shown by id only: the team lead judges the reason, not the family.
     *
     * @param team the name of the team the professional belonged to at the time, empty when none
     */
    public record Doorbraak(UUID id, String gebruikersnaam, String medewerker, String team, UUID huishoudenId, String reden,
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
        logboek.registreer("huishouden.doorbraak", Verwerkingsactiviteit.DOORBRAAK, geopendVoor(huishoudenId), nu, true);
        return new Doorbraak(id, g.gebruikersnaam(), g.naam(), g.teamId() == null ? "" : gebruikers.teamNaam(g.teamId()), huishoudenId, schoon,
                nu, nu.plus(GELDIGHEID));
    }

    /**
     * Everyone a doorbraak opens to the professional: whoever lives there now or will, in full; whoever
     * left, by name and the period they lived there ({@link Afscherming}, issue 13); and the people of the
     * household's network with their phone numbers. Each is a data subject of the doorbraak. A household
     * that never had anyone is itself the subject, so the doorbraak is never left out of the log.
     */
    private List<Betrokkene> geopendVoor(UUID huishoudenId) {
        List<Betrokkene> betrokkenen = new java.util.ArrayList<>();
        jdbc.sql("select distinct i.bsn from inwoner.huishouden_lid l join inwoner.inwoner i on i.id = l.inwoner_id where l.huishouden_id = ?")
                .param(huishoudenId).query(String.class).list().forEach(bsn -> betrokkenen.add(Betrokkene.bsn(bsn)));
        jdbc.sql("select id from inwoner.netwerkrelatie where huishouden_id = ?").param(huishoudenId).query(UUID.class).list()
                .forEach(id -> betrokkenen.add(Betrokkene.netwerkpersoon(id)));
        return betrokkenen.isEmpty() ? List.of(Betrokkene.huishouden(huishoudenId)) : betrokkenen;
    }

    /** The doorbraken by the team lead's own team, newest first. */
    public List<Doorbraak> vanMijnTeam(int max) {
        Gebruiker g = vereisTeamleider();
        return gelezen(lijst("d.team_id = ?", g.teamId(), max));
    }

    /**
     * The doorbraken on the households of the team lead's own team by anyone outside it, newest first: the team
     * that owns a household learns who opened it and why (issue 13).
     */
    public List<Doorbraak> opHuishoudensVanMijnTeam(int max) {
        Gebruiker g = vereisTeamleider();
        return gelezen(lijst("h.team_id = ? and d.team_id is distinct from h.team_id", g.teamId(), max));
    }

    /**
     * The doorbraken on one household by anyone outside its team, newest first, for a professional of the team that owns it;
     * empty for anyone else, whose business the household's visitors are not.
     */
    public List<Doorbraak> opHuishouden(UUID huishoudenId, int max) {
        Gebruiker g = gebruikers.huidige();
        String team = jdbc.sql("select team_id from inwoner.huishouden where id = ?").param(huishoudenId).query(String.class).optional().orElse(null);
        if (!g.isProfessional() || team == null || !team.equals(g.teamId())) {
            return List.of();
        }
        return gelezen(lijst("d.huishouden_id = ? and d.team_id is distinct from h.team_id", huishoudenId, max));
    }

    /** For the privacy auditor's start page (issue 15): the newest doorbraken across all teams, logged like any read of them. */
    public List<Doorbraak> recent(int max) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.AUDITOR) {
            throw new AccessDeniedException("Alleen de privacy-auditor ziet alle doorbraken");
        }
        return gelezen(lijst("d.tijdstip <= ?", java.sql.Timestamp.from(Instant.now(klok)), max));
    }

    /**
     * A doorbraak's reason is about the people of that household ("acute huurschuld"): reading it is logged for the
     * people who live there now, or the household itself when no one does, like any other read.
     */
    private List<Doorbraak> gelezen(List<Doorbraak> getoond) {
        if (getoond.isEmpty()) {
            return getoond;
        }
        List<UUID> huishoudens = getoond.stream().map(Doorbraak::huishoudenId).distinct().toList();
        List<Betrokkene> betrokkenen = new java.util.ArrayList<>(jdbc.sql("""
                        select distinct i.bsn from inwoner.huishouden_lid l join inwoner.inwoner i on i.id = l.inwoner_id
                        where l.huishouden_id = any(?::uuid[]) and (l.tot_en_met is null or l.tot_en_met >= ?)
                        """).params(huishoudens.toArray(UUID[]::new), LocalDate.now(klok))
                .query(String.class).list().stream().map(Betrokkene::bsn).toList());
        if (betrokkenen.isEmpty()) {
            huishoudens.forEach(h -> betrokkenen.add(Betrokkene.huishouden(h)));
        }
        logboek.registreer("doorbraak.raadplegen", Verwerkingsactiviteit.DOORBRAAK, betrokkenen, Instant.now(klok), true);
        return getoond;
    }

    private Gebruiker vereisTeamleider() {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.TEAMLEIDER) {
            throw new AccessDeniedException("Alleen de teamleider ziet de doorbraken van het team");
        }
        return g;
    }

    private List<Doorbraak> lijst(String voorwaarde, Object waarde, int max) {
        record Rij(UUID id, String gebruikersnaam, String teamId, UUID huishoudenId, String reden, Instant tijdstip, Instant geldigTot) {
        }
        List<Rij> rijen = jdbc.sql("""
                select d.id, d.gebruikersnaam, d.team_id, d.huishouden_id, d.reden, d.tijdstip, d.geldig_tot
                from inwoner.doorbraak d join inwoner.huishouden h on h.id = d.huishouden_id
                where %s order by d.tijdstip desc limit ?
                """.formatted(voorwaarde))
                .params(waarde, max)
                .query((rs, n) -> new Rij(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()))
                .list();
        Map<String, String> namen = gebruikers.namen(rijen.stream().map(Rij::gebruikersnaam).collect(Collectors.toSet()));
        Map<String, String> teams = new java.util.HashMap<>();
        rijen.stream().map(Rij::teamId).filter(java.util.Objects::nonNull).distinct().forEach(t -> teams.put(t, gebruikers.teamNaam(t)));
        return rijen.stream().map(r -> new Doorbraak(r.id(), r.gebruikersnaam(), namen.getOrDefault(r.gebruikersnaam(), r.gebruikersnaam()),
                r.teamId() == null ? "" : teams.get(r.teamId()), r.huishoudenId(), r.reden(), r.tijdstip(), r.geldigTot())).toList();
    }
}
