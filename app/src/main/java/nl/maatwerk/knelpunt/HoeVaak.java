package nl.maatwerk.knelpunt;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** How often the reporter meets the knelpunt: their own estimate, for weighing, not a measurement. */
@org.springframework.modulith.NamedInterface("intern")
public enum HoeVaak implements Keuze {
    EENMALIG("eenmalig", "Eén keer"),
    PER_MAAND("per-maand", "Een paar keer per maand"),
    PER_WEEK("per-week", "Elke week"),
    DAGELIJKS("dagelijks", "Bijna elke dag");

    private final String code;
    private final String omschrijving;

    HoeVaak(String code, String omschrijving) {
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
    public static HoeVaak vanCode(String code) {
        return Keuze.vanCode(HoeVaak.class, code, "Onbekend hoe vaak");
    }
}
