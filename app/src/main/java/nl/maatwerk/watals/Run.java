package nl.maatwerk.watals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A what-if run as stored: its reform, progress and, when done, its aggregates. Variant 0 is the
 * baseline (the parameter set as it is), variant 1 the reform. Amounts in cents; a null number is
 * hidden because its group is small.
 */
public record Run(UUID id, String naam, Runstatus status, LocalDate peildatum, String gestartDoor, Instant gestartOp, Instant klaarOp,
        int totaal, int klaar, int nietBerekend, String fout, List<Wijziging> wijzigingen, List<Uitkomst> uitkomsten) {

    /** One changed parameter: the new value, and the value and source it had on the peildatum. */
    public record Wijziging(String parameter, BigDecimal waarde, BigDecimal was, String bron) {
    }

    /** One group under one variant. */
    public record Uitkomst(int variant, String dimensie, String groep, Long huishoudens, Long kostenPerJaar, Long kostenPerJaarBasis,
            Long onderMinimum, Long onderMinimumBasis, Long inBijstand, Long winnaars, Long verliezers, Long gemiddeldeWinstPerMaand,
            Long gemiddeldVerliesPerMaand) {
    }

    /** Percentage of the households done, 0-100. */
    public int procent() {
        return totaal == 0 ? (status.isEindstand() ? 100 : 0) : (int) (100L * klaar / totaal);
    }

    public List<Uitkomst> van(int variant, String dimensie) {
        return uitkomsten.stream().filter(u -> u.variant() == variant && u.dimensie().equals(dimensie)).toList();
    }

    /** The row for all households under a variant, if shown. */
    public java.util.Optional<Uitkomst> totaalVan(int variant) {
        return van(variant, "totaal").stream().findFirst();
    }
}
