package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** How urgent a request is, as the professional judges it at intake. */
public enum Urgentie implements Keuze {
    LAAG("laag", "Laag"),
    GEMIDDELD("gemiddeld", "Gemiddeld"),
    HOOG("hoog", "Hoog"),
    ACUUT("acuut", "Acuut");

    private final String code;
    private final String omschrijving;

    Urgentie(String code, String omschrijving) {
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
    public static Urgentie vanCode(String code) {
        return Keuze.vanCode(Urgentie.class, code, "Onbekende waarde");
    }
}
