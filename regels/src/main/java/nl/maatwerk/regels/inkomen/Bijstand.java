package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bijstand amount per month: the household's norm including vakantietoeslag minus the income
 * that counts (art. 19, 31, 32). Wages count net, less the earnings allowance that applies to each
 * earner on the peildatum; benefits and partner alimony count in full; gifts count for the part of
 * the year's total above the free amount, spread over twelve months. Never below zero. When the
 * household's assets are given ({@link Inkomsten#vermogen()}), the asset test of {@link Vermogen}
 * runs too (art. 19 lid 1 onder b): above the limit there is no bijstand until the assets above it
 * are spent. Home equity above its own limit does not change the amount (the bijstand is then a loan).
 *
 * <p>Simplified, and said so in the explanation: the income is taken off the norm including
 * vakantietoeslag (in practice the vakantietoeslag is built up in proportion), and the months an
 * allowance has run are not counted.
 */
public final class Bijstand {

    private Bijstand() {
    }

    /** What the explanation says about what is not in this calculation. */
    public static final String VEREENVOUDIGD = "Vereenvoudigd: het inkomen gaat af van de norm inclusief vakantietoeslag, en we"
            + " tellen niet hoeveel maanden een vrijlating al loopt.";

    /**
     * The outcome per month, two decimals: {@code loon} both earners' net wages, {@code vrijgelaten}
     * what the allowances leave free, {@code inkomen} what counts, {@code bijstand} what is paid
     * (including vakantietoeslag).
     */
    public record Uitkomst(Bijstandsnorm.Norm norm, BigDecimal loon, BigDecimal vrijgelaten, BigDecimal uitkeringenEnAlimentatie,
            BigDecimal giftenAlsInkomen, BigDecimal inkomen, BigDecimal bijstand, Uitleg uitleg, Optional<Vermogen.Toets> vermogenstoets) {

        public Uitkomst {
            vermogenstoets = Objects.requireNonNullElse(vermogenstoets, Optional.empty());
        }

        /** The income is at least the norm, or the assets are above the limit: no bijstand. */
        public boolean geenBijstand() {
            return bijstand.signum() == 0;
        }

        /** The assets were tested and are above the limit. */
        public boolean vermogenBovenGrens() {
            return vermogenstoets.map(t -> !t.binnenGrens()).orElse(false);
        }
    }

    public static Uitkomst bereken(Huishoudsituatie huishouden, LocalDate peildatum, Inkomsten inkomsten) {
        return bereken(huishouden, peildatum, inkomsten, Parameters.standaard());
    }

