package nl.maatwerk.waardering;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.maatwerk.besluit.BesluitSoort;
import nl.maatwerk.toegang.Wet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Residents' marks (1-10) per month for the law a kind of decision is made under, for another module (issue 18: the
 * evaluation of a change in {@code knelpunt}). Only a count and a sum per month over all teams: the caller hides small
 * numbers with {@link nl.maatwerk.platform.KleineGroep} before anyone sees them. The answers are per law, not per rule,
 * so this is the law's mark.
 */
@Service
public class Rapportcijfers {

    /** One month: how many marks were given and their sum. */
    public record Maand(YearMonth maand, long aantal, long som) {
    }

    private final JdbcClient jdbc;

    Rapportcijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The law residents rate for this kind of decision (its code), or empty when they are not asked (a recovery). */
    public Optional<String> wet(String besluitsoort) {
        try {
            return Optional.ofNullable(Uitnodigingsluisteraar.wet(BesluitSoort.vanCode(besluitsoort))).map(Wet::omschrijving);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every month from {@code van} to {@code tot} for the law of this kind of decision; empty when residents are not asked. */
    public List<Maand> perMaand(String besluitsoort, YearMonth van, YearMonth tot) {
        Wet wet;
        try {
            wet = Uitnodigingsluisteraar.wet(BesluitSoort.vanCode(besluitsoort));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (wet == null) {
            return List.of();
        }
        Map<YearMonth, long[]> maanden = new LinkedHashMap<>();
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            maanden.put(m, new long[2]);
        }
        jdbc.sql("select maand, count(cijfer), coalesce(sum(cijfer), 0) from waardering.antwoord where wet = ? and maand between ? and ? group by maand")
                .params(wet.code(), van.atDay(1), tot.atDay(1)).query(rs -> {
                    long[] cel = maanden.get(YearMonth.from(rs.getObject(1, LocalDate.class)));
                    if (cel != null) {
                        cel[0] += rs.getLong(2);
                        cel[1] += rs.getLong(3);
                    }
                });
        List<Maand> uit = new ArrayList<>();
        maanden.forEach((m, c) -> uit.add(new Maand(m, c[0], c[1])));
        return uit;
    }
}
