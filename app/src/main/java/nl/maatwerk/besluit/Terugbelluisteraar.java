package nl.maatwerk.besluit;

import java.time.Clock;
import java.time.LocalDate;
import nl.maatwerk.platform.Systeemactie;
import nl.maatwerk.regels.termijn.Werkdagen;
import nl.maatwerk.taak.Opvolgtaken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Eerst bellen" becomes work: a resident who objects and asks to be called first gets a task for the team lead of
 * their household's team, due in {@link #WERKDAGEN} working days, so the call is not left to whoever opens the decision.
 * The event may come more than once (the publication registry delivers at least once): the objection keeps its task.
 */
@Component
class Terugbelluisteraar {

    static final String ID = "besluit.terugbeltaak";
    /** Call within three working days: a service norm of ours, not a legal term (the Awb term runs from the objection). */
    static final int WERKDAGEN = 3;
    static final String OMSCHRIJVING = "Bel de inwoner over het bezwaar tegen een besluit: de inwoner wil eerst een gesprek. "
            + "Het telefoonnummer staat bij het bezwaar op de besluitpagina.";

    private final Opvolgtaken taken;
    private final JdbcClient jdbc;
    private final Clock klok;

    Terugbelluisteraar(Opvolgtaken taken, JdbcClient jdbc, Clock klok) {
        this.taken = taken;
        this.jdbc = jdbc;
        this.klok = klok;
    }

    @ApplicationModuleListener(id = ID)
    void verwerk(BezwaarIngediend gebeurtenis) {
        if (!gebeurtenis.eerstBellen() || gebeurtenis.teamId() == null) {
            return;
        }
        Boolean heeftTaak = jdbc.sql("select terugbeltaak_id is not null from besluit.bezwaar where id = ? for update")
                .param(gebeurtenis.bezwaarId()).query(Boolean.class).optional().orElse(true);
        if (heeftTaak) {
            return;
        }
        LocalDate uiterlijk = Werkdagen.plus(LocalDate.now(klok), WERKDAGEN);
        Systeemactie.voer("gebeurtenis BezwaarIngediend", () -> taken.maakVoorTeamleiderAlsSysteem(gebeurtenis.huishoudenId(),
                gebeurtenis.teamId(), OMSCHRIJVING, uiterlijk).ifPresent(taak -> jdbc.sql(
                        "update besluit.bezwaar set terugbeltaak_id = ? where id = ?").params(taak, gebeurtenis.bezwaarId()).update()));
    }
}
