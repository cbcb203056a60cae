package nl.maatwerk.toegang.opslag;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.toegang.PlanInhoud;
import nl.maatwerk.toegang.PlanJson;
import nl.maatwerk.toegang.PlanVersie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL for household plans: the current version in {@code gezinsplan}, every saved version in
 * {@code gezinsplan_versie}. Saving checks the version in the same statement that changes it.
 */
@Repository
public class PlanOpslag {

    /** The current version of a plan, as stored. */
    public record Kop(int versie, PlanInhoud inhoud, Instant gewijzigdOp, String doorNaam) {
    }

    private final JdbcClient jdbc;

    PlanOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Kop> kop(UUID huishoudenId) {
        return jdbc.sql("""
                select p.versie, p.inhoud::text, p.gewijzigd_op, v.door_naam
                from toegang.gezinsplan p join toegang.gezinsplan_versie v on v.huishouden_id = p.huishouden_id and v.versie = p.versie
                where p.huishouden_id = ?
                """).param(huishoudenId)
                .query((rs, i) -> new Kop(rs.getInt(1), PlanJson.lees(rs.getString(2)), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .optional();
    }

    public Optional<PlanInhoud> versie(UUID huishoudenId, int versie) {
        if (versie == 0) {
            return Optional.of(PlanInhoud.LEEG);
        }
        return jdbc.sql("select inhoud::text from toegang.gezinsplan_versie where huishouden_id = ? and versie = ?")
                .params(huishoudenId, versie).query(String.class).optional().map(PlanJson::lees);
    }

    /** Newest first. */
    public List<PlanVersie> versies(UUID huishoudenId) {
        return jdbc.sql("""
                select versie, gewijzigd_op, door_naam, wijzigingen::text from toegang.gezinsplan_versie
                where huishouden_id = ? order by versie desc
                """).param(huishoudenId)
                .query((rs, i) -> new PlanVersie(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        PlanJson.leesTeksten(rs.getString(4))))
                .list();
    }

    /**
     * Saves the next version if the plan is still at {@code verwacht}; false (and nothing written)
     * when someone else saved in between.
     */
    public boolean slaOp(UUID huishoudenId, int verwacht, PlanInhoud inhoud, String gebruikersnaam, String naam,
            List<String> wijzigingen, Instant moment) {
        String json = PlanJson.schrijf(inhoud);
        LocalDate evaluatie = inhoud.evaluatiedatum();
        Timestamp tijd = Timestamp.from(moment);
        int rijen = verwacht == 0
                ? jdbc.sql("""
                        insert into toegang.gezinsplan (huishouden_id, versie, inhoud, evaluatiedatum, gewijzigd_op, gewijzigd_door)
                        values (?, 1, ?::jsonb, ?, ?, ?) on conflict (huishouden_id) do nothing
                        """).params(huishoudenId, json, evaluatie, tijd, gebruikersnaam).update()
                : jdbc.sql("""
                        update toegang.gezinsplan set versie = versie + 1, inhoud = ?::jsonb, evaluatiedatum = ?, gewijzigd_op = ?, gewijzigd_door = ?
                        where huishouden_id = ? and versie = ?
                        """).params(json, evaluatie, tijd, gebruikersnaam, huishoudenId, verwacht).update();
        if (rijen != 1) {
            return false;
        }
        jdbc.sql("""
                insert into toegang.gezinsplan_versie (huishouden_id, versie, inhoud, gewijzigd_op, gewijzigd_door, door_naam, wijzigingen)
                values (?, ?, ?::jsonb, ?, ?, ?, ?::jsonb)
                """).params(huishoudenId, verwacht + 1, json, tijd, gebruikersnaam, naam, PlanJson.schrijfTeksten(wijzigingen)).update();
        return true;
    }
}
