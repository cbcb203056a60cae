package nl.maatwerk.inwoner.api;

import nl.maatwerk.platform.OngeldigeInvoerException;

/** Optimistic locking over HTTP: the version a client last saw, in If-Match. */
final class Versie {

    private Versie() {
    }

    static Integer uitIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String waarde = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Integer.parseInt(waarde);
        } catch (NumberFormatException e) {
            throw new OngeldigeInvoerException("If-Match", "format", "If-Match bevat de versie als getal, bijvoorbeeld \"3\".");
        }
    }
}
