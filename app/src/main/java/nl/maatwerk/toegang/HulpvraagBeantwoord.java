package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An event toegang reacts to: a request for help was answered, because a decision on it was sent to
 * the resident. The clocks the decision answers stop and the request moves on to "besluit genomen"
 * ({@link HulpvraagBeantwoordListener}). The besluit module's {@code BesluitVerzonden} implements
 * this, so toegang hears of it without depending on besluit, which depends on toegang (see
 * docs/gebeurtenissen.md).
 */
public interface HulpvraagBeantwoord {

    /** The request answered; null when the decision answered no request (the municipality started it itself). */
    UUID hulpvraagId();

    /** Why the request moves on, for its history, e.g. "Besluit verzonden: bijzondere bijstand". */
    String reden();

    /**
     * The day the answer went out, in the app's time zone. The clocks stop on this day, not on the day the event is
     * delivered: a delivery retried after midnight must not make a deadline that was met look late.
     */
    LocalDate beantwoordOp();
}
