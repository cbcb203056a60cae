package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** The laws under which a request may fall. */
public enum Wet implements Keuze {
    WMO("wmo", "Wmo 2015 (ondersteuning thuis)"),
    JEUGDWET("jeugdwet", "Jeugdwet"),
    PARTICIPATIEWET("participatiewet", "Participatiewet (bijstand en werk)"),
    WGS("wgs", "Wet gemeentelijke schuldhulpverlening"),
    GEEN("geen", "Geen wet (informele hulp of advies)");

    private final String code;
    private final String omschrijving;

    Wet(String code, String omschrijving) {
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
    public static Wet vanCode(String code) {
        return Keuze.vanCode(Wet.class, code, "Onbekende waarde");
    }
}
