package nl.maatwerk.platform;

import java.time.Instant;
import java.util.Map;

/**
 * A search refused because the account searched too often ({@link Zoekrem}), with a Dutch message
 * that says when searching is possible again. The API answers 429 with Retry-After.
 */
public class TeVaakGezochtException extends LimietBereiktException {

    private final Instant weerMogelijk;

    public TeVaakGezochtException(String reden, Instant weerMogelijk, long wachtSeconden) {
        super("Te veel zoekvragen", reden, wachtSeconden, Map.of());
        this.weerMogelijk = weerMogelijk;
    }

    /** From this moment the account may search again. */
    public Instant weerMogelijk() {
        return weerMogelijk;
    }
}
