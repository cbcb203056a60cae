package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/**
 * The 13 life domains of the Zelfredzaamheid-Matrix (ZRM 2017). Requests for help, ZRM scores and
 * the goals of the household plan all refer to these, so the household page can line them up.
 */
public enum Levensdomein implements Keuze {
    FINANCIEN("financien", "Financiën"),
    WERK_OPLEIDING("werk-opleiding", "Werk en opleiding"),
    TIJDSBESTEDING("tijdsbesteding", "Tijdsbesteding"),
    HUISVESTING("huisvesting", "Huisvesting"),
    HUISELIJKE_RELATIES("huiselijke-relaties", "Huiselijke relaties"),
    GEESTELIJKE_GEZONDHEID("geestelijke-gezondheid", "Geestelijke gezondheid"),
    LICHAMELIJKE_GEZONDHEID("lichamelijke-gezondheid", "Lichamelijke gezondheid"),
    MIDDELENGEBRUIK("middelengebruik", "Middelengebruik"),
    BASALE_ADL("basale-adl", "Basale ADL (zelfverzorging)"),
    INSTRUMENTELE_ADL("instrumentele-adl", "Instrumentele ADL (huishouden, post, afspraken)"),
    SOCIAAL_NETWERK("sociaal-netwerk", "Sociaal netwerk"),
    MAATSCHAPPELIJKE_PARTICIPATIE("maatschappelijke-participatie", "Maatschappelijke participatie"),
    JUSTITIE("justitie", "Justitie");

    private final String code;
    private final String omschrijving;

    Levensdomein(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    @JsonCreator
    public static Levensdomein vanCode(String code) {
        return Keuze.vanCode(Levensdomein.class, code, "Onbekend levensdomein");
    }
}
