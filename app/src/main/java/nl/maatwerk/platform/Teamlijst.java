package nl.maatwerk.platform;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** All teams, for overviews per team (the algorithm register, aggregate reports). Holds no personal data. */
@Component
public class Teamlijst {

    public record Team(String id, String naam) {
    }

    private final JdbcClient jdbc;

    Teamlijst(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every team, by name. */
    public List<Team> alle() {
        return jdbc.sql("select id, naam from platform.team order by naam, id").query((rs, i) -> new Team(rs.getString(1), rs.getString(2))).list();
    }
}
