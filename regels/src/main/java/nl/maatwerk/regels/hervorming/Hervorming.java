package nl.maatwerk.regels.hervorming;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.maatwerk.regels.inkomen.Parameters;

/**
 * One variant of a reform: new values for parameters of the managed parameter set, applied from the
 * peildatum on. Nothing else changes, so every difference in the results traces back to these values.
 * The file format is a CSV with header {@code variant,parameter,waarde}; a parameter switched off is
 * a value as the set knows it (for example {@code kostendeler-minimumleeftijd,200}: nobody counts).
 */
public record Hervorming(String naam, Map<String, BigDecimal> wijzigingen) implements Serializable {

    public static final String BASIS = "basis";

    public Hervorming {
        wijzigingen = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(wijzigingen));
    }

    /** The baseline: the parameter set as it is. */
    public static Hervorming basis() {
        return new Hervorming(BASIS, Map.of());
    }

    /** The parameter set with this variant's values, valid from {@code peildatum}. */
    public Parameters toepassen(Parameters basis, LocalDate peildatum) {
        if (wijzigingen.isEmpty()) {
            return basis;
        }
        List<Parameters.Parameter> lijst = new ArrayList<>(basis.alle());
        for (Map.Entry<String, BigDecimal> w : wijzigingen.entrySet()) {
            String was = basis.geldig(w.getKey(), peildatum).map(p -> p.waarde().toPlainString()).orElse("geen waarde");
            lijst.add(new Parameters.Parameter(w.getKey(), w.getValue(), peildatum, "hervorming:" + naam, "te verifiëren",
                    "Wat-als-variant " + naam + ": " + w.getKey() + " van " + was + " naar " + w.getValue().toPlainString()));
        }
        return Parameters.van(lijst);
    }

    /**
     * Reads a reform file. Every parameter must exist in {@code bekend}; the reasons for refusing are
     * Dutch and name the line.
     */
    public static List<Hervorming> lees(Reader bron, Parameters bekend) throws IOException {
        Set<String> namen = new TreeSet<>();
        bekend.alle().forEach(p -> namen.add(p.naam()));
        Map<String, Map<String, BigDecimal>> varianten = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(bron);
        String kop = r.readLine();
        if (kop == null || !kop.strip().replace(" ", "").equals("variant,parameter,waarde")) {
            throw new IllegalArgumentException("Het hervormingsbestand begint niet met de kop 'variant,parameter,waarde'");
        }
        String regel;
        int nummer = 1;
        while ((regel = r.readLine()) != null) {
            nummer++;
            if (regel.isBlank() || regel.startsWith("#")) {
                continue;
            }
            String[] v = regel.split(",", -1);
            if (v.length != 3) {
                throw new IllegalArgumentException("Regel " + nummer + " van het hervormingsbestand heeft " + v.length + " velden in plaats van 3");
            }
            String variant = v[0].strip();
            String parameter = v[1].strip();
            if (variant.isEmpty() || variant.equals(BASIS) || !variant.matches("[\\p{L}0-9_.+%-]+")) {
                throw new IllegalArgumentException("Regel " + nummer + ": '" + variant
                        + "' is geen bruikbare naam voor een variant (letters, cijfers, - _ . + %; niet 'basis')");
            }
            if (!namen.contains(parameter)) {
                throw new IllegalArgumentException("Regel " + nummer + ": de parameter '" + parameter + "' bestaat niet. Bekend zijn: " + String.join(", ", namen));
            }
            BigDecimal waarde;
            try {
                waarde = new BigDecimal(v[2].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Regel " + nummer + ": de waarde '" + v[2] + "' is geen getal als 2400 of 0.30");
            }
            if (waarde.signum() < 0) {
                throw new IllegalArgumentException("Regel " + nummer + ": de waarde " + v[2] + " is negatief");
            }
            // Shares are fractions in the parameter set; "30" for 30% would silently mean 3000%.
            if (parameter.endsWith("-aandeel") && waarde.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("Regel " + nummer + ": " + parameter + " is een deel van 0 tot 1; schrijf 30% als 0.30, niet als "
                        + v[2].strip());
            }
            if (varianten.computeIfAbsent(variant, k -> new LinkedHashMap<>()).put(parameter, waarde) != null) {
                throw new IllegalArgumentException("Regel " + nummer + ": de variant " + variant + " noemt " + parameter + " twee keer");
            }
        }
        if (varianten.isEmpty()) {
            throw new IllegalArgumentException("Het hervormingsbestand noemt geen enkele variant");
        }
        List<Hervorming> uit = new ArrayList<>();
        varianten.forEach((n, w) -> uit.add(new Hervorming(n, w)));
        return uit;
    }

    /** The names of the norms that a synthetic variant raises: every bijstandsnorm in the set. */
    public static List<String> normen(Parameters parameters) {
        return parameters.alle().stream().map(Parameters.Parameter::naam).filter(n -> n.startsWith("pw-norm-")).distinct().sorted().toList();
    }

    /** K synthetic variants for benchmarks: every norm raised by 1%, 2%, …, K% (rounded to cents). */
    public static List<Hervorming> synthetisch(int aantal, Parameters parameters, LocalDate peildatum) {
        List<Hervorming> uit = new ArrayList<>();
        for (int k = 1; k <= aantal; k++) {
            Map<String, BigDecimal> w = new LinkedHashMap<>();
            BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(k, 2));
            for (String norm : normen(parameters)) {
                parameters.geldig(norm, peildatum).ifPresent(p -> w.put(norm, p.waarde().multiply(factor).setScale(2, RoundingMode.HALF_UP)));
            }
            uit.add(new Hervorming("normen+" + k + "%", w));
        }
        return uit;
    }
}
