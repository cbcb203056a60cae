package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** Where a request for help stands, from melding to closed. */
public enum HulpvraagStatus implements Keuze {
    MELDING("melding", "Melding"),
    ONDERZOEK("onderzoek", "In onderzoek"),
    AANVRAAG("aanvraag", "Aanvraag"),
    BESLUIT("besluit", "Besluit genomen"),
    AFGESLOTEN("afgesloten", "Afgesloten");

    private final String code;
    private final String omschrijving;

    HulpvraagStatus(String code, String omschrijving) {
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
    public static HulpvraagStatus vanCode(String code) {
        return Keuze.vanCode(HulpvraagStatus.class, code, "Onbekende waarde");
    }
}
