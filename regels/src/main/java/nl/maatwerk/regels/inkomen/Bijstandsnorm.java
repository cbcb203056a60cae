package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.maatwerk.regels.inkomen.Huishoudsituatie.Persoon;

/**
 * Rules (b) and (c): the household's monthly norm including vakantietoeslag, and its split into
 * the part paid monthly and the vakantietoeslag.
 *
 * <p>Without kostendelende medebewoners the published table amount applies (art. 21 or 22): a
 * single person or single parent gets the single norm, a couple the couple norm. With kostendelende
 * medebewoners each person gets ((40% + A × 30%) / A) × the couple norm (art. 22a), rounded HALF_UP
 * to cents, and a couple gets twice that rounded amount. A is the number of kostendelers including
 * the applicant and the partner. When the applicant or partner has reached the AOW age the AOW norms
 * of art. 22 are the base. Youth norms (under 21) are not in these rules and are refused.
 */
public final class Bijstandsnorm {

    private Bijstandsnorm() {
    }

    /** The household's norm: all amounts per month, two decimals. */
    public record Norm(BigDecimal inclusiefVakantietoeslag, BigDecimal exclusiefVakantietoeslag,
            BigDecimal vakantietoeslag, int aantalKostendelers, BigDecimal perPersoon, boolean aowLeeftijd,
            Uitleg uitleg) {
    }

    /**
     * The norms are indexed on 1 January and 1 July. A norm from an earlier half year is outdated, so
     * a peildatum in a half year for which the data has no norm is refused rather than computed with
     * an old amount.
     */
    static Parameters.Parameter normOp(Parameters parameters, String naam, LocalDate peildatum) {
        Parameters.Parameter p = parameters.op(naam, peildatum);
        LocalDate halfjaar = LocalDate.of(peildatum.getYear(), peildatum.getMonthValue() <= 6 ? 1 : 7, 1);
        if (p.geldigVanaf().isBefore(halfjaar)) {
            throw new Parameters.GeenParameterException("De waarde voor '" + naam + "' is van " + p.geldigVanaf()
                    + ". Voor " + peildatum + " is nog geen norm bekend (normen wijzigen op 1 januari en 1 juli)."
                    + " Voor deze datum kunnen we niet rekenen.");
        }
        return p;
    }

