package nl.maatwerk.platform;

import java.time.Instant;

/**
 * A search refused because the account searched too often ({@link Zoekrem}), with a Dutch message
 * that says when searching is possible again. The API answers 429 with Retry-After.
 */
public class TeVaakGezochtException extends RuntimeException {

    private final Instant weerMogelijk;
    private final long wachtSeconden;

    public TeVaakGezochtException(String reden, Instant weerMogelijk, long wachtSeconden) {
        super(reden);
        this.weerMogelijk = weerMogelijk;
        this.wachtSeconden = wachtSeconden;
    }

    /** From this moment the account may search again. */
    public Instant weerMogelijk() {
        return weerMogelijk;
    }

    /** Whole seconds until then, at least 1: the value of Retry-After. */
    public long wachtSeconden() {
        return wachtSeconden;
    }
}
