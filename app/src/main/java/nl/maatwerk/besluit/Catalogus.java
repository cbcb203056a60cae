package nl.maatwerk.besluit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.maatwerk.regels.inkomen.Regel;
import org.springframework.stereotype.Component;

/**
 * The intents of each law (step 3 of the toets) and the powers to deviate (step 5), kept as data
 * files with a juriconnect source per line so a municipality can extend them without code.
 */
@Component
@org.springframework.modulith.NamedInterface("intern")
public class Catalogus {

    public record Bedoeling(BesluitSoort soort, String code, String tekst, String bron) {
    }

    public record Bevoegdheid(Set<BesluitSoort> soorten, String code, String naam, String bron, String uitleg) {
    }

    private final List<Bedoeling> bedoelingen;
    private final List<Bevoegdheid> bevoegdheden;

    public Catalogus() {
        this.bedoelingen = lees("bedoelingen.csv", 4, v -> new Bedoeling(BesluitSoort.vanCode(v[0]), v[1], v[2], bron(v[3])));
        this.bevoegdheden = lees("bevoegdheden.csv", 5, v -> new Bevoegdheid(soorten(v[0]), v[1], v[2], bron(v[3]), v[4]));
    }

    public List<Bedoeling> bedoelingen(BesluitSoort soort) {
        return bedoelingen.stream().filter(b -> b.soort() == soort).toList();
    }

    public Optional<Bedoeling> bedoeling(BesluitSoort soort, String code) {
        return bedoelingen(soort).stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public List<Bevoegdheid> bevoegdheden(BesluitSoort soort) {
        return bevoegdheden.stream().filter(b -> b.soorten().contains(soort)).toList();
    }

    public Optional<Bevoegdheid> bevoegdheid(BesluitSoort soort, String code) {
        return bevoegdheden(soort).stream().filter(b -> b.code().equals(code)).findFirst();
    }

    private static Set<BesluitSoort> soorten(String veld) {
        if (veld.equals("*")) {
            return Set.of(BesluitSoort.values());
        }
        return Arrays.stream(veld.split(",")).map(String::strip).map(BesluitSoort::vanCode).collect(Collectors.toUnmodifiableSet());
    }

    /** Every source must be a juriconnect reference to an article, like the rules library's. */
    private static String bron(String bron) {
        if (!Regel.BRON.matcher(bron).matches()) {
            throw new IllegalStateException("Geen geldige juriconnect-bron in de catalogus: " + bron);
        }
        return bron;
    }

    private static <T> List<T> lees(String bestand, int velden, Function<String[], T> maak) {
        try (InputStream in = Catalogus.class.getResourceAsStream(bestand)) {
            if (in == null) {
                throw new IllegalStateException("Het bestand " + bestand + " ontbreekt");
            }
            List<T> lijst = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String regel;
            while ((regel = r.readLine()) != null) {
                if (regel.isBlank() || regel.startsWith("#")) {
                    continue;
                }
                String[] v = regel.split(";", velden);
                if (v.length != velden) {
                    throw new IllegalStateException(bestand + ": een regel heeft geen " + velden + " velden: " + regel);
                }
                lijst.add(maak.apply(v));
            }
            return List.copyOf(lijst);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
