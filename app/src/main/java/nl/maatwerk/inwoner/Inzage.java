package nl.maatwerk.inwoner;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Need-to-know. A professional sees the households of their own team, those assigned to them, and
 * those they opened with a doorbraak that is still valid. A resident sees their own household. The
 * policy and audit roles see no household at all.
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
     * those assigned to them, those opened with a doorbraak that is valid now, or a resident's own
     * today. Now and today come from the app's clock, not from the database.
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
     * are added to {@code params}. The same rule as {@link #zichtbaarheid}, on the same clock.
     */
    String zichtbaarVoor(Gebruiker g, List<Object> params) {
        if (g.isProfessional()) {
            params.add(g.teamId());
            params.add(g.gebruikersnaam());
            params.add(g.gebruikersnaam());
            params.add(Timestamp.from(klok.instant()));
            return "(h.team_id = ? "
                    + "or exists (select 1 from inwoner.huishouden_toewijzing t where t.huishouden_id = h.id and t.gebruikersnaam = ?) "
                    + "or exists (select 1 from inwoner.doorbraak d where d.huishouden_id = h.id and d.gebruikersnaam = ? and d.geldig_tot > ?))";
        }
        if (g.rol() == Rol.INWONER && g.inwonerId() != null) {
            params.add(g.inwonerId());
            params.add(LocalDate.now(klok));
            return "exists (select 1 from inwoner.huishouden_lid l where l.huishouden_id = h.id and l.inwoner_id = ? "
                    + "and (l.tot_en_met is null or l.tot_en_met >= ?))";
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
     * A resident is visible through any household they belong or belonged to that the user may see,
     * or, while they belong to no household yet, to the team that registered them.
     */
    boolean magInwonerZien(Gebruiker g, UUID inwonerId) {
        List<Object> params = new java.util.ArrayList<>();
        params.add(inwonerId);
        String conditie = zichtbaarVoor(g, params);
        String sql = "select exists (select 1 from inwoner.huishouden_lid l join inwoner.huishouden h on h.id = l.huishouden_id "
                + "where l.inwoner_id = ? and " + conditie + ")";
        if (g.isProfessional()) {
            sql += " or exists (select 1 from inwoner.inwoner i where i.id = ? and i.team_id = ? "
                    + "and not exists (select 1 from inwoner.huishouden_lid l2 where l2.inwoner_id = i.id))";
            params.add(inwonerId);
            params.add(g.teamId());
        }
        return jdbc.sql("select (" + sql + ")").params(params).query(Boolean.class).single();
    }

    /**
     * Gives a professional access to a household outside their own team, for example when they
     * become its regisseur. Lasting until taken back; recorded in {@code huishouden_toewijzing}.
     */
    public void wijsToe(UUID huishoudenId, String gebruikersnaam) {
        jdbc.sql("insert into inwoner.huishouden_toewijzing (huishouden_id, gebruikersnaam) values (?, ?) on conflict do nothing")
                .params(huishoudenId, gebruikersnaam).update();
        nl.maatwerk.platform.Verzoekgeheugen.vergeet("inzage." + gebruikersnaam + "." + huishoudenId);
    }

    /** Recording and changing data is for professionals; others get 403, whatever the household. */
    public void vereisProfessional(Gebruiker g) {
        if (!g.isProfessional()) {
            throw new AccessDeniedException("Alleen professionals leggen gegevens vast");
        }
    }
}
