package nl.maatwerk.watals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A what-if run as stored: its variants, progress and, when done, its aggregates. Variant 0 is the
 * baseline (the parameter set as it is), variants 1..n the reforms, each with its own name and changes.
 * Amounts in cents; a null number is hidden because its group is small.
 *
 * @param fase where a running job is: {@link #WACHTEN}, {@link #VERZAMELEN} (klaar of totaal households
 *        gathered), {@link #DOORREKENEN} (klaar of totaal computed) or {@link #KLAAR}
 * @param rekenwijze {@code in-proces} or {@code spark}, null until the job has chosen
 * @param rekenwijzeToelichting why it computes that way, for the page
 * @param voortgangTekst the last progress line of the simulatie jar, or null
 */
public record Run(UUID id, String naam, Runstatus status, LocalDate peildatum, String gestartDoor, Instant gestartOp, Instant klaarOp,
        int totaal, int klaar, int nietBerekend, String fout, String fase, String rekenwijze, String rekenwijzeToelichting, String voortgangTekst,
        List<Variant> varianten, List<Uitkomst> uitkomsten) {

    public static final String WACHTEN = "wachten";
    public static final String VERZAMELEN = "verzamelen";
    public static final String DOORREKENEN = "doorrekenen";
    public static final String KLAAR = "klaar";
    public static final String IN_PROCES = "in-proces";
    public static final String SPARK = "spark";

    /** One changed parameter: the new value, and the value and source it had on the peildatum. */
    public record Wijziging(String parameter, BigDecimal waarde, BigDecimal was, String bron) {
    }

    /** A named reform of the run, numbered from 1. */
    public record Variant(int nummer, String naam, List<Wijziging> wijzigingen) {
    }

    /** One group under one variant. */
    public record Uitkomst(int variant, String dimensie, String groep, Long huishoudens, Long kostenPerJaar, Long kostenPerJaarBasis,
            Long onderMinimum, Long onderMinimumBasis, Long inBijstand, Long winnaars, Long verliezers, Long gemiddeldeWinstPerMaand,
            Long gemiddeldVerliesPerMaand) {
    }

    /** Percentage of the current phase done, 0-100. */
    public int procent() {
        return totaal == 0 ? (status.isEindstand() ? 100 : 0) : (int) (100L * klaar / totaal);
    }

    public List<Uitkomst> van(int variant, String dimensie) {
        return uitkomsten.stream().filter(u -> u.variant() == variant && u.dimensie().equals(dimensie)).toList();
    }

    /** The row for all households under a variant, if shown. */
    public Optional<Uitkomst> totaalVan(int variant) {
        return van(variant, "totaal").stream().findFirst();
    }

    /** The changes of the first variant: what a run of one variant changes. */
    public List<Wijziging> wijzigingen() {
        return varianten.isEmpty() ? List.of() : varianten.getFirst().wijzigingen();
    }

    /** What the page says about progress, in Dutch. */
    public String faseTekst() {
        return switch (fase) {
            case VERZAMELEN -> "Huishoudens verzamelen";
            case DOORREKENEN -> "Doorrekenen";
            case KLAAR -> status.omschrijving();
            default -> "Wacht op zijn beurt";
        };
    }
}