    public static Norm bereken(Huishoudsituatie huishouden, LocalDate peildatum, Parameters parameters) {
        int aowLeeftijd = parameters.op(Parameters.AOW_LEEFTIJD, peildatum).waarde().intValueExact();
        for (Persoon p : huishouden.belanghebbenden()) {
            if (p.leeftijdOp(peildatum) < 21) {
                throw new IllegalArgumentException("De " + p.rol().name().toLowerCase(java.util.Locale.ROOT)
                        + " is op " + peildatum + " jonger dan 21 jaar. De jongerennormen zitten nog niet in deze regels.");
            }
        }
        boolean aow = huishouden.belanghebbenden().stream().anyMatch(p -> p.leeftijdOp(peildatum) >= aowLeeftijd);
        boolean partner = huishouden.heeftPartner();

        Kostendelers.Telling telling = Kostendelers.tel(huishouden, peildatum, parameters);
        int a = telling.aantal();
        int zelf = partner ? 2 : 1;

        Regel tabelRegel = aow ? Regel.NORM_AOW : Regel.NORM_21_AOW;
        Parameters.Parameter gehuwden = normOp(parameters, aow ? Parameters.NORM_AOW_GEHUWDEN : Parameters.NORM_GEHUWDEN, peildatum);
        Parameters.Parameter alleenstaande = normOp(parameters,
                aow ? Parameters.NORM_AOW_ALLEENSTAANDE : Parameters.NORM_ALLEENSTAANDE, peildatum);
        String groep = aow ? "vanaf de AOW-leeftijd" : "van 21 jaar tot de AOW-leeftijd";

        BigDecimal inclusief;
        BigDecimal perPersoon;
        Uitleg normUitleg;
        if (a == zelf) {
            Parameters.Parameter tabel = partner ? gehuwden : alleenstaande;
            inclusief = Bedrag.centen(tabel.waarde());
            perPersoon = partner ? Bedrag.centen(inclusief.divide(BigDecimal.TWO)) : inclusief;
            Map<String, String> invoer = new LinkedHashMap<>();
            invoer.put("leefvorm", partner ? "gehuwden of samenwonenden" : "alleenstaande of alleenstaande ouder");
            invoer.put("leeftijdsgroep", groep);
            invoer.put("norm", Bedrag.tekst(tabel.waarde()));
            invoer.put("norm geldig vanaf", tabel.geldigVanaf().toString());
            invoer.put("status norm", tabel.status());
            normUitleg = Uitleg.van(tabelRegel, invoer, (partner ? "Voor een stel " : "Voor een alleenstaande ")
                    + groep + " zonder kostendelers is de norm " + Bedrag.tekst(inclusief)
                    + " per maand, inclusief vakantietoeslag.", List.of(telling.uitleg()));
        } else {
            BigDecimal teller = gehuwden.waarde().multiply(BigDecimal.valueOf(40L + 30L * a));
            perPersoon = teller.divide(BigDecimal.valueOf(100L * a), 2, RoundingMode.HALF_UP);
            inclusief = perPersoon.multiply(BigDecimal.valueOf(zelf));
            BigDecimal percentage = BigDecimal.valueOf(40L + 30L * a).divide(BigDecimal.valueOf(a), 2, RoundingMode.HALF_UP);
            Map<String, String> invoer = new LinkedHashMap<>();
            invoer.put("aantal kostendelers (A)", String.valueOf(a));
            invoer.put("gehuwdennorm", Bedrag.tekst(gehuwden.waarde()));
            invoer.put("gehuwdennorm geldig vanaf", gehuwden.geldigVanaf().toString());
            invoer.put("status norm", gehuwden.status());
            invoer.put("leeftijdsgroep", groep);
            Uitleg tabelUitleg = Uitleg.van(tabelRegel, Map.of("gehuwdennorm", Bedrag.tekst(gehuwden.waarde())),
                    "De norm voor een stel " + groep + " is " + Bedrag.tekst(gehuwden.waarde())
                            + ". Daarvan gaat de kostendelersnorm uit.");
            normUitleg = Uitleg.van(Regel.KOSTENDELERSNORM, invoer,
                    "Er wonen " + a + " kostendelers in de woning. Iedereen krijgt dan (40% + " + a + " × 30%) / " + a
                            + " = " + percentage.toPlainString().replace('.', ',') + "% van de norm voor een stel: "
                            + Bedrag.tekst(perPersoon) + " per persoon."
                            + (partner ? " Een stel krijgt twee keer dat bedrag: " + Bedrag.tekst(inclusief) + "." : ""),
                    List.of(telling.uitleg(), tabelUitleg));
        }

        Parameters.Parameter vt = parameters.op(Parameters.VAKANTIETOESLAG, peildatum);
        BigDecimal vakantietoeslag = Bedrag.centen(inclusief.multiply(vt.waarde()));
        BigDecimal exclusief = inclusief.subtract(vakantietoeslag);
        Map<String, String> vtInvoer = new LinkedHashMap<>();
        vtInvoer.put("norm inclusief vakantietoeslag", Bedrag.tekst(inclusief));
        vtInvoer.put("aandeel vakantietoeslag", Bedrag.procent(vt.waarde()));
        Uitleg uitleg = Uitleg.van(Regel.VAKANTIETOESLAG, vtInvoer,
                "Van de norm van " + Bedrag.tekst(inclusief) + " wordt " + Bedrag.procent(vt.waarde())
                        + " apart gezet als vakantietoeslag: " + Bedrag.tekst(vakantietoeslag)
                        + ". Die komt eens per jaar. Elke maand wordt " + Bedrag.tekst(exclusief) + " betaald.",
                List.of(normUitleg));
        return new Norm(inclusief, exclusief, vakantietoeslag, a, perPersoon, aow, uitleg);
    }
}
