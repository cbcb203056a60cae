package nl.maatwerk.inwoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every household of the municipality on a date, without identifiers (issue 19, "Wat als?"): per
 * member only the role, the birth date and the kostendeler exception the rules need, and the wijk of
 * the applicant as a group. No id, name, address or BSN leaves this class except as the
 * {@link Betrokkene} list for the caller's log. Only for the policy role, who runs a what-if over the
 * whole population; the caller logs the read (it reads everyone's data to compute with it).
 */
@Component
public class Huishoudexport {

    /** One member: what the rules use. {@code uitzondering} is null when there is none. */
    public record Lid(LidRol rol, LocalDate geboortedatum, Uitzondering uitzondering) {
    }

    /** One household without identifiers; {@code wijk} may be null. */
    public record Rij(List<Lid> leden, String wijk) {
    }

    /** The rows, in no meaningful order, and whom they are about (for the log only). */
    public record Export(List<Rij> rijen, List<Betrokkene> betrokkenen) {
    }

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;

    Huishoudexport(JdbcClient jdbc, GebruikerRegister gebruikers) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
    }

    /** The households with an applicant on {@code peildatum}; a household without one is not a case for the rules. */
    public Export op(LocalDate peildatum) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.BELEID) {
            throw new AccessDeniedException("Alleen beleid, voor een wat-als-berekening over alle huishoudens");
        }
        Map<UUID, List<Lid>> leden = new LinkedHashMap<>();
        Map<UUID, String> wijken = new LinkedHashMap<>();
        List<Betrokkene> betrokkenen = new ArrayList<>();
        // Ordered by a hash of the id, not by the id or a name: the order says nothing about anyone.
        jdbc.sql("""
                select l.huishouden_id, l.rol, l.uitzondering, i.geboortedatum, i.wijk, i.bsn
                from inwoner.huishouden_lid l join inwoner.inwoner i on i.id = l.inwoner_id
                where l.vanaf <= ? and (l.tot_en_met is null or l.tot_en_met >= ?)
                order by md5(l.huishouden_id::text), (l.rol = 'aanvrager') desc, i.geboortedatum, l.id
                """).params(peildatum, peildatum).query(rs -> {
                    UUID h = rs.getObject(1, UUID.class);
                    LidRol rol = LidRol.vanCode(rs.getString(2));
                    String u = rs.getString(3);
                    LocalDate geboren = rs.getObject(4, LocalDate.class);
                    if (geboren != null) {
                        leden.computeIfAbsent(h, k -> new ArrayList<>()).add(new Lid(rol, geboren, u == null ? null : Uitzondering.vanCode(u)));
                    }
                    if (rol == LidRol.AANVRAGER) {
                        wijken.put(h, rs.getString(5));
                    }
                    String bsn = rs.getString(6);
                    betrokkenen.add(bsn == null ? Betrokkene.huishouden(h) : Betrokkene.bsn(bsn));
                });
        List<Rij> rijen = new ArrayList<>();
        leden.forEach((h, l) -> {
            if (l.stream().filter(x -> x.rol() == LidRol.AANVRAGER).count() == 1) {
                rijen.add(new Rij(List.copyOf(l), wijken.get(h)));
            }
        });
        return new Export(rijen, betrokkenen.stream().distinct().toList());
    }
}
