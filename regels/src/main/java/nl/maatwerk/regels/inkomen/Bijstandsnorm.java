package nl.maatwerk.regels.inkomen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 * of art. 22 are the base. When one of them is 18, 19 or 20 the youth norms of art. 20 apply; the
 * kostendelersnorm is only for people of 21 and older, and the one case that combines both (a couple
 * of whom one is under 21, with kostendelers: art. 22a lid 3) is refused rather than guessed.
 */
public final class Bijstandsnorm {

    private Bijstandsnorm() {
    }

    /**
     * The household's norm: all amounts per month, two decimals. {@code basisBeslagvrijeVoet} is the
     * norm the beslagvrije voet is taken from: since 2021 the household's own norm (with the
     * kostendelersnorm, and for 18 to 20 the youth norm); under the old law before 2021 the norm for
     * a single person or a couple without the kostendelersnorm ({@code basisUitleg} then says how).
     */
    public record Norm(BigDecimal inclusiefVakantietoeslag, BigDecimal exclusiefVakantietoeslag,
            BigDecimal vakantietoeslag, int aantalKostendelers, BigDecimal perPersoon, boolean aowLeeftijd,
            boolean jongerennorm, BigDecimal basisBeslagvrijeVoet, Optional<Uitleg> basisUitleg, Uitleg uitleg) {
    }

    /** A norm before the vakantietoeslag is split off. */
    private record Bedragen(BigDecimal inclusief, BigDecimal perPersoon, Uitleg uitleg) {
    }

    /**
     * The norms are indexed on 1 January and 1 July. A norm from an earlier half year is outdated, so
     * a peildatum in a half year for which the data has no norm is refused rather than computed with
     * an old amount. The refusal names the norm this household needs and who can add it.
     */
    static Parameters.Parameter normOp(Parameters parameters, String naam, LocalDate peildatum) {
        Optional<Parameters.Parameter> gevonden = parameters.geldig(naam, peildatum);
        LocalDate halfjaar = LocalDate.of(peildatum.getYear(), peildatum.getMonthValue() <= 6 ? 1 : 7, 1);
        if (gevonden.isEmpty()) {
            throw new Parameters.GeenParameterException("Voor " + DATUM.format(peildatum) + " is " + NAMEN.getOrDefault(naam, naam)
                    + " niet bekend. Voor deze datum kunnen we niet rekenen. " + Parameters.BEHEERDER);
        }
        Parameters.Parameter p = gevonden.get();
        if (p.geldigVanaf().isBefore(halfjaar)) {
            throw new Parameters.GeenParameterException("Voor " + DATUM.format(peildatum) + " is " + NAMEN.getOrDefault(naam, naam)
                    + " nog niet bekend; de laatste die we hebben, geldt vanaf " + DATUM.format(p.geldigVanaf())
                    + ". Normen veranderen op 1 januari en 1 juli. Voor deze datum kunnen we niet rekenen. " + Parameters.BEHEERDER);
        }
        return p;
    }

    private static final java.time.format.DateTimeFormatter DATUM =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** The norms in words, for messages a professional reads. */
    private static final Map<String, String> NAMEN = Map.of(
            Parameters.NORM_GEHUWDEN, "de norm voor gehuwden van 21 jaar tot de AOW-leeftijd",
            Parameters.NORM_ALLEENSTAANDE, "de norm voor een alleenstaande van 21 jaar tot de AOW-leeftijd",
            Parameters.NORM_AOW_GEHUWDEN, "de norm voor gehuwden met de AOW-leeftijd",
            Parameters.NORM_AOW_ALLEENSTAANDE, "de norm voor een alleenstaande met de AOW-leeftijd",
            Parameters.NORM_JONG_ALLEENSTAANDE, "de jongerennorm voor een alleenstaande",
            Parameters.NORM_JONG_GEHUWDEN, "de jongerennorm voor een jong stel",
            Parameters.NORM_JONG_GEHUWDEN_KINDEREN, "de jongerennorm voor een jong stel met kinderen",
            Parameters.NORM_JONG_GEMENGD, "de norm voor een stel van wie één jonger is dan 21",
            Parameters.NORM_JONG_GEMENGD_KINDEREN, "de norm voor een stel met kinderen van wie één jonger is dan 21");

    /**
     * The last day for which the norms for people of 21 and older are known: the end of the half year
     * of the newest couple norm. A page can offer this as its default date instead of a refused today.
     */
    public static LocalDate laatsteDagMetNormen(Parameters parameters) {
        LocalDate nieuwste = parameters.alle().stream().filter(p -> p.naam().equals(Parameters.NORM_GEHUWDEN))
                .map(Parameters.Parameter::geldigVanaf).max(LocalDate::compareTo).orElseThrow();
        return LocalDate.of(nieuwste.getYear(), nieuwste.getMonthValue() <= 6 ? 6 : 12, nieuwste.getMonthValue() <= 6 ? 30 : 31);
    }

