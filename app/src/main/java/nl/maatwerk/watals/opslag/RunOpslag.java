package nl.maatwerk.watals.opslag;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.watals.Run;
import nl.maatwerk.watals.Runstatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The schema {@code watals}: runs, their changes and their aggregates. */
@Repository
public class RunOpslag {

    private final JdbcClient jdbc;

    RunOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the run unless {@code door} has {@code maximaalOpen} runs waiting or computing already; false then, and
     * nothing is stored. The count and the insert hold a lock per user, so two starts at once cannot both pass.
     */
    @Transactional
    public boolean voegToeBinnenGrens(UUID id, String naam, LocalDate peildatum, String door, Instant op, List<Run.Variant> varianten,
            int maximaalOpen) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("watals.run:" + door).query((rs, n) -> 1).list();
        long open = jdbc.sql("select count(*) from watals.run where gestart_door = ? and status in (?, ?)")
                .params(door, Runstatus.WACHTEND.code(), Runstatus.BEZIG.code()).query(Long.class).single();
        if (open >= maximaalOpen) {
            return false;
        }
        voegToe(id, naam, peildatum, door, op, varianten);
        return true;
    }

    /** The runs of {@code door} that wait or compute, oldest first, without their aggregates. */
    public List<Run> open(String door) {
        return jdbc.sql("select * from watals.run where gestart_door = ? and status in (?, ?) order by gestart_op, id")
                .params(door, Runstatus.WACHTEND.code(), Runstatus.BEZIG.code()).query((rs, i) -> run(rs, false)).list();
    }

    @Transactional
    public void voegToe(UUID id, String naam, LocalDate peildatum, String door, Instant op, List<Run.Variant> varianten) {
        jdbc.sql("insert into watals.run (id, naam, status, peildatum, gestart_door, gestart_op, totaal) values (?, ?, ?, ?, ?, ?, 0)")
                .params(id, naam, Runstatus.WACHTEND.code(), peildatum, door, Timestamp.from(op)).update();
        for (Run.Variant v : varianten) {
            jdbc.sql("insert into watals.variant (run_id, nummer, naam) values (?, ?, ?)").params(id, v.nummer(), v.naam()).update();
            for (int i = 0; i < v.wijzigingen().size(); i++) {
                Run.Wijziging w = v.wijzigingen().get(i);
                jdbc.sql("insert into watals.wijziging (run_id, variant, volgorde, parameter, waarde, was, bron) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(id, v.nummer(), i, w.parameter(), w.waarde(), w.was(), w.bron()).update();
            }
        }
    }

    /** A new phase of the job, with its progress from 0 (or the given numbers). */
    public void fase(UUID id, String fase, int klaar, int totaal) {
        jdbc.sql("update watals.run set fase = ?, klaar = ?, totaal = ? where id = ?").params(fase, klaar, totaal, id).update();
    }

    /** How the job computes and why; said on the page. */
    public void rekenwijze(UUID id, String rekenwijze, String toelichting) {
        jdbc.sql("update watals.run set rekenwijze = ?, rekenwijze_toelichting = ? where id = ?").params(rekenwijze, toelichting, id).update();
    }

    /** Progress in the phase; {@code tekst} is the simulatie jar's own line, or null. */
    public void voortgang(UUID id, int klaar, int totaal, String tekst) {
        jdbc.sql("update watals.run set klaar = ?, totaal = ?, voortgang_tekst = ? where id = ?").params(klaar, totaal, tekst, id).update();
    }

    /** Fails every run still waiting or computing, with this reason; returns how many. */
    public int afbreken(Instant op, String fout) {
        return jdbc.sql("update watals.run set status = ?, klaar_op = ?, fout = ? where status in (?, ?)")
                .params(Runstatus.MISLUKT.code(), Timestamp.from(op), fout, Runstatus.WACHTEND.code(), Runstatus.BEZIG.code()).update();
    }

    /** Moves the run on when the status machine allows it; false when it does not (it was elsewhere already). */
    public boolean naar(UUID id, Runstatus van, Runstatus naar, Instant op, String fout) {
        if (!van.kanNaar(naar)) {
            throw new IllegalStateException("Van " + van + " naar " + naar + " mag niet");
        }
        return jdbc.sql("update watals.run set status = ?, klaar_op = ?, fout = ? where id = ? and status = ?")
                .params(naar.code(), naar.isEindstand() ? Timestamp.from(op) : null, fout, id, van.code()).update() == 1;
    }

    public void voortgang(UUID id, int klaar) {
        jdbc.sql("update watals.run set klaar = ? where id = ?").params(klaar, id).update();
    }

    /** Whether any run exists; the demo seeds one only into an empty list. */
    public boolean heeftRuns() {
        return jdbc.sql("select exists (select 1 from watals.run)").query(Boolean.class).single();
    }

    @Transactional
    public void resultaat(UUID id, int klaar, int nietBerekend, List<Run.Uitkomst> uitkomsten, Instant op) {
        int volgorde = 0;
        for (Run.Uitkomst u : uitkomsten) {
            jdbc.sql("""
                    insert into watals.uitkomst (run_id, variant, dimensie, groep, volgorde, huishoudens, kosten_per_jaar, kosten_per_jaar_basis,
                        onder_minimum, onder_minimum_basis, in_bijstand, winnaars, verliezers, gemiddelde_winst_per_maand, gemiddeld_verlies_per_maand)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(id, u.variant(), u.dimensie(), u.groep(), volgorde++, u.huishoudens(), u.kostenPerJaar(), u.kostenPerJaarBasis(),
                    u.onderMinimum(), u.onderMinimumBasis(), u.inBijstand(), u.winnaars(), u.verliezers(), u.gemiddeldeWinstPerMaand(),
                    u.gemiddeldVerliesPerMaand()).update();
        }
        jdbc.sql("update watals.run set klaar = ?, totaal = ?, niet_berekend = ?, fase = 'klaar' where id = ?").params(klaar, klaar, nietBerekend, id).update();
        if (!naar(id, Runstatus.BEZIG, Runstatus.KLAAR, op, null)) {
            throw new IllegalStateException("De run " + id + " was niet bezig");
        }
    }

    public Optional<Run> lees(UUID id) {
        return jdbc.sql("select * from watals.run where id = ?").param(id).query((rs, i) -> run(rs, true)).optional();
    }

    /** The newest runs first, without their aggregates. */
    public List<Run> recent(int max) {
        return jdbc.sql("select * from watals.run order by gestart_op desc, id limit ?").param(max).query((rs, i) -> run(rs, false)).list();
    }

    private Run run(ResultSet rs, boolean volledig) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp klaarOp = rs.getTimestamp("klaar_op");
        java.util.Map<Integer, List<Run.Wijziging>> perVariant = new java.util.HashMap<>();
        jdbc.sql("select variant, parameter, waarde, was, bron from watals.wijziging where run_id = ? order by variant, volgorde").param(id)
                .query(r -> {
                    perVariant.computeIfAbsent(r.getInt(1), k -> new java.util.ArrayList<>())
                            .add(new Run.Wijziging(r.getString(2), r.getBigDecimal(3), r.getBigDecimal(4), r.getString(5)));
                });
        List<Run.Variant> w = jdbc.sql("select nummer, naam from watals.variant where run_id = ? order by nummer").param(id)
                .query((r, i) -> new Run.Variant(r.getInt(1), r.getString(2), List.copyOf(perVariant.getOrDefault(r.getInt(1), List.of())))).list();
        List<Run.Uitkomst> u = !volledig ? List.of() : jdbc.sql("select * from watals.uitkomst where run_id = ? order by variant, volgorde").param(id)
                .query((r, i) -> new Run.Uitkomst(r.getInt("variant"), r.getString("dimensie"), r.getString("groep"), lang(r, "huishoudens"),
                        lang(r, "kosten_per_jaar"), lang(r, "kosten_per_jaar_basis"), lang(r, "onder_minimum"), lang(r, "onder_minimum_basis"),
                        lang(r, "in_bijstand"), lang(r, "winnaars"), lang(r, "verliezers"), lang(r, "gemiddelde_winst_per_maand"),
                        lang(r, "gemiddeld_verlies_per_maand"))).list();
        return new Run(id, rs.getString("naam"), Runstatus.vanCode(rs.getString("status")), rs.getObject("peildatum", LocalDate.class),
                rs.getString("gestart_door"), rs.getTimestamp("gestart_op").toInstant(), klaarOp == null ? null : klaarOp.toInstant(),
                rs.getInt("totaal"), rs.getInt("klaar"), rs.getInt("niet_berekend"), rs.getString("fout"), rs.getString("fase"), rs.getString("rekenwijze"),
                rs.getString("rekenwijze_toelichting"), rs.getString("voortgang_tekst"), w, u);
    }

    private static Long lang(ResultSet r, String kolom) throws SQLException {
        long v = r.getLong(kolom);
        return r.wasNull() ? null : v;
    }
}
