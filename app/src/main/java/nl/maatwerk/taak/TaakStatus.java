package nl.maatwerk.taak;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.Statusmachine;

/** Where a task stands. Done is done: work that comes back is a new task, so the history stays true. */
@org.springframework.modulith.NamedInterface("intern")
public enum TaakStatus implements Keuze, Statusmachine<TaakStatus> {
    OPEN("open", "Open"),
    GEDAAN("gedaan", "Gedaan");

    private final String code;
    private final String omschrijving;

    TaakStatus(String code, String omschrijving) {
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

    @Override
    public Set<TaakStatus> volgende() {
        return this == OPEN ? Set.of(GEDAAN) : Set.of();
    }

    @JsonCreator
    public static TaakStatus vanCode(String code) {
        return Keuze.vanCode(TaakStatus.class, code, "Onbekende status");
    }
}