    public static Uitkomst bereken(Huishoudsituatie huishouden, LocalDate peildatum, Inkomsten inkomsten, Parameters parameters) {
        Objects.requireNonNull(inkomsten, "inkomsten");
        Bijstandsnorm.Norm norm = Bijstandsnorm.bereken(huishouden, peildatum, parameters);
        if (!huishouden.heeftPartner() && inkomsten.nettoLoonPartner().signum() > 0) {
            throw new IllegalArgumentException("Er is loon van een partner opgegeven, maar het huishouden heeft geen partner");
        }
        List<Uitleg> delen = new ArrayList<>();
        Vrij aanvrager = vrijlating("de aanvrager", inkomsten.nettoLoonAanvrager(), inkomsten.vrijlatingAanvrager(),
                alleenstaandeOuderMetJongKind(huishouden, peildatum), peildatum, parameters);
        Vrij partner = vrijlating("de partner", inkomsten.nettoLoonPartner(), inkomsten.vrijlatingPartner(), false, peildatum, parameters);
        aanvrager.uitleg().ifPresent(delen::add);
        partner.uitleg().ifPresent(delen::add);
        BigDecimal loon = inkomsten.loon();
        BigDecimal vrijgelaten = aanvrager.bedrag().add(partner.bedrag());
        BigDecimal overig = inkomsten.uitkeringen().add(inkomsten.alimentatie());

        BigDecimal giften = BigDecimal.ZERO.setScale(2);
        if (inkomsten.giftenPerJaar().signum() > 0) {
            Giften.Beoordeling b = Giften.beoordeel(List.of(new Giften.Jaarbedrag(peildatum.getYear(), inkomsten.giftenPerJaar())),
                    Optional.of(peildatum), parameters);
            giften = perMaand(b.alsInkomen());
            delen.add(b.uitleg());
        }
        BigDecimal inkomen = loon.subtract(vrijgelaten).add(overig).add(giften);
        Optional<Vermogen.Toets> toets = Optional.ofNullable(inkomsten.vermogen()).map(b -> Vermogen.toets(huishouden, peildatum, b, parameters));
        boolean teVeelVermogen = toets.map(t -> !t.binnenGrens()).orElse(false);
        BigDecimal bijstand = teVeelVermogen ? BigDecimal.ZERO.setScale(2)
                : norm.inclusiefVakantietoeslag().subtract(inkomen).max(BigDecimal.ZERO).setScale(2);

        Map<String, String> inkomenInvoer = new LinkedHashMap<>();
        inkomenInvoer.put("netto loon aanvrager", Bedrag.tekst(inkomsten.nettoLoonAanvrager()));
        if (huishouden.heeftPartner()) {
            inkomenInvoer.put("netto loon partner", Bedrag.tekst(inkomsten.nettoLoonPartner()));
        }
        inkomenInvoer.put("vrijgelaten van het loon", Bedrag.tekst(vrijgelaten));
        inkomenInvoer.put("uitkeringen", Bedrag.tekst(inkomsten.uitkeringen()));
        inkomenInvoer.put("partneralimentatie", Bedrag.tekst(inkomsten.alimentatie()));
        inkomenInvoer.put("giften per jaar", Bedrag.tekst(inkomsten.giftenPerJaar()));
        inkomenInvoer.put("giften die per maand meetellen", Bedrag.tekst(giften));
        Uitleg inkomenUitleg = Uitleg.van(Regel.INKOMEN, inkomenInvoer, inkomen.signum() == 0
                ? "Het huishouden heeft geen inkomen dat meetelt."
                : "Per maand telt " + Bedrag.tekst(inkomen) + " als inkomen: " + Bedrag.tekst(loon) + " loon"
                        + (vrijgelaten.signum() > 0 ? " min " + Bedrag.tekst(vrijgelaten) + " vrijlating" : "")
                        + (overig.signum() > 0 ? ", plus " + Bedrag.tekst(overig) + " uitkering en alimentatie" : "")
                        + (giften.signum() > 0 ? ", plus " + Bedrag.tekst(giften) + " aan giften" : "")
                        + ". Kinderalimentatie telt niet mee.", delen);

        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("norm inclusief vakantietoeslag", Bedrag.tekst(norm.inclusiefVakantietoeslag()));
        invoer.put("inkomen dat meetelt", Bedrag.tekst(inkomen));
        toets.ifPresent(t -> invoer.put("vermogen binnen de grens", t.binnenGrens() ? "ja" : "nee"));
        invoer.put("bijstand per maand", Bedrag.tekst(bijstand));
        String tekst = teVeelVermogen
                ? "Het vermogen van " + Bedrag.tekst(toets.get().meetellend()) + " is hoger dan de grens van " + Bedrag.tekst(toets.get().grens())
                        + ". Er is geen bijstand zolang het vermogen boven de grens ligt."
                : bijstand.signum() == 0
                ? "Het inkomen van " + Bedrag.tekst(inkomen) + " is minstens de norm van " + Bedrag.tekst(norm.inclusiefVakantietoeslag())
                        + ". Er is geen bijstand."
                : "De norm is " + Bedrag.tekst(norm.inclusiefVakantietoeslag()) + ". Daar gaat " + Bedrag.tekst(inkomen)
                        + " inkomen af. De bijstand is " + Bedrag.tekst(bijstand) + " per maand, inclusief vakantietoeslag.";
        List<Uitleg> onderdelen = new ArrayList<>(List.of(norm.uitleg(), inkomenUitleg));
        toets.ifPresent(t -> onderdelen.add(t.uitleg()));
        Uitleg uitleg = Uitleg.van(Regel.BIJSTAND, invoer, tekst + " " + VEREENVOUDIGD, onderdelen);
        return new Uitkomst(norm, loon, vrijgelaten, overig, giften, inkomen, bijstand, uitleg, toets);
    }

