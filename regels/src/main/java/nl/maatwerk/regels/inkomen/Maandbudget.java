package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a household has per month from work and bijstand together, with the zorgtoeslag and, when
 * the rent is given, the huurtoeslag, and what is left of one extra euro earned (the poverty trap).
 * Net amounts; {@link #NIET_GEMODELLEERD} lists what this leaves out, and the explanation repeats it.
 */
public final class Maandbudget {

    private Maandbudget() {
    }

    /** What is not in the total, in plain Dutch, for the explanation and for every screen that shows the total. */
    public static final List<String> NIET_GEMODELLEERD = List.of(
            "Belasting: we rekenen met netto bedragen. Loonheffing, heffingskortingen en de inkomensafhankelijke bijdrage Zvw rekenen we niet.",
            "Het toetsingsinkomen van de zorgtoeslag is benaderd als 12 keer het netto inkomen met bijstand. Het echte, bruto inkomen ligt hoger,"
                    + " dus de zorgtoeslag is hier eerder te hoog dan te laag.",
            "Huurtoeslag rekenen we alleen als de huur bekend is, en vanaf 2026. Het rekeninkomen van de huurtoeslag is net als bij de zorgtoeslag"
                    + " benaderd als 12 keer het netto inkomen met bijstand; het inkomen van medebewoners telt niet mee.",
            "Andere regelingen rekenen we niet: kinderbijslag, kindgebonden budget met alleenstaande-ouderkop, individuele inkomenstoeslag,"
                    + " bijzondere bijstand, kwijtschelding en regelingen van de gemeente.",
            "Giften en kinderalimentatie zitten niet in het totaal. Vaste lasten zoals huur en zorgpremie gaan er niet af.",
            "Vermogen: daarvoor is de vermogenstoets; die zit niet in dit bedrag.");

    /**
     * Per month, two decimals; {@code totaal} is wages, benefits and alimony, bijstand, zorgtoeslag and
     * huurtoeslag together ({@code huurtoeslag} is 0 when no rent was given).
     */
    public record Uitkomst(Bijstand.Uitkomst bijstand, BigDecimal loon, BigDecimal uitkeringenEnAlimentatie, BigDecimal zorgtoeslag,
            BigDecimal huurtoeslag, BigDecimal totaal, Uitleg uitleg) {
    }

    /** The rented home: the kale huur per month and the assets of tenant and partner on 1 January. */
    public record Woning(BigDecimal kaleHuur, BigDecimal vermogen) {

        public static Woning huur(BigDecimal kaleHuur) {
            return new Woning(kaleHuur, BigDecimal.ZERO);
        }
    }

    /** Without a rent: no huurtoeslag (the explanation says so). */
    public static Uitkomst bereken(Huishoudsituatie huishouden, LocalDate peildatum, Inkomsten inkomsten, Parameters parameters) {
        return bereken(huishouden, peildatum, inkomsten, Optional.empty(), parameters);
    }

    /**
     * With a rent: the huurtoeslag of {@link Huurtoeslag} is in the total. The household as the law
     * of huurtoeslag sees it: everyone in the {@link Huishoudsituatie} lives in the home; the partner
     * is the toeslagpartner. Refuses a peildatum for which the huurtoeslag amounts are unknown.
     */
    public static Uitkomst bereken(Huishoudsituatie huishouden, LocalDate peildatum, Inkomsten inkomsten, Optional<Woning> woning,
            Parameters parameters) {
        Bijstand.Uitkomst bijstand = Bijstand.bereken(huishouden, peildatum, inkomsten, parameters);
        BigDecimal loon = inkomsten.loon();
        BigDecimal overig = inkomsten.uitkeringen().add(inkomsten.alimentatie());
        BigDecimal netto = loon.add(overig).add(bijstand.bijstand());
        BigDecimal jaarinkomen = netto.multiply(BigDecimal.valueOf(12));
        Zorgtoeslag.Uitkomst zorg = Zorgtoeslag.bereken(huishouden.heeftPartner(), jaarinkomen, peildatum, parameters);
        Optional<Huurtoeslag.Uitkomst> huur = woning.map(w -> Huurtoeslag.bereken(huurhuishouden(huishouden, peildatum, parameters), w.kaleHuur(),
                jaarinkomen, w.vermogen(), peildatum, parameters));
        BigDecimal huurtoeslag = huur.map(Huurtoeslag.Uitkomst::perMaand).orElse(BigDecimal.ZERO.setScale(2));
        BigDecimal totaal = netto.add(zorg.perMaand()).add(huurtoeslag);
        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("netto loon", Bedrag.tekst(loon));
        invoer.put("uitkeringen en alimentatie", Bedrag.tekst(overig));
        invoer.put("bijstand", Bedrag.tekst(bijstand.bijstand()));
        invoer.put("zorgtoeslag", Bedrag.tekst(zorg.perMaand()));
        invoer.put("huurtoeslag", huur.isPresent() ? Bedrag.tekst(huurtoeslag) : "niet berekend (geen huur opgegeven)");
        invoer.put("totaal per maand", Bedrag.tekst(totaal));
        String tekst = "Samen heeft het huishouden " + Bedrag.tekst(totaal) + " per maand: " + Bedrag.tekst(loon) + " loon, "
                + Bedrag.tekst(overig) + " uitkering en alimentatie, " + Bedrag.tekst(bijstand.bijstand()) + " bijstand, "
                + Bedrag.tekst(zorg.perMaand()) + " zorgtoeslag en "
                + (huur.isPresent() ? Bedrag.tekst(huurtoeslag) + " huurtoeslag." : "geen huurtoeslag, omdat de huur niet is opgegeven.")
                + " Niet meegerekend: " + String.join(" ", NIET_GEMODELLEERD);
        List<Uitleg> onderdelen = new java.util.ArrayList<>(List.of(bijstand.uitleg(), zorg.uitleg()));
        huur.ifPresent(h -> onderdelen.add(h.uitleg()));
        return new Uitkomst(bijstand, loon, overig, zorg.perMaand(), huurtoeslag, totaal,
                Uitleg.van(Regel.MAANDBUDGET, invoer, tekst, onderdelen));
    }

    /**
     * Everyone in the situation lives in the home (art. 2: one person or more); the young rent limit
     * applies when all are younger than the age in the data and there is no child (art. 13).
     */
    static Huurtoeslag.Huishouden huurhuishouden(Huishoudsituatie huishouden, LocalDate peildatum, Parameters parameters) {
        // Without the age in the data Huurtoeslag.bereken refuses the date with its own reason; the value here does not matter then.
        int grens = parameters.geldig(Parameters.HUURTOESLAG_LEEFTIJD_JONG, peildatum).map(p -> p.waarde().intValueExact()).orElse(0);
        boolean kind = huishouden.leden().stream().anyMatch(p -> p.rol() == Huishoudsituatie.Rol.KIND);
        boolean jong = !kind && huishouden.leden().stream().allMatch(p -> p.leeftijdOp(peildatum) < grens);
        return new Huurtoeslag.Huishouden(huishouden.leden().size(), huishouden.heeftPartner(), jong);
    }

    /**
     * Of {@code extra} euro more net wages for the applicant, the share the household keeps per month
     * (four decimals): 0 means every extra euro is lost, 1 that all of it is kept.
     */
    public static BigDecimal overVanExtraLoon(Huishoudsituatie huishouden, LocalDate peildatum, Inkomsten inkomsten, BigDecimal extra,
            Parameters parameters) {
        return overVanExtraLoon(huishouden, peildatum, inkomsten, Optional.empty(), extra, parameters);
    }

    /** As above, with the huurtoeslag of the given rent in both totals. */
    public static BigDecimal overVanExtraLoon(Huishoudsituatie huishouden, LocalDate peildatum, Inkomsten inkomsten, Optional<Woning> woning,
            BigDecimal extra, Parameters parameters) {
        if (extra.signum() <= 0) {
            throw new IllegalArgumentException("Het extra loon is meer dan 0");
        }
        BigDecimal nu = bereken(huishouden, peildatum, inkomsten, woning, parameters).totaal();
        BigDecimal meer = bereken(huishouden, peildatum, inkomsten.metLoonAanvrager(inkomsten.nettoLoonAanvrager().add(extra)), woning, parameters)
                .totaal();
        return meer.subtract(nu).divide(Bedrag.centen(extra), 4, RoundingMode.HALF_UP);
    }
}
