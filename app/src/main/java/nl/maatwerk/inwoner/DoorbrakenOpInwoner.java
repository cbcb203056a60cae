package nl.maatwerk.inwoner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.Klok;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The doorbraken on the households a resident lives or lived in, for the resident's "Wie keek in mijn gegevens"
 * (issue 16): they see that an access was a doorbraak and the reason the professional wrote. Only those opened while
 * the resident lived there. The caller passes the logged-in resident (never an id from a request) and logs the read.
 */
@Component
public class DoorbrakenOpInwoner {

    /** Who opened, when, until when, and why. */
    public record Doorbraak(String gebruikersnaam, Instant tijdstip, Instant geldigTot, String reden) {
    }

    private final JdbcClient jdbc;

    DoorbrakenOpInwoner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Doorbraak> van(UUID inwonerId) {
        String zone = Klok.ZONE.getId();
        return jdbc.sql("""
                select d.gebruikersnaam, d.tijdstip, d.geldig_tot, d.reden from inwoner.doorbraak d
                join inwoner.huishouden_lid l on l.huishouden_id = d.huishouden_id and l.inwoner_id = ?
                where l.vanaf <= cast(d.tijdstip at time zone ? as date)
                  and (l.tot_en_met is null or l.tot_en_met >= cast(d.tijdstip at time zone ? as date))
                order by d.tijdstip desc
                """).params(inwonerId, zone, zone)
                .query((rs, i) -> new Doorbraak(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }
}
