package nl.maatwerk.inwoner;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Need-to-know. A professional sees the households of their own team, those assigned to them (until
 * the assignment ends), and those they opened with a doorbraak that is still valid. A resident sees
 * the household they live in today. The policy and audit roles see no household at all. A resident's
 * own data follows where they live now ({@link #magInwonerZien}), not every household they ever lived in.
 */
@Component
public class Inzage {

    private final JdbcClient jdbc;
    private final Clock klok;

    Inzage(JdbcClient jdbc, Clock klok) {
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /**
     * The households {@code g} may see, as a subquery for other modules' own queries: the team's,
     * those assigned to them until the assignment ends, those opened with a doorbraak that is valid
     * now, or the one a resident lives in today. Now and today come from the app's clock, not from the database.
     */
    public Zichtbaarheid zichtbaarheid(Gebruiker g) {
        List<Object> params = new java.util.ArrayList<>();
        params.add(g.gebruikersnaam());
        params.add(g.teamId());
        params.add(g.rol() == Rol.INWONER ? g.inwonerId() : null);
        params.add(g.isProfessional());
        Instant nu = klok.instant();
        params.add(Timestamp.from(nu));
        params.add(LocalDate.ofInstant(nu, klok.getZone()));
        return new Zichtbaarheid(Zichtbaarheid.SUBQUERY, params);
    }

    /**
     * A SQL condition on a household aliased {@code h}, for this module's own queries; its parameters
     * are added to {@code params}. The same rule as {@link #zichtbaarheid}, on the same clock: an
     * assignment counts until its end, a resident's household from the first day they live there.
     */
    String zichtbaarVoor(Gebruiker g, List<Object> params) {
        if (g.isProfessional()) {
            Timestamp nu = Timestamp.from(klok.instant());
            params.add(g.teamId());
            params.add(g.gebruikersnaam());
            params.add(nu);
            params.add(g.gebruikersnaam());
            params.add(nu);
            return "(h.team_id = ? "
                    + "or exists (select 1 from inwoner.huishouden_toewijzing t where t.huishouden_id = h.id and t.gebruikersnaam = ? "
                    + "and (t.tot is null or t.tot > ?)) "
                    + "or exists (select 1 from inwoner.doorbraak d where d.huishouden_id = h.id and d.gebruikersnaam = ? and d.geldig_tot > ?))";
        }
        if (g.rol() == Rol.INWONER && g.inwonerId() != null) {
            LocalDate vandaag = LocalDate.now(klok);
            params.add(g.inwonerId());
            params.add(vandaag);
            params.add(vandaag);
            return "exists (select 1 from inwoner.huishouden_lid l where l.huishouden_id = h.id and l.inwoner_id = ? "
                    + "and l.vanaf <= ? and (l.tot_en_met is null or l.tot_en_met >= ?))";
        }
        return "false";
    }

    public boolean magHuishoudenZien(Gebruiker g, UUID huishoudenId) {
        return nl.maatwerk.platform.Verzoekgeheugen.onthoud("inzage." + g.gebruikersnaam() + "." + huishoudenId,
                () -> magHuishoudenZienOpgezocht(g, huishoudenId));
    }

    private boolean magHuishoudenZienOpgezocht(Gebruiker g, UUID huishoudenId) {
        List<Object> params = new java.util.ArrayList<>();
        params.add(huishoudenId);
        String conditie = zichtbaarVoor(g, params);
        return jdbc.sql("select exists (select 1 from inwoner.huishouden h where h.id = ? and " + conditie + ")")
                .params(params).query(Boolean.class).single();
    }

    /** Need-to-know as a guard: a household the user may not see answers as if it does not exist. */
    public void vereisZichtbaar(Gebruiker g, UUID huishoudenId) {
        if (!magHuishoudenZien(g, huishoudenId)) {
            throw new nl.maatwerk.platform.NietGevondenException("Huishouden");
        }
    }

    /**
     * A resident's personal data (BSN, address, contact) follows where they live now (issue 13): the
     * user may see it when they may see a household the resident lives in today or is going to live
     * in, or, for someone who has never lived in a household, when the user's team registered them.
     * A resident sees only themselves: of a housemate, now or before, they see name, role and period on
     * the household ({@link Afscherming}), never the record with BSN and contact details (issue 13
     * follow-up). Who lived in a household before is seen there by name and period only.
     */
    boolean magInwonerZien(Gebruiker g, UUID inwonerId) {
        return zichtbareInwoners(g, List.of(inwonerId)).contains(inwonerId);
    }

    /** {@link #magInwonerZien} for several residents in one query. */
    Set<UUID> zichtbareInwoners(Gebruiker g, Collection<UUID> inwonerIds) {
        Set<UUID> zichtbaar = new HashSet<>();
        if (inwonerIds.isEmpty()) {
            return zichtbaar;
        }
        UUID[] ids = inwonerIds.stream().distinct().toArray(UUID[]::new);
        LocalDate vandaag = LocalDate.now(klok);
        if (g.isProfessional()) {
            List<Object> params = new java.util.ArrayList<>();
            params.add(ids);
            params.add(vandaag);
            String conditie = zichtbaarVoor(g, params);
            params.add(ids);
            params.add(g.teamId());
            zichtbaar.addAll(jdbc.sql("select l.inwoner_id from inwoner.huishouden_lid l join inwoner.huishouden h on h.id = l.huishouden_id "
                            + "where l.inwoner_id = any(?) and (l.tot_en_met is null or l.tot_en_met >= ?) and " + conditie
                            + " union select i.id from inwoner.inwoner i where i.id = any(?) and i.team_id = ? "
                            + "and not exists (select 1 from inwoner.huishouden_lid l2 where l2.inwoner_id = i.id)")
                    .params(params).query(UUID.class).list());
        } else if (g.rol() == Rol.INWONER && g.inwonerId() != null && inwonerIds.contains(g.inwonerId())) {
            zichtbaar.add(g.inwonerId());
        }
        return zichtbaar;
    }

    /**
     * Whether the user knows this resident from a household they may see without being allowed to open
     * their record: for a professional, someone who left it (the old team); for a resident, a housemate
     * now or one who lived there at the same time. Such a user is told that the record is not theirs to
     * read (403); anyone else hears that it does not exist (404).
     */
    boolean kentAlsVoormaligLid(Gebruiker g, UUID inwonerId) {
        if (g.isProfessional()) {
            List<Object> params = new java.util.ArrayList<>();
            params.add(inwonerId);
            String conditie = zichtbaarVoor(g, params);
            return jdbc.sql("select exists (select 1 from inwoner.huishouden_lid l join inwoner.huishouden h on h.id = l.huishouden_id "
                    + "where l.inwoner_id = ? and " + conditie + ")").params(params).query(Boolean.class).single();
        }
        if (g.rol() == Rol.INWONER && g.inwonerId() != null) {
            LocalDate vandaag = LocalDate.now(klok);
            return jdbc.sql("""
                    select exists (select 1 from inwoner.huishouden_lid l
                        join inwoner.huishouden_lid m on m.huishouden_id = l.huishouden_id and m.inwoner_id = ?
                        join inwoner.huishouden_lid nu on nu.huishouden_id = l.huishouden_id and nu.inwoner_id = m.inwoner_id
                            and nu.vanaf <= ? and (nu.tot_en_met is null or nu.tot_en_met >= ?)
                        where l.inwoner_id = ? and l.vanaf <= coalesce(m.tot_en_met, 'infinity'::date)
                          and m.vanaf <= coalesce(l.tot_en_met, 'infinity'::date))
                    """).params(g.inwonerId(), vandaag, vandaag, inwonerId).query(Boolean.class).single();
        }
        return false;
    }

    /**
     * Whether a professional may take this resident into a household although they cannot see them:
     * the resident lives in no household now and has none planned, and the user may see the household
     * they lived in last. That team (or whoever opened that household with a doorbraak) is who they
     * turn to; a resident who lives in another team's household now is never taken this way.
     */
    boolean magOpnemen(Gebruiker g, UUID inwonerId) {
        if (!g.isProfessional()) {
            return false;
        }
        List<Object> params = new java.util.ArrayList<>();
        params.add(inwonerId);
        params.add(LocalDate.now(klok));
        params.add(inwonerId);
        params.add(inwonerId);
        String conditie = zichtbaarVoor(g, params);
        return jdbc.sql("select not exists (select 1 from inwoner.huishouden_lid l where l.inwoner_id = ? "
                        + "and (l.tot_en_met is null or l.tot_en_met >= ?)) "
                        + "and exists (select 1 from inwoner.huishouden_lid l join inwoner.huishouden h on h.id = l.huishouden_id "
                        + "where l.inwoner_id = ? and l.tot_en_met = (select max(m.tot_en_met) from inwoner.huishouden_lid m where m.inwoner_id = ?) "
                        + "and " + conditie + ")")
                .params(params).query(Boolean.class).single();
    }

    /**
     * Gives a professional of another team access to a household, for as long as they hold its regie.
     * Only a professional of the household's own team grants it: access that team did not agree to
     * (a doorbraak, or an assignment of someone else) never turns into lasting access.
     */
    public void wijsToe(Gebruiker door, UUID huishoudenId, String gebruikersnaam) {
        String team = jdbc.sql("select team_id from inwoner.huishouden where id = ?").param(huishoudenId).query(String.class).optional()
                .orElseThrow(() -> new nl.maatwerk.platform.NietGevondenException("Huishouden"));
        if (!door.isProfessional() || door.teamId() == null || !door.teamId().equals(team)) {
            throw new nl.maatwerk.platform.NietToegestaanException(
                    "Alleen het team van dit huishouden kan iemand van een ander team toegang geven.");
        }
        jdbc.sql("""
                insert into inwoner.huishouden_toewijzing (huishouden_id, gebruikersnaam, vanaf, tot) values (?, ?, ?, null)
                on conflict (huishouden_id, gebruikersnaam) do update set vanaf = excluded.vanaf, tot = null
                """).params(huishoudenId, gebruikersnaam, Timestamp.from(klok.instant())).update();
        nl.maatwerk.platform.Verzoekgeheugen.vergeet("inzage." + gebruikersnaam + "." + huishoudenId);
    }

    /** Ends a professional's assignment to a household now, when their regie ends; nothing when there is none. */
    public void beeindigToewijzing(UUID huishoudenId, String gebruikersnaam) {
        Timestamp nu = Timestamp.from(klok.instant());
        jdbc.sql("update inwoner.huishouden_toewijzing set tot = ? where huishouden_id = ? and gebruikersnaam = ? and (tot is null or tot > ?)")
                .params(nu, huishoudenId, gebruikersnaam, nu).update();
        nl.maatwerk.platform.Verzoekgeheugen.vergeet("inzage." + gebruikersnaam + "." + huishoudenId);
    }

    /** Recording and changing data is for professionals; others get 403, whatever the household. */
    public void vereisProfessional(Gebruiker g) {
        if (!g.isProfessional()) {
            throw new AccessDeniedException("Alleen professionals leggen gegevens vast");
        }
    }
}