    /** The day on or before which someone must be born to have reached the AOW age on the peildatum. */
    static LocalDate aowGrens(LocalDate peildatum, Parameters parameters) {
        return peildatum.minusMonths(parameters.op(Parameters.AOW_LEEFTIJD, peildatum).waarde().intValueExact());
    }

    public static Norm bereken(Huishoudsituatie huishouden, LocalDate peildatum, Parameters parameters) {
        LocalDate aowGrens = aowGrens(peildatum, parameters);
        for (Persoon p : huishouden.belanghebbenden()) {
            if (p.leeftijdOp(peildatum) < 18) {
                throw new IllegalArgumentException("De " + p.rol().name().toLowerCase(Locale.ROOT) + " is op " + peildatum
                        + " jonger dan 18 jaar. Wie jonger is dan 18 kan geen bijstand krijgen.");
            }
        }
        boolean aow = huishouden.belanghebbenden().stream().anyMatch(p -> !p.geboortedatum().isAfter(aowGrens));
        boolean jong = !aow && huishouden.belanghebbenden().stream().anyMatch(p -> p.leeftijdOp(peildatum) < 21);
        Kostendelers.Telling telling = Kostendelers.tel(huishouden, peildatum, parameters);
        boolean partner = huishouden.heeftPartner();
        int zelf = partner ? 2 : 1;

        // Only the norms this household needs are read, so a missing norm is reported for this household.
        Bedragen bedragen = jong ? jongeren(huishouden, telling, peildatum, parameters)
                : volwassen(partner, aow, telling.aantal(), telling.uitleg(), peildatum, parameters);

        // The voet's base: since 2021 the own norm; before, the single or couple norm without kostendelers.
        boolean eigenNorm = parameters.aan(Parameters.BESLAGVRIJE_VOET_KOSTENDELERSNORM, peildatum);
        BigDecimal basis = bedragen.inclusief();
        Optional<Uitleg> basisUitleg = Optional.empty();
        if (!eigenNorm && !jong && telling.aantal() > zelf) {
            Bedragen zonder = volwassen(partner, aow, zelf, telling.uitleg(), peildatum, parameters);
            basis = zonder.inclusief();
            basisUitleg = Optional.of(Uitleg.van(Regel.BESLAGVRIJE_VOET_OUD, Map.of("norm zonder kostendelers", Bedrag.tekst(basis)),
                    "Vóór 2021 ging de beslagvrije voet uit van de norm voor " + (partner ? "een stel" : "een alleenstaande")
                            + " zonder kostendelers: " + Bedrag.tekst(basis) + ". De kostendelersnorm telde daarvoor niet.",
                    List.of(zonder.uitleg())));
        }

        BigDecimal inclusief = bedragen.inclusief();
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
                List.of(bedragen.uitleg()));
        return new Norm(inclusief, exclusief, vakantietoeslag, telling.aantal(), bedragen.perPersoon(), aow, jong,
                basis, basisUitleg, uitleg);
    }

    /** Art. 21, 22 and 22a: the norm for people of 21 and older, with {@code a} kostendelers. */
    private static Bedragen volwassen(boolean partner, boolean aow, int a, Uitleg telling, LocalDate peildatum,
            Parameters parameters) {
        int zelf = partner ? 2 : 1;
        Regel tabelRegel = aow ? Regel.NORM_AOW : Regel.NORM_21_AOW;
        String groep = aow ? "vanaf de AOW-leeftijd" : "van 21 jaar tot de AOW-leeftijd";
        if (a == zelf) {
            // A single person without kostendelers needs only the single norm, not the couple norm.
            Parameters.Parameter tabel = partner
                    ? normOp(parameters, aow ? Parameters.NORM_AOW_GEHUWDEN : Parameters.NORM_GEHUWDEN, peildatum)
                    : normOp(parameters, aow ? Parameters.NORM_AOW_ALLEENSTAANDE : Parameters.NORM_ALLEENSTAANDE, peildatum);
            BigDecimal inclusief = Bedrag.centen(tabel.waarde());
            BigDecimal perPersoon = partner ? Bedrag.centen(inclusief.divide(BigDecimal.TWO)) : inclusief;
            Map<String, String> invoer = new LinkedHashMap<>();
            invoer.put("leefvorm", partner ? "gehuwden of samenwonenden" : "alleenstaande of alleenstaande ouder");
            invoer.put("leeftijdsgroep", groep);
            putTabel(invoer, tabel);
            return new Bedragen(inclusief, perPersoon, Uitleg.van(tabelRegel, invoer, (partner ? "Voor een stel " : "Voor een alleenstaande ")
                    + groep + " zonder kostendelers is de norm " + Bedrag.tekst(inclusief)
                    + " per maand, inclusief vakantietoeslag.", List.of(telling)));
        }
        Parameters.Parameter gehuwden = normOp(parameters, aow ? Parameters.NORM_AOW_GEHUWDEN : Parameters.NORM_GEHUWDEN, peildatum);
        BigDecimal teller = gehuwden.waarde().multiply(BigDecimal.valueOf(40L + 30L * a));
        BigDecimal perPersoon = teller.divide(BigDecimal.valueOf(100L * a), 2, RoundingMode.HALF_UP);
        BigDecimal inclusief = perPersoon.multiply(BigDecimal.valueOf(zelf));
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
        return new Bedragen(inclusief, perPersoon, Uitleg.van(Regel.KOSTENDELERSNORM, invoer,
                "Er wonen " + a + " kostendelers in de woning. Iedereen krijgt dan (40% + " + a + " × 30%) / " + a
                        + " = " + percentage.toPlainString().replace('.', ',') + "% van de norm voor een stel: "
                        + Bedrag.tekst(perPersoon) + " per persoon."
                        + (partner ? " Een stel krijgt twee keer dat bedrag: " + Bedrag.tekst(inclusief) + "." : ""),
                List.of(telling, tabelUitleg)));
    }

    /** Art. 20: the youth norms, higher for a couple with children under 18 (lid 2). */
    private static Bedragen jongeren(Huishoudsituatie huishouden, Kostendelers.Telling telling, LocalDate peildatum,
            Parameters parameters) {
        boolean kinderen = huishouden.heeftKinderenJongerDan18(peildatum);
        boolean partner = huishouden.heeftPartner();
        boolean beidenJong = huishouden.belanghebbenden().stream().allMatch(p -> p.leeftijdOp(peildatum) < 21);
        String naam;
        String leefvorm;
        if (!partner) {
            naam = Parameters.NORM_JONG_ALLEENSTAANDE;
            leefvorm = kinderen ? "een alleenstaande ouder van 18, 19 of 20 jaar" : "een alleenstaande van 18, 19 of 20 jaar";
        } else if (beidenJong) {
            naam = kinderen ? Parameters.NORM_JONG_GEHUWDEN_KINDEREN : Parameters.NORM_JONG_GEHUWDEN;
            leefvorm = "een stel van wie beiden 18, 19 of 20 jaar zijn, " + (kinderen ? "met" : "zonder") + " kinderen";
        } else {
            if (telling.aantal() > 2) {
                throw new IllegalArgumentException("Een stel van wie één jonger is dan 21, met kostendelers in de woning,"
                        + " valt onder artikel 22a lid 3. Die regel zit nog niet in deze berekening.");
            }
            naam = kinderen ? Parameters.NORM_JONG_GEMENGD_KINDEREN : Parameters.NORM_JONG_GEMENGD;
            leefvorm = "een stel van wie één 18, 19 of 20 jaar is en de ander ouder, " + (kinderen ? "met" : "zonder") + " kinderen";
        }
        Parameters.Parameter tabel = normOp(parameters, naam, peildatum);
        BigDecimal inclusief = Bedrag.centen(tabel.waarde());
        Map<String, String> invoer = new LinkedHashMap<>();
        invoer.put("leefvorm", leefvorm);
        invoer.put("kinderen jonger dan 18", kinderen ? "ja" : "nee");
        putTabel(invoer, tabel);
        String kostendelers = telling.aantal() > (partner ? 2 : 1) && !partner
                ? " De kostendelersnorm geldt pas vanaf 21 jaar, dus de medebewoners veranderen deze norm niet." : "";
        return new Bedragen(inclusief, partner ? Bedrag.centen(inclusief.divide(BigDecimal.TWO)) : inclusief,
                Uitleg.van(Regel.NORM_JONGEREN, invoer, "Voor " + leefvorm + " is de norm " + Bedrag.tekst(inclusief)
                        + " per maand, inclusief vakantietoeslag. Die is lager dan voor wie 21 of ouder is, omdat de wet"
                        + " ervan uitgaat dat ouders bijdragen." + kostendelers, List.of(telling.uitleg())));
    }

    private static void putTabel(Map<String, String> invoer, Parameters.Parameter tabel) {
        invoer.put("norm", Bedrag.tekst(tabel.waarde()));
        invoer.put("norm geldig vanaf", tabel.geldigVanaf().toString());
        invoer.put("status norm", tabel.status());
    }
}
