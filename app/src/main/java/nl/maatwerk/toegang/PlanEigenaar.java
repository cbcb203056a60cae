package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Who carries out an action of the household plan: the resident, their network, a professional or a provider. */
public enum PlanEigenaar {
    INWONER("inwoner", "Inwoner"),
    NETWERK("netwerk", "Netwerk"),
    PROFESSIONAL("professional", "Professional"),
    AANBIEDER("aanbieder", "Aanbieder");

    private final String code;
    private final String omschrijving;

    PlanEigenaar(String code, String omschrijving) {
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
    public static PlanEigenaar vanCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code) || e.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekend soort eigenaar: " + code));
    }
}
