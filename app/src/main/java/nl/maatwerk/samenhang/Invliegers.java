package nl.maatwerk.samenhang;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatwerk.platform.ConflictException;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.SqlLijsten;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.Versieconflict;
import nl.maatwerk.regelbeheer.Regelparameters;
import nl.maatwerk.regelbeheer.Voorstelverwijzing;
import nl.maatwerk.regels.inkomen.Regel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of invliegers: read by every professional, policy and the beheerder (nothing in it is about a
 * person); made and changed by policy and the beheerder, at the version they read. Every save is kept with what
 * changed in words, for "what changed since last week".
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Invliegers {

    /** The rule ids of the regels library: its public constants, read once (the library keeps no list of its own). */
    static final Set<String> REGEL_IDS = leesRegelIds();

    /** A filter on the list; every part may be null. */
    public record Filter(String team, Wet wet, Fase fase, Voorbereiding voorbereiding) {
        public static final Filter ALLES = new Filter(null, null, null, null);
    }

    public record Pagina(List<Invlieger> invliegers, long totaal) {
    }

    /** One save: new or changed, by whom (name) and when, with what changed. */
    public record Wijziging(UUID invliegerId, String titel, int versie, String door, Instant op, boolean nieuw, List<String> wat) {
    }

    private static final String KOLOMMEN = """
            id, titel, soort, bwb_id, herkomst, fase, aangekondigd_op, vastgesteld_op, in_werking_op, overgang_tot, wat_verandert,
            wetten, regels, parameters, teams, processen, eigenaar, voorbereiding, voorstel_id, bron, versie, aangemaakt_door,
            aangemaakt_op, gewijzigd_door, gewijzigd_op""";

    private final JdbcClient jdbc;
    private final GebruikerRegister gebruikers;
    private final Regelparameters regelparameters;
    private final Voorstelverwijzing.Voorstellen voorstellen;
    private final Clock klok;

    Invliegers(JdbcClient jdbc, GebruikerRegister gebruikers, Regelparameters regelparameters, Voorstelverwijzing.Voorstellen voorstellen,
            Clock klok) {
        this.jdbc = jdbc;
        this.gebruikers = gebruikers;
        this.regelparameters = regelparameters;
        this.voorstellen = voorstellen;
        this.klok = klok;
    }

    // --- who may ------------------------------------------------------------------------------

    public static boolean magLezen(Gebruiker g) {
        return g.isProfessional() || g.rol() == Rol.BELEID || g.rol() == Rol.BEHEERDER;
    }

    /** Policy keeps the register; the beheerder too, who links a change of an amount to the proposed parameter set. */
    public static boolean magSchrijven(Gebruiker g) {
        return g.rol() == Rol.BELEID || g.rol() == Rol.BEHEERDER;
    }

    private Gebruiker lezer() {
        Gebruiker g = gebruikers.huidige();
        if (!magLezen(g)) {
            throw new NietToegestaanException("Het overzicht van wat eraan komt is voor professionals, beleid en beheer.");
        }
        return g;
    }

    private Gebruiker schrijver() {
        Gebruiker g = gebruikers.huidige();
        if (!magSchrijven(g)) {
            throw new NietToegestaanException("Alleen beleid en beheer houden het overzicht van wat eraan komt bij.");
        }
        return g;
    }

    // --- reading --------------------------------------------------------------------------------

    public Pagina lijst(Filter filter, int pagina, int paginagrootte) {
        lezer();
        Filter f = Objects.requireNonNullElse(filter, Filter.ALLES);
        String waar = """
                where (?::text is null or ? = any(teams)) and (?::text is null or ? = any(wetten))
                  and (?::text is null or fase = ?) and (?::text is null or voorbereiding = ?)""";
        Object[] params = {f.team(), f.team(), code(f.wet()), code(f.wet()), code(f.fase()), code(f.fase()), code(f.voorbereiding()),
                code(f.voorbereiding())};
        long totaal = jdbc.sql("select count(*) from samenhang.invlieger " + waar).params(params).query(Long.class).single();
        List<Object> metPagina = new ArrayList<>(java.util.Arrays.asList(params));
        metPagina.add(paginagrootte);
        metPagina.add((long) (pagina - 1) * paginagrootte);
        List<Invlieger> items = jdbc.sql("select " + KOLOMMEN + " from samenhang.invlieger " + waar
                + " order by in_werking_op nulls last, titel, id limit ? offset ?").params(metPagina).query(Invliegers::rij).list();
        return new Pagina(items, totaal);
    }

    /** Every invlieger, by date of entry into force (undated last): for the timeline, the load view and the exports. */
    public List<Invlieger> alle() {
        lezer();
        return jdbc.sql("select " + KOLOMMEN + " from samenhang.invlieger order by in_werking_op nulls last, titel, id").query(Invliegers::rij).list();
    }

    public Invlieger lees(UUID id) {
        lezer();
        return laad(id);
    }

    /**
     * What hits this team and lands between {@code van} and {@code tot} (both inclusive), or is in force but its
     * transition still runs then; withdrawn changes and those that turned out not to hit us are left out.
     */
    public List<Invlieger> voorTeam(String teamId, LocalDate van, LocalDate tot) {
        lezer();
        return jdbc.sql("select " + KOLOMMEN + " " + """
                 from samenhang.invlieger where ? = any(teams) and fase <> 'ingetrokken' and voorbereiding <> 'niet-nodig'
                 and in_werking_op is not null and in_werking_op <= ? and (in_werking_op >= ? or overgang_tot >= ?)
                 order by in_werking_op, titel""").params(teamId, tot, van, van).query(Invliegers::rij).list();
    }

    /** Every save from {@code sinds} on, newest first, with the name of who saved it. */
    public List<Wijziging> wijzigingenSinds(Instant sinds) {
        lezer();
        List<Wijziging> ruw = jdbc.sql("""
                select w.invlieger_id, i.titel, w.versie, w.door, w.op, w.nieuw, w.wat from samenhang.wijziging w
                join samenhang.invlieger i on i.id = w.invlieger_id where w.op >= ? order by w.op desc, w.id desc""")
                .param(Timestamp.from(sinds))
                .query((rs, n) -> new Wijziging(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6), lijst(rs.getArray(7)))).list();
        Map<String, String> namen = gebruikers.namen(ruw.stream().map(Wijziging::door).collect(Collectors.toSet()));
        return ruw.stream().map(w -> new Wijziging(w.invliegerId(), w.titel(), w.versie(), namen.getOrDefault(w.door(), w.door()), w.op(),
                w.nieuw(), w.wat())).toList();
    }

    /** The teams by id, in the order of their names. */
    public Map<String, String> teams() {
        Map<String, String> teams = new LinkedHashMap<>();
        gebruikers.teams().forEach(t -> teams.put(t.id(), t.naam()));
        return teams;
    }

    public Set<String> regelIds() {
        return REGEL_IDS;
    }

    public Set<String> parameterNamen() {
        return regelparameters.namen();
    }

    /** The proposed parameter set this invlieger links to, as regelbeheer has it now; empty when it links none. */
    public Optional<Voorstelverwijzing> voorstel(Invlieger v) {
        return v.voorstelId() == null ? Optional.empty() : voorstellen.lees(v.voorstelId());
    }

    /** Proposals to link to, newest first: what the beheerder's workflow holds. */
    public List<Voorstelverwijzing> voorstellen() {
        return voorstellen.nieuwste(100);
    }

    // --- making and changing --------------------------------------------------------------------

    @Transactional
    public Invlieger maak(Invlieger.Gegevens gegevens) {
        Gebruiker g = schrijver();
        Invlieger.Gegevens d = controleer(gegevens);
        UUID id = UUID.randomUUID();
        Instant nu = Instant.now(klok);
        jdbc.sql("""
                insert into samenhang.invlieger (id, titel, soort, bwb_id, herkomst, fase, aangekondigd_op, vastgesteld_op, in_werking_op,
                  overgang_tot, wat_verandert, wetten, regels, parameters, teams, processen, eigenaar, voorbereiding, voorstel_id, bron,
                  versie, aangemaakt_door, aangemaakt_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, 1, ?, ?)""")
                .params(velden(id, d, g.gebruikersnaam(), nu)).update();
        jdbc.sql("insert into samenhang.wijziging (invlieger_id, versie, door, op, nieuw, wat) values (?, 1, ?, ?, true, '{}')")
                .params(id, g.gebruikersnaam(), Timestamp.from(nu)).update();
        return laad(id);
    }

    /** Changes it at the version the user read; a step the preparation's state machine does not allow is a conflict. */
    @Transactional
    public Invlieger wijzig(UUID id, Invlieger.Gegevens gegevens, Integer versie) {
        Gebruiker g = schrijver();
        Invlieger oud = laad(id);
        int gelezen = VersieConflictException.vereisActueel(versie, "deze wijziging", oud.versie(), () -> verouderd(id));
        Invlieger.Gegevens d = controleer(gegevens);
        if (d.voorbereiding() != oud.voorbereiding() && !oud.voorbereiding().kanNaar(d.voorbereiding())) {
            throw new ConflictException("De voorbereiding staat op '" + oud.voorbereiding().omschrijving() + "' en kan niet naar '"
                    + d.voorbereiding().omschrijving() + "'." + volgende(oud.voorbereiding()));
        }
        Instant nu = Instant.now(klok);
        List<Object> params = new ArrayList<>(java.util.Arrays.asList(velden(id, d, g.gebruikersnaam(), nu)).subList(1, 20));
        params.add(g.gebruikersnaam());
        params.add(Timestamp.from(nu));
        params.add(id);
        params.add(gelezen);
        if (jdbc.sql("""
                update samenhang.invlieger set titel = ?, soort = ?, bwb_id = ?, herkomst = ?, fase = ?, aangekondigd_op = ?,
                  vastgesteld_op = ?, in_werking_op = ?, overgang_tot = ?, wat_verandert = ?, wetten = ?::text[], regels = ?::text[],
                  parameters = ?::text[], teams = ?::text[], processen = ?::text[], eigenaar = ?, voorbereiding = ?, voorstel_id = ?, bron = ?,
                  gewijzigd_door = ?, gewijzigd_op = ?, versie = versie + 1
                where id = ? and versie = ?""").params(params).update() == 0) {
            throw verouderd(id);
        }
        Invlieger nieuw = laad(id);
        jdbc.sql("insert into samenhang.wijziging (invlieger_id, versie, door, op, nieuw, wat) values (?, ?, ?, ?, false, ?::text[])")
                .params(id, nieuw.versie(), g.gebruikersnaam(), Timestamp.from(nu), SqlLijsten.tekst(Verschil.tussen(oud, nieuw))).update();
        return nieuw;
    }

    private static String volgende(Voorbereiding v) {
        return v.isEindstand() ? " Dit is een eindstand."
                : " Wel kan: " + v.volgende().stream().map(Voorbereiding::omschrijving).sorted().collect(Collectors.joining(", ")) + ".";
    }

    private Invlieger.Gegevens controleer(Invlieger.Gegevens gegevens) {
        if (gegevens == null) {
            throw new OngeldigeInvoerException("titel", "required", "Stuur de gegevens van de wijziging mee.");
        }
        List<Fout> fouten = new ArrayList<>(Invliegercontrole.fouten(gegevens, LocalDate.now(klok), new Invliegercontrole.Bekend(REGEL_IDS,
                regelparameters.namen(), teams().keySet())));
        if (gegevens.voorstelId() != null && voorstellen.lees(gegevens.voorstelId()).isEmpty()) {
            fouten.add(new Fout("voorstelId", "unknown", "Het voorstel voor regelparameters " + gegevens.voorstelId() + " bestaat niet."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return gegevens;
    }

    private VersieConflictException verouderd(UUID id) {
        Invlieger nu = laad(id);
        String door = gebruikers.namen(List.of(nu.laatstDoor())).getOrDefault(nu.laatstDoor(), nu.laatstDoor());
        return new VersieConflictException(Versieconflict.bericht("deze wijziging", door, nu.laatstOp()), nu.versie());
    }

    // --- storage --------------------------------------------------------------------------------

    private Invlieger laad(UUID id) {
        return jdbc.sql("select " + KOLOMMEN + " from samenhang.invlieger where id = ?").param(id).query(Invliegers::rij).optional()
                .orElseThrow(() -> new NietGevondenException("Wijziging"));
    }

    private static Object[] velden(UUID id, Invlieger.Gegevens d, String door, Instant op) {
        return new Object[] {id, d.titel(), d.soort().code(), d.bwbId(), d.herkomst().code(), d.fase().code(), d.aangekondigdOp(),
                d.vastgesteldOp(), d.inWerkingOp(), d.overgangTot(), d.watVerandert(), SqlLijsten.tekst(d.wetten().stream().map(Wet::code).toList()),
                SqlLijsten.tekst(d.regels()), SqlLijsten.tekst(d.parameters()), SqlLijsten.tekst(d.teams()),
                SqlLijsten.tekst(d.processen().stream().map(Proces::code).toList()), d.eigenaar(), d.voorbereiding().code(), d.voorstelId(),
                d.bron(), door, Timestamp.from(op)};
    }

    private static Invlieger rij(ResultSet rs, int n) throws SQLException {
        Timestamp gewijzigd = rs.getTimestamp("gewijzigd_op");
        return new Invlieger(rs.getObject("id", UUID.class), rs.getString("titel"), Soort.vanCode(rs.getString("soort")), rs.getString("bwb_id"),
                Herkomst.vanCode(rs.getString("herkomst")), Fase.vanCode(rs.getString("fase")), rs.getObject("aangekondigd_op", LocalDate.class),
                rs.getObject("vastgesteld_op", LocalDate.class), rs.getObject("in_werking_op", LocalDate.class),
                rs.getObject("overgang_tot", LocalDate.class), rs.getString("wat_verandert"),
                lijst(rs.getArray("wetten")).stream().map(Wet::vanCode).toList(), lijst(rs.getArray("regels")), lijst(rs.getArray("parameters")),
                lijst(rs.getArray("teams")), lijst(rs.getArray("processen")).stream().map(Proces::vanCode).toList(), rs.getString("eigenaar"),
                Voorbereiding.vanCode(rs.getString("voorbereiding")), rs.getObject("voorstel_id", UUID.class), rs.getString("bron"),
                rs.getInt("versie"), rs.getString("aangemaakt_door"), rs.getTimestamp("aangemaakt_op").toInstant(), rs.getString("gewijzigd_door"),
                gewijzigd == null ? null : gewijzigd.toInstant());
    }

    private static List<String> lijst(Array a) throws SQLException {
        return List.copyOf(SqlLijsten.lees(a));
    }

    private static String code(nl.maatwerk.platform.Keuze k) {
        return k == null ? null : k.code();
    }

    private static Set<String> leesRegelIds() {
        Set<String> ids = new TreeSet<>();
        for (Field f : Regel.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Regel.class) {
                try {
                    ids.add(((Regel) f.get(null)).id());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableSet(ids);
    }
}
