package nl.maatwerk.regels;

import java.util.Objects;

/**
 * Burgerservicenummer: nine digits that pass the 11-proef.
 *
 * <p>The 11-proef: 9a + 8b + 7c + 6d + 5e + 4f + 3g + 2h - 1i is divisible by 11, and the number is
 * not all zeros. A value of this type is always valid; use {@link #isGeldig(String)} to test input.
 */
public record Bsn(String waarde) {

    public Bsn {
        Objects.requireNonNull(waarde, "waarde");
        if (!isGeldig(waarde)) {
            throw new IllegalArgumentException("Geen geldig burgerservicenummer");
        }
    }

    public static Bsn van(String waarde) {
        return new Bsn(waarde);
    }

    /** True when the text is exactly nine digits that pass the 11-proef. */
    public static boolean isGeldig(String tekst) {
        if (tekst == null || tekst.length() != 9) {
            return false;
        }
        int som = 0;
        boolean alleenNullen = true;
        for (int i = 0; i < 9; i++) {
            char c = tekst.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int cijfer = c - '0';
            alleenNullen &= cijfer == 0;
            som += (i < 8 ? (9 - i) : -1) * cijfer;
        }
        return !alleenNullen && som % 11 == 0;
    }

    /**
     * The smallest valid BSN at or after the given number, or -1 when there is none below 10^9.
     * Used to hand out test numbers (the 999 range) in order.
     */
    public static long volgendeGeldige(long vanaf) {
        for (long n = Math.max(vanaf, 1); n < 1_000_000_000L; n++) {
            if (elfproef(n)) {
                return n;
            }
        }
        return -1;
    }

    /** The 11-proef on the nine digits of {@code n} (1 up to 10^9), without making a text of it: the demo city hands out thousands. */
    private static boolean elfproef(long n) {
        long rest = n;
        // The last digit weighs -1, the others 2 up to 9 from right to left.
        int som = -(int) (rest % 10);
        rest /= 10;
        for (int gewicht = 2; gewicht <= 9; gewicht++) {
            som += gewicht * (int) (rest % 10);
            rest /= 10;
        }
        return som % 11 == 0;
    }

    @Override
    public String toString() {
        // A BSN is personal data: keep it out of logs and exception messages by accident.
        return "Bsn[***" + waarde.substring(6) + "]";
    }
}
