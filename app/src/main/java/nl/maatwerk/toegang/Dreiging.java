package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** A threat that makes a debt request urgent (Wgs art. 4): the first conversation then follows within three working days. */
public enum Dreiging implements Keuze {
    ONTRUIMING("ontruiming", "Ontruiming van de woning dreigt"),
    AFSLUITING_ENERGIE("afsluiting-energie", "Afsluiting van gas of stroom dreigt"),
    AFSLUITING_WATER("afsluiting-water", "Afsluiting van water dreigt"),
    OPZEGGING_ZORGVERZEKERING("opzegging-zorgverzekering", "Opzegging van de zorgverzekering dreigt");

    private final String code;
    private final String omschrijving;

    Dreiging(String code, String omschrijving) {
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
    public static Dreiging vanCode(String code) {
        return Keuze.vanCode(Dreiging.class, code, "Onbekende waarde");
    }
}
