package nl.maatwerk.regels.hervorming;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.maatwerk.regels.bulk.Bulk;
import nl.maatwerk.regels.inkomen.Parameters;

/**
 * The bulk command's output row for a household, as {@link Bulk.Rekenaar} gives it, worked out once per
 * combination of age classes, exceptions and recovery: the explained route for AOW households is
 * otherwise most of a population run. The row after the id depends on nothing else (tests compare
 * every row with the bulk command). Not thread-safe: one per task.
 */
public final class Basisregels {

    private record Sleutel(long peildatum, long klassen, long terugvordering, long aflossing) {
    }

    private final Parameters parameters;
    private final Bulk.Rekenaar rekenaar;
    private final Map<Sleutel, String> bekend = new HashMap<>();
    private long klassenDatum = Long.MIN_VALUE;
    private Leeftijdsklassen klassen;

    public Basisregels(Parameters parameters) {
        this.parameters = parameters;
        this.rekenaar = new Bulk.Rekenaar(parameters);
    }

    /** The OUT.csv row; throws with the rules' Dutch reason when they refuse the household. */
    public String bereken(Huishouden h) {
        if (h.peildatum() != klassenDatum) {
            try {
                klassen = new Leeftijdsklassen(LocalDate.ofEpochDay(h.peildatum()), parameters);
            } catch (RuntimeException e) {
                klassen = null; // no parameters for this date: the rules say why
            }
            klassenDatum = h.peildatum();
        }
        long k = klassen == null ? Leeftijdsklassen.GEEN : klassen.sleutel(h);
        if (k == Leeftijdsklassen.GEEN) {
            return rekenaar.bereken(h.alsInRegel());
        }
        Sleutel sleutel = new Sleutel(h.peildatum(), k, h.terugvordering(), h.aflossing());
        String rest = bekend.get(sleutel);
        if (rest == null) {
            try {
                String rij = rekenaar.bereken(h.alsInRegel());
                rest = rij.substring(h.id().length());
            } catch (IllegalArgumentException e) {
                rest = "\u0000" + e.getMessage();
            }
            bekend.put(sleutel, rest);
        }
        if (rest.charAt(0) == '\u0000') {
            throw new IllegalArgumentException(rest.substring(1));
        }
        return h.id() + rest;
    }
}
