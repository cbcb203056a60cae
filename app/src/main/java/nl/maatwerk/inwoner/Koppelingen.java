package nl.maatwerk.inwoner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.SqlLijsten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Matching a person named in a message from outside (an early debt signal, say) to a resident and
 * their household: by BSN to the resident's current household, otherwise by address, and then only
 * when exactly one household lives there. Any number of people in two queries. Only professionals
 * match; this logs nothing, because the caller logs its own processing of the people it matched.
 */
@Service
public class Koppelingen {

    /** What the message says about the person; any field may be missing (null). */
    public record Zoekgegevens(String bsn, String postcode, Integer huisnummer, String toevoeging) {
    }

    /** What a match was made on; {@code code} is how callers store it. */
    public enum Grond {
        BSN("bsn"), ADRES("adres"), GEEN("geen");

        private final String code;

        Grond(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * The household found (null when none) with its team, and the resident when the match was by
     * BSN (an address points to a household, not to one of its members).
     */
    public record Koppeling(UUID huishoudenId, UUID inwonerId, String teamId, Grond grond) {

        static final Koppeling GEEN = new Koppeling(null, null, null, Grond.GEEN);
    }

    /** Residents by BSN with their household on the given day (bound twice). */
    static final String OP_BSN = """
            select i.bsn, l.huishouden_id, i.id, h.team_id from inwoner.inwoner i
            join inwoner.huishouden_lid l on l.inwoner_id = i.id and l.vanaf <= ? and (l.tot_en_met is null or l.tot_en_met >= ?)
            join inwoner.huishouden h on h.id = l.huishouden_id
            where i.bsn = any(?::text[])
            order by i.bsn, l.vanaf desc, l.huishouden_id
            """;

    /**
     * The households living at each numbered address on the given day (bound twice). The postcode
     * expression is the one indexed in V7 (inwoner_postcode_genormaliseerd); letter and addition
     * count as one text, as a creditor writes them.
     */
    static final String OP_ADRES = """
            select a.nr, l.huishouden_id, h.team_id
            from unnest(?::text[], ?::int[], ?::text[]) with ordinality as a(postcode, huisnummer, toevoeging, nr)
            join inwoner.inwoner i on replace(upper(i.postcode), ' ', '') = a.postcode and i.huisnummer = a.huisnummer
                and coalesce(upper(i.huisletter), '') || coalesce(upper(i.huisnummertoevoeging), '') = a.toevoeging
            join inwoner.huishouden_lid l on l.inwoner_id = i.id and l.vanaf <= ? and (l.tot_en_met is null or l.tot_en_met >= ?)
            join inwoner.huishouden h on h.id = l.huishouden_id
            order by a.nr, l.huishouden_id
            """;

    private final JdbcClient jdbc;
    private final Inzage inzage;
    private final GebruikerRegister gebruikers;
    private final Clock klok;

    Koppelingen(JdbcClient jdbc, Inzage inzage, GebruikerRegister gebruikers, Clock klok) {
        this.jdbc = jdbc;
        this.inzage = inzage;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    /** The match of each person, in the order given; {@link Grond#GEEN} when none. */
    public List<Koppeling> koppel(List<Zoekgegevens> personen) {
        inzage.vereisProfessional(gebruikers.huidige());
        LocalDate vandaag = LocalDate.now(klok);
        Map<String, Koppeling> opBsn = opBsn(personen, vandaag);
        List<Koppeling> uit = new ArrayList<>(personen.size());
        List<Integer> zoekOpAdres = new ArrayList<>();
        for (int n = 0; n < personen.size(); n++) {
            Zoekgegevens p = personen.get(n);
            Koppeling k = p.bsn() == null ? null : opBsn.get(p.bsn());
            uit.add(k == null ? Koppeling.GEEN : k);
            if (k == null && p.postcode() != null && p.huisnummer() != null) {
                zoekOpAdres.add(n);
            }
        }
        Map<Integer, Koppeling> opAdres = opAdres(personen, zoekOpAdres, vandaag);
        opAdres.forEach(uit::set);
        return uit;
    }

    private Map<String, Koppeling> opBsn(List<Zoekgegevens> personen, LocalDate vandaag) {
        Set<String> bsns = new LinkedHashSet<>();
        personen.stream().map(Zoekgegevens::bsn).filter(java.util.Objects::nonNull).forEach(bsns::add);
        Map<String, Koppeling> gevonden = new HashMap<>();
        if (bsns.isEmpty()) {
            return gevonden;
        }
        jdbc.sql(OP_BSN).params(vandaag, vandaag, SqlLijsten.tekst(bsns))
                .query((rs, i) -> gevonden.putIfAbsent(rs.getString(1), new Koppeling(rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), Grond.BSN)))
                .list();
        return gevonden;
    }

    /** By index into {@code personen}: a match only where exactly one household lives at the address. */
    private Map<Integer, Koppeling> opAdres(List<Zoekgegevens> personen, List<Integer> welke, LocalDate vandaag) {
        Map<Integer, Koppeling> uit = new HashMap<>();
        if (welke.isEmpty()) {
            return uit;
        }
        List<String> postcodes = new ArrayList<>();
        List<String> huisnummers = new ArrayList<>();
        List<String> toevoegingen = new ArrayList<>();
        for (int n : welke) {
            Zoekgegevens p = personen.get(n);
            postcodes.add(p.postcode().replace(" ", "").toUpperCase(Locale.ROOT));
            huisnummers.add(p.huisnummer().toString());
            toevoegingen.add(p.toevoeging() == null ? "" : p.toevoeging().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT));
        }
        Map<Integer, List<Koppeling>> perAdres = new HashMap<>();
        jdbc.sql(OP_ADRES).params(SqlLijsten.tekst(postcodes), SqlLijsten.tekst(huisnummers), SqlLijsten.tekst(toevoegingen), vandaag, vandaag)
                .query((rs, i) -> perAdres.computeIfAbsent(welke.get(rs.getInt(1) - 1), x -> new ArrayList<>())
                        .add(new Koppeling(rs.getObject(2, UUID.class), null, rs.getString(3), Grond.ADRES)))
                .list();
        perAdres.forEach((n, k) -> {
            if (k.stream().map(Koppeling::huishoudenId).distinct().count() == 1) {
                uit.put(n, k.getFirst());
            }
        });
        return uit;
    }
}
