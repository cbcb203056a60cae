package nl.maatwerk.inwoner.opslag;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.inwoner.Inwoner;
import nl.maatwerk.inwoner.InwonerGegevens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InwonerOpslag {

    static final String KOLOMMEN = "i.id, i.bsn, i.voornamen, i.voorvoegsel, i.geslachtsnaam, i.geboortedatum, i.straat, "
            + "i.huisnummer, i.huisletter, i.huisnummertoevoeging, i.postcode, i.woonplaats, i.wijk, i.telefoonnummer, "
            + "i.emailadres, i.versie";

    private final JdbcClient jdbc;

    InwonerOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static Inwoner lees(ResultSet rs) throws SQLException {
        return new Inwoner(rs.getObject("id", UUID.class), new InwonerGegevens(
                rs.getString("bsn"),
                new InwonerGegevens.Naam(rs.getString("voornamen"), rs.getString("voorvoegsel"), rs.getString("geslachtsnaam")),
                rs.getObject("geboortedatum", LocalDate.class),
                new InwonerGegevens.Verblijfplaats(rs.getString("straat"), (Integer) rs.getObject("huisnummer"),
                        rs.getString("huisletter"), rs.getString("huisnummertoevoeging"), rs.getString("postcode"),
                        rs.getString("woonplaats"), rs.getString("wijk")),
                new InwonerGegevens.Contact(rs.getString("telefoonnummer"), rs.getString("emailadres"))),
                rs.getInt("versie"));
    }

    public Optional<Inwoner> vind(UUID id) {
        return jdbc.sql("select " + KOLOMMEN + " from inwoner.inwoner i where i.id = ?").param(id)
                .query((rs, n) -> lees(rs)).optional();
    }

    public Optional<Inwoner> vindOpBsn(String bsn) {
        return jdbc.sql("select " + KOLOMMEN + " from inwoner.inwoner i where i.bsn = ?").param(bsn)
                .query((rs, n) -> lees(rs)).optional();
    }

    public List<Inwoner> vindAlle(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + KOLOMMEN + " from inwoner.inwoner i where i.id = any(?)").param(ids.toArray(UUID[]::new))
                .query((rs, n) -> lees(rs)).list();
    }

    public List<Inwoner> zoekOpNaam(String geslachtsnaam, LocalDate geboortedatum, int max) {
        return jdbc.sql("select " + KOLOMMEN + " from inwoner.inwoner i where lower(i.geslachtsnaam) = lower(?) and i.geboortedatum = ? "
                        + "order by i.voornamen limit ?")
                .params(geslachtsnaam.trim(), geboortedatum, max).query((rs, n) -> lees(rs)).list();
    }

    public List<Inwoner> zoekOpAdres(String postcode, int huisnummer, int max) {
        return jdbc.sql("select " + KOLOMMEN + " from inwoner.inwoner i where i.postcode = ? and i.huisnummer = ? "
                        + "order by i.geboortedatum limit ?")
                .params(postcode, huisnummer, max).query((rs, n) -> lees(rs)).list();
    }

    /**
     * Adds the resident; false when someone else already registered this BSN, also a moment ago in a
     * transaction that was still running (the unique constraint waits for it and then finds it).
     */
    public boolean voegToe(UUID id, InwonerGegevens g, String teamId) {
        var n = g.naam();
        var v = g.verblijfplaats();
        var c = g.contact() == null ? InwonerGegevens.Contact.leeg() : g.contact();
        return jdbc.sql("""
                insert into inwoner.inwoner (id, bsn, voornamen, voorvoegsel, geslachtsnaam, geboortedatum, straat, huisnummer, huisletter,
                    huisnummertoevoeging, postcode, woonplaats, wijk, telefoonnummer, emailadres, team_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (bsn) do nothing
                """)
                .params(id, g.burgerservicenummer(), n.voornamen().trim(), leegAlsNull(n.voorvoegsel()), n.geslachtsnaam().trim(),
                        g.geboortedatum(), v.straat().trim(), v.huisnummer(), leegAlsNull(v.huisletter()),
                        leegAlsNull(v.huisnummertoevoeging()), v.postcodeGenormaliseerd(), v.woonplaats().trim(),
                        leegAlsNull(v.wijk()), leegAlsNull(c.telefoonnummer()), leegAlsNull(c.emailadres()), teamId)
                .update() == 1;
    }

    /**
     * Updates when the stored version still matches; returns false when someone else changed it first.
     * {@code door} is the account that saves.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the new BSN belongs to another resident
     */
    public boolean wijzig(UUID id, InwonerGegevens g, int versie, Instant op, String door) {
        var n = g.naam();
        var v = g.verblijfplaats();
        var c = g.contact() == null ? InwonerGegevens.Contact.leeg() : g.contact();
        return jdbc.sql("""
                update inwoner.inwoner set bsn = ?, voornamen = ?, voorvoegsel = ?, geslachtsnaam = ?, geboortedatum = ?, straat = ?,
                    huisnummer = ?, huisletter = ?, huisnummertoevoeging = ?, postcode = ?, woonplaats = ?, wijk = ?,
                    telefoonnummer = ?, emailadres = ?, gewijzigd_op = ?, gewijzigd_door = ?, versie = versie + 1
                where id = ? and versie = ?
                """)
                .params(g.burgerservicenummer(), n.voornamen().trim(), leegAlsNull(n.voorvoegsel()), n.geslachtsnaam().trim(),
                        g.geboortedatum(), v.straat().trim(), v.huisnummer(), leegAlsNull(v.huisletter()),
                        leegAlsNull(v.huisnummertoevoeging()), v.postcodeGenormaliseerd(), v.woonplaats().trim(),
                        leegAlsNull(v.wijk()), leegAlsNull(c.telefoonnummer()), leegAlsNull(c.emailadres()), Timestamp.from(op), door, id, versie)
                .update() == 1;
    }

    /** The version stored now, and who saved it when (the account; null when unknown): for a stale save's message. */
    public record Stand(int versie, String door, Instant op) {
    }

    public Stand stand(UUID id) {
        return jdbc.sql("select versie, gewijzigd_door, gewijzigd_op from inwoner.inwoner where id = ?").param(id)
                .query((rs, n) -> new Stand(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant())).single();
    }

    static String leegAlsNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
