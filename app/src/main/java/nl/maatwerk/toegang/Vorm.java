package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** Whether a request is a melding (the start of an investigation) or an aanvraag (asking for a decision). */
public enum Vorm implements Keuze {
    MELDING("melding", "Melding: eerst samen onderzoeken"),
    AANVRAAG("aanvraag", "Aanvraag: de inwoner vraagt om een besluit");

    private final String code;
    private final String omschrijving;

    Vorm(String code, String omschrijving) {
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
    public static Vorm vanCode(String code) {
        return Keuze.vanCode(Vorm.class, code, "Onbekende waarde");
    }
}
