package nl.maatwerk.besluit;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a professional fills in, in the order of the omgekeerde toets. A concept may be incomplete;
 * every filled field must be valid, and submitting or finalising needs every step.
 *
 * @param beoogdEffect step 1: the effect intended for this person
 * @param gevolgen step 2: consequences for the person, the household and their surroundings
 * @param bedoelingen step 3: codes from the catalogue of intents of this law
 * @param bedoelingToelichting step 3: how the decision fits those intents, in own words
 * @param ethiek step 4: the ethical check
 * @param standaardUitkomst step 5: the outcome of the standard rule (for a recovery the rules compute it)
 * @param vordering recovery: the full claim
 * @param beslotenBedrag recovery: what is decided to be recovered
 * @param aflossingPerMaand recovery: the monthly repayment
 * @param wmoBijdrage Wmo: the household pays the abonnementstarief
 * @param afwijking step 5: a power to deviate is used
 * @param besluitTekst what is decided, in a sentence or two, for the letter
 * @param inningswijze recovery: set-off, garnishment or a voluntary arrangement
 * @param instemmingOp recovery: the day the resident agreed to repay more than the room above the voet
 * @param instemmingWijze recovery: how the resident gave that agreement
 * @param afwijkingRichting other kinds: whether the departure favours the resident or not (a recovery's is computed)
 * @param briefToelichting why, for the letter, addressed to the resident ("u"); the toets itself stays in the file
 */
@org.springframework.modulith.NamedInterface("intern")
public record BesluitGegevens(LocalDate peildatum, String beoogdEffect, String gevolgen, List<String> bedoelingen,
        String bedoelingToelichting, String ethiek, String standaardUitkomst, @PositiveOrZero(message = NUL_OF_MEER) BigDecimal vordering,
        @PositiveOrZero(message = NUL_OF_MEER) BigDecimal beslotenBedrag, @PositiveOrZero(message = NUL_OF_MEER) BigDecimal aflossingPerMaand,
        Boolean wmoBijdrage, Boolean afwijking, String bevoegdheid, Redensoort afwijkingRedensoort, String afwijkingMotivering,
        String motiveringOnderVoet, String besluitTekst, @PositiveOrZero(message = NUL_OF_MEER) BigDecimal kostenDoormodderen,
        @PositiveOrZero(message = NUL_OF_MEER) BigDecimal kostenDoorbraak, String doorbraakToelichting, Inningswijze inningswijze,
        LocalDate instemmingOp, Instemmingswijze instemmingWijze, Richting afwijkingRichting, String briefToelichting,
        LocalDate periodeVan, LocalDate periodeTot, LocalDate herzieningsbesluitOp, LocalDate eersteBetaling, String voorziening,
        Leveringsvorm leveringsvorm, String aanbieder, LocalDate ingangsdatum, LocalDate einddatum) {

    /** The same message as the service's own check, so a form shows one text however the mistake is found. */
    static final String NUL_OF_MEER = "Een bedrag is 0 of meer.";

    public BesluitGegevens {
        bedoelingen = bedoelingen == null ? List.of() : bedoelingen.stream().filter(b -> b != null && !b.isBlank()).distinct().toList();
    }

    /** The toets and amounts only, without how it is collected or the letter's facts. */
    BesluitGegevens(LocalDate peildatum, String beoogdEffect, String gevolgen, List<String> bedoelingen, String bedoelingToelichting,
            String ethiek, String standaardUitkomst, BigDecimal vordering, BigDecimal beslotenBedrag, BigDecimal aflossingPerMaand,
            Boolean wmoBijdrage, Boolean afwijking, String bevoegdheid, Redensoort afwijkingRedensoort, String afwijkingMotivering,
            String motiveringOnderVoet, String besluitTekst, BigDecimal kostenDoormodderen, BigDecimal kostenDoorbraak,
            String doorbraakToelichting) {
        this(peildatum, beoogdEffect, gevolgen, bedoelingen, bedoelingToelichting, ethiek, standaardUitkomst, vordering, beslotenBedrag,
                aflossingPerMaand, wmoBijdrage, afwijking, bevoegdheid, afwijkingRedensoort, afwijkingMotivering, motiveringOnderVoet,
                besluitTekst, kostenDoormodderen, kostenDoorbraak, doorbraakToelichting, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    public static BesluitGegevens leeg(LocalDate peildatum) {
        return new BesluitGegevens(peildatum, null, null, List.of(), null, null, null, null, null, null, false, false, null, null, null,
                null, null, null, null, null);
    }

    /** The same content collected in another way; for tests and the demo, which vary one thing at a time. */
    BesluitGegevens metInning(Inningswijze wijze, LocalDate op, Instemmingswijze hoe) {
        return new BesluitGegevens(peildatum, beoogdEffect, gevolgen, bedoelingen, bedoelingToelichting, ethiek, standaardUitkomst, vordering,
                beslotenBedrag, aflossingPerMaand, wmoBijdrage, afwijking, bevoegdheid, afwijkingRedensoort, afwijkingMotivering,
                motiveringOnderVoet, besluitTekst, kostenDoormodderen, kostenDoorbraak, doorbraakToelichting, wijze, op, hoe, afwijkingRichting,
                briefToelichting, periodeVan, periodeTot, herzieningsbesluitOp, eersteBetaling, voorziening, leveringsvorm, aanbieder,
                ingangsdatum, einddatum);
    }

    /** The same content on another peildatum. */
    BesluitGegevens opPeildatum(LocalDate dag) {
        return new BesluitGegevens(dag, beoogdEffect, gevolgen, bedoelingen, bedoelingToelichting, ethiek, standaardUitkomst, vordering,
                beslotenBedrag, aflossingPerMaand, wmoBijdrage, afwijking, bevoegdheid, afwijkingRedensoort, afwijkingMotivering,
                motiveringOnderVoet, besluitTekst, kostenDoormodderen, kostenDoorbraak, doorbraakToelichting, inningswijze, instemmingOp,
                instemmingWijze, afwijkingRichting, briefToelichting, periodeVan, periodeTot, herzieningsbesluitOp, eersteBetaling, voorziening,
                leveringsvorm, aanbieder, ingangsdatum, einddatum);
    }

    /** The resident's recorded agreement: the day and how it was given. */
    boolean heeftInstemming() {
        return instemmingOp != null && instemmingWijze != null;
    }

    boolean metWmoBijdrage() {
        return Boolean.TRUE.equals(wmoBijdrage);
    }

    boolean metAfwijking() {
        return Boolean.TRUE.equals(afwijking);
    }

    /** A recovery of less than the full claim departs from the rule, whether or not the box was ticked. */
    public boolean mindervordering() {
        return vordering != null && beslotenBedrag != null && beslotenBedrag.compareTo(vordering) < 0;
    }

    boolean heeftDoorbraak() {
        return kostenDoormodderen != null || kostenDoorbraak != null || (doorbraakToelichting != null && !doorbraakToelichting.isBlank());
    }
}
