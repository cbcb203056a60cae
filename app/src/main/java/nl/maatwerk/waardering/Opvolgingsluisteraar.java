package nl.maatwerk.waardering;

import nl.maatwerk.platform.Systeemactie;
import nl.maatwerk.taak.Opvolgtaken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Makes the team lead's task for a resident who asked to be contacted. The answer came in without login, so the
 * task is made here, after the commit, as a system action. The task says that the resident asked for contact and
 * gave consent; it does not hold the answer. Idempotent: a follow-up with a task gets no second one.
 */
@Component
class Opvolgingsluisteraar {

    static final String ID = "waardering.opvolgtaak";
    static final String OMSCHRIJVING = "Bel de inwoner: die vroeg na de vragenlijst over de hulp om contact, en gaf daar toestemming voor. "
            + "De antwoorden zelf blijven anoniem en staan niet in deze taak.";

    private final Opvolgtaken taken;
    private final JdbcClient jdbc;

    Opvolgingsluisteraar(Opvolgtaken taken, JdbcClient jdbc) {
        this.taken = taken;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener(id = ID)
    void verwerk(ContactGevraagd gebeurtenis) {
        Boolean heeftTaak = jdbc.sql("select taak_id is not null from waardering.opvolging where id = ? for update")
                .param(gebeurtenis.opvolgingId()).query(Boolean.class).optional().orElse(true);
        if (heeftTaak) {
            return;
        }
        Systeemactie.voer("gebeurtenis ContactGevraagd", () -> taken.maakVoorTeamleiderAlsSysteem(gebeurtenis.huishoudenId(), gebeurtenis.teamId(),
                OMSCHRIJVING, gebeurtenis.vervaldatum()).ifPresent(taak -> jdbc.sql("update waardering.opvolging set taak_id = ? where id = ?")
                .params(taak, gebeurtenis.opvolgingId()).update()));
    }
}
