package nl.maatwerk.besluit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.maatwerk.inwoner.Zichtbaarheid;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.SqlLijsten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The decisions' storage: every statement on the besluit schema and the mapping of its rows. It
 * decides nothing and checks nothing; the use cases do. Decisions come back without the names of
 * household and addressee, which belong to inwoner ({@link Besluitdossier} adds them).
 */
@Component
class BesluitOpslag {

    private final JdbcClient jdbc;

    BesluitOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new concept; {@code hulpvraagId} is null for a recovery the municipality starts itself, {@code corrigeert} for a first decision.
     * Every moment of a decision ({@code op} here and in the steps below) comes from the app's clock, not from the database.
     */
    void voegToe(UUID id, UUID huishoudenId, UUID hulpvraagId, UUID inwonerId, BesluitSoort soort, LocalDate peildatum, UUID corrigeert,
            String door, Instant op) {
        voegIn("", id, huishoudenId, hulpvraagId, inwonerId, soort, peildatum, corrigeert, door, op);
    }

    /**
     * A new concept that corrects {@code corrigeert}, unless that decision already has an open correction: the database keeps
     * one (besluit_een_open_correctie, V29). False when there was one, also one that another request wrote a moment ago; the
     * transaction stays usable.
     */
    boolean voegCorrectieToe(UUID id, UUID huishoudenId, UUID hulpvraagId, UUID inwonerId, BesluitSoort soort, LocalDate peildatum,
            UUID corrigeert, String door, Instant op) {
        return voegIn("on conflict (corrigeert) where " + OPEN_CORRECTIE + " do nothing", id, huishoudenId, hulpvraagId, inwonerId, soort,
                peildatum, corrigeert, door, op) == 1;
    }

    /** The predicate of the index besluit_een_open_correctie (V29), word for word, so {@code on conflict} finds that index. */
    private static final String OPEN_CORRECTIE = "corrigeert is not null and status in ('concept', 'ter-goedkeuring', 'goedgekeurd')";

    private int voegIn(String bijConflict, UUID id, UUID huishoudenId, UUID hulpvraagId, UUID inwonerId, BesluitSoort soort, LocalDate peildatum,
            UUID corrigeert, String door, Instant op) {
        return jdbc.sql("""
                insert into besluit.besluit (id, huishouden_id, hulpvraag_id, inwoner_id, soort, peildatum, corrigeert, aangemaakt_door, aangemaakt_op,
                    gewijzigd_door, gewijzigd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """ + bijConflict).params(id, huishoudenId, hulpvraagId, inwonerId, soort.code(), peildatum, corrigeert, door, Timestamp.from(op), door,
                Timestamp.from(op)).update();
    }

    /** The correction of a final decision that is not final itself yet, if there is one. */
    java.util.Optional<UUID> openCorrectie(UUID origineel) {
        return jdbc.sql("select id from besluit.besluit where corrigeert = ? and " + OPEN_CORRECTIE).param(origineel).query(UUID.class).optional();
    }

