package nl.maatwerk.dossier.scan;

/**
 * The hook point for a virus scanner: every upload goes past every bean of this type before it is
 * stored, and one refusal (or a scanner that fails) stops it. The app itself ships {@link GeenVirusscan},
 * which checks nothing; a municipality adds its own (a ClamAV daemon, the scanner of its document
 * platform) as another bean.
 */
public interface Virusscanner {

    /** What a scanner found: clean, or refused with a reason a user may read (in Dutch). */
    record Uitslag(boolean schoon, String reden) {

        public static Uitslag goedgekeurd() {
            return new Uitslag(true, null);
        }

        public static Uitslag geweigerd(String reden) {
            return new Uitslag(false, reden);
        }
    }

    Uitslag scan(String bestandsnaam, byte[] inhoud);
}
