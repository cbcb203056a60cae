package nl.maatwerk.waardering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** Why a resident was invited: the moment in the work that the questionnaire looks back on. */
@org.springframework.modulith.NamedInterface("intern")
public enum Aanleiding implements Keuze {
    BESLUIT("besluit", "Na een besluit"),
    EVALUATIE("evaluatie", "Na een evaluatie van het plan"),
    AFSLUITING("afsluiting", "Na het afsluiten van een hulpvraag");

    private final String code;
    private final String omschrijving;

    Aanleiding(String code, String omschrijving) {
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

    /** In a sentence to the resident: "na het besluit over uw aanvraag". */
    public String inZin() {
        return switch (this) {
            case BESLUIT -> "na het besluit over uw aanvraag";
            case EVALUATIE -> "na het gesprek over uw plan";
            case AFSLUITING -> "bij het afronden van uw hulpvraag";
        };
    }

    @JsonCreator
    public static Aanleiding vanCode(String code) {
        return Keuze.vanCode(Aanleiding.class, code, "Onbekende aanleiding");
    }
}
