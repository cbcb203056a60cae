package nl.maatwerk.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** A Wmo or youth provision in kind from a contracted provider, or as a personal budget the resident manages. */
@org.springframework.modulith.NamedInterface("intern")
public enum Leveringsvorm implements Keuze {
    ZIN("zin", "Zorg in natura: de gemeente regelt de hulp met een aanbieder"),
    PGB("pgb", "Persoonsgebonden budget: u regelt en betaalt de hulp zelf");

    private final String code;
    private final String omschrijving;

    Leveringsvorm(String code, String omschrijving) {
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
    public static Leveringsvorm vanCode(String code) {
        return Keuze.vanCode(Leveringsvorm.class, code, "Onbekende leveringsvorm");
    }
}
