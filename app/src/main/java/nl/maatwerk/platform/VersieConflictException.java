package nl.maatwerk.platform;

/**
 * Someone saved a newer version since the client read it (docs/conventies.md, "Optimistische
 * vergrendeling"). The API answers 409; a form shows it as an error on the field {@code versie},
 * which is why this is a kind of invalid input.
 */
public class VersieConflictException extends OngeldigeInvoerException {

    public VersieConflictException(String bericht) {
        super("versie", "conflict", bericht);
    }
}
