package nl.maatwerk.samenhang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** The work processes of the teams that a change can hit. */
@org.springframework.modulith.NamedInterface("intern")
public enum Proces implements Keuze {
    AANVRAAG_LEVENSONDERHOUD("aanvraag-levensonderhoud", "Aanvraag bijstand (levensonderhoud)"),
    BIJZONDERE_BIJSTAND("bijzondere-bijstand", "Bijzondere bijstand en minimaregelingen"),
    TERUGVORDERING("terugvordering", "Terugvordering en verhaal"),
    WERK_EN_PARTICIPATIE("werk-en-participatie", "Werk en meedoen"),
    SCHULDHULP("schuldhulp", "Schuldhulp"),
    VROEGSIGNALERING("vroegsignalering", "Vroegsignalering van schulden"),
    WMO_TOEGANG("wmo-toegang", "Wmo: melding, gesprek en besluit"),
    WMO_EIGEN_BIJDRAGE("wmo-eigen-bijdrage", "Wmo: eigen bijdrage"),
    JEUGDHULP("jeugdhulp", "Jeugdhulp"),
    KWIJTSCHELDING("kwijtschelding", "Kwijtschelding gemeentelijke belastingen");

    private final String code;
    private final String omschrijving;

    Proces(String code, String omschrijving) {
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

    @JsonCreator
    public static Proces vanCode(String code) {
        return Keuze.vanCode(Proces.class, code, "Onbekend proces");
    }
}
