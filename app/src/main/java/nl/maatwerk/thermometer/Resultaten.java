package nl.maatwerk.thermometer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The results of a round. The database adds the answers up per layer × theme × dimension and per
 * layer × theme in one query (grouping sets); only those totals reach {@link Thermometeranalyse}.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Resultaten {

    private final JdbcClient jdbc;
    private final Metingen metingen;
    private final Antwoordpool pool;
    private final Clock klok;

    Resultaten(JdbcClient jdbc, Metingen metingen, Antwoordpool pool, Clock klok) {
        this.jdbc = jdbc;
        this.metingen = metingen;
        this.pool = pool;
        this.klok = klok;
    }

    public Uitslag uitslag(UUID id) {
        return uitslag(metingen.lees(id));
    }

    /** Thrown while a round is open: its results would show who answered what (see {@link Metingen#sluitAf}). */
    public static final class NogOpenException extends nl.maatwerk.platform.ConflictException {
        NogOpenException(Meting m) {
            super("De meting loopt nog tot en met " + m.einddatum() + ". De uitkomsten zijn er als de meting gesloten is,"
                    + " zodat niemand te herkennen is aan een antwoord dat net binnenkwam.");
        }
    }

    private void vereisGesloten(Meting m) {
        if (m.isOpen(LocalDate.now(klok))) {
            throw new NogOpenException(m);
        }
    }

    /**
     * The results of a closed round. The first call, from any page, export or the API, records that
     * the results have been seen (the round can then never take answers again) and first moves the
     * answers still waiting ({@link Antwoordpool}).
     */
    public Uitslag uitslag(Meting m) {
        vereisGesloten(m);
        if (!m.resultatenGezien()) {
            pool.eersteBlik(m);
        }
        List<Telling> tellingen = tellingen(m.id());
        Map<Laag, Integer> respondenten = new HashMap<>();
        jdbc.sql("select laag, count(*) from thermometer.thermometer_uitnodiging where meting_id = ? and ingediend group by laag").param(m.id())
                .query((rs, i) -> Map.entry(Laag.vanCode(rs.getString(1)), rs.getInt(2))).list()
                .forEach(e -> respondenten.put(e.getKey(), e.getValue()));
        List<Coderingstelling> coderingen = jdbc.sql("select laag, codering, count(*) from thermometer.thermometer_open_antwoord where meting_id = ? group by laag, codering")
                .param(m.id())
                .query((rs, i) -> new Coderingstelling(Laag.vanCode(rs.getString(1)),
                        rs.getString(2) == null ? null : Codering.vanCode(rs.getString(2)), rs.getInt(3)))
                .list();
        return Thermometeranalyse.analyseer(m.themas(), m.lagen(), tellingen, respondenten, coderingen);
    }

    List<Telling> tellingen(UUID meting) {
        return jdbc.sql("""
                select a.laag, s.thema_code, s.dimensie, sum(a.score), count(*), count(distinct a.respons_id)
                from thermometer.thermometer_antwoord a join thermometer.thermometer_stelling s on s.id = a.stelling_id
                where a.meting_id = ?
                group by grouping sets ((a.laag, s.thema_code, s.dimensie), (a.laag, s.thema_code))
                """).param(meting)
                .query((rs, i) -> new Telling(Laag.vanCode(rs.getString(1)), rs.getString(2),
                        rs.getString(3) == null ? null : Dimensie.vanCode(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getInt(6)))
                .list();
    }

    /** This round against the round made just before it, if there is one. */
    public Optional<Vergelijking> vergelijking(Meting m, Uitslag nu) {
        return jdbc.sql("select id from thermometer.thermometer_meting where aangemaakt_op < ? order by aangemaakt_op desc limit 1")
                .param(java.sql.Timestamp.from(m.aangemaaktOp())).query(UUID.class).optional()
                .map(metingen::lees)
                .filter(vorige -> !vorige.isOpen(LocalDate.now(klok)))
                .map(vorige -> Vergelijking.tussen(nu, uitslag(vorige), vorige.naam()));
    }

    /** An open answer to code, beside the theme's stated intent. */
    public record OpenAntwoord(UUID id, Laag laag, String tekst, Codering codering) {
    }

    /**
     * The open answers of a theme, only of layers with at least {@link nl.maatwerk.platform.KleineGroep#MINIMUM}
     * respondents: in a smaller group even one sentence can give away who wrote it. Ordered by layer,
     * then by random id, so the order says nothing about when someone answered.
     */
    public List<OpenAntwoord> openAntwoorden(UUID meting, String thema) {
        Uitslag u = uitslag(meting);
        List<OpenAntwoord> uit = new ArrayList<>();
        jdbc.sql("select id, laag, tekst, codering from thermometer.thermometer_open_antwoord where meting_id = ? and thema_code = ? order by id")
                .params(meting, thema)
                .query((rs, i) -> new OpenAntwoord(rs.getObject(1, UUID.class), Laag.vanCode(rs.getString(2)), rs.getString(3),
                        rs.getString(4) == null ? null : Codering.vanCode(rs.getString(4))))
                .list().stream().filter(a -> u.respondenten(a.laag()) >= nl.maatwerk.platform.KleineGroep.MINIMUM)
                .sorted(java.util.Comparator.comparing(OpenAntwoord::laag)).forEach(uit::add);
        return uit;
    }

    /** Records the advisor's coding of open answers; an id of another round or theme is ignored. */
    public int codeer(UUID meting, String thema, Map<UUID, Codering> coderingen, String door) {
        vereisGesloten(metingen.lees(meting));
        int n = 0;
        Timestamp op = Timestamp.from(Instant.now(klok));
        for (Map.Entry<UUID, Codering> e : coderingen.entrySet()) {
            n += jdbc.sql("""
                    update thermometer.thermometer_open_antwoord set codering = ?, gecodeerd_door = ?, gecodeerd_op = ?
                    where id = ? and meting_id = ? and thema_code = ?
                    """).params(e.getValue() == null ? null : e.getValue().code(), door, op, e.getKey(), meting, thema).update();
        }
        return n;
    }
}
