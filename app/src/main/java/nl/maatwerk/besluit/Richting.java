package nl.maatwerk.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** Which way a departure goes for the resident: both need four eyes and both are counted. */
@org.springframework.modulith.NamedInterface("intern")
public enum Richting implements Keuze {
    MILDER("milder", "Gunstiger voor de inwoner dan de regel"),
    STRENGER("strenger", "Strenger voor de inwoner dan de regel");

    private final String code;
    private final String omschrijving;

    Richting(String code, String omschrijving) {
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
    public static Richting vanCode(String code) {
        return Keuze.vanCode(Richting.class, code, "Onbekende richting");
    }
}
