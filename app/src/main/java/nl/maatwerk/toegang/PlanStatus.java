package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** How far an action of the household plan is. */
public enum PlanStatus implements Keuze {
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
        return Keuze.vanCode(PlanStatus.class, code, "Onbekende status");
    }
}
