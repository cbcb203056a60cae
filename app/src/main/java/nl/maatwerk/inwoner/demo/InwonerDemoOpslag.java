package nl.maatwerk.inwoner.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.inwoner.Relatiesoort;
import nl.maatwerk.inwoner.Uitzondering;
import nl.maatwerk.platform.SqlKopie;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes demo households into the inwoner module's schema, one {@code COPY} per table and batch, on
 * the caller's transaction. Synthetic data is nobody's personal data, so this writes no logboek
 * records, and it reads no personal data back.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
public class InwonerDemoOpslag {

    /** A household with its address (shared by the members), members over time and informal network. */
    public record Huishouden(UUID id, String naam, String teamId, Adres adres, List<Lid> leden, List<Netwerkrelatie> netwerk) {
    }

    public record Adres(String straat, int huisnummer, String huisletter, String postcode, String woonplaats, String wijk) {
    }

    public record Persoon(UUID id, String bsn, String voornamen, String voorvoegsel, String geslachtsnaam, LocalDate geboortedatum,
            String telefoonnummer, String emailadres) {
    }

    /** Membership from {@code vanaf} up to and including {@code totEnMet} (null: still a member). */
    public record Lid(UUID id, Persoon persoon, LidRol rol, Uitzondering uitzondering, LocalDate vanaf, LocalDate totEnMet) {
    }

    public record Netwerkrelatie(UUID id, String naam, Relatiesoort relatie, String bijdrage, String telefoonnummer) {
    }

    private final JdbcTemplate jdbc;

    InwonerDemoOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the households, their residents, members and networks; none of them may exist yet. */
    @Transactional
    public void voegToe(List<Huishouden> huishoudens) {
        List<Object[]> rijen = new ArrayList<>(huishoudens.size());
        List<Object[]> inwoners = new ArrayList<>(huishoudens.size() * 3);
        List<Object[]> leden = new ArrayList<>(huishoudens.size() * 3);
        List<Object[]> netwerk = new ArrayList<>();
        for (Huishouden h : huishoudens) {
            rijen.add(new Object[] {h.id(), h.naam(), h.teamId()});
            Adres a = h.adres();
            for (Lid lid : h.leden()) {
                Persoon p = lid.persoon();
                inwoners.add(new Object[] {p.id(), p.bsn(), p.voornamen(), p.voorvoegsel(), p.geslachtsnaam(), p.geboortedatum(), a.straat(),
                    a.huisnummer(), a.huisletter(), a.postcode(), a.woonplaats(), a.wijk(), p.telefoonnummer(), p.emailadres(), h.teamId()});
                leden.add(new Object[] {lid.id(), h.id(), p.id(), lid.rol().code(), lid.uitzondering() == null ? null : lid.uitzondering().code(),
                    lid.vanaf(), lid.totEnMet()});
            }
            for (Netwerkrelatie n : h.netwerk()) {
                netwerk.add(new Object[] {n.id(), h.id(), n.naam(), n.relatie().code(), n.bijdrage(), n.telefoonnummer()});
            }
        }
        SqlKopie.kopieer(jdbc, "inwoner.huishouden (id, naam, team_id)", rijen);
        SqlKopie.kopieer(jdbc, """
                inwoner.inwoner (id, bsn, voornamen, voorvoegsel, geslachtsnaam, geboortedatum, straat, huisnummer, huisletter,
                         postcode, woonplaats, wijk, telefoonnummer, emailadres, team_id)""", inwoners);
        SqlKopie.kopieer(jdbc, "inwoner.huishouden_lid (id, huishouden_id, inwoner_id, rol, uitzondering, vanaf, tot_en_met)", leden);
        SqlKopie.kopieer(jdbc, "inwoner.netwerkrelatie (id, huishouden_id, naam, relatie, bijdrage, telefoonnummer)", netwerk);
    }

    /**
     * Brings the planner's statistics of this module's tables up to date after a large bulk write, so the queries that follow
     * (the demo's next steps) are planned for the rows that are there rather than for empty tables.
     */
    public void analyseer() {
        jdbc.execute("analyze inwoner.huishouden, inwoner.inwoner, inwoner.huishouden_lid, inwoner.netwerkrelatie");
    }

    /**
     * The current applicant of the first family (by name) in team {@code teamId}: a household with a
     * child, for the demo resident account. Empty when the team has none.
     */
    public Optional<UUID> aanvragerVanEersteGezin(String teamId) {
        return jdbc.query("""
                select l.inwoner_id from inwoner.huishouden h join inwoner.huishouden_lid l on l.huishouden_id = h.id
                where h.team_id = ? and l.rol = 'aanvrager' and l.tot_en_met is null
                  and exists (select 1 from inwoner.huishouden_lid k where k.huishouden_id = h.id and k.rol = 'kind')
                order by h.naam, h.id limit 1
                """, (rs, i) -> rs.getObject(1, UUID.class), teamId).stream().findFirst();
    }

    /**
     * Assigns the first household (by name) of team {@code teamId} to {@code gebruikersnaam}, so that
     * access through an assignment can be tried; does nothing when that user already has one.
     */
    public void wijsEersteHuishoudenToe(String teamId, String gebruikersnaam) {
        jdbc.update("""
                insert into inwoner.huishouden_toewijzing (huishouden_id, gebruikersnaam)
                select h.id, ? from inwoner.huishouden h
                where h.team_id = ? and not exists (select 1 from inwoner.huishouden_toewijzing t where t.gebruikersnaam = ?)
                order by h.naam, h.id limit 1
                on conflict do nothing
                """, gebruikersnaam, teamId, gebruikersnaam);
    }
}
