package nl.maatwerk.thermometer;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/**
 * A policy advisor's judgement of an open answer against the stated intent. Done by a person on
 * purpose: the coding is transparent and can be discussed, unlike an automatic text score.
 */
@org.springframework.modulith.NamedInterface("intern")
public enum Codering implements Keuze {
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

    /** The name, as every {@link Keuze} shows itself. */
    @Override
    public String omschrijving() {
        return naam;
    }

    public static Codering vanCode(String code) {
        return Keuze.vanCode(Codering.class, code, "Onbekende codering");
    }
}
