package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** Parts of a household file a resident can consent to share. */
public enum Onderdeel implements Keuze {
    HULPVRAGEN("hulpvragen", "Hulpvragen"),
    ZRM("zrm", "Zelfredzaamheid (ZRM)"),
    PLAN("plan", "Het plan"),
    NETWERK("netwerk", "Het netwerk");

    private final String code;
    private final String omschrijving;

    Onderdeel(String code, String omschrijving) {
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
    public static Onderdeel vanCode(String code) {
        return Keuze.vanCode(Onderdeel.class, code, "Onbekende waarde");
    }
}
