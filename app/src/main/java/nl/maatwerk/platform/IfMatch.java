package nl.maatwerk.platform;

/** The version a client says it read, from an If-Match header ("3", "\"3\"" or W/"3"). */
public final class IfMatch {

    private IfMatch() {
    }

    /** Null when the header is absent; a 400 naming If-Match when it is not a number. */
    public static Integer versie(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new OngeldigeInvoerException("If-Match", "format", "If-Match bevat de versie als getal, bijvoorbeeld \"3\".");
        }
    }
}