    /** A year's amount per month, rounded half up to cents. */
    static BigDecimal perMaand(BigDecimal perJaar) {
        return perJaar.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /** The onder-r allowance is for a single parent who cares for a child under 12. */
    static boolean alleenstaandeOuderMetJongKind(Huishoudsituatie huishouden, LocalDate peildatum) {
        return !huishouden.heeftPartner() && huishouden.leden().stream().anyMatch(p -> p.rol() == Huishoudsituatie.Rol.KIND
                && !p.geboortedatum().isAfter(peildatum) && p.leeftijdOp(peildatum) < 12);
    }

    private record Vrij(BigDecimal bedrag, Optional<Uitleg> uitleg) {
    }

    private static Vrij vrijlating(String wie, BigDecimal loon, Inkomsten.Vrijlating soort, boolean alleenstaandeOuder, LocalDate peildatum,
            Parameters parameters) {
        BigDecimal nul = BigDecimal.ZERO.setScale(2);
        if (soort == Inkomsten.Vrijlating.GEEN) {
            return new Vrij(nul, Optional.empty());
        }
        Regel regel;
        String aandeelNaam;
        String maximumNaam;
        switch (soort) {
            case ALGEMEEN -> {
                regel = Regel.INKOMSTENVRIJLATING;
                aandeelNaam = Parameters.INKOMSTENVRIJLATING;
                maximumNaam = Parameters.INKOMSTENVRIJLATING_MAXIMUM;
            }
            case ALLEENSTAANDE_OUDER -> {
                regel = Regel.VRIJLATING_ALLEENSTAANDE_OUDER;
                aandeelNaam = Parameters.VRIJLATING_ALLEENSTAANDE_OUDER;
                maximumNaam = Parameters.VRIJLATING_ALLEENSTAANDE_OUDER_MAXIMUM;
            }
            default -> {
                regel = Regel.VRIJLATING_MEDISCH;
                aandeelNaam = Parameters.VRIJLATING_MEDISCH;
                maximumNaam = Parameters.VRIJLATING_MEDISCH_MAXIMUM;
            }
        }
        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("wie", wie);
        invoer.put("netto loon per maand", Bedrag.tekst(loon));
        if (soort == Inkomsten.Vrijlating.ALLEENSTAANDE_OUDER && !alleenstaandeOuder) {
            return new Vrij(nul, Optional.of(Uitleg.van(regel, invoer, "De vrijlating voor een alleenstaande ouder geldt alleen zonder"
                    + " partner en met een kind jonger dan 12 in huis. Dat is hier niet zo, dus blijft er niets vrij.")));
        }
        if (loon.signum() == 0) {
            return new Vrij(nul, Optional.of(Uitleg.van(regel, invoer, "Er is geen loon, dus er valt niets vrij te laten.")));
        }
        Parameters.Parameter aandeel = parameters.op(aandeelNaam, peildatum);
        Parameters.Parameter maximum = parameters.op(maximumNaam, peildatum);
        BigDecimal deel = Bedrag.centen(loon.multiply(aandeel.waarde()));
        BigDecimal vrij = deel.min(Bedrag.centen(maximum.waarde()));
        invoer.put("percentage", Bedrag.procent(aandeel.waarde()));
        invoer.put("hoogstens per maand", Bedrag.tekst(maximum.waarde()) + (maximum.bevestigd() ? "" : " (te verifiëren)"));
        invoer.put("maximum geldig vanaf", maximum.geldigVanaf().toString());
        String tekst = "Van het loon van " + wie + " blijft " + Bedrag.procent(aandeel.waarde()) + " vrij, hoogstens "
                + Bedrag.tekst(maximum.waarde()) + " per maand: " + Bedrag.tekst(vrij) + "."
                + (soort == Inkomsten.Vrijlating.ALGEMEEN ? " Dit geldt hoogstens zes maanden achter elkaar." : "")
                + (soort == Inkomsten.Vrijlating.ALLEENSTAANDE_OUDER ? " Dit geldt hoogstens 30 maanden, na de algemene vrijlating." : "")
                + (soort == Inkomsten.Vrijlating.MEDISCH_UREN_BEPERKT ? " Dit geldt zolang iemand door ziekte of handicap niet meer dan"
                        + " 30 uur per week kan werken." : "");
        return new Vrij(vrij, Optional.of(Uitleg.van(regel, invoer, tekst)));
    }
}
