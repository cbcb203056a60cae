package nl.maatwerk.logboek;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed pseudonyms (HMAC-SHA256) for data subjects in the log. The same person always gets the
 * same pseudonym, so an auditor can follow them, but the BSN cannot be read back without the key.
 */
@Component
@org.springframework.modulith.NamedInterface("intern")
public class Pseudoniemen {

    private final SecretKeySpec sleutel;

    Pseudoniemen(@Value("${maatwerk.pseudoniem-sleutel}") String sleutel) {
        this.sleutel = new SecretKeySpec(sleutel.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String van(Betrokkene betrokkene) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            byte[] uit = mac.doFinal((betrokkene.type().name() + ":" + betrokkene.id()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(uit);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 niet beschikbaar", e);
        }
    }
}
