package nl.maatwerk.besluit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The register of departures as numbers for another module (issue 18: the beleidsdossier of {@code knelpunt}): the
 * rules decisions are taken under, and per month how many final decisions there were and how many departed from the
 * rule, each way. Counts only, no person, household or decision; the caller hides small numbers with
 * {@link nl.maatwerk.platform.KleineGroep} before anyone sees them, as {@link Afwijkingen} does on its own pages.
 */
@Service
public class Afwijkingscijfers {

    /** A rule decisions are taken under: its juriconnect id, a short code for addresses, its name and law. */
    public record Regel(String id, String code, String naam, String wet) {
    }

    /** One month of one rule: final decisions, and the departures milder and stricter than the rule. */
    public record Maand(YearMonth maand, long besluiten, long milder, long strenger) {

        public long afwijkingen() {
            return milder + strenger;
        }
    }

    /** One month of one rule's lead times: decisions made final in the month, and their days from start to final together. */
    public record Doorlooptijd(YearMonth maand, long besluiten, long dagen) {
    }

    private final JdbcClient jdbc;

    Afwijkingscijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule the register counts, in the order of the kinds of decision. */
    public List<Regel> regels() {
        List<Regel> regels = new ArrayList<>();
        for (BesluitSoort s : BesluitSoort.values()) {
            regels.add(new Regel(s.standaardRegel(), s.code(), s.standaardRegelNaam(), s.wet()));
        }
        return regels;
    }

    /** The rule with this juriconnect id or code, if the register knows it. */
    public Optional<Regel> regel(String idOfCode) {
        return regels().stream().filter(r -> r.id().equals(idOfCode) || r.code().equals(idOfCode)).findFirst();
    }

    /** Every month from {@code van} to {@code tot} (both included) for one rule, a month without any as zeros. */
    public List<Maand> perMaand(String regel, YearMonth van, YearMonth tot) {
        Map<YearMonth, long[]> maanden = new LinkedHashMap<>();
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            maanden.put(m, new long[3]);
        }
        LocalDate begin = van.atDay(1);
        LocalDate eind = tot.atDay(1);
        jdbc.sql("""
                select maand, richting, count(*) from besluit.afwijking where regel = ? and maand between ? and ? group by maand, richting
                union all
                select maand, null, sum(aantal) from besluit.besluit_telling where regel = ? and maand between ? and ? group by maand
                """).params(regel, begin, eind, regel, begin, eind).query(rs -> {
            long[] cel = maanden.get(YearMonth.from(rs.getObject(1, LocalDate.class)));
            String richting = rs.getString(2);
            int plek = richting == null ? 0 : Richting.vanCode(richting) == Richting.STRENGER ? 2 : 1;
            cel[plek] += rs.getLong(3);
        });
        List<Maand> uit = new ArrayList<>();
        maanden.forEach((m, c) -> uit.add(new Maand(m, c[0], c[1], c[2])));
        return uit;
    }

    /**
     * Lead times per month (the month a decision became final) for one rule: how many decisions, and their days from
     * being started to final added up. Corrections count as decisions of their own.
     */
    public List<Doorlooptijd> doorlooptijden(String regel, YearMonth van, YearMonth tot) {
        Optional<Regel> r = regel(regel);
        Map<YearMonth, long[]> maanden = new LinkedHashMap<>();
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            maanden.put(m, new long[2]);
        }
        if (r.isPresent()) {
            // The month and the days in the time zone of the app (platform.Klok): the database runs in it too.
            jdbc.sql("""
                    select date_trunc('month', definitief_op)::date, count(*),
                           sum(greatest(0, definitief_op::date - aangemaakt_op::date))
                    from besluit.besluit where soort = ? and definitief_op >= ? and definitief_op < ?
                    group by 1
                    """).params(r.get().code(), van.atDay(1), tot.plusMonths(1).atDay(1)).query(rs -> {
                long[] cel = maanden.get(YearMonth.from(rs.getObject(1, LocalDate.class)));
                if (cel != null) {
                    cel[0] += rs.getLong(2);
                    cel[1] += rs.getLong(3);
                }
            });
        }
        List<Doorlooptijd> uit = new ArrayList<>();
        maanden.forEach((m, c) -> uit.add(new Doorlooptijd(m, c[0], c[1])));
        return uit;
    }
}
