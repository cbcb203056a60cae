package nl.maatwerk.prioriteit.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.SqlKopie;
import nl.maatwerk.prioriteit.Vroegsignaal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes demo early debt signals, their outreach and a safety flag into this module's schema. The
 * households they point at must exist already (inwoner seeds first). Synthetic data, so no logboek
 * records.
 */
@Component
@ConditionalOnProperty(name = "maatwerk.demo", havingValue = "true")
public class PrioriteitDemoOpslag {

    /**
     * A signal as if imported and matched: {@code huishoudenId} null and {@code koppeling} "geen" when it
     * matched no household, otherwise "bsn" or "adres". {@code sleutel} is unique; demo keys share a prefix.
     */
    public record Signaal(UUID id, String sleutel, Vroegsignaal.SchuldeiserType schuldeiserType, String schuldeiser, String bsn, String straat,
            String postcode, Integer huisnummer, BigDecimal bedrag, int maanden, LocalDate signaaldatum, LocalDate ontvangenOp, UUID huishoudenId,
            String koppeling, String teamId, String status, LocalDate eersteContactOp, LocalDate teruggemeldOp, List<Actie> acties) {
    }

    /** An outreach step by user {@code door}; {@code contact} is null where the step is no contact attempt. */
    public record Actie(UUID id, Vroegsignaal.Soort soort, Boolean contact, String notitie, LocalDate datum, String door, String doorNaam) {
    }

    /** An active "acutely unsafe" flag on a household. */
    public record Veiligheidsmarkering(UUID id, UUID huishoudenId, String reden, String door) {
    }

    private final JdbcTemplate jdbc;

    PrioriteitDemoOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when signals with keys starting with {@code sleutelBegin} exist: the demo signals of a seed are written once. */
    public boolean heeftSignalen(String sleutelBegin) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from prioriteit.vroegsignaal where sleutel like ? || '%')",
                Boolean.class, sleutelBegin));
    }

    /** Adds the signals with their outreach, and the flag unless its household already has an active one; in one transaction. */
    @Transactional
    public void voegToe(List<Signaal> signalen, Veiligheidsmarkering markering) {
        List<Object[]> rijen = new ArrayList<>(signalen.size());
        List<Object[]> acties = new ArrayList<>();
        for (Signaal s : signalen) {
            rijen.add(new Object[] {s.id(), s.sleutel(), s.schuldeiserType().code(), s.schuldeiser(), s.bsn(), s.straat(), s.postcode(),
                s.huisnummer(), s.bedrag(), s.maanden(), s.signaaldatum(), s.ontvangenOp(), s.huishoudenId(), s.koppeling(), s.teamId(),
                s.status(), s.eersteContactOp(), s.teruggemeldOp()});
            for (Actie a : s.acties()) {
                acties.add(new Object[] {a.id(), s.id(), a.soort().code(), a.contact(), a.notitie(), a.datum(), a.door(), a.doorNaam()});
            }
        }
        SqlKopie.kopieer(jdbc, """
                prioriteit.vroegsignaal (id, sleutel, schuldeiser_type, schuldeiser, bsn, straat, postcode, huisnummer, bedrag, maanden,
                    signaaldatum, ontvangen_op, huishouden_id, koppeling, team_id, status, eerste_contact_op, teruggemeld_op)""", rijen);
        SqlKopie.kopieer(jdbc, "prioriteit.vroegsignaal_actie (id, signaal_id, soort, contact, notitie, datum, door, door_naam)", acties);
        if (markering != null) {
            jdbc.update("insert into prioriteit.veiligheidsmarkering (id, huishouden_id, reden, door) values (?, ?, ?, ?) on conflict do nothing",
                    markering.id(), markering.huishoudenId(), markering.reden(), markering.door());
        }
    }
}
