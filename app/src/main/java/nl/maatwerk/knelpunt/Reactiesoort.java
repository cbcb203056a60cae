package nl.maatwerk.knelpunt;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** Policy's answer on a dossier. "Gewijzigd" carries the day the rule or procedure changed; "geen wijziging" its because. */
@org.springframework.modulith.NamedInterface("intern")
public enum Reactiesoort implements Keuze {
    IN_BEHANDELING("in-behandeling", "In behandeling"),
    GEWIJZIGD("gewijzigd", "Gewijzigd"),
    UITGELEGD("uitgelegd", "Uitgelegd aan de teams"),
    GEEN_WIJZIGING("geen-wijziging", "Geen wijziging, omdat …");

    private final String code;
    private final String omschrijving;

    Reactiesoort(String code, String omschrijving) {
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
    public static Reactiesoort vanCode(String code) {
        return Keuze.vanCode(Reactiesoort.class, code, "Onbekende soort reactie");
    }
}
