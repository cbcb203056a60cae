package nl.maatwerk.inwoner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.opslag.InwonerOpslag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where a resident lives today, for the resident's own area (issue 16): who they are, the household they are a
 * member of today (not one they left or will move to), and who lives there with them, with birth dates so that
 * a parent may act for a child under 16. Reads only what is about the resident and their current household; the
 * caller (Mijn Maatwerk) logs what it shows.
 */
@Service
public class Woonsituaties {

    private final InwonerOpslag inwoners;
    private final JdbcClient jdbc;
    private final Clock klok;

    Woonsituaties(InwonerOpslag inwoners, JdbcClient jdbc, Clock klok) {
        this.inwoners = inwoners;
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /** A resident in their household today. {@code huishoudenId} is null when they live in none we know. */
    public record Woonsituatie(UUID inwonerId, String bsn, String naam, UUID huishoudenId, List<Huisgenoot> huisgenoten) {
    }

    /** Someone living with the resident today: only what deciding "may act for" needs. */
    public record Huisgenoot(UUID inwonerId, String naam, LidRol rol, LocalDate geboortedatum, String bsn) {
    }

    /** The resident with this BSN, for a login with DigiD. */
    public Optional<UUID> inwonerMetBsn(String bsn) {
        return inwoners.vindOpBsn(bsn).map(Inwoner::id);
    }

    public Optional<Woonsituatie> van(UUID inwonerId) {
        return inwoners.vind(inwonerId).map(ik -> {
            LocalDate vandaag = LocalDate.now(klok);
            UUID huishouden = jdbc.sql("""
                    select huishouden_id from inwoner.huishouden_lid where inwoner_id = ? and vanaf <= ? and (tot_en_met is null or tot_en_met >= ?)
                    order by vanaf desc limit 1
                    """).params(inwonerId, vandaag, vandaag).query(UUID.class).optional().orElse(null);
            List<Huisgenoot> genoten = huishouden == null ? List.of() : jdbc.sql("""
                    select l.inwoner_id, l.rol from inwoner.huishouden_lid l
                    where l.huishouden_id = ? and l.inwoner_id <> ? and l.vanaf <= ? and (l.tot_en_met is null or l.tot_en_met >= ?)
                    order by l.vanaf
                    """).params(huishouden, inwonerId, vandaag, vandaag)
                    .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), LidRol.vanCode(rs.getString(2))}).list().stream()
                    .flatMap(r -> inwoners.vind((UUID) r[0]).stream()
                            .map(g -> new Huisgenoot(g.id(), g.volledigeNaam(), (LidRol) r[1], g.geboortedatum(), g.bsn())))
                    .toList();
            return new Woonsituatie(ik.id(), ik.bsn(), ik.volledigeNaam(), huishouden, genoten);
        });
    }
}
