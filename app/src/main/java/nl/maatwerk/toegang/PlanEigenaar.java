package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** Who carries out an action of the household plan: the resident, their network, a professional or a provider. */
public enum PlanEigenaar implements Keuze {
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
        return Keuze.vanCode(PlanEigenaar.class, code, "Onbekend soort eigenaar");
    }
}
