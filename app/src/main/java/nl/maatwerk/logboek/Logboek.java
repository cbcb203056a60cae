package nl.maatwerk.logboek;

import java.time.Instant;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * The Logboek Dataverwerkingen: every read and write of personal data leaves one record per data
 * subject. Callers say what they did to whom; the log adds the trace, the actor and the chain.
 */
public interface Logboek {

    /** Records a processing action that has ended. One record is written per data subject. */
    void registreer(String naam, Verwerkingsactiviteit activiteit, Collection<Betrokkene> betrokkenen,
            Instant start, boolean gelukt);

    /** Runs the action and records it, as failed when it throws; start and end come from the app's clock. */
    <T> T verwerk(String naam, Verwerkingsactiviteit activiteit, Collection<Betrokkene> betrokkenen, Supplier<T> actie);
}
