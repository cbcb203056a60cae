package nl.maatwerk.knelpunt;

import java.util.List;
import nl.maatwerk.besluit.Afwijkingscijfers;
import nl.maatwerk.regelbeheer.Wijzigingsvragen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A dossier's request for a change to the parameter set reaches the beheerder: regelbeheer shows these
 * beside its proposals. Policy texts only; a dossier holds no personal data.
 */
@Component
class Parametervragen implements Wijzigingsvragen {

    private final JdbcClient jdbc;
    private final Afwijkingscijfers afwijkingen;

    Parametervragen(JdbcClient jdbc, Afwijkingscijfers afwijkingen) {
        this.jdbc = jdbc;
        this.afwijkingen = afwijkingen;
    }

    @Override
    public List<Vraag> recent(int maximaal) {
        List<Dossiers.Onderwerp> onderwerpen = Dossiers.alle(afwijkingen);
        return jdbc.sql("select dossier, toelichting, door, op from knelpunt.aanvraag where soort = 'parameterset' order by op desc, id limit ?")
                .param(maximaal)
                .query((rs, n) -> new Vraag(Dossiers.naam(onderwerpen, rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
