package nl.maatwerk.regels.inkomen;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule: a stable id, the article of law it rests on (juriconnect) and a short name in plain Dutch.
 * The rules themselves are static methods in this package that return an {@link Uitleg} next to
 * their outcome.
 */
public record Regel(String id, String bron, String naam) {

    /** A juriconnect reference to one article of a law in the BWB. */
    public static final Pattern BRON = Pattern.compile("jci1\\.3:c:BWBR\\d{7}&artikel=[\\w.:]+(&lid=\\d+)?(&z=\\d{4}-\\d{2}-\\d{2})?");

    public Regel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(naam, "naam");
        if (bron == null || !BRON.matcher(bron).matches()) {
            throw new IllegalArgumentException("Regel " + id + " heeft geen geldige juriconnect-bron: " + bron);
        }
    }

    private static final String PW = "jci1.3:c:BWBR0015703&artikel=";

    public static final Regel KOSTENDELERS = new Regel("pw-kostendelers", PW + "22a",
            "Wie telt mee als kostendeler");
    public static final Regel NORM_21_AOW = new Regel("pw-norm-21-aow", PW + "21",
            "Norm van 21 jaar tot de AOW-leeftijd");
    public static final Regel NORM_AOW = new Regel("pw-norm-aow", PW + "22",
            "Norm vanaf de AOW-leeftijd");
    public static final Regel NORM_JONGEREN = new Regel("pw-norm-jongeren", PW + "20",
            "Norm voor jongeren van 18, 19 of 20 jaar");
    public static final Regel KOSTENDELERSNORM = new Regel("pw-kostendelersnorm", PW + "22a",
            "Norm bij kostendelers");
    public static final Regel VAKANTIETOESLAG = new Regel("pw-vakantietoeslag", PW + "19",
            "Vakantietoeslag apart zetten");
    /** Since 2021 (Wet vereenvoudiging beslagvrije voet): 95% of the own income, at most 95% of the applicable norm. */
    public static final Regel BESLAGVRIJE_VOET = new Regel("rv-beslagvrije-voet", "jci1.3:c:BWBR0001827&artikel=475da",
            "Beslagvrije voet");
    /** Before 2021: 90% of the single or couple norm, without the kostendelersnorm. */
    public static final Regel BESLAGVRIJE_VOET_OUD = new Regel("rv-beslagvrije-voet-oud", "jci1.3:c:BWBR0001827&artikel=475d",
            "Beslagvrije voet (oud recht, tot 2021)");
    public static final Regel MAXIMALE_AFLOSSING = new Regel("pw-maximale-aflossing", PW + "58",
            "Hoeveel er per maand terugbetaald kan worden");
    public static final Regel WMO_BIJDRAGE = new Regel("wmo-bijdrage", "jci1.3:c:BWBR0035362&artikel=2.1.4",
            "Wmo-bijdrage naast de bijstand");
    public static final Regel AANVULLING_JONGERENNORM = new Regel("pw-aanvulling-jongerennorm", PW + "12",
            "Aanvulling op de jongerennorm als ouders niet kunnen bijdragen");
    /** From 2026 the college must raise the youth norm when parents cannot contribute. */
    public static final Regel VERHOGING_JONGERENNORM = new Regel("pw-verhoging-jongerennorm", PW + "20&lid=3",
            "Verhoging van de jongerennorm als ouders niet kunnen bijdragen");
    public static final Regel GIFTEN = new Regel("pw-giften", PW + "31&lid=2",
            "Giften als inkomen");
    public static final Regel GIFTEN_VERANTWOORD = new Regel("pw-giften-verantwoord", PW + "31&lid=2",
            "Giften die het college verantwoord vindt");
    public static final Regel KWIJTSCHELDING = new Regel("kwijtschelding", "jci1.3:c:BWBR0005416&artikel=255",
            "Kwijtschelding van gemeentelijke belastingen");
    public static final Regel TIEN_JAAR = new Regel("pw-terugvordering-tien-jaar", PW + "58&lid=7",
            "Terugvordering die langer duurt dan tien jaar");
    public static final Regel DRINGENDE_REDENEN = new Regel("pw-dringende-redenen", PW + "58",
            "Afzien van terugvordering om dringende redenen");

    /** Bijstand is the norm minus the means that count (art. 19 and 31). */
    public static final Regel BIJSTAND = new Regel("pw-bijstand", PW + "19", "Hoeveel bijstand: de norm min het inkomen");
    public static final Regel INKOMEN = new Regel("pw-inkomen", PW + "32", "Inkomen dat meetelt");
    public static final Regel INKOMSTENVRIJLATING = new Regel("pw-inkomstenvrijlating", PW + "31&lid=2",
            "Algemene inkomstenvrijlating");
    public static final Regel VRIJLATING_ALLEENSTAANDE_OUDER = new Regel("pw-vrijlating-alleenstaande-ouder", PW + "31&lid=2",
            "Vrijlating voor een alleenstaande ouder");
    public static final Regel VRIJLATING_MEDISCH = new Regel("pw-vrijlating-medisch-urenbeperkt", PW + "31&lid=2",
            "Vrijlating bij medisch urenbeperkt");
    public static final Regel VERMOGEN = new Regel("pw-vermogen", PW + "34", "Vermogen dat meetelt");
    public static final Regel VERMOGEN_WONING = new Regel("pw-vermogen-woning", PW + "50&lid=2", "Vermogen in de eigen woning");
    public static final Regel ZORGTOESLAG = new Regel("zorgtoeslag", "jci1.3:c:BWBR0018451&artikel=2", "Zorgtoeslag (vereenvoudigd)");
    /** Huurtoeslag as the law reads from 2026: the amount (art. 21) from rent bands, basishuur and the taper. */
    public static final Regel HUURTOESLAG = new Regel("huurtoeslag", "jci1.3:c:BWBR0008659&artikel=21&z=2026-01-01", "Huurtoeslag");
    public static final Regel MAANDBUDGET = new Regel("maandbudget", PW + "19", "Wat het huishouden per maand overhoudt");
}
