package nl.maatwerk.knelpunt;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** Where in the work the knelpunt was reported from: the kind of page only, never which household, request or decision. */
@org.springframework.modulith.NamedInterface("intern")
public enum Vanuit implements Keuze {
    HUISHOUDEN("huishouden", "Een huishouden"),
    HULPVRAAG("hulpvraag", "Een hulpvraag"),
    BESLUIT("besluit", "Een besluit"),
    WERKVOORRAAD("werkvoorraad", "De werkvoorraad"),
    ELDERS("elders", "Ergens anders");

    private final String code;
    private final String omschrijving;

    Vanuit(String code, String omschrijving) {
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
    public static Vanuit vanCode(String code) {
        return Keuze.vanCode(Vanuit.class, code, "Onbekend vanuit");
    }
}
