package nl.maatwerk.platform;

/**
 * A change that must say which version it was based on did not. The API answers 428 (Precondition
 * Required): without If-Match a client could approve or overwrite content it never saw.
 */
public class VersieOntbreektException extends RuntimeException {

    public VersieOntbreektException(String bericht) {
        super(bericht);
    }
}
