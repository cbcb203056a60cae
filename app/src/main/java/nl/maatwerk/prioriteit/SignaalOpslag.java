package nl.maatwerk.prioriteit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import nl.maatwerk.inwoner.Koppelingen.Koppeling;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Zichtbaarheid;
import nl.maatwerk.platform.SqlLijsten;
import nl.maatwerk.prioriteit.Vroegsignaal.Actie;
import nl.maatwerk.prioriteit.Vroegsignaal.SchuldeiserType;
import nl.maatwerk.prioriteit.Vroegsignaal.Soort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The early debt signals, their imports and their outreach steps in plain SQL, on this module's own
 * tables; a household's name comes from {@code inwoner}. Checks nothing: the use cases decide who may
 * do what, and log.
 */
@Repository
class SignaalOpslag {

    /** The dashboard's counts of one creditor type; {@code oud14} are the signals received at least 14 days ago. */
    record Telling(long aantal, long open, long oud14, long contact14, long oud28, long contact28) {

        static final Telling GEEN = new Telling(0, 0, 0, 0, 0, 0);
    }

    /** The reach counts of the signals received in one month, as in {@link Telling}: old enough to count, and with contact in time. */
    record Bereik(java.time.YearMonth maand, long oud14, long contact14, long oud28, long contact28) {
    }

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;

