package nl.maatwerk.socialekaart;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatwerk.platform.Paginering;
import nl.maatwerk.toegang.Levensdomein;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored offer: reading (through an in-memory {@link Catalogus}, rebuilt when the stored offer changed),
 * searching, storing imported services by their external id, and its freshness. Holds no personal data.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Aanbod {

    /** At most this many services per page of a list. */
    public static final int MAX_PAGINAGROOTTE = 100;

    private final JdbcTemplate jdbc;
    private final Clock klok;
    private volatile Geheugen geheugen;

    private record Geheugen(String stand, Catalogus catalogus) {
    }

    Aanbod(JdbcTemplate jdbc, Clock klok) {
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /** A page of services that fit the search. */
    public record Pagina(List<Dienst> diensten, Paginering paginering) {
    }

    public Pagina zoek(Zoekvraag vraag, int pagina, int grootte) {
        List<Dienst> alle = vraag.toepassen(catalogus().items());
        int van = Math.min(alle.size(), (pagina - 1) * grootte);
        return new Pagina(alle.subList(van, Math.min(alle.size(), van + grootte)), Paginering.van(pagina, grootte, alle.size()));
    }

    public Optional<Dienst> lees(UUID id) {
        return catalogus().items().stream().map(Catalogus.Item::dienst).filter(d -> d.id().equals(id)).findFirst();
    }

    public List<Dienst> alle() {
        return catalogus().diensten();
    }

    /** The wijken that have a service of their own, sorted, for the search form. */
    public List<String> wijken() {
        return catalogus().wijken();
    }

    /** The offer at this moment; one cheap query says whether the stored offer changed since the last build. */
    Catalogus catalogus() {
        String stand = jdbc.queryForObject("select (select count(*) || ':' || coalesce(sum(versie), 0) from socialekaart.dienst) || '/' "
                + "|| (select count(*) || ':' || coalesce(sum(versie), 0) from socialekaart.organisatie)", String.class);
        Geheugen g = geheugen;
        if (g == null || !g.stand().equals(stand)) {
            g = new Geheugen(stand, Catalogus.van(jdbc.query(SELECT + " order by d.naam, d.id", Aanbod::dienst)));
            geheugen = g;
        }
        return g.catalogus();
    }

    /** The share of fresh services and those checked 12 months ago or longer, oldest first. */
    public record Versheid(int totaal, int vers, List<Dienst> verouderd) {

        /** Whole percent of services checked within 12 months; 100 when there are none. */
        public int procentVers() {
            return totaal == 0 ? 100 : (int) Math.floor(100.0 * vers / totaal);
        }
    }

    public Versheid versheid() {
        LocalDate vandaag = LocalDate.now(klok);
        List<Dienst> alle = alle();
        List<Dienst> oud = alle.stream().filter(d -> d.verouderdOp(vandaag))
                .sorted(java.util.Comparator.comparing(Dienst::laatstGecontroleerd).thenComparing(Dienst::naam)).toList();
        return new Versheid(alle.size(), alle.size() - oud.size(), oud);
    }

    /** A beheerder has checked that the service is still as described: its date becomes today. */
    @Transactional
    public boolean gecontroleerd(UUID id, int versie) {
        return jdbc.update("update socialekaart.dienst set laatst_gecontroleerd = ?, versie = versie + 1, gewijzigd_op = ? "
                + "where id = ? and versie = ?", LocalDate.now(klok), Timestamp.from(Instant.now(klok)), id, versie) == 1;
    }

    /** How many services an import added and changed; a service that is the same as before is left alone. */
    public record Resultaat(int nieuw, int gewijzigd, int ongewijzigd) {
    }

    /**
     * Stores services by their external id (and their organisations by theirs): a new id is added, a known one
     * updated when something differs. So importing the same file twice changes nothing the second time.
     */
    @Transactional
    public Resultaat bewaar(List<Dienst> invoer) {
        List<Dienst> diensten = metBekendeIds(invoer);
        Timestamp nu = Timestamp.from(Instant.now(klok));
        Map<String, Dienst.Organisatie> organisaties = new java.util.LinkedHashMap<>();
        diensten.forEach(d -> organisaties.put(d.organisatie().externId(), d.organisatie()));
        jdbc.batchUpdate("insert into socialekaart.organisatie (id, extern_id, naam, beschrijving, website, email, telefoon) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict (extern_id) do update set naam = excluded.naam, beschrijving = excluded.beschrijving, "
                + "website = excluded.website, email = excluded.email, telefoon = excluded.telefoon, versie = organisatie.versie + 1 "
                + "where (organisatie.naam, organisatie.beschrijving, organisatie.website, organisatie.email, organisatie.telefoon) "
                + "is distinct from (excluded.naam, excluded.beschrijving, excluded.website, excluded.email, excluded.telefoon)",
                organisaties.values().stream().map(o -> new Object[] {UUID.randomUUID(), o.externId(), o.naam(), leeg(o.beschrijving()),
                        o.website(), o.email(), o.telefoon()}).toList());
        Map<String, UUID> orgIds = new HashMap<>();
        jdbc.query("select extern_id, id from socialekaart.organisatie where extern_id = any(?)",
                (ResultSet rs) -> {
                    orgIds.put(rs.getString(1), rs.getObject(2, UUID.class));
                }, (Object) organisaties.keySet().toArray(String[]::new));
        Map<String, Integer> voor = versies(diensten);
        jdbc.batchUpdate("insert into socialekaart.dienst (id, extern_id, organisatie_id, " + KOLOMMEN
                + ", gewijzigd_op) values (?, ?, ?, " + "?, ".repeat(KOLOMMEN.split(",").length) + "?) on conflict (extern_id) do update set "
                + "organisatie_id = excluded.organisatie_id, " + Arrays.stream(KOLOMMEN.split(",")).map(String::strip)
                        .map(k -> k + " = excluded." + k).collect(Collectors.joining(", "))
                + ", versie = dienst.versie + 1, gewijzigd_op = excluded.gewijzigd_op where (dienst.organisatie_id, " + KOLOMMEN_D
                + ") is distinct from (excluded.organisatie_id, " + KOLOMMEN_E + ")",
                diensten, 500, (ps, d) -> {
                    Object[] w = waarden(d, orgIds.get(d.organisatie().externId()), nu);
                    for (int i = 0; i < w.length; i++) {
                        ps.setObject(i + 1, w[i]);
                    }
                });
        // A batch may answer "done, count unknown" per row, so what changed is read from the versions instead.
        Map<String, Integer> na = versies(diensten);
        int nieuw = (int) na.keySet().stream().filter(e -> !voor.containsKey(e)).count();
        int gewijzigd = (int) voor.entrySet().stream().filter(e -> !e.getValue().equals(na.get(e.getKey()))).count();
        return new Resultaat(nieuw, gewijzigd, na.size() - nieuw - gewijzigd);
    }

    /**
     * HSDS ids are uuids, so the export names a service whose own external id is not one by our id. Read back in,
     * such an id is the service (or organisation) it came from, not a new one.
     */
    private List<Dienst> metBekendeIds(List<Dienst> diensten) {
        Map<String, String> dienst = new HashMap<>();
        Map<String, String> organisatie = new HashMap<>();
        jdbc.query("select id::text, extern_id from socialekaart.dienst where id::text = any(?)", (ResultSet rs) -> {
            dienst.put(rs.getString(1), rs.getString(2));
        }, (Object) diensten.stream().map(Dienst::externId).toArray(String[]::new));
        jdbc.query("select id::text, extern_id from socialekaart.organisatie where id::text = any(?)", (ResultSet rs) -> {
            organisatie.put(rs.getString(1), rs.getString(2));
        }, (Object) diensten.stream().map(d -> d.organisatie().externId()).toArray(String[]::new));
        if (dienst.isEmpty() && organisatie.isEmpty()) {
            return diensten;
        }
        return diensten.stream().map(d -> {
            Dienst.Organisatie o = d.organisatie();
            Dienst.Organisatie org = new Dienst.Organisatie(o.id(), organisatie.getOrDefault(o.externId(), o.externId()), o.naam(),
                    o.beschrijving(), o.website(), o.email(), o.telefoon());
            return new Dienst(d.id(), dienst.getOrDefault(d.externId(), d.externId()), org, d.naam(), d.beschrijving(), d.soort(),
                    d.voorwaarden(), d.kosten(), d.kostenBedrag(), d.kostenToelichting(), d.openingstijden(), d.bereikbaarheid(), d.telefoon(),
                    d.email(), d.website(), d.locatie(), d.laatstGecontroleerd(), d.capaciteit(), d.vrijePlaatsen(), d.wachttijdWeken(), d.versie());
        }).toList();
    }

    private Map<String, Integer> versies(List<Dienst> diensten) {
        Map<String, Integer> uit = new HashMap<>();
        jdbc.query("select extern_id, versie from socialekaart.dienst where extern_id = any(?)", (ResultSet rs) -> {
            uit.put(rs.getString(1), rs.getInt(2));
        }, (Object) diensten.stream().map(Dienst::externId).toArray(String[]::new));
        return uit;
    }

    private static final String KOLOMMEN = "naam, beschrijving, soort, levensdomeinen, leeftijd_van, leeftijd_tot, huishoudtypen, "
            + "inkomensgrens_procent, voorwaarden, kosten, kosten_bedrag, kosten_toelichting, openingstijden, bereikbaarheid, telefoon, email, "
            + "website, locatie_naam, adres, postcode, plaats, wijk, laatst_gecontroleerd, capaciteit, vrije_plaatsen, wachttijd_weken";
    private static final String KOLOMMEN_D = Arrays.stream(KOLOMMEN.split(",")).map(k -> "dienst." + k.strip()).collect(Collectors.joining(", "));
    private static final String KOLOMMEN_E = Arrays.stream(KOLOMMEN.split(",")).map(k -> "excluded." + k.strip()).collect(Collectors.joining(", "));

    private static Object[] waarden(Dienst d, UUID organisatieId, Timestamp nu) {
        Dienst.Voorwaarden v = d.voorwaarden();
        Dienst.Locatie l = d.locatie();
        return new Object[] {UUID.randomUUID(), d.externId(), organisatieId, d.naam(), leeg(d.beschrijving()), d.soort().code(),
                tekstArray(v.levensdomeinen().stream().sorted().map(Levensdomein::code).toList()), v.leeftijdVan(), v.leeftijdTot(),
                tekstArray(v.huishoudtypen().stream().sorted().map(Huishoudtype::code).toList()), v.inkomensgrensProcent(), leeg(v.tekst()),
                d.kosten().code(), d.kostenBedrag(), leeg(d.kostenToelichting()), leeg(d.openingstijden()), leeg(d.bereikbaarheid()),
                d.telefoon(), d.email(), d.website(), leeg(l.naam()), leeg(l.adres()), leeg(l.postcode()), leeg(l.plaats()), leeg(l.wijk()),
                d.laatstGecontroleerd(), d.capaciteit(), d.vrijePlaatsen(), d.wachttijdWeken(), nu};
    }

    /** A String[] goes to Postgres as text[]. */
    private static String[] tekstArray(List<String> codes) {
        return codes.toArray(String[]::new);
    }

    private static String leeg(String s) {
        return s == null ? "" : s;
    }

    private static final String SELECT = "select d.id, d.extern_id, d.naam, d.beschrijving, d.soort, d.levensdomeinen, d.leeftijd_van, "
            + "d.leeftijd_tot, d.huishoudtypen, d.inkomensgrens_procent, d.voorwaarden, d.kosten, d.kosten_bedrag, d.kosten_toelichting, "
            + "d.openingstijden, d.bereikbaarheid, d.telefoon, d.email, d.website, d.locatie_naam, d.adres, d.postcode, d.plaats, d.wijk, "
            + "d.laatst_gecontroleerd, d.capaciteit, d.vrije_plaatsen, d.wachttijd_weken, d.versie, o.id as o_id, o.extern_id as o_extern, "
            + "o.naam as o_naam, o.beschrijving as o_beschrijving, o.website as o_website, o.email as o_email, o.telefoon as o_telefoon "
            + "from socialekaart.dienst d join socialekaart.organisatie o on o.id = d.organisatie_id";

    private static Dienst dienst(ResultSet rs, int rij) throws SQLException {
        Set<Levensdomein> domeinen = EnumSet.noneOf(Levensdomein.class);
        for (String c : (String[]) rs.getArray("levensdomeinen").getArray()) {
            domeinen.add(Levensdomein.vanCode(c));
        }
        Set<Huishoudtype> typen = EnumSet.noneOf(Huishoudtype.class);
        for (String c : (String[]) rs.getArray("huishoudtypen").getArray()) {
            typen.add(Huishoudtype.vanCode(c));
        }
        return new Dienst(rs.getObject("id", UUID.class), rs.getString("extern_id"),
                new Dienst.Organisatie(rs.getObject("o_id", UUID.class), rs.getString("o_extern"), rs.getString("o_naam"),
                        rs.getString("o_beschrijving"), rs.getString("o_website"), rs.getString("o_email"), rs.getString("o_telefoon")),
                rs.getString("naam"), rs.getString("beschrijving"), Soort.vanCode(rs.getString("soort")),
                new Dienst.Voorwaarden(domeinen, getal(rs, "leeftijd_van"), getal(rs, "leeftijd_tot"), typen,
                        getal(rs, "inkomensgrens_procent"), rs.getString("voorwaarden")),
                Kosten.vanCode(rs.getString("kosten")), rs.getObject("kosten_bedrag", BigDecimal.class), rs.getString("kosten_toelichting"),
                rs.getString("openingstijden"), rs.getString("bereikbaarheid"), rs.getString("telefoon"), rs.getString("email"),
                rs.getString("website"), new Dienst.Locatie(rs.getString("locatie_naam"), rs.getString("adres"), rs.getString("postcode"),
                        rs.getString("plaats"), rs.getString("wijk")),
                rs.getObject("laatst_gecontroleerd", LocalDate.class), getal(rs, "capaciteit"), getal(rs, "vrije_plaatsen"),
                getal(rs, "wachttijd_weken"), rs.getInt("versie"));
    }

    private static Integer getal(ResultSet rs, String kolom) throws SQLException {
        int i = rs.getInt(kolom);
        return rs.wasNull() ? null : i;
    }

}
