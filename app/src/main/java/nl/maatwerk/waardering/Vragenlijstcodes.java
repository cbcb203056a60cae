package nl.maatwerk.waardering;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.maatwerk.besluit.BesluitSoort;
import nl.maatwerk.besluit.Vragenlijstcode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The code in a decision letter (issue 17): 8 characters of Crockford's base32 in two groups ("K7QM-4XPT"), 40 bits,
 * derived from the decision's id with HMAC-SHA256 under a key that only the application holds. The same decision
 * always gets the same code, so the letter can be shown again, while the database keeps only a keyed hash of it
 * (on the invitation, {@code waardering.uitnodiging.code_hash}). Why 40 bits with a limit on guessing are enough:
 * docs/waardering.md.
 *
 * <p>The key is {@code maatwerk.waardering.codesleutel}, by default the pseudonym key; from it a key of its own is
 * derived, so a code says nothing about pseudonyms and the other way round.
 */
@Component
class Vragenlijstcodes implements Vragenlijstcode {

    /** Crockford's base32: no I, L, O or U, so nothing on paper looks like something else. */
    static final String ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTE = 8;

    private final SecretKeySpec sleutel;
    private final String adres;

    Vragenlijstcodes(@Value("${maatwerk.waardering.codesleutel}") String geheim, @Value("${maatwerk.waardering.vragenlijstadres:}") String adres) {
        if (geheim == null || geheim.isBlank()) {
            throw new IllegalStateException("maatwerk.waardering.codesleutel ontbreekt");
        }
        this.sleutel = new SecretKeySpec(mac(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                "maatwerk.waardering.vragenlijstcode.v1"), "HmacSHA256");
        this.adres = adres == null ? "" : adres.strip();
    }

    @Override
    public Optional<Code> voorBesluit(UUID besluitId, BesluitSoort soort) {
        // Only what waardering invites for: a recovery is no help to rate.
        if (Uitnodigingsluisteraar.wet(soort) == null) {
            return Optional.empty();
        }
        return Optional.of(new Code(code(besluitId), adres(), Uitnodigingen.GELDIG_DAGEN));
    }

    /** The code for a decision, as printed. */
    String code(UUID besluitId) {
        byte[] h = mac(sleutel, "code:" + besluitId);
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (h[i] & 0xff);
        }
        StringBuilder s = new StringBuilder(LENGTE + 1);
        for (int i = LENGTE - 1; i >= 0; i--) {
            s.append(ALFABET.charAt((int) ((bits >>> (5 * i)) & 31)));
            if (i == LENGTE / 2) {
                s.append('-');
            }
        }
        return s.toString();
    }

    /** The keyed hash kept for a code (in its normal form, {@link #normaliseer}); without the key no code can be tried against it. */
    byte[] hash(String code) {
        return mac(sleutel, "opslag:" + code);
    }

    /** The keyed hash of the code printed for a decision, as the invitation after it keeps it. */
    byte[] hashVanBesluit(UUID besluitId) {
        return hash(normaliseer(code(besluitId)).orElseThrow());
    }

    /** The keyed hash of an address group, for counting attempts without keeping the address. */
    byte[] adreshash(String groep) {
        return mac(sleutel, "adres:" + groep);
    }

    /**
     * What a resident typed, in the normal form: upper case, without spaces and dashes, with O read as 0 and I or L
     * as 1 (Crockford). Empty when it cannot be a code: then there is no need to look it up or count it.
     */
    static Optional<String> normaliseer(String invoer) {
        if (invoer == null) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder();
        for (char c : invoer.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\u2010' || c == '\u2013' || c == '.' || Character.isWhitespace(c)) {
                continue;
            }
            char n = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALFABET.indexOf(n) < 0) {
                return Optional.empty();
            }
            s.append(n);
        }
        return s.length() == LENGTE ? Optional.of(s.toString()) : Optional.empty();
    }

    /** The printed form of a code in normal form: two groups of four. */
    static String opgemaakt(String normaal) {
        return normaal.substring(0, LENGTE / 2) + "-" + normaal.substring(LENGTE / 2);
    }

    /**
     * The group an address counts in: an IPv4 address itself, an IPv6 address by its /64, because one home or phone
     * gets a whole /64 and could otherwise try from millions of addresses.
     */
    static String adresgroep(String adres) {
        if (adres == null || adres.isBlank()) {
            return "onbekend";
        }
        try {
            // ofLiteral only parses; it never asks DNS.
            byte[] b = InetAddress.ofLiteral(adres.strip()).getAddress();
            return b.length == 16 ? "v6:" + java.util.HexFormat.of().formatHex(Arrays.copyOf(b, 8)) : "v4:" + adres.strip();
        } catch (IllegalArgumentException e) {
            return "anders:" + adres.strip();
        }
    }

    /**
     * Where the resident types the code: the configured short address, else this server's own address (without
     * "https://", as one writes it on paper) when a request is under way, else the path alone.
     */
    String adres() {
        if (!adres.isEmpty()) {
            return adres;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path("/vragenlijst").toUriString().replaceFirst("^https?://", "");
        }
        return "/vragenlijst";
    }

    private static byte[] mac(SecretKeySpec sleutel, String tekst) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            return mac.doFinal(tekst.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
