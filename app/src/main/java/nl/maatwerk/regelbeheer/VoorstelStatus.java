package nl.maatwerk.regelbeheer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.Statusmachine;

/** A proposal waits for a second beheerder, who approves or rejects it. Both are final. */
@org.springframework.modulith.NamedInterface("intern")
public enum VoorstelStatus implements Keuze, Statusmachine<VoorstelStatus> {
    VOORGESTELD("voorgesteld", "Wacht op beoordeling"),
    GOEDGEKEURD("goedgekeurd", "Goedgekeurd"),
    AFGEWEZEN("afgewezen", "Afgewezen");

    private final String code;
    private final String omschrijving;

    VoorstelStatus(String code, String omschrijving) {
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

    /** The steps the state machine allows from here. */
    @Override
    public Set<VoorstelStatus> volgende() {
        return switch (this) {
            case VOORGESTELD -> Set.of(GOEDGEKEURD, AFGEWEZEN);
            case GOEDGEKEURD, AFGEWEZEN -> Set.of();
        };
    }

    @JsonCreator
    public static VoorstelStatus vanCode(String code) {
        return Keuze.vanCode(VoorstelStatus.class, code, "Onbekende status");
    }
}
