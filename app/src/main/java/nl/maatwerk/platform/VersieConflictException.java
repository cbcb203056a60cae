package nl.maatwerk.platform;

/**
 * Someone saved a newer version since the client read it (docs/conventies.md, "Optimistische
 * vergrendeling"). The API answers 409 with the current version (as ETag and {@code huidigeVersie});
 * a form shows it as an error on the field {@code versie}, which is why this is a kind of invalid input.
 */
public class VersieConflictException extends OngeldigeInvoerException {

    private final Integer huidigeVersie;

    public VersieConflictException(String bericht) {
        this(bericht, null);
    }

    /** {@code huidigeVersie}: the version now stored, when known; null when it is not. */
    public VersieConflictException(String bericht, Integer huidigeVersie) {
        super("versie", "conflict", bericht);
        this.huidigeVersie = huidigeVersie;
    }

    public Integer huidigeVersie() {
        return huidigeVersie;
    }

    /**
     * The version check before anything else is looked at (after need-to-know): 428 without a version,
     * 409 ({@code verouderd}) when it is not {@code huidige}. So a client that read an old state hears
     * that, not a rule error about a state it never saw. The write itself still names the version
     * ({@code where versie = ?}), for whoever saves between this check and the write.
     */
    public static int vereisActueel(Integer versie, String wat, int huidige, java.util.function.Supplier<VersieConflictException> verouderd) {
        int gelezen = VersieOntbreektException.vereis(versie, wat, huidige);
        if (gelezen != huidige) {
            throw verouderd.get();
        }
        return gelezen;
    }
}
