package nl.maatwerk.samenhang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** The laws of the social domain a change can hit, each with its BWB id (wetten.overheid.nl), so a timeline can group by law. */
@org.springframework.modulith.NamedInterface("intern")
public enum Wet implements Keuze {
    PARTICIPATIEWET("participatiewet", "Participatiewet", "BWBR0015703"),
    WMO("wmo-2015", "Wet maatschappelijke ondersteuning 2015", "BWBR0035362"),
    JEUGDWET("jeugdwet", "Jeugdwet", "BWBR0034925"),
    WGS("wgs", "Wet gemeentelijke schuldhulpverlening", "BWBR0031331"),
    RV("rv", "Wetboek van Burgerlijke Rechtsvordering (beslagvrije voet)", "BWBR0001827"),
    GEMEENTEWET("gemeentewet", "Gemeentewet (kwijtschelding)", "BWBR0005416"),
    AWB("awb", "Algemene wet bestuursrecht", "BWBR0005537");

    private final String code;
    private final String omschrijving;
    private final String bwbId;

    Wet(String code, String omschrijving, String bwbId) {
        this.code = code;
        this.omschrijving = omschrijving;
        this.bwbId = bwbId;
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

    public String bwbId() {
        return bwbId;
    }

    @JsonCreator
    public static Wet vanCode(String code) {
        return Keuze.vanCode(Wet.class, code, "Onbekende wet");
    }
}
