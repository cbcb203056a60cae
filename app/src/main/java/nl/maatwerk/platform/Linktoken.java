package nl.maatwerk.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret in a link that works without logging in (a Thermometer invitation, a questionnaire, a referral's answer):
 * 256 random bits, URL-safe. The database keeps only its SHA-256 hash, so neither a database copy nor an
 * administrator can rebuild a link or tie answers to it.
 */
public final class Linktoken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern VORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Linktoken() {
    }

    public static String nieuw() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A token that cannot have come from us is refused before any database lookup. */
    public static boolean heeftGeldigeVorm(String token) {
        return token != null && VORM.matcher(token).matches();
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
