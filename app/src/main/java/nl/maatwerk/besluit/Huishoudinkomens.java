package nl.maatwerk.besluit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.regels.inkomen.Inkomsten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The income each household lives on, as recorded on its decisions (issue 19), for "Wat als?": per
 * household the income on its latest decision with a peildatum up to the given date. A concept counts
 * too: it is the latest the municipality knows. Households without a recorded income are not in the
 * map. Only for the policy role; the caller logs the read together with the households it reads.
 */
@Component
public class Huishoudinkomens {

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;

    Huishoudinkomens(JdbcClient jdbc, GebruikerRegister gebruikers) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
    }

    /** Household id to its income; the ids are for joining in memory and are never stored by the caller. */
    public Map<UUID, Inkomsten> op(LocalDate peildatum) {
        if (gebruikers.huidige().rol() != Rol.BELEID) {
            throw new AccessDeniedException("Alleen beleid, voor een wat-als-berekening over alle huishoudens");
        }
        Map<UUID, Inkomsten> uit = new HashMap<>();
        jdbc.sql("""
                select distinct on (b.huishouden_id) b.huishouden_id, i.netto_loon_aanvrager, i.vrijlating_aanvrager, i.netto_loon_partner,
                    i.vrijlating_partner, i.uitkeringen, i.alimentatie, i.giften_per_jaar
                from besluit.inkomen i join besluit.besluit b on b.id = i.besluit_id
                where b.peildatum <= ?
                order by b.huishouden_id, b.peildatum desc, i.vastgelegd_op desc, b.id
                """).param(peildatum).query(rs -> {
                    uit.put(rs.getObject(1, UUID.class), new BesluitInkomen(rs.getBigDecimal(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)).alsInkomsten());
                });
        return uit;
    }
}
