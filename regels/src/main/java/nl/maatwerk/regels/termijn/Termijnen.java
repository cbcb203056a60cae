package nl.maatwerk.regels.termijn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The legal terms that start with a request for help, read from {@code termijnen.csv}: each with
 * its length, its source and the date from which it applies. A term in weeks that ends on a
 * Saturday, Sunday or public holiday runs on to the next working day (Algemene termijnenwet art. 1).
 */
public final class Termijnen {

    public static final String ATW_VERLENGING = "jci1.3:c:BWBR0002448&artikel=1";

    public enum Eenheid { WEKEN, WERKDAGEN }

    /** One term as the data file describes it. */
    public record Termijn(String code, String omschrijving, int duur, Eenheid eenheid, String bron, LocalDate geldigVanaf,
            String status, String toelichting) {

        public boolean bevestigd() {
            return "bevestigd".equals(status);
        }
    }

    /** The outcome for a start date: the last day, and how it was reached. */
    public record Uitkomst(Termijn termijn, LocalDate start, LocalDate uitersteDatum, boolean verlengdDoorAtw) {
    }

    private final List<Termijn> termijnen;

    private Termijnen(List<Termijn> termijnen) {
        this.termijnen = List.copyOf(termijnen);
    }

    public static Termijnen standaard() {
        try (InputStream in = Termijnen.class.getResourceAsStream("termijnen.csv")) {
            return lees(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Termijnen lees(InputStream in) throws IOException {
        List<Termijn> lijst = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String regel;
            while ((regel = r.readLine()) != null) {
                if (regel.isBlank() || regel.startsWith("#")) {
                    continue;
                }
                String[] v = regel.split(";", -1);
                lijst.add(new Termijn(v[0], v[1], Integer.parseInt(v[2]), Eenheid.valueOf(v[3].toUpperCase(java.util.Locale.ROOT)),
                        v[4], LocalDate.parse(v[5]), v[6], v[7]));
            }
        }
        return new Termijnen(lijst);
    }

    public List<Termijn> alle() {
        return termijnen;
    }

    /** The version of a term that applies on a date; empty when the data has none for that date. */
    public Optional<Termijn> geldig(String code, LocalDate op) {
        return termijnen.stream()
                .filter(t -> t.code().equals(code) && !t.geldigVanaf().isAfter(op))
                .max(Comparator.comparing(Termijn::geldigVanaf));
    }

    /** The last day of a term that starts on {@code start}; refuses a date for which no version applies. */
    public Uitkomst bereken(String code, LocalDate start) {
        Termijn t = geldig(code, start).orElseThrow(() -> new IllegalArgumentException(
                "Geen termijn '" + code + "' bekend die geldt op " + start));
        if (t.eenheid() == Eenheid.WERKDAGEN) {
            return new Uitkomst(t, start, Werkdagen.plus(start, t.duur()), false);
        }
        LocalDate eind = start.plusWeeks(t.duur());
        LocalDate verlengd = Werkdagen.eersteWerkdagVanaf(eind);
        return new Uitkomst(t, start, verlengd, !verlengd.equals(eind));
    }

}
