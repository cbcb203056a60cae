package nl.maatwerk.platform;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How residents reach a team: phone, e-mail, visiting address and opening hours, kept as data in
 * {@code platform.team} and {@code platform.team_openingstijd} (issue 16), so a municipality changes them
 * without a release. No personal data: these are the team's public contact details.
 */
@Component
public class Teamcontact {

    private final JdbcClient jdbc;

    Teamcontact(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opening hours on one day of the week. */
    public record Openingstijd(DayOfWeek dag, LocalTime van, LocalTime tot) {

        /** "maandag", in Dutch. */
        public String dagnaam() {
            return dag.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag("nl"));
        }
    }

    public record Contact(String teamId, String naam, String telefoonnummer, String eMail, String bezoekadres, List<Openingstijd> openingstijden) {
    }

    public Optional<Contact> van(String teamId) {
        if (teamId == null) {
            return Optional.empty();
        }
        List<Openingstijd> tijden = jdbc.sql("select dag, van, tot from platform.team_openingstijd where team_id = ? order by dag, van")
                .param(teamId).query((rs, i) -> new Openingstijd(DayOfWeek.of(rs.getInt(1)), rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class))).list();
        return jdbc.sql("select id, naam, telefoonnummer, e_mail, bezoekadres from platform.team where id = ?").param(teamId)
                .query((rs, i) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), tijden))
                .optional();
    }

    /** Sets the contact details and opening hours of a team (for the demo data and administrators). */
    public void leg(String teamId, String telefoonnummer, String eMail, String bezoekadres, List<Openingstijd> openingstijden) {
        jdbc.sql("update platform.team set telefoonnummer = ?, e_mail = ?, bezoekadres = ? where id = ?")
                .params(telefoonnummer, eMail, bezoekadres, teamId).update();
        jdbc.sql("delete from platform.team_openingstijd where team_id = ?").param(teamId).update();
        for (Openingstijd t : openingstijden) {
            jdbc.sql("insert into platform.team_openingstijd (team_id, dag, van, tot) values (?, ?, ?, ?)")
                    .params(teamId, t.dag().getValue(), t.van(), t.tot()).update();
        }
    }
}
