package nl.maatwerk.waardering;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret in an invitation link: 256 random bits, URL-safe. The database keeps only its SHA-256 hash, so
 * neither a database copy nor an administrator can rebuild a link.
 */
final class Linktoken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern VORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Linktoken() {
    }

    static String nieuw() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A token that cannot have come from us is refused before any database lookup. */
    static boolean heeftGeldigeVorm(String token) {
        return token != null && VORM.matcher(token).matches();
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
