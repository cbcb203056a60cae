package nl.maatwerk.platform;

import java.net.URI;
import org.springframework.http.ResponseEntity;

/**
 * The version contract of the API in one place (docs/conventies.md, "Optimistische vergrendeling"): a
 * resource that can change shows its version as its ETag ({@code "3"}), and a change sends that back in
 * If-Match. This class reads the header and writes the ETag, so every resource spells both the same way.
 */
public final class IfMatch {

    /** For an operation's description in the OpenAPI document: the contract in one sentence. */
    public static final String OPENAPI = "Geef in If-Match de versie mee waarop u voortbouwt: de ETag van het laatste antwoord, "
            + "bijvoorbeeld \"3\". Zonder If-Match komt 428; met een oudere versie 409, met de versie van nu in huidigeVersie en in de ETag. "
            + "Het antwoord draagt de nieuwe versie als ETag.";

    /** For the If-Match parameter in the OpenAPI document. */
    public static final String PARAMETER = "De versie waarop u voortbouwt: de ETag van het laatste antwoord, bijvoorbeeld \"3\"";

    private IfMatch() {
    }

    /** Null when the header is absent; a 400 naming If-Match when it is not a number ("3", "\"3\"" or W/"3"). */
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

    /** The ETag of a resource at this version: the number in quotes, which {@link #versie} reads back. */
    public static String etag(int versie) {
        return "\"" + versie + "\"";
    }

    /** 200 with the resource and its version as ETag: for a read and for the answer to a change. */
    public static <T> ResponseEntity<T> ok(T body, int versie) {
        return ResponseEntity.ok().eTag(etag(versie)).body(body);
    }

    /** 201 for something new, with where it is and its first version as ETag, so the next change needs no read first. */
    public static <T> ResponseEntity<T> aangemaakt(URI waar, T body, int versie) {
        return ResponseEntity.created(waar).eTag(etag(versie)).body(body);
    }
}
