package nl.maatwerk.inwoner;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.SqlLijsten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Households by id: their names and the team they belong to, for other modules' lists and queues
 * (which already hold the ids). Names and teams only, no resident's data. No access check and no
 * log: the caller checks need-to-know and logs what it shows.
 */
@Component
public class Teamhuishoudens {

    private final JdbcClient jdbc;

    Teamhuishoudens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The name of each household that exists among {@code ids}. */
    public Map<UUID, String> namen(Collection<UUID> ids) {
        Map<UUID, String> uit = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, naam from inwoner.huishouden where id = any(?::uuid[])").param(SqlLijsten.uuids(ids))
                    .query((rs, i) -> uit.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        return uit;
    }

    /** Those of {@code ids} that belong to the team now, with their names. */
    public Map<UUID, String> vanTeam(String teamId, Collection<UUID> ids) {
        Map<UUID, String> uit = new HashMap<>();
        if (teamId != null && !ids.isEmpty()) {
            jdbc.sql("select id, naam from inwoner.huishouden where team_id = ? and id = any(?::uuid[])")
                    .params(teamId, SqlLijsten.uuids(ids))
                    .query((rs, i) -> uit.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        return uit;
    }

    /** Whether the household belongs to the team now. */
    public boolean hoortBijTeam(UUID id, String teamId) {
        return id != null && teamId != null
                && jdbc.sql("select exists (select 1 from inwoner.huishouden where id = ? and team_id = ?)").params(id, teamId)
                        .query(Boolean.class).single();
    }
}
