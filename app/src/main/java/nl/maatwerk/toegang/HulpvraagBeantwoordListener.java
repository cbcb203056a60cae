package nl.maatwerk.toegang;

import nl.maatwerk.platform.Systeemactie;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves a request on once its decision has been sent. Runs after the sending has committed, in a
 * transaction of its own and on a thread of its own, with no one logged in: as a system action with
 * the event as its reason. Delivered at least once; a second delivery changes nothing.
 */
@Component
class HulpvraagBeantwoordListener {

    /** Stored with every publication, so a stored event still finds this listener after a rename. */
    static final String ID = "toegang.hulpvraag-beantwoord";

    private final Hulpvragen hulpvragen;

    HulpvraagBeantwoordListener(Hulpvragen hulpvragen) {
        this.hulpvragen = hulpvragen;
    }

    @ApplicationModuleListener(id = ID)
    void verwerk(HulpvraagBeantwoord gebeurtenis) {
        if (gebeurtenis.hulpvraagId() == null) {
            return;
        }
        Systeemactie.voer("gebeurtenis " + gebeurtenis.getClass().getSimpleName(),
                () -> hulpvragen.besluitVerzonden(gebeurtenis.hulpvraagId(), gebeurtenis.reden(), gebeurtenis.beantwoordOp()));
    }
}
