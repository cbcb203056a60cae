package nl.maatwerk.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/**
 * The kinds of decision the platform supports, each with the law it is taken under and the rule a
 * departure is counted against in the register.
 */
public enum BesluitSoort implements Keuze {
    WMO_MAATWERKVOORZIENING("wmo-maatwerkvoorziening", "Wmo-maatwerkvoorziening", "Wet maatschappelijke ondersteuning 2015",
            "jci1.3:c:BWBR0035362&artikel=2.3.5", "Maatwerkvoorziening als eigen kracht, netwerk en algemene voorzieningen niet genoeg zijn"),
    PW_BIJZONDERE_BIJSTAND("pw-bijzondere-bijstand", "Bijzondere bijstand", "Participatiewet",
            "jci1.3:c:BWBR0015703&artikel=35", "Bijzondere bijstand voor noodzakelijke kosten door bijzondere omstandigheden"),
    PW_TERUGVORDERING("pw-terugvordering", "Terugvordering van bijstand", "Participatiewet",
            "jci1.3:c:BWBR0015703&artikel=58", "Terugvorderen van te veel betaalde bijstand"),
    JEUGDWET_VOORZIENING("jeugdwet-voorziening", "Jeugdhulp (individuele voorziening)", "Jeugdwet",
            "jci1.3:c:BWBR0034925&artikel=2.3", "Individuele voorziening als een jeugdige op jeugdhulp is aangewezen");

    private final String code;
    private final String omschrijving;
    private final String wet;
    private final String standaardRegel;
    private final String standaardRegelNaam;

    BesluitSoort(String code, String omschrijving, String wet, String standaardRegel, String standaardRegelNaam) {
        this.code = code;
        this.omschrijving = omschrijving;
        this.wet = wet;
        this.standaardRegel = standaardRegel;
        this.standaardRegelNaam = standaardRegelNaam;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String wet() {
        return wet;
    }

    /** The rule (juriconnect) that the standard outcome follows and a departure departs from. */
    public String standaardRegel() {
        return standaardRegel;
    }

    public String standaardRegelNaam() {
        return standaardRegelNaam;
    }

    public boolean isTerugvordering() {
        return this == PW_TERUGVORDERING;
    }

    @JsonCreator
    public static BesluitSoort vanCode(String code) {
        return Keuze.vanCode(BesluitSoort.class, code, "Onbekende soort besluit");
    }
}
