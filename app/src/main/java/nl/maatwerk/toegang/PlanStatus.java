package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How far an action of the household plan is. */
public enum PlanStatus {
    OPEN("open", "Nog niet begonnen"),
    BEZIG("bezig", "Bezig"),
    GEDAAN("gedaan", "Klaar"),
    GESTOPT("gestopt", "Gestopt");

    private final String code;
    private final String omschrijving;

    PlanStatus(String code, String omschrijving) {
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

    /** Still to be done: not finished and not stopped. */
    public boolean lopend() {
        return this == OPEN || this == BEZIG;
    }

    @JsonCreator
    public static PlanStatus vanCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code) || s.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekende status: " + code));
    }
}
