package nl.maatwerk.regelbeheer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's tables in the schema {@code regelbeheer}, in plain SQL. Only adds rows, except the one review step. */
@Repository
class VoorstelOpslag {

    /** An approved value with who approved it when. */
    record Goedgekeurd(long volgnummer, UUID voorstelId, Regelwaarde waarde, String door, Instant op) {
    }

    private final JdbcClient jdbc;

    VoorstelOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void voegToe(UUID id, NieuwVoorstel v, String door, Instant op) {
        jdbc.sql("insert into regelbeheer.voorstel (id, reden, voorgesteld_door, voorgesteld_op) values (?, ?, ?, ?)")
                .params(id, v.reden(), door, Timestamp.from(op)).update();
        for (int i = 0; i < v.waarden().size(); i++) {
            Regelwaarde w = v.waarden().get(i);
            jdbc.sql("""
                    insert into regelbeheer.waarde (voorstel_id, volgorde, naam, waarde, geldig_vanaf, bron, status, toelichting)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(id, i, w.naam(), w.waarde(), w.geldigVanaf(), w.bron(), w.status(), w.toelichting()).update();
        }
        stap(id, null, VoorstelStatus.VOORGESTELD, v.reden(), door, op);
    }

    /** One line in the proposal's history, at the moment of its step from the app's clock (the history keeps its order by id). */
    void stap(UUID id, VoorstelStatus van, VoorstelStatus naar, String toelichting, String door, Instant op) {
        jdbc.sql("insert into regelbeheer.gebeurtenis (voorstel_id, van, naar, toelichting, door, op) values (?, ?, ?, ?, ?, ?)")
                .params(id, van == null ? null : van.code(), naar.code(), toelichting, door, Timestamp.from(op)).update();
    }

    /** The review: only from voorgesteld and only at the version read; false when someone else was first. */
    boolean beoordeel(UUID id, int versie, VoorstelStatus naar, String toelichting, String door, Instant op) {
        return jdbc.sql("""
                update regelbeheer.voorstel set status = ?, versie = versie + 1, beoordeeld_door = ?, beoordeeld_op = ?,
                    beoordeling_toelichting = ?
                where id = ? and versie = ? and status = 'voorgesteld'
                """).params(naar.code(), door, Timestamp.from(op), toelichting, id, versie).update() == 1;
    }

    /**
     * Makes the values of an approved proposal count. The primary key allows one value per name and date; a value
     * that another approval wrote at the same moment is not overwritten. Returns the names and dates that were
     * taken meanwhile (empty: all of this proposal's values now count).
     */
    List<String> keurWaardenGoed(UUID id) {
        return jdbc.sql("""
                with nieuw as (
                    insert into regelbeheer.goedgekeurde_waarde (naam, geldig_vanaf, waarde_id)
                    select naam, geldig_vanaf, id from regelbeheer.waarde where voorstel_id = ? order by volgorde
                    on conflict (naam, geldig_vanaf) do nothing
                    returning waarde_id)
                select w.naam, w.geldig_vanaf from regelbeheer.waarde w
                where w.voorstel_id = ? and w.id not in (select waarde_id from nieuw) order by w.volgorde
                """).params(id, id)
                .query((rs, i) -> rs.getString("naam") + " vanaf " + Voorstelcontrole.DATUM.format(rs.getObject("geldig_vanaf", java.time.LocalDate.class)))
                .list();
    }

    /** Changes with every approval and never goes back: nodes compare it to know their cache is current. */
    long goedgekeurdTeller() {
        return jdbc.sql("select coalesce(max(volgnummer), 0) from regelbeheer.goedgekeurde_waarde").query(Long.class).single();
    }

    List<Goedgekeurd> goedgekeurd() {
        return jdbc.sql("""
                select g.volgnummer, w.voorstel_id, w.naam, w.waarde, w.geldig_vanaf, w.bron, w.status, w.toelichting, v.beoordeeld_door, v.beoordeeld_op
                from regelbeheer.goedgekeurde_waarde g
                join regelbeheer.waarde w on w.id = g.waarde_id
                join regelbeheer.voorstel v on v.id = w.voorstel_id
                order by g.volgnummer
                """).query((rs, i) -> new Goedgekeurd(rs.getLong(1), rs.getObject(2, UUID.class), waarde(rs, 3), rs.getString(9),
                        rs.getTimestamp(10).toInstant())).list();
    }

    boolean isGoedgekeurd(String naam, LocalDate vanaf) {
        return jdbc.sql("select exists (select 1 from regelbeheer.goedgekeurde_waarde where naam = ? and geldig_vanaf = ?)")
                .params(naam, vanaf).query(Boolean.class).single();
    }

    Optional<Voorstel> lees(UUID id) {
        return jdbc.sql("""
                select id, reden, status, versie, voorgesteld_door, voorgesteld_op, beoordeeld_door, beoordeeld_op, beoordeling_toelichting
                from regelbeheer.voorstel where id = ?
                """).param(id).query((rs, i) -> voorstel(rs)).optional();
    }

    /** Proposals, newest first; with a status only those. */
    List<Voorstel> lijst(VoorstelStatus status, int pagina, int grootte) {
        return jdbc.sql("""
                select id, reden, status, versie, voorgesteld_door, voorgesteld_op, beoordeeld_door, beoordeeld_op, beoordeling_toelichting
                from regelbeheer.voorstel where (cast(? as text) is null or status = ?)
                order by voorgesteld_op desc, id limit ? offset ?
                """).params(status == null ? null : status.code(), status == null ? null : status.code(), grootte, (long) (pagina - 1) * grootte)
                .query((rs, i) -> voorstel(rs)).list();
    }

    long aantal(VoorstelStatus status) {
        return jdbc.sql("select count(*) from regelbeheer.voorstel where (cast(? as text) is null or status = ?)")
                .params(status == null ? null : status.code(), status == null ? null : status.code()).query(Long.class).single();
    }

    private Voorstel voorstel(ResultSet rs) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        Timestamp beoordeeld = rs.getTimestamp(8);
        return new Voorstel(id, rs.getString(2), VoorstelStatus.vanCode(rs.getString(3)), rs.getInt(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7), beoordeeld == null ? null : beoordeeld.toInstant(), rs.getString(9),
                waarden(id), stappen(id));
    }

    private List<Regelwaarde> waarden(UUID id) {
        return jdbc.sql("select naam, waarde, geldig_vanaf, bron, status, toelichting from regelbeheer.waarde where voorstel_id = ? order by volgorde")
                .param(id).query((rs, i) -> waarde(rs, 1)).list();
    }

    private List<Voorstel.Stap> stappen(UUID id) {
        return jdbc.sql("select van, naar, toelichting, door, op from regelbeheer.gebeurtenis where voorstel_id = ? order by id")
                .param(id).query((rs, i) -> new Voorstel.Stap(rs.getString(1) == null ? null : VoorstelStatus.vanCode(rs.getString(1)),
                        VoorstelStatus.vanCode(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    private static Regelwaarde waarde(ResultSet rs, int eerste) throws SQLException {
        java.math.BigDecimal waarde = rs.getBigDecimal(eerste + 1).stripTrailingZeros();
        return new Regelwaarde(rs.getString(eerste), waarde.scale() < 0 ? waarde.setScale(0) : waarde,
                rs.getObject(eerste + 2, LocalDate.class), rs.getString(eerste + 3), rs.getString(eerste + 4), rs.getString(eerste + 5));
    }
}
