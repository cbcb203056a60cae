package nl.maatwerk.thermometer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * A policy advisor's judgement of an open answer against the stated intent. Done by a person on
 * purpose: the coding is transparent and can be discussed, unlike an automatic text score.
 */
public enum Codering {
    PAST("past", "Past bij de bedoeling"),
    DEELS("deels", "Past deels"),
    MIST("mist", "Mist de bedoeling");

    private final String code;
    private final String naam;

    Codering(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public static Codering vanCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekende codering: " + code));
    }
}
