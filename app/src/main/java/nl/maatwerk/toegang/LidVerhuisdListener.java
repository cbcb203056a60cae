package nl.maatwerk.toegang;

import nl.maatwerk.inwoner.LidVerhuisd;
import nl.maatwerk.platform.Systeemactie;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Ends the consents a resident gave for a household they moved out of ({@link Toestemmingen#giverVerhuisd}).
 * Runs after the move has committed, in a transaction of its own and on a thread of its own, with no
 * one logged in: as a system action with the event as its reason. Delivered at least once; a second
 * delivery changes nothing. toegang depends on inwoner, so it listens to inwoner's own type.
 */
@Component
class LidVerhuisdListener {

    /** Stored with every publication, so a stored event still finds this listener after a rename. */
    static final String ID = "toegang.lid-verhuisd";

    private final Toestemmingen toestemmingen;

    LidVerhuisdListener(Toestemmingen toestemmingen) {
        this.toestemmingen = toestemmingen;
    }

    @ApplicationModuleListener(id = ID)
    void verwerk(LidVerhuisd gebeurtenis) {
        Systeemactie.voer("gebeurtenis LidVerhuisd",
                () -> toestemmingen.giverVerhuisd(gebeurtenis.inwonerId(), gebeurtenis.vanHuishoudenId(), gebeurtenis.verhuisdOp()));
    }
}
