package nl.maatwerk.platform;

/**
 * A change that must say which version it was based on did not. The API answers 428 (Precondition
 * Required): without If-Match a client could approve or overwrite content it never saw.
 */
public class VersieOntbreektException extends RuntimeException {

    public VersieOntbreektException(String bericht) {
        super(bericht);
    }

    /**
     * The version the client read, or this exception when it gave none (docs/conventies.md,
     * "Optimistische vergrendeling"). {@code wat} names the thing in Dutch ("het huishouden").
     */
    public static int vereis(Integer versie, String wat, int huidige) {
        if (versie == null) {
            throw new VersieOntbreektException("Geef de versie van " + wat + " mee die u las (If-Match), bijvoorbeeld \"" + huidige + "\".");
        }
        return versie;
    }
}
