package nl.maatwerk.besluit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@link Voorliggend}: the table {@code besluit.voorliggend} (V48). */
@Repository
class VoorliggendOpslag {

    private final JdbcClient jdbc;

    VoorliggendOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Voorliggend.Overweging> van(UUID besluitId) {
        return jdbc.sql("select dienst_id, dienst, organisatie, soort, waarom_niet from besluit.voorliggend where besluit_id = ? order by volgorde")
                .param(besluitId).query((rs, i) -> new Voorliggend.Overweging(rs.getObject("dienst_id", UUID.class), rs.getString("dienst"),
                        rs.getString("organisatie"), rs.getString("soort"), rs.getString("waarom_niet"))).list();
    }

    /**
     * What was considered replaces what was recorded; the decision gets a new version and its editor joins those who
     * may not approve it, as with any change of its content. The caller locked the row at the version that was read.
     */
    void vervang(UUID besluitId, List<Voorliggend.Overweging> regels, String door, Instant op) {
        jdbc.sql("delete from besluit.voorliggend where besluit_id = ?").param(besluitId).update();
        kopieer(besluitId, regels, door, op);
        jdbc.sql("""
                update besluit.besluit set gewijzigd_door = ?, gewijzigd_op = ?,
                    bewerkt_door = case when ? = any (bewerkt_door) then bewerkt_door else array_append(bewerkt_door, ?) end,
                    versie = versie + 1
                where id = ?
                """).params(door, Timestamp.from(op), door, door, besluitId).update();
    }

    /** The lines as they are, for a new concept (a correction takes over what the decision it corrects weighed). */
    void kopieer(UUID besluitId, List<Voorliggend.Overweging> regels, String door, Instant op) {
        for (int i = 0; i < regels.size(); i++) {
            Voorliggend.Overweging o = regels.get(i);
            jdbc.sql("""
                    insert into besluit.voorliggend (besluit_id, dienst_id, volgorde, dienst, organisatie, soort, waarom_niet, vastgelegd_door,
                        vastgelegd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(besluitId, o.dienstId(), i, o.dienst(), o.organisatie(), o.soort(), o.waaromNiet(), door, Timestamp.from(op)).update();
        }
    }
}
