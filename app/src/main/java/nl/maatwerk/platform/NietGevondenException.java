package nl.maatwerk.platform;

/**
 * The thing asked for does not exist, or the user has no relation with it. Both answer the same,
 * so that a response never reveals that a household exists.
 */
public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String wat) {
        super(wat + " niet gevonden");
    }
}
