package nl.maatwerk.platform;

import java.util.Map;

/**
 * A request refused because the account (or client) reached a limit on what it may ask at once or in a while: too many
 * searches, too many what-if runs waiting. Not the client's input and not the state of one resource, so not 400 or 409:
 * the API answers 429 Too Many Requests with a problem+json of this title and detail (Dutch, saying what to do), the
 * extra properties, and Retry-After when it is known when the limit frees up. A page that can keep what was typed
 * catches the subclass itself; any other page shows {@code error/429}.
 */
public class LimietBereiktException extends RuntimeException {

    private final String titel;
    private final long wachtSeconden;
    private final transient Map<String, Object> eigenschappen;

    /**
     * @param wachtSeconden whole seconds until the limit frees up (the value of Retry-After), or 0 when nobody knows,
     *        such as when it waits for a job to finish
     * @param eigenschappen extra members of the problem+json, such as the jobs still running
     */
    public LimietBereiktException(String titel, String reden, long wachtSeconden, Map<String, Object> eigenschappen) {
        super(reden);
        this.titel = titel;
        this.wachtSeconden = wachtSeconden;
        this.eigenschappen = Map.copyOf(eigenschappen);
    }

    public String titel() {
        return titel;
    }

    /** Seconds until the limit frees up, at least 1; 0 when unknown (then no Retry-After). */
    public long wachtSeconden() {
        return wachtSeconden;
    }

    public Map<String, Object> eigenschappen() {
        return eigenschappen;
    }
}
