package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** How a request for help came in. */
public enum Kanaal implements Keuze {
    BALIE("balie", "Aan de balie"),
    TELEFOON("telefoon", "Telefoon"),
    WIJKTEAM("wijkteam", "Via het wijkteam"),
    HUISBEZOEK("huisbezoek", "Huisbezoek"),
    DIGITAAL("digitaal", "Digitaal (formulier of e-mail)"),
    SIGNAAL_PARTNER("signaal-partner", "Signaal van een partner");

    private final String code;
    private final String omschrijving;

    Kanaal(String code, String omschrijving) {
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
    public static Kanaal vanCode(String code) {
        return Keuze.vanCode(Kanaal.class, code, "Onbekende waarde");
    }
}
