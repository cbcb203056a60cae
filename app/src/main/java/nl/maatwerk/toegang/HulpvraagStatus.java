package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Set;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.Statusmachine;

/** Where a request for help stands, from melding to closed. */
public enum HulpvraagStatus implements Keuze, Statusmachine<HulpvraagStatus> {
    MELDING("melding", "Melding"),
    ONDERZOEK("onderzoek", "In onderzoek"),
    AANVRAAG("aanvraag", "Aanvraag"),
    BESLUIT("besluit", "Besluit genomen"),
    AFGESLOTEN("afgesloten", "Afgesloten");

    private final String code;
    private final String omschrijving;

    HulpvraagStatus(String code, String omschrijving) {
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

    /** Only forward, steps may be skipped; an open request can always be closed, a closed one never reopens. */
    @Override
    public Set<HulpvraagStatus> volgende() {
        return this == AFGESLOTEN ? Set.of() : EnumSet.range(values()[ordinal() + 1], AFGESLOTEN);
    }

    @JsonCreator
    public static HulpvraagStatus vanCode(String code) {
        return Keuze.vanCode(HulpvraagStatus.class, code, "Onbekende waarde");
    }
}
