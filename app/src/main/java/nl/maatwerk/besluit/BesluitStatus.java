package nl.maatwerk.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.Statusmachine;

/**
 * From concept to sent. A decision without a departure goes from concept straight to definitief; one
 * with a departure goes past a second person first. Rejection sends it back to concept. Only a
 * concept can be changed; definitief and verzonden never change again.
 */
@org.springframework.modulith.NamedInterface("intern")
public enum BesluitStatus implements Keuze, Statusmachine<BesluitStatus> {
    CONCEPT("concept", "Concept"),
    TER_GOEDKEURING("ter-goedkeuring", "Ter goedkeuring"),
    GOEDGEKEURD("goedgekeurd", "Goedgekeurd"),
    DEFINITIEF("definitief", "Definitief"),
    VERZONDEN("verzonden", "Verzonden");

    private final String code;
    private final String omschrijving;

    BesluitStatus(String code, String omschrijving) {
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
    public Set<BesluitStatus> volgende() {
        return switch (this) {
            case CONCEPT -> Set.of(TER_GOEDKEURING, DEFINITIEF);
            case TER_GOEDKEURING -> Set.of(GOEDGEKEURD, CONCEPT);
            case GOEDGEKEURD -> Set.of(DEFINITIEF);
            case DEFINITIEF -> Set.of(VERZONDEN);
            case VERZONDEN -> Set.of();
        };
    }

    /** Definitief and verzonden are the record of what was decided. */
    public boolean isDefinitief() {
        return this == DEFINITIEF || this == VERZONDEN;
    }

    @JsonCreator
    public static BesluitStatus vanCode(String code) {
        return Keuze.vanCode(BesluitStatus.class, code, "Onbekende status");
    }
}