    /** The content of a concept, with who changed it; whoever edits it joins those who may not approve it. */
    void schrijfInhoud(UUID id, BesluitGegevens g, String door, Instant op) {
        jdbc.sql("""
                update besluit.besluit set peildatum = ?, beoogd_effect = ?, gevolgen = ?, bedoelingen = ?::text[], bedoeling_toelichting = ?, ethiek = ?,
                    standaard_uitkomst = ?, vordering = ?, besloten_bedrag = ?, aflossing_per_maand = ?, wmo_bijdrage = ?, afwijking = ?,
                    bevoegdheid = ?, afwijking_redensoort = ?, afwijking_motivering = ?, motivering_onder_voet = ?, besluit_tekst = ?,
                    kosten_doormodderen = ?, kosten_doorbraak = ?, doorbraak_toelichting = ?, inningswijze = ?, instemming_op = ?,
                    instemming_wijze = ?, afwijking_richting = ?, brief_toelichting = ?, periode_van = ?, periode_tot = ?,
                    herzieningsbesluit_op = ?, eerste_betaling = ?, voorziening = ?, leveringsvorm = ?, aanbieder = ?, ingangsdatum = ?,
                    einddatum = ?, gewijzigd_door = ?, gewijzigd_op = ?,
                    bewerkt_door = case when ? = any (bewerkt_door) then bewerkt_door else array_append(bewerkt_door, ?) end,
                    versie = versie + 1
                where id = ?
                """).params(g.peildatum(), tekst(g.beoogdEffect()), tekst(g.gevolgen()), SqlLijsten.tekst(g.bedoelingen()),
                tekst(g.bedoelingToelichting()), tekst(g.ethiek()), tekst(g.standaardUitkomst()), g.vordering(), g.beslotenBedrag(),
                g.aflossingPerMaand(), g.metWmoBijdrage(), g.metAfwijking(), tekst(g.bevoegdheid()),
                g.afwijkingRedensoort() == null ? null : g.afwijkingRedensoort().code(), tekst(g.afwijkingMotivering()),
                tekst(g.motiveringOnderVoet()), tekst(g.besluitTekst()), g.kostenDoormodderen(), g.kostenDoorbraak(),
                tekst(g.doorbraakToelichting()), code(g.inningswijze()), g.instemmingOp(), code(g.instemmingWijze()),
                code(g.afwijkingRichting()), tekst(g.briefToelichting()), g.periodeVan(), g.periodeTot(), g.herzieningsbesluitOp(),
                g.eersteBetaling(), tekst(g.voorziening()), code(g.leveringsvorm()), tekst(g.aanbieder()), g.ingangsdatum(), g.einddatum(),
                door, Timestamp.from(op), door, door, id).update();
    }

    /** A step that records who took it and when in the columns {@code <wie>_door} and {@code <wie>_op}. */
    void zetStatus(UUID id, BesluitStatus naar, String wie, String door, Instant op) {
        jdbc.sql("update besluit.besluit set status = ?, " + wie + "_door = ?, " + wie + "_op = ?, versie = versie + 1 where id = ?")
                .params(naar.code(), door, Timestamp.from(op), id).update();
    }

    /** A team lead's judgement: approved, or back to concept with the reason. */
    void beoordeling(UUID id, BesluitStatus naar, String door, boolean akkoord, String toelichting, Instant op) {
        jdbc.sql("""
                update besluit.besluit set status = ?, beoordeeld_door = ?, beoordeeld_op = ?, beoordeling = ?, beoordeling_toelichting = ?,
                    versie = versie + 1
                where id = ?
                """).params(naar.code(), door, Timestamp.from(op), akkoord ? "goedgekeurd" : "afgewezen", toelichting, id).update();
    }

    /** Final, with the letter fixed in the same update: the database allows no later change. */
    void maakDefinitief(UUID id, String door, Instant op, String brief, boolean onderBeslagvrijeVoet) {
        jdbc.sql("""
                update besluit.besluit set status = ?, definitief_door = ?, definitief_op = ?, brief_html = ?, onder_beslagvrije_voet = ?,
                    versie = versie + 1
                where id = ?
                """).params(BesluitStatus.DEFINITIEF.code(), door, Timestamp.from(op), brief, onderBeslagvrijeVoet, id).update();
    }

