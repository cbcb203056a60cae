package nl.maatwerk.logboek;

import java.time.Instant;
import java.util.Collection;

/**
 * The Logboek Dataverwerkingen: every read and write of personal data leaves one record per data
 * subject. Callers say what they did to whom; the log adds the trace, the actor and the chain.
 */
public interface Logboek {

    /** Records a processing action that has ended. One record is written per data subject. */
    void registreer(String naam, Verwerkingsactiviteit activiteit, Collection<Betrokkene> betrokkenen,
            Instant start, boolean gelukt);

    /** Runs the action and records it, as failed when it throws. */
    default <T> T verwerk(String naam, Verwerkingsactiviteit activiteit, Collection<Betrokkene> betrokkenen,
            java.util.function.Supplier<T> actie) {
        Instant start = Instant.now();
        try {
            T resultaat = actie.get();
            registreer(naam, activiteit, betrokkenen, start, true);
            return resultaat;
        } catch (RuntimeException e) {
            registreer(naam, activiteit, betrokkenen, start, false);
            throw e;
        }
    }
}