    SignaalOpslag(JdbcClient jdbc, Huishoudens huishoudens) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
    }

    // --- import --------------------------------------------------------------------------------

    void nieuweImport(UUID id, String bestandsnaam, String formaat, String teamId, String door, int regels) {
        jdbc.sql("""
                insert into prioriteit.vroegsignaal_import (id, bestandsnaam, formaat, team_id, door, aantal_regels, aantal_nieuw, aantal_dubbel, aantal_fout)
                values (?, ?, ?, ?, ?, ?, 0, 0, 0)
                """).params(id, bestandsnaam == null ? "" : bestandsnaam, formaat, teamId, door, regels).update();
    }

    void sluitImport(UUID id, int nieuw, int dubbel, int fout) {
        jdbc.sql("update prioriteit.vroegsignaal_import set aantal_nieuw = ?, aantal_dubbel = ?, aantal_fout = ? where id = ?")
                .params(nieuw, dubbel, fout, id).update();
    }

    /** Stores a checked line with its match for a team; its id, or null when the same signal was imported before (its key exists). */
    UUID voegToe(UUID importId, SignaalControle.Geldig v, LocalDate ontvangen, Koppeling k, String teamId) {
        return voegToe(importId, v, v.sleutel(), ontvangen, k, teamId, null);
    }

    /**
     * Stores the copy of a just stored signal for the team of the household it matched; its key is the
     * signal's key with that team, so importing the line again adds neither.
     */
    UUID zetDoor(UUID importId, SignaalControle.Geldig v, LocalDate ontvangen, Koppeling k, UUID signaalVanImporteur) {
        return voegToe(importId, v, v.sleutel() + "|" + k.teamId(), ontvangen, k, k.teamId(), signaalVanImporteur);
    }

    private UUID voegToe(UUID importId, SignaalControle.Geldig v, String sleutel, LocalDate ontvangen, Koppeling k, String teamId,
            UUID doorgezetUit) {
        UUID id = UUID.randomUUID();
        boolean nieuw = jdbc.sql("""
                insert into prioriteit.vroegsignaal (id, sleutel, import_id, regel, schuldeiser_type, schuldeiser, bsn, straat, postcode, huisnummer,
                    toevoeging, bedrag, maanden, signaaldatum, ontvangen_op, huishouden_id, inwoner_id, koppeling, team_id, doorgezet_uit)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (sleutel) do nothing
                """).params(id, sleutel, importId, v.regel(), v.type().code(), v.schuldeiser(), v.bsn(), v.straat(),
                v.postcode(), v.huisnummer(), v.toevoeging(), v.bedrag(), v.maanden(), v.datum(), ontvangen, k.huishoudenId(), k.inwonerId(),
                k.grond().code(), teamId, doorgezetUit).update() > 0;
        return nieuw ? id : null;
    }

    // --- reading ---------------------------------------------------------------------------------

    /** A signal matched to a household the user may see, or an unmatched one of the user's team. */
    private static String zichtbaar(Zichtbaarheid zichtbaarheid, String teamId, List<Object> params) {
        params.addAll(zichtbaarheid.parameters());
        params.add(teamId);
        return "(s.huishouden_id in (" + zichtbaarheid.subquery() + ") or (s.huishouden_id is null and s.team_id = ?))";
    }

    private static String waar(Zichtbaarheid zichtbaarheid, String teamId, Vroegsignalen.Filter filter, List<Object> params) {
        StringBuilder waar = new StringBuilder(" from prioriteit.vroegsignaal s where ").append(zichtbaar(zichtbaarheid, teamId, params));
        if (filter.huishoudenId() != null) {
            waar.append(" and s.huishouden_id = ?");
            params.add(filter.huishoudenId());
        }
        if (filter.open() != null) {
            waar.append(filter.open() ? " and s.status <> 'afgesloten'" : " and s.status = 'afgesloten'");
        }
        return waar.toString();
    }

    long aantal(Zichtbaarheid zichtbaarheid, String teamId, Vroegsignalen.Filter filter) {
        List<Object> params = new ArrayList<>();
        String waar = waar(zichtbaarheid, teamId, filter, params);
        return jdbc.sql("select count(*)" + waar).params(params).query(Long.class).single();
    }

    /** The ids on one page, newest received first. */
    List<UUID> pagina(Zichtbaarheid zichtbaarheid, String teamId, Vroegsignalen.Filter filter, int grootte, long vanaf) {
        List<Object> params = new ArrayList<>();
        String waar = waar(zichtbaarheid, teamId, filter, params);
        params.add(grootte);
        params.add(vanaf);
        return jdbc.sql("select s.id" + waar + " order by s.ontvangen_op desc, s.signaaldatum desc, s.id limit ? offset ?")
                .params(params).query(UUID.class).list();
    }

    boolean isZichtbaar(UUID id, Zichtbaarheid zichtbaarheid, String teamId) {
        List<Object> params = new ArrayList<>();
        params.add(id);
        String conditie = zichtbaar(zichtbaarheid, teamId, params);
        return jdbc.sql("select exists (select 1 from prioriteit.vroegsignaal s where s.id = ? and " + conditie + ")")
                .params(params).query(Boolean.class).single();
    }

    /** The ids of a household's signals, newest received first. */
    List<UUID> vanHuishouden(UUID huishoudenId) {
        return jdbc.sql("select id from prioriteit.vroegsignaal where huishouden_id = ? order by ontvangen_op desc, id").param(huishoudenId)
                .query(UUID.class).list();
    }

    /** The ids of the signals received since {@code vanaf} for these households, newest first, at most {@code max}. */
    List<UUID> nieuwVoor(List<UUID> huishoudens, LocalDate vanaf, int max) {
        if (huishoudens.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from prioriteit.vroegsignaal where huishouden_id = any(?::uuid[]) and ontvangen_op >= ? "
                + "order by ontvangen_op desc, signaaldatum desc, id limit ?")
                .params(nl.maatwerk.platform.SqlLijsten.uuids(huishoudens), vanaf, max).query(UUID.class).list();
    }

    /** The signals with their steps and their household's name, in the order of {@code ids}; three queries for any number. */
    List<Vroegsignaal> laad(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Object lijst = SqlLijsten.uuids(ids);
        Map<UUID, List<Actie>> acties = new HashMap<>();
        jdbc.sql("select * from prioriteit.vroegsignaal_actie where signaal_id = any(?::uuid[]) order by datum, op").param(lijst)
                .query((rs, i) -> acties.computeIfAbsent(rs.getObject("signaal_id", UUID.class), k -> new ArrayList<>()).add(new Actie(
                        rs.getObject("id", UUID.class), Soort.vanCode(rs.getString("soort")), (Boolean) rs.getObject("contact"),
                        rs.getString("notitie"), rs.getObject("datum", LocalDate.class), rs.getString("door_naam"),
                        rs.getTimestamp("op").toInstant())))
                .list();
        Map<UUID, Vroegsignaal> perId = new LinkedHashMap<>();
        jdbc.sql("select s.* from prioriteit.vroegsignaal s where s.id = any(?::uuid[])").param(lijst)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String adres = rs.getString("postcode") == null ? null : String.join(" ", Stream.of(rs.getString("straat"),
                            rs.getString("huisnummer") == null ? null : rs.getString("huisnummer")
                                    + (rs.getString("toevoeging") == null ? "" : " " + rs.getString("toevoeging")),
                            rs.getString("postcode")).filter(Objects::nonNull).toList());
                    return perId.put(id, new Vroegsignaal(id, SchuldeiserType.vanCode(rs.getString("schuldeiser_type")),
                            rs.getString("schuldeiser"), rs.getString("bsn"), adres, rs.getBigDecimal("bedrag"), rs.getInt("maanden"),
                            rs.getObject("signaaldatum", LocalDate.class), rs.getObject("ontvangen_op", LocalDate.class),
                            rs.getObject("huishouden_id", UUID.class), null, rs.getObject("inwoner_id", UUID.class),
                            rs.getString("koppeling"),
                            rs.getString("team_id"), rs.getString("status"), rs.getObject("eerste_contact_op", LocalDate.class),
                            rs.getObject("teruggemeld_op", LocalDate.class), acties.getOrDefault(id, List.of()),
                            rs.getObject("doorgezet_uit", UUID.class) != null, rs.getInt("versie")));
                })
                .list();
        Map<UUID, Huishoudens.Kop> koppen = huishoudens.koppen(perId.values().stream().map(Vroegsignaal::huishoudenId)
                .filter(Objects::nonNull).distinct().toList());
        return ids.stream().map(perId::get).filter(Objects::nonNull)
                .map(s -> s.huishoudenId() == null ? s : s.metHuishoudenNaam(koppen.containsKey(s.huishoudenId()) ? koppen.get(s.huishoudenId()).naam() : null)).toList();
    }

    // --- outreach --------------------------------------------------------------------------------

    void voegStapToe(UUID signaalId, Soort soort, Boolean contact, String notitie, LocalDate datum, String door, String doorNaam) {
        jdbc.sql("insert into prioriteit.vroegsignaal_actie (id, signaal_id, soort, contact, notitie, datum, door, door_naam) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), signaalId, soort.code(), contact, notitie, datum, door, doorNaam).update();
    }

    /**
     * Sets the status when the signal is still at {@code versie}, and raises the version; a contact made
     * on {@code datum} becomes the first contact when it is earlier than the one known, and feedback to the
     * creditor sets the feedback date. False when someone else recorded a step first: nothing changed.
     */
    boolean werkBij(UUID id, int versie, String status, boolean contactGemaakt, boolean teruggemeld, LocalDate datum) {
        return jdbc.sql("""
                update prioriteit.vroegsignaal set status = ?,
                    eerste_contact_op = case when ? then least(coalesce(eerste_contact_op, ?), ?) else eerste_contact_op end,
                    teruggemeld_op = case when ? then ? else teruggemeld_op end,
                    versie = versie + 1
                where id = ? and versie = ?
                """).params(status, contactGemaakt, datum, datum, teruggemeld, datum, id, versie).update() == 1;
    }

    // --- dashboard -------------------------------------------------------------------------------

    /** The counts per creditor type (every type, zeros included) on the given day, in one query. */
    Map<SchuldeiserType, Telling> tellingen(LocalDate vandaag) {
        Map<SchuldeiserType, Telling> uit = new EnumMap<>(SchuldeiserType.class);
        for (SchuldeiserType t : SchuldeiserType.values()) {
            uit.put(t, Telling.GEEN);
        }
        LocalDate dag14 = vandaag.minusDays(14);
        LocalDate dag28 = vandaag.minusDays(28);
        jdbc.sql("""
                select schuldeiser_type, count(*), count(*) filter (where status <> 'afgesloten'),
                       count(*) filter (where ontvangen_op <= ?),
                       count(*) filter (where ontvangen_op <= ? and eerste_contact_op <= ontvangen_op + 14),
                       count(*) filter (where ontvangen_op <= ?),
                       count(*) filter (where ontvangen_op <= ? and eerste_contact_op <= ontvangen_op + 28)
                from prioriteit.vroegsignaal where doorgezet_uit is null group by schuldeiser_type
                """).params(dag14, dag14, dag28, dag28)
                .query((rs, i) -> uit.put(SchuldeiserType.vanCode(rs.getString(1)), new Telling(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7))))
                .list();
        return uit;
    }

    /**
     * The reach counts per month of receipt from {@code van} on, the same definition as {@link #tellingen}:
     * only months that have signals; the caller fills the months without any.
     */
    List<Bereik> bereikPerMaand(java.time.YearMonth van, LocalDate vandaag) {
        LocalDate dag14 = vandaag.minusDays(14);
        LocalDate dag28 = vandaag.minusDays(28);
        return jdbc.sql("""
                select cast(date_trunc('month', ontvangen_op) as date),
                       count(*) filter (where ontvangen_op <= ?),
                       count(*) filter (where ontvangen_op <= ? and eerste_contact_op <= ontvangen_op + 14),
                       count(*) filter (where ontvangen_op <= ?),
                       count(*) filter (where ontvangen_op <= ? and eerste_contact_op <= ontvangen_op + 28)
                from prioriteit.vroegsignaal where doorgezet_uit is null and ontvangen_op >= ? and ontvangen_op <= ?
                group by 1 order by 1
                """).params(dag14, dag14, dag28, dag28, van.atDay(1), vandaag)
                .query((rs, i) -> new Bereik(java.time.YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)))
                .list();
    }
}
