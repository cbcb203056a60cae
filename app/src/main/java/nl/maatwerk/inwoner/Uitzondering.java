package nl.maatwerk.inwoner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/**
 * Why a housemate does not count as kostendeler (Participatiewet art. 19a): a student with study
 * finance, or someone who rents on a commercial basis.
 */
public enum Uitzondering implements Keuze {
    STUDENT("student", "Student met studiefinanciering"),
    COMMERCIELE_HUURDER("commerciele-huurder", "Commerciële huurder of kostganger");

    private final String code;
    private final String omschrijving;

    Uitzondering(String code, String omschrijving) {
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
    public static Uitzondering vanCode(String code) {
        return Keuze.vanCode(Uitzondering.class, code, "Onbekende uitzondering");
    }
}
