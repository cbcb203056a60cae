package nl.maatwerk.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** How the resident agreed to repay more than the room above the beslagvrije voet. */
@org.springframework.modulith.NamedInterface("intern")
public enum Instemmingswijze implements Keuze {
    SCHRIFTELIJK("schriftelijk", "Schriftelijk, met handtekening"),
    DIGITAAL("digitaal", "Digitaal, in Mijn Maatwerk of per e-mail"),
    MONDELING_BEVESTIGD("mondeling-bevestigd", "In een gesprek, daarna schriftelijk bevestigd");

    private final String code;
    private final String omschrijving;

    Instemmingswijze(String code, String omschrijving) {
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
    public static Instemmingswijze vanCode(String code) {
        return Keuze.vanCode(Instemmingswijze.class, code, "Onbekende manier van instemmen");
    }
}
