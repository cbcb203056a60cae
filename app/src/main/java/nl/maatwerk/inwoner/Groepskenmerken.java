package nl.maatwerk.inwoner;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.SqlLijsten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The attributes a fairness check groups households by, and nothing else: the birth date and wijk of
 * the household's applicant (else its oldest current member). Protected attributes, so only for
 * aggregate reports computed by a policy advisor or team lead, never for ordering or deciding. The
 * person comes as a {@link Betrokkene} for the caller's log; this logs nothing itself.
 */
@Component
public class Groepskenmerken {

    /** One household's grouping attributes; either may be null when unknown. */
    public record Kenmerken(LocalDate geboortedatum, String wijk, Betrokkene betrokkene) {
    }

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;

    Groepskenmerken(JdbcClient jdbc, GebruikerRegister gebruikers) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
    }

    /** The age groups of every aggregate report, in their order; "onbekend" when the birth date is not known. */
    public static final java.util.List<String> LEEFTIJDSGROEPEN = java.util.List.of("onder 18", "18 tot 27", "27 tot 40", "40 tot 55",
            "55 tot AOW-leeftijd (67)", "67 en ouder", "onbekend");

    /** The age group on a day. */
    public static String leeftijdsgroep(LocalDate geboren, LocalDate op) {
        if (geboren == null) {
            return "onbekend";
        }
        int jaren = java.time.Period.between(geboren, op).getYears();
        return jaren < 18 ? "onder 18" : jaren < 27 ? "18 tot 27" : jaren < 40 ? "27 tot 40" : jaren < 55 ? "40 tot 55"
                : jaren < 67 ? "55 tot AOW-leeftijd (67)" : "67 en ouder";
    }

    /**
     * One household's attributes, for a system action that stores only the group with something it already holds
     * (an invitation): the caller logs the read for {@link Kenmerken#betrokkene()}.
     */
    public java.util.Optional<Kenmerken> vanHuishoudenAlsSysteem(UUID huishouden, LocalDate peildatum) {
        nl.maatwerk.platform.Systeemactie.vereis();
        return java.util.Optional.ofNullable(lees(java.util.List.of(huishouden), peildatum).get(huishouden));
    }

    /** The attributes of each household among {@code huishoudens} with a member on {@code peildatum}. */
    public Map<UUID, Kenmerken> vanHuishoudens(Collection<UUID> huishoudens, LocalDate peildatum) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() != Rol.BELEID && g.rol() != Rol.TEAMLEIDER) {
            throw new AccessDeniedException("Alleen beleid en teamleiders, voor een geaggregeerde toets");
        }
        return lees(huishoudens, peildatum);
    }

    private Map<UUID, Kenmerken> lees(Collection<UUID> huishoudens, LocalDate peildatum) {
        Map<UUID, Kenmerken> m = new HashMap<>();
        if (huishoudens.isEmpty()) {
            return m;
        }
        jdbc.sql("""
                select distinct on (l.huishouden_id) l.huishouden_id, i.geboortedatum, i.wijk, i.bsn
                from inwoner.huishouden_lid l join inwoner.inwoner i on i.id = l.inwoner_id
                where l.huishouden_id = any(?::uuid[]) and l.vanaf <= ? and (l.tot_en_met is null or l.tot_en_met >= ?)
                order by l.huishouden_id, (l.rol = 'aanvrager') desc, i.geboortedatum
                """).params(SqlLijsten.uuids(huishoudens), peildatum, peildatum)
                .query((rs, i) -> m.put(rs.getObject(1, UUID.class), new Kenmerken(rs.getObject(2, LocalDate.class), rs.getString(3),
                        Betrokkene.bsn(rs.getString(4)))))
                .list();
        return m;
    }
}
