package nl.maatwerk.toegang;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.SqlLijsten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per household, how many ZRM life domains are acute (1) and how many at 2 or lower: a need factor
 * of the work queue. Reads assessments and their scores only, never a resident's attributes;
 * {@code PrioriteitArchitectuurTest} checks every query in this class. No access check and no log:
 * the caller shows no one without its own check and log.
 */
@Component
public class ZrmTellingen {

    /** The counts of one household; {@link #GEEN} when it has no assessment. */
    public record Telling(int acuut, int zwak) {

        public static final Telling GEEN = new Telling(0, 0);
    }

    /**
     * The latest assessment per household member (and the latest of the household as a whole, with no
     * member), then per household the most serious: the highest count of acute domains and, apart from
     * it, the highest count of domains at 2 or lower. Not the sum: a household would then weigh more
     * for having more members assessed, or the same debts counted in each member's assessment, and
     * the number of assessments would stand in for need. The member column is only a grouping key.
     */
    static final String ZRM = """
            select huishouden_id, max(acuut), max(zwak) from (
                select distinct on (m.huishouden_id, m.inwoner_id) m.huishouden_id,
                       (select count(*) from toegang.zrm_score s where s.meting_id = m.id and s.score = 1) as acuut,
                       (select count(*) from toegang.zrm_score s where s.meting_id = m.id and s.score <= 2) as zwak
                from toegang.zrm_meting m where m.huishouden_id = any(?::uuid[])
                order by m.huishouden_id, m.inwoner_id, m.datum desc, m.vastgelegd_op desc
            ) laatste group by huishouden_id
            """;

    private final JdbcClient jdbc;

    ZrmTellingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of each household among {@code huishoudens} that has an assessment, in one query. */
    public Map<UUID, Telling> perHuishouden(Collection<UUID> huishoudens) {
        Map<UUID, Telling> uit = new HashMap<>();
        if (!huishoudens.isEmpty()) {
            jdbc.sql(ZRM).param(SqlLijsten.uuids(huishoudens))
                    .query((rs, i) -> uit.put(rs.getObject(1, UUID.class), new Telling(rs.getInt(2), rs.getInt(3)))).list();
        }
        return uit;
    }
}
