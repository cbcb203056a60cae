package nl.maatwerk.inwoner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** The role of a member in a household, as the contract names it. */
public enum LidRol implements Keuze {
    AANVRAGER("aanvrager", "Aanvrager"),
    PARTNER("partner", "Partner"),
    KIND("kind", "Kind"),
    MEDEBEWONER("medebewoner", "Medebewoner");

    private final String code;
    private final String omschrijving;

    LidRol(String code, String omschrijving) {
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
    public static LidRol vanCode(String code) {
        return Keuze.vanCode(LidRol.class, code, "Onbekende rol");
    }
}
