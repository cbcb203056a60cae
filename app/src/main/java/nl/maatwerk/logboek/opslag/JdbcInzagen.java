package nl.maatwerk.logboek.opslag;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Inzagen;
import nl.maatwerk.logboek.Pseudoniemen;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.SqlLijsten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the log per data subject on the index {@code logboek_betrokkene (betrokkene_id, starttijd)}: a
 * person has tens to a few thousand records among millions, so grouping their records by trace is cheap.
 */
@Component
class JdbcInzagen implements Inzagen {

    private static final Map<String, Verwerkingsactiviteit> PER_ID = Arrays.stream(Verwerkingsactiviteit.values())
            .collect(Collectors.toMap(Verwerkingsactiviteit::id, Function.identity()));

    /** The records of this person that no uitstel holds back today. */
    private static final String ZICHTBAAR = """
            from logboek.logboek_record r
            where r.betrokkene_id = :betrokkene and not (r.actor = any(:behalve::text[]))
              and not exists (select 1 from logboek.uitgestelde_inzage u where u.betrokkene_id = r.betrokkene_id and u.tot >= :vandaag
                              and r.starttijd >= u.van and (u.actor is null or u.actor = r.actor))
            """;

    private final JdbcClient jdbc;
    private final Pseudoniemen pseudoniemen;

    JdbcInzagen(JdbcClient jdbc, Pseudoniemen pseudoniemen) {
        this.jdbc = jdbc;
        this.pseudoniemen = pseudoniemen;
    }

    @Override
    public Pagina van(Betrokkene betrokkene, Set<String> behalveActoren, LocalDate vandaag, int pagina, int grootte) {
        String pseudoniem = pseudoniemen.van(betrokkene);
        String behalve = SqlLijsten.tekst(behalveActoren);
        long totaal = jdbc.sql("select count(distinct r.trace_id) " + ZICHTBAAR).param("betrokkene", pseudoniem).param("behalve", behalve)
                .param("vandaag", vandaag).query(Long.class).single();
        List<Inzage> inzagen = lees(pseudoniem, behalve, vandaag, grootte, (long) (Math.max(1, pagina) - 1) * grootte);
        return new Pagina(inzagen, achtergehouden(pseudoniem, behalve, vandaag), Math.max(1, pagina), grootte, totaal);
    }

    @Override
    public List<Inzage> alle(Betrokkene betrokkene, Set<String> behalveActoren, LocalDate vandaag, int max) {
        return lees(pseudoniemen.van(betrokkene), SqlLijsten.tekst(behalveActoren), vandaag, max, 0);
    }

    private List<Inzage> lees(String pseudoniem, String behalve, LocalDate vandaag, int limiet, long vanaf) {
        return jdbc.sql("""
                select r.trace_id, min(r.starttijd) as op, min(r.actor) as actor, array_agg(distinct r.verwerkingsactiviteit) as activiteiten,
                       array_agg(distinct r.naam) as namen, bool_and(r.status = 'OK') as gelukt
                """ + ZICHTBAAR + " group by r.trace_id order by op desc, r.trace_id limit :limiet offset :vanaf")
                .param("betrokkene", pseudoniem).param("behalve", behalve).param("vandaag", vandaag)
                .param("limiet", limiet).param("vanaf", vanaf)
                .query((rs, i) -> new Inzage(rs.getString("trace_id"), rs.getTimestamp("op").toInstant(), rs.getString("actor"),
                        SqlLijsten.lees(rs.getArray("activiteiten")).stream().map(PER_ID::get).filter(java.util.Objects::nonNull)
                                .sorted(Comparator.naturalOrder()).toList(),
                        SqlLijsten.lees(rs.getArray("namen")), rs.getBoolean("gelukt")))
                .list();
    }

    /** Per uitstel that still holds: how many accesses it holds back now. Overlapping ones each count what they cover. */
    private List<Achtergehouden> achtergehouden(String pseudoniem, String behalve, LocalDate vandaag) {
        return jdbc.sql("""
                select u.reden, u.tot, (select count(distinct r.trace_id) from logboek.logboek_record r
                                        where r.betrokkene_id = u.betrokkene_id and r.starttijd >= u.van
                                          and (u.actor is null or u.actor = r.actor) and not (r.actor = any(:behalve::text[]))) as aantal
                from logboek.uitgestelde_inzage u where u.betrokkene_id = :betrokkene and u.tot >= :vandaag order by u.tot, u.van
                """).param("betrokkene", pseudoniem).param("behalve", behalve).param("vandaag", vandaag)
                .query((rs, i) -> new Achtergehouden(rs.getLong("aantal"), rs.getString("reden"),
                        rs.getObject("tot", LocalDate.class).plusDays(1)))
                .list().stream().filter(a -> a.aantal() > 0).toList();
    }

    @Override
    public void stelUit(Uitstel uitstel, String vastgelegdDoor) {
        List<OngeldigeInvoerException.Fout> fouten = new ArrayList<>();
        String reden = uitstel.reden() == null ? "" : uitstel.reden().strip();
        if (reden.length() < 10 || reden.length() > 1000) {
            fouten.add(new OngeldigeInvoerException.Fout("reden", "range",
                    "Schrijf in gewone woorden waarom de inwoner dit later pas ziet (10 tot 1000 tekens)."));
        }
        if (uitstel.van() == null || uitstel.tot() == null) {
            fouten.add(new OngeldigeInvoerException.Fout("tot", "required", "Vul in vanaf wanneer en tot welke dag dit geldt."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        jdbc.sql("""
                insert into logboek.uitgestelde_inzage (id, betrokkene_id, actor, van, tot, reden, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), pseudoniemen.van(uitstel.betrokkene()), uitstel.actor(), Timestamp.from(uitstel.van()),
                uitstel.tot(), reden, vastgelegdDoor).update();
    }

    @Override
    public List<LopendUitstel> lopend(Betrokkene betrokkene, LocalDate vandaag) {
        return jdbc.sql("""
                select actor, van, tot, reden, vastgelegd_door, vastgelegd_op from logboek.uitgestelde_inzage
                where betrokkene_id = ? and tot >= ? order by tot, van
                """).params(pseudoniemen.van(betrokkene), vandaag).query(JdbcInzagen::lopendUitstel).list();
    }

    @Override
    public List<LopendUitstel> allesLopend(LocalDate vandaag, int max) {
        return jdbc.sql("""
                select actor, van, tot, reden, vastgelegd_door, vastgelegd_op from logboek.uitgestelde_inzage
                where tot >= ? order by vastgelegd_op desc limit ?
                """).params(vandaag, max).query(JdbcInzagen::lopendUitstel).list();
    }

    private static LopendUitstel lopendUitstel(java.sql.ResultSet rs, int rij) throws java.sql.SQLException {
        return new LopendUitstel(rs.getString("actor"), rs.getTimestamp("van").toInstant(), rs.getObject("tot", LocalDate.class),
                rs.getString("reden"), rs.getString("vastgelegd_door"), rs.getTimestamp("vastgelegd_op").toInstant());
    }
}
