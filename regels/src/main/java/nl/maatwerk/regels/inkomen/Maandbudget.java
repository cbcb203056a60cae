package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a household has per month from work and bijstand together, with the zorgtoeslag, and what is
 * left of one extra euro earned (the poverty trap). Net amounts; {@link #NIET_GEMODELLEERD} lists
 * what this leaves out, and the explanation repeats it.
 */
public final class Maandbudget {

    private Maandbudget() {
    }

    /** What is not in the total, in plain Dutch, for the explanation and for every screen that shows the total. */
    public static final List<String> NIET_GEMODELLEERD = List.of(
            "Belasting: we rekenen met netto bedragen. Loonheffing, heffingskortingen en de inkomensafhankelijke bijdrage Zvw rekenen we niet.",
            "Het toetsingsinkomen van de zorgtoeslag is benaderd als 12 keer het netto inkomen met bijstand. Het echte, bruto inkomen ligt hoger,"
                    + " dus de zorgtoeslag is hier eerder te hoog dan te laag.",
            "Huurtoeslag rekenen we niet: de tabellen (basishuur naar inkomen) hebben we niet met een bron gevonden.",
            "Andere regelingen rekenen we niet: kinderbijslag, kindgebonden budget met alleenstaande-ouderkop, individuele inkomenstoeslag,"
                    + " bijzondere bijstand, kwijtschelding en regelingen van de gemeente.",
            "Giften en kinderalimentatie zitten niet in het totaal. Vaste lasten zoals huur en zorgpremie gaan er niet af.",
            "Vermogen: daarvoor is de vermogenstoets; die zit niet in dit bedrag.");

    /** Per month, two decimals; {@code totaal} is wages, benefits and alimony, bijstand and zorgtoeslag together. */
    public record Uitkomst(Bijstand.Uitkomst bijstand, BigDecimal loon, BigDecimal uitkeringenEnAlimentatie, BigDecimal zorgtoeslag,
            BigDecimal totaal, Uitleg uitleg) {
    }

    public static Uitkomst bereken(Huishoudsituatie huishouden, LocalDate peildatum, Inkomsten inkomsten, Parameters parameters) {
        Bijstand.Uitkomst bijstand = Bijstand.bereken(huishouden, peildatum, inkomsten, parameters);
        BigDecimal loon = inkomsten.loon();
        BigDecimal overig = inkomsten.uitkeringen().add(inkomsten.alimentatie());
        BigDecimal netto = loon.add(overig).add(bijstand.bijstand());
        BigDecimal jaarinkomen = netto.multiply(BigDecimal.valueOf(12));
        Zorgtoeslag.Uitkomst zorg = Zorgtoeslag.bereken(huishouden.heeftPartner(), jaarinkomen, peildatum, parameters);
        BigDecimal totaal = netto.add(zorg.perMaand());
        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("netto loon", Bedrag.tekst(loon));
        invoer.put("uitkeringen en alimentatie", Bedrag.tekst(overig));
        invoer.put("bijstand", Bedrag.tekst(bijstand.bijstand()));
        invoer.put("zorgtoeslag", Bedrag.tekst(zorg.perMaand()));
        invoer.put("totaal per maand", Bedrag.tekst(totaal));
        String tekst = "Samen heeft het huishouden " + Bedrag.tekst(totaal) + " per maand: " + Bedrag.tekst(loon) + " loon, "
                + Bedrag.tekst(overig) + " uitkering en alimentatie, " + Bedrag.tekst(bijstand.bijstand()) + " bijstand en "
                + Bedrag.tekst(zorg.perMaand()) + " zorgtoeslag. Niet meegerekend: " + String.join(" ", NIET_GEMODELLEERD);
        return new Uitkomst(bijstand, loon, overig, zorg.perMaand(), totaal,
                Uitleg.van(Regel.MAANDBUDGET, invoer, tekst, List.of(bijstand.uitleg(), zorg.uitleg())));
    }

    /**
     * Of {@code extra} euro more net wages for the applicant, the share the household keeps per month
     * (four decimals): 0 means every extra euro is lost, 1 that all of it is kept.
     */
    public static BigDecimal overVanExtraLoon(Huishoudsituatie huishouden, LocalDate peildatum, Inkomsten inkomsten, BigDecimal extra,
            Parameters parameters) {
        if (extra.signum() <= 0) {
            throw new IllegalArgumentException("Het extra loon is meer dan 0");
        }
        BigDecimal nu = bereken(huishouden, peildatum, inkomsten, parameters).totaal();
        BigDecimal meer = bereken(huishouden, peildatum, inkomsten.metLoonAanvrager(inkomsten.nettoLoonAanvrager().add(extra)), parameters).totaal();
        return meer.subtract(nu).divide(Bedrag.centen(extra), 4, RoundingMode.HALF_UP);
    }
}
