package nl.maatwerk.toegang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Parts of a household file a resident can consent to share. */
public enum Onderdeel {
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
        return Arrays.stream(values()).filter(w -> w.code.equals(code) || w.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekende waarde: " + code));
    }
}
