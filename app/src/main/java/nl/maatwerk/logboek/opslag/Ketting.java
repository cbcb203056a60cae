package nl.maatwerk.logboek.opslag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.maatwerk.logboek.LogboekRecord;

/** The hash of a record: SHA-256 over its fields in a fixed order and the hash before it. */
final class Ketting {

    static final String BEGIN = "0".repeat(64);

    private Ketting() {
    }

    static String hash(LogboekRecord r) {
        String inhoud = String.join("\u001f",
                Long.toString(r.volgnummer()), r.traceId(), r.spanId(), r.parentSpanId() == null ? "" : r.parentSpanId(),
                r.naam(), r.starttijd().toString(), r.eindtijd().toString(), r.status(), r.verwerkingsactiviteit(),
                r.betrokkeneId(), r.betrokkeneType(), r.actor(), r.vorigeHash());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
