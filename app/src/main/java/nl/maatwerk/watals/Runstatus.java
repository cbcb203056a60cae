package nl.maatwerk.watals;

import java.util.EnumSet;
import java.util.Set;
import nl.maatwerk.platform.Statusmachine;

/** Where a run is: waiting for the worker, computing, done, or failed (with the reason). */
public enum Runstatus implements Statusmachine<Runstatus> {
    WACHTEND("wachtend", "Wacht op zijn beurt"),
    BEZIG("bezig", "Wordt doorgerekend"),
    KLAAR("klaar", "Klaar"),
    MISLUKT("mislukt", "Mislukt");

    private final String code;
    private final String omschrijving;

    Runstatus(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Runstatus vanCode(String code) {
        for (Runstatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Onbekende status " + code);
    }

    @Override
    public Set<Runstatus> volgende() {
        return switch (this) {
            case WACHTEND -> EnumSet.of(BEZIG, MISLUKT);
            case BEZIG -> EnumSet.of(KLAAR, MISLUKT);
            case KLAAR, MISLUKT -> EnumSet.noneOf(Runstatus.class);
        };
    }
}
