package nl.maatwerk.samenhang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** Who it comes from: the state, the region or the municipality itself. */
@org.springframework.modulith.NamedInterface("intern")
public enum Herkomst implements Keuze {
    RIJK("rijk", "Rijk"),
    REGIO("regio", "Regio"),
    GEMEENTE("gemeente", "Gemeente");

    private final String code;
    private final String omschrijving;

    Herkomst(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String omschrijving() {
        return omschrijving;
    }

    @JsonCreator
    public static Herkomst vanCode(String code) {
        return Keuze.vanCode(Herkomst.class, code, "Onbekende herkomst");
    }
}
