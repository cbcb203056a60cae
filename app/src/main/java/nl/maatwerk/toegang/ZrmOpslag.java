package nl.maatwerk.toegang;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ZRM assessments in plain SQL. Checks nothing: {@link ZrmMetingen} decides who may do what. */
@Repository
class ZrmOpslag {

    private final JdbcClient jdbc;

    ZrmOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * All assessments of a household, newest first (by date, then by when they were recorded),
     * without the resident's name: that belongs to the inwoner module ({@link ZrmMetingen} adds it).
     */
    List<ZrmMeting> vanHuishouden(UUID huishoudenId) {
        record Kop(UUID id, UUID inwonerId, LocalDate datum, String door, Instant vastgelegdOp) {
        }
        Map<UUID, Kop> koppen = new LinkedHashMap<>();
        jdbc.sql("""
                select id, inwoner_id, datum, door_naam, vastgelegd_op from toegang.zrm_meting
                where huishouden_id = ?
                order by datum desc, vastgelegd_op desc, id
                """).param(huishoudenId).query((rs, n) -> new Kop(rs.getObject("id", UUID.class),
                        rs.getObject("inwoner_id", UUID.class), rs.getObject("datum", LocalDate.class), rs.getString("door_naam"),
                        rs.getTimestamp("vastgelegd_op").toInstant()))
                .list().forEach(k -> koppen.put(k.id(), k));
        if (koppen.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ZrmMeting.Domeinscore>> scores = new LinkedHashMap<>();
        jdbc.sql("""
                select s.meting_id, s.domein, s.score, s.toelichting
                from toegang.zrm_score s join toegang.zrm_meting m on m.id = s.meting_id
                where m.huishouden_id = ?
                """).param(huishoudenId).query((rs, n) -> {
                    int waarde = rs.getInt("score");
                    Integer score = rs.wasNull() ? null : waarde;
                    scores.computeIfAbsent(rs.getObject("meting_id", UUID.class), k -> new ArrayList<>())
                            .add(new ZrmMeting.Domeinscore(Levensdomein.vanCode(rs.getString("domein")), score,
                                    rs.getString("toelichting")));
                    return null;
                }).list();
        return koppen.values().stream().map(k -> new ZrmMeting(k.id(), huishoudenId, k.inwonerId(), null, k.datum(),
                k.door(), k.vastgelegdOp(), scores.getOrDefault(k.id(), List.of()).stream()
                        .sorted(java.util.Comparator.comparing(ZrmMeting.Domeinscore::domein)).toList())).toList();
    }

    void voegToe(UUID id, UUID huishoudenId, ZrmInvoer invoer, String gebruikersnaam, String doorNaam, Instant moment) {
        jdbc.sql("""
                insert into toegang.zrm_meting (id, huishouden_id, inwoner_id, datum, door_gebruikersnaam, door_naam, vastgelegd_op)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, huishoudenId, invoer.inwonerId(), invoer.datum(), gebruikersnaam, doorNaam, Timestamp.from(moment))
                .update();
        for (ZrmInvoer.Score s : invoer.scores()) {
            String toelichting = s.toelichting() == null || s.toelichting().isBlank() ? null : s.toelichting().strip();
            jdbc.sql("insert into toegang.zrm_score (meting_id, domein, score, toelichting) values (?, ?, ?, ?)")
                    .params(id, s.domein().code(), s.isNietBeoordeeld() ? null : s.score(), toelichting).update();
        }
    }

}
