package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The asset test (art. 34): what the applicant, the partner and their children under 18 own, minus
 * their debts, against the limit for the household type on the peildatum (a single person; a couple
 * or a single parent twice that). Home equity (WOZ value minus mortgage) stays outside that test up
 * to its own limit; above it there is still bijstand, but as a loan (art. 50 lid 2). Not modelled:
 * what the law leaves out besides the home (household effects, a car up to a municipal amount,
 * pension savings), and the easing of Participatiewet in balans in 2026; the caller leaves those out
 * of {@code vermogen}.
 */
public final class Vermogen {

    private Vermogen() {
    }

    /** Amounts in euro on the peildatum; all 0 or more. {@code vermogen}: savings, bank balances, investments, valuables. */
    public record Bezittingen(BigDecimal vermogen, BigDecimal schulden, BigDecimal wozWaarde, BigDecimal hypotheek) {
        public Bezittingen {
            vermogen = nulOfMeer(vermogen, "het vermogen");
            schulden = nulOfMeer(schulden, "de schulden");
            wozWaarde = nulOfMeer(wozWaarde, "de WOZ-waarde");
            hypotheek = nulOfMeer(hypotheek, "de hypotheek");
        }

        /** Savings only, no home. */
        public static Bezittingen spaargeld(BigDecimal bedrag) {
            return new Bezittingen(bedrag, null, null, null);
        }
    }

    /**
     * {@code meetellend}: assets minus debts (may be negative); {@code binnenGrens}: at most the limit,
     * so the assets do not stand in the way of bijstand. {@code woningBovenGrens}: bijstand as a loan.
     */
    public record Toets(BigDecimal grens, BigDecimal meetellend, boolean binnenGrens, BigDecimal vermogenInWoning, BigDecimal woninggrens,
            boolean woningBovenGrens, Uitleg uitleg) {
    }

    public static Toets toets(Huishoudsituatie huishouden, LocalDate peildatum, Bezittingen bezit, Parameters parameters) {
        Objects.requireNonNull(huishouden, "huishouden");
        Objects.requireNonNull(bezit, "bezit");
        boolean gezin = huishouden.heeftPartner() || huishouden.heeftKinderenJongerDan18(peildatum);
        Parameters.Parameter grens = parameters.op(gezin ? Parameters.VERMOGENSGRENS_GEZIN : Parameters.VERMOGENSGRENS_ALLEENSTAANDE, peildatum);
        BigDecimal meetellend = bezit.vermogen().subtract(bezit.schulden());
        boolean binnen = meetellend.compareTo(grens.waarde()) <= 0;
        BigDecimal woning = bezit.wozWaarde().subtract(bezit.hypotheek()).max(BigDecimal.ZERO).setScale(2);
        Parameters.Parameter woninggrens = parameters.op(Parameters.VERMOGEN_WONING_GRENS, peildatum);
        boolean woningBoven = woning.compareTo(woninggrens.waarde()) > 0;

        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("leefvorm", huishouden.heeftPartner() ? "gehuwden of samenwonenden"
                : gezin ? "alleenstaande ouder" : "alleenstaande");
        invoer.put("vermogen", Bedrag.tekst(bezit.vermogen()));
        invoer.put("schulden", Bedrag.tekst(bezit.schulden()));
        invoer.put("vermogensgrens", Bedrag.tekst(grens.waarde()) + (grens.bevestigd() ? "" : " (te verifiëren)"));
        invoer.put("grens geldig vanaf", grens.geldigVanaf().toString());
        Uitleg grensUitleg = Uitleg.van(Regel.VERMOGEN, invoer, "Het vermogen min de schulden is " + Bedrag.tekst(meetellend) + ". De grens voor "
                + (gezin ? "een stel of een alleenstaande ouder" : "een alleenstaande") + " is " + Bedrag.tekst(grens.waarde()) + ". "
                + (binnen ? "Het vermogen staat de bijstand niet in de weg."
                        : "Dat is meer dan de grens. Eerst gaat het vermogen boven de grens op; dan kan er weer bijstand zijn."));
        Map<String, String> woningInvoer = new LinkedHashMap<>();
        woningInvoer.put("WOZ-waarde", Bedrag.tekst(bezit.wozWaarde()));
        woningInvoer.put("hypotheek", Bedrag.tekst(bezit.hypotheek()));
        woningInvoer.put("grens vermogen in de woning", Bedrag.tekst(woninggrens.waarde()) + (woninggrens.bevestigd() ? "" : " (te verifiëren)"));
        Uitleg woningUitleg = Uitleg.van(Regel.VERMOGEN_WONING, woningInvoer, bezit.wozWaarde().signum() == 0
                ? "Er is geen eigen woning."
                : "In de eigen woning zit " + Bedrag.tekst(woning) + " vermogen (WOZ-waarde min hypotheek). "
                        + (woningBoven ? "Dat is meer dan " + Bedrag.tekst(woninggrens.waarde()) + ". Bijstand kan dan alleen als lening."
                                : "Dat telt niet mee voor de vermogensgrens."));
        Map<String, String> totaal = new LinkedHashMap<>();
        totaal.put("binnen de grens", binnen ? "ja" : "nee");
        totaal.put("bijstand als lening", woningBoven ? "ja" : "nee");
        Uitleg uitleg = Uitleg.van(Regel.VERMOGEN, totaal, (binnen ? "Het vermogen is niet te hoog voor bijstand."
                : "Het vermogen is te hoog voor bijstand.") + (woningBoven ? " Door het vermogen in de woning is bijstand een lening." : "")
                + " Niet meegerekend: wat de wet verder vrijlaat, zoals de inboedel; laat dat weg uit het vermogen.",
                List.of(grensUitleg, woningUitleg));
        return new Toets(grens.waarde(), meetellend, binnen, woning, woninggrens.waarde(), woningBoven, uitleg);
    }

    private static BigDecimal nulOfMeer(BigDecimal b, String wat) {
        if (b == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (b.signum() < 0) {
            throw new IllegalArgumentException("Een bedrag is 0 of meer; " + wat + " is negatief");
        }
        return Bedrag.centen(b);
    }
}