    /** The household's income recorded on the decision, if any (issue 19). */
    java.util.Optional<BesluitInkomen> inkomen(UUID besluitId) {
        return jdbc.sql("""
                select netto_loon_aanvrager, vrijlating_aanvrager, netto_loon_partner, vrijlating_partner, uitkeringen, alimentatie, giften_per_jaar
                from besluit.inkomen where besluit_id = ?
                """).param(besluitId).query((rs, n) -> new BesluitInkomen(rs.getBigDecimal(1), rs.getString(2), rs.getBigDecimal(3),
                rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7))).optional();
    }

    /**
     * Records the income (an empty one removes it) and counts it as an edit of the decision: a new
     * version, and whoever recorded it joins those who may not approve it.
     */
    void schrijfInkomen(UUID id, BesluitInkomen i, String door, Instant op) {
        if (i.isLeeg()) {
            jdbc.sql("delete from besluit.inkomen where besluit_id = ?").param(id).update();
        } else {
            jdbc.sql("""
                    insert into besluit.inkomen (besluit_id, netto_loon_aanvrager, vrijlating_aanvrager, netto_loon_partner, vrijlating_partner,
                        uitkeringen, alimentatie, giften_per_jaar, vastgelegd_door, vastgelegd_op)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (besluit_id) do update set netto_loon_aanvrager = excluded.netto_loon_aanvrager,
                        vrijlating_aanvrager = excluded.vrijlating_aanvrager, netto_loon_partner = excluded.netto_loon_partner,
                        vrijlating_partner = excluded.vrijlating_partner, uitkeringen = excluded.uitkeringen, alimentatie = excluded.alimentatie,
                        giften_per_jaar = excluded.giften_per_jaar, vastgelegd_door = excluded.vastgelegd_door, vastgelegd_op = excluded.vastgelegd_op
                    """).params(id, nul(i.nettoLoonAanvrager()), code(i.vrijlatingAanvrager()), nul(i.nettoLoonPartner()),
                    code(i.vrijlatingPartner()), nul(i.uitkeringen()), nul(i.alimentatie()), nul(i.giftenPerJaar()), door, Timestamp.from(op))
                    .update();
        }
        jdbc.sql("""
                update besluit.besluit set gewijzigd_door = ?, gewijzigd_op = ?,
                    bewerkt_door = case when ? = any (bewerkt_door) then bewerkt_door else array_append(bewerkt_door, ?) end,
                    versie = versie + 1
                where id = ?
                """).params(door, Timestamp.from(op), door, door, id).update();
    }

    /** A correction takes over the income of the decision it corrects, as a copy that it may change. */
    void kopieerInkomen(UUID van, UUID naar, String door, Instant op) {
        jdbc.sql("""
                insert into besluit.inkomen (besluit_id, netto_loon_aanvrager, vrijlating_aanvrager, netto_loon_partner, vrijlating_partner,
                    uitkeringen, alimentatie, giften_per_jaar, vastgelegd_door, vastgelegd_op)
                select ?, netto_loon_aanvrager, vrijlating_aanvrager, netto_loon_partner, vrijlating_partner, uitkeringen, alimentatie,
                    giften_per_jaar, ?, ?
                from besluit.inkomen where besluit_id = ?
                """).params(naar, door, Timestamp.from(op), van).update();
    }

    private static java.math.BigDecimal nul(java.math.BigDecimal b) {
        return b == null ? java.math.BigDecimal.ZERO : b;
    }

    private static String code(String vrijlating) {
        return vrijlating == null || vrijlating.isBlank() ? "geen" : vrijlating;
    }

    void zetOnderBeslagvrijeVoet(UUID id, boolean onder) {
        jdbc.sql("update besluit.besluit set onder_beslagvrije_voet = ? where id = ?").params(onder, id).update();
    }

    /** One line in the decision's history, at the moment of the step it records (the history keeps its order by id). */
    void stap(UUID id, BesluitStatus van, BesluitStatus naar, String toelichting, String door, Instant op) {
        jdbc.sql("insert into besluit.besluit_gebeurtenis (besluit_id, van, naar, toelichting, door, op) values (?, ?, ?, ?, ?, ?)")
                .params(id, van == null ? null : van.code(), naar.code(), toelichting, door, Timestamp.from(op)).update();
    }

    /** Locks the row until the transaction ends, so two changes on one version cannot both pass. */
    void vergrendel(UUID id) {
        jdbc.sql("select 1 from besluit.besluit where id = ? for update").param(id).query(Integer.class).optional();
    }

    /** Serialises the final steps within one household, so two contradicting decisions cannot both become final. */
    void vergrendelHuishouden(UUID huishoudenId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("besluit:" + huishoudenId).query((rs, n) -> 1).list();
    }

    java.util.Optional<UUID> huishoudenVan(UUID id) {
        return jdbc.sql("select huishouden_id from besluit.besluit where id = ?").param(id).query(UUID.class).optional();
    }

    /** Final decisions on the same matter that no final decision corrects, oldest first (see {@link Besluitdossier#staandBesluit}). */
    List<UUID> staandeBesluiten(UUID zelf, UUID huishoudenId, UUID hulpvraagId, BesluitSoort soort, LocalDate van, LocalDate tot,
            UUID corrigeert) {
        return jdbc.sql("""
                select d.id from besluit.besluit d
                where d.soort = ? and d.status in ('definitief', 'verzonden') and d.id is distinct from ? and d.id is distinct from ?
                  and not exists (select 1 from besluit.besluit c where c.corrigeert = d.id and c.status in ('definitief', 'verzonden'))
                  and (d.hulpvraag_id = ?
                       or (d.huishouden_id = ? and d.hulpvraag_id is null and cast(? as uuid) is null
                           and daterange(d.periode_van, d.periode_tot, '[]') && daterange(?, ?, '[]')))
                order by d.definitief_op
                """).params(soort.code(), zelf, corrigeert, hulpvraagId, huishoudenId, hulpvraagId, van, tot).query(UUID.class).list();
    }

    /** A household's decisions, newest first. */
    List<UUID> vanHuishouden(UUID huishoudenId) {
        return jdbc.sql("select id from besluit.besluit where huishouden_id = ? order by aangemaakt_op desc").param(huishoudenId)
                .query(UUID.class).list();
    }

    /** Decisions waiting for approval in the households of the given need-to-know, longest waiting first. */
    List<UUID> terGoedkeuring(Zichtbaarheid zichtbaar) {
        return jdbc.sql("""
                select b.id from besluit.besluit b
                where b.status = 'ter-goedkeuring' and b.huishouden_id in (%s)
                order by b.ingediend_op
                """.formatted(zichtbaar.subquery())).params(zichtbaar.parameters()).query(UUID.class).list();
    }

    /**
     * How many of those decisions this user may approve: the filter of {@link Besluit#magBeoordelenDoor}
     * in SQL, so the menu's count is one query and reads no decision.
     */
    long aantalTerGoedkeuring(Zichtbaarheid zichtbaar, String gebruikersnaam) {
        List<Object> params = new ArrayList<>(zichtbaar.parameters());
        params.addAll(List.of(gebruikersnaam, gebruikersnaam, gebruikersnaam));
        return jdbc.sql("""
                select count(*) from besluit.besluit b
                where b.status = 'ter-goedkeuring' and b.huishouden_id in (%s)
                  and b.aangemaakt_door is distinct from ? and b.ingediend_door is distinct from ?
                  and not (? = any (b.bewerkt_door))
                """.formatted(zichtbaar.subquery())).params(params).query(Long.class).single();
    }

    /**
     * Decisions the user put up for approval that a second person judged since {@code sinds} and that wait for
     * their next step (approved: make definitive; rejected: back to concept), newest judgement first.
     */
    List<UUID> terugVanBeoordeling(String ingediendDoor, Instant sinds, Zichtbaarheid zichtbaar) {
        List<Object> params = new java.util.ArrayList<>(zichtbaar.parameters());
        params.add(ingediendDoor);
        params.add(Timestamp.from(sinds));
        return jdbc.sql("""
                select b.id from besluit.besluit b
                where b.huishouden_id in (%s) and b.ingediend_door = ? and b.beoordeeld_op >= ? and b.status in ('goedgekeurd', 'concept')
                order by b.beoordeeld_op desc
                """.formatted(zichtbaar.subquery())).params(params).query(UUID.class).list();
    }

    /** Decisions with their history, in the order of the ids, in two queries; an unknown id is left out. */
    List<Besluit> laadAlle(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String lijst = SqlLijsten.uuids(ids);
        Map<UUID, List<Besluit.Stap>> stappen = new HashMap<>();
        jdbc.sql("select besluit_id, van, naar, toelichting, door, op from besluit.besluit_gebeurtenis where besluit_id = any(?::uuid[]) order by id")
                .param(lijst).query((rs, n) -> stappen.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                        new Besluit.Stap(rs.getString(2) == null ? null : BesluitStatus.vanCode(rs.getString(2)), BesluitStatus.vanCode(rs.getString(3)),
                                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())))
                .list();
        Map<UUID, Besluit> perId = new HashMap<>();
        jdbc.sql("select * from besluit.besluit where id = any(?::uuid[])").param(lijst).query((rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            return perId.put(id, kaart(rs, List.copyOf(stappen.getOrDefault(id, List.of()))));
        }).list();
        return ids.stream().map(perId::get).filter(Objects::nonNull).toList();
    }

    private static Besluit kaart(ResultSet rs, List<Besluit.Stap> stappen) throws SQLException {
        String redensoort = rs.getString("afwijking_redensoort");
        BesluitGegevens inhoud = new BesluitGegevens(rs.getObject("peildatum", LocalDate.class), rs.getString("beoogd_effect"),
                rs.getString("gevolgen"), lijst(rs.getArray("bedoelingen")), rs.getString("bedoeling_toelichting"), rs.getString("ethiek"),
                rs.getString("standaard_uitkomst"), rs.getBigDecimal("vordering"), rs.getBigDecimal("besloten_bedrag"),
                rs.getBigDecimal("aflossing_per_maand"), rs.getBoolean("wmo_bijdrage"), rs.getBoolean("afwijking"), rs.getString("bevoegdheid"),
                redensoort == null ? null : Redensoort.vanCode(redensoort), rs.getString("afwijking_motivering"),
                rs.getString("motivering_onder_voet"), rs.getString("besluit_tekst"), rs.getBigDecimal("kosten_doormodderen"),
                rs.getBigDecimal("kosten_doorbraak"), rs.getString("doorbraak_toelichting"), optie(rs, "inningswijze", Inningswijze::vanCode),
                rs.getObject("instemming_op", LocalDate.class), optie(rs, "instemming_wijze", Instemmingswijze::vanCode),
                optie(rs, "afwijking_richting", Richting::vanCode), rs.getString("brief_toelichting"), rs.getObject("periode_van", LocalDate.class),
                rs.getObject("periode_tot", LocalDate.class), rs.getObject("herzieningsbesluit_op", LocalDate.class),
                rs.getObject("eerste_betaling", LocalDate.class), rs.getString("voorziening"), optie(rs, "leveringsvorm", Leveringsvorm::vanCode),
                rs.getString("aanbieder"), rs.getObject("ingangsdatum", LocalDate.class), rs.getObject("einddatum", LocalDate.class));
        return new Besluit(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class), null,
                rs.getObject("hulpvraag_id", UUID.class), rs.getObject("inwoner_id", UUID.class), null,
                BesluitSoort.vanCode(rs.getString("soort")), BesluitStatus.vanCode(rs.getString("status")), rs.getInt("versie"),
                rs.getObject("corrigeert", UUID.class), inhoud, rs.getBoolean("onder_beslagvrije_voet"), rs.getString("aangemaakt_door"),
                moment(rs, "aangemaakt_op"), rs.getString("gewijzigd_door"), moment(rs, "gewijzigd_op"), lijst(rs.getArray("bewerkt_door")),
                rs.getString("ingediend_door"), moment(rs, "ingediend_op"), rs.getString("beoordeeld_door"), moment(rs, "beoordeeld_op"),
                rs.getString("beoordeling"), rs.getString("beoordeling_toelichting"), rs.getString("definitief_door"), moment(rs, "definitief_op"),
                rs.getString("verzonden_door"), moment(rs, "verzonden_op"), rs.getString("brief_html"), stappen);
    }

    private static List<String> lijst(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    private static <T> T optie(ResultSet rs, String kolom, java.util.function.Function<String, T> vanCode) throws SQLException {
        String code = rs.getString(kolom);
        return code == null ? null : vanCode.apply(code);
    }

    private static String code(Keuze c) {
        return c == null ? null : c.code();
    }

    private static String tekst(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
