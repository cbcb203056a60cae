package nl.maatwerk.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How the resident agreed to repay more than the room above the beslagvrije voet. */
public enum Instemmingswijze implements Gecodeerd {
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
        return Arrays.stream(values()).filter(s -> s.code.equals(code) || s.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekende manier van instemmen: " + code));
    }
}
