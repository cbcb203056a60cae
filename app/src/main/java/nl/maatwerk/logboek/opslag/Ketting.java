package nl.maatwerk.logboek.opslag;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.maatwerk.logboek.LogboekRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hash of a record, over its fields in a fixed order and the hash before it. Since V18 it is an
 * HMAC-SHA256 with a key that only the application holds (maatwerk.logboek.sleutel), so whoever can
 * write the database but not read the application's configuration cannot compute a hash that fits.
 * Records up to the transition point (logboek.ketenovergang) were written before that with a plain
 * SHA-256 and keep it; see ADR 0004.
 */
@Component
class Ketting {

    static final String BEGIN = "0".repeat(64);

    private final SecretKeySpec sleutel;

    Ketting(@Value("${maatwerk.logboek.sleutel}") String sleutel) {
        if (sleutel == null || sleutel.isBlank()) {
            throw new IllegalStateException("Geen sleutel voor het logboek: zet MAATWERK_LOGBOEK_SLEUTEL");
        }
        this.sleutel = new SecretKeySpec(sleutel.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The keyed hash of a record written since V18. */
    String hash(LogboekRecord r) {
        return mac("record-v2\u001f" + inhoud(r));
    }

    /** The unkeyed hash of a record up to the transition point: anyone can compute it, so only the keyed chain after it and the anchors protect it. */
    static String ongesleuteld(LogboekRecord r) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud(r).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HMAC with the log's key over a text of its own kind (a record, an anchor), as hex. */
    String mac(String tekst) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            return HexFormat.of().formatHex(mac.doFinal(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 niet beschikbaar", e);
        }
    }

    /** Compares two hashes in constant time. */
    static boolean gelijk(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static String inhoud(LogboekRecord r) {
        return String.join("\u001f",
                Long.toString(r.volgnummer()), r.traceId(), r.spanId(), r.parentSpanId() == null ? "" : r.parentSpanId(),
                r.naam(), r.starttijd().toString(), r.eindtijd().toString(), r.status(), r.verwerkingsactiviteit(),
                r.betrokkeneId(), r.betrokkeneType(), r.actor(), r.vorigeHash());
    }
}
