package nl.maatwerk.inwoner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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

    /**
     * One household without identifiers; {@code wijk} may be null. {@code aanvulling} is what the caller
     * looked up for it (see {@link #op(LocalDate, Function, Voortgang)}), null when it asked nothing.
     */
    public record Rij<T>(List<Lid> leden, String wijk, T aanvulling) {
        public Rij(List<Lid> leden, String wijk) {
            this(leden, wijk, null);
        }
    }

    /** The rows, in no meaningful order, and whom they are about (for the log only). */
    public record Export<T>(List<Rij<T>> rijen, List<Betrokkene> betrokkenen) {
    }

    /** Households gathered so far of all households on the date; called now and then, from the caller's thread. */
    @FunctionalInterface
    public interface Voortgang {
        void verzameld(int klaar, int totaal);
    }

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;

    Huishoudexport(JdbcClient jdbc, GebruikerRegister gebruikers) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
    }

    /** The households with an applicant on {@code peildatum}; a household without one is not a case for the rules. */
    public Export<Void> op(LocalDate peildatum) {
        return op(peildatum, h -> null, (klaar, totaal) -> { });
    }

    /**
     * As {@link #op(LocalDate)}, with per household what {@code aanvulling} finds for its id (such as
     * the income another module recorded): the id goes only into that lookup and never into a row.
     */
    public <T> Export<T> op(LocalDate peildatum, Function<UUID, T> aanvulling, Voortgang voortgang) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.BELEID) {
            throw new AccessDeniedException("Alleen beleid, voor een wat-als-berekening over alle huishoudens");
        }
        int totaal = jdbc.sql("""
                select count(distinct huishouden_id) from inwoner.huishouden_lid
                where vanaf <= ? and (tot_en_met is null or tot_en_met >= ?)
                """).params(peildatum, peildatum).query(Integer.class).single();
        voortgang.verzameld(0, totaal);
        int stap = Math.max(100, totaal / 50);
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
                    if (!leden.containsKey(h) && leden.size() % stap == 0) {
                        voortgang.verzameld(Math.min(leden.size(), totaal), totaal);
                    }
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
        List<Rij<T>> rijen = new ArrayList<>();
        leden.forEach((h, l) -> {
            if (l.stream().filter(x -> x.rol() == LidRol.AANVRAGER).count() == 1) {
                rijen.add(new Rij<>(List.copyOf(l), wijken.get(h), aanvulling.apply(h)));
            }
        });
        voortgang.verzameld(totaal, totaal);
        return new Export<>(rijen, betrokkenen.stream().distinct().toList());
    }
}
