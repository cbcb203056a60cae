package nl.maatwerk.platform;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a form showed of a resource when it was opened, as label → value in Dutch ("Naam" → "Familie
 * Jansen"). A page puts it in the hidden field {@code basis} next to the version; after a stale submit
 * (docs/conventies.md, "Optimistische vergrendeling") it is compared with the resource as it is now, so the
 * page can say what someone else changed meanwhile, not only that they did.
 *
 * <p>It only explains: the version decides whether a save goes through. A tampered or garbled field is
 * read as empty, and the page then says that it changed without the list.
 */
public record Momentopname(Map<String, String> waarden) {

    /** Longer than any form we render; a larger field is not one of ours. */
    private static final int MAXIMUM = 200_000;

    public Momentopname {
        waarden = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(waarden));
    }

    /** One thing that differs: {@code was} null when it is new, {@code nu} null when it is gone. */
    public record Verschil(String wat, String was, String nu) implements java.io.Serializable {

        /** One line for a person, for example: Telefoonnummer: was "070 123 45 67", nu "06 1234 5678". */
        public String tekst() {
            if (was == null) {
                return wat + ": nieuw" + (nu.isEmpty() ? "" : ", " + nu);
            }
            if (nu == null) {
                return wat + ": weggehaald" + (was.isEmpty() ? "" : " (was " + was + ")");
            }
            return wat + ": was " + leesbaar(was) + ", nu " + leesbaar(nu);
        }

        private static String leesbaar(String waarde) {
            return waarde.isEmpty() ? "leeg" : "\u201c" + waarde + "\u201d";
        }
    }

    /** Builds one in the order given; a null value is shown as empty. */
    public static Builder met() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, String> waarden = new LinkedHashMap<>();

        public Builder waarde(String wat, Object waarde) {
            String tekst = waarde == null ? "" : waarde.toString().strip();
            // Two things with the same label (two network contacts with one name) stay apart.
            String sleutel = wat;
            for (int n = 2; waarden.containsKey(sleutel); n++) {
                sleutel = wat + " (" + n + ")";
            }
            waarden.put(sleutel, tekst);
            return this;
        }

        public Momentopname klaar() {
            return new Momentopname(waarden);
        }
    }

    /** The value of the hidden field: URL-encoded pairs, in Base64 so no character of the values can break the form. */
    public String alsVeld() {
        StringBuilder s = new StringBuilder();
        waarden.forEach((k, v) -> s.append(s.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The field read back; empty when it is missing or not one of ours. */
    public static Momentopname uitVeld(String veld) {
        Map<String, String> waarden = new LinkedHashMap<>();
        if (veld == null || veld.isBlank() || veld.length() > MAXIMUM) {
            return new Momentopname(waarden);
        }
        try {
            String tekst = new String(Base64.getUrlDecoder().decode(veld.strip()), StandardCharsets.UTF_8);
            for (String paar : tekst.split("&")) {
                int is = paar.indexOf('=');
                if (is <= 0) {
                    return new Momentopname(Map.of());
                }
                waarden.put(URLDecoder.decode(paar.substring(0, is), StandardCharsets.UTF_8),
                        URLDecoder.decode(paar.substring(is + 1), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException onleesbaar) {
            return new Momentopname(Map.of());
        }
        return new Momentopname(waarden);
    }

    public boolean isLeeg() {
        return waarden.isEmpty();
    }

    /** What differs from {@code nu}: changed and removed in this one's order, then what is new. */
    public List<Verschil> verschillenMet(Momentopname nu) {
        List<Verschil> verschillen = new ArrayList<>();
        waarden.forEach((wat, was) -> {
            String daar = nu.waarden.get(wat);
            if (!Objects.equals(was, daar)) {
                verschillen.add(new Verschil(wat, was, daar));
            }
        });
        nu.waarden.forEach((wat, waarde) -> {
            if (!waarden.containsKey(wat)) {
                verschillen.add(new Verschil(wat, null, waarde));
            }
        });
        return verschillen;
    }
}
