package nl.maatwerk.platform;

/**
 * The request is valid but does not fit the current state: a stale version, or a step the state
 * machine does not allow from here. The API answers 409 with the Dutch message.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String bericht) {
        super(bericht);
    }
}
