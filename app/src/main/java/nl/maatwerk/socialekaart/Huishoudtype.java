package nl.maatwerk.socialekaart;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** The kinds of household a service is meant for (an eligibility field of the offer). */
@org.springframework.modulith.NamedInterface("intern")
public enum Huishoudtype implements Keuze {
    ALLEENSTAAND("alleenstaand", "Alleenstaand"),
    PAAR("paar", "Stel zonder kinderen"),
    EENOUDERGEZIN("eenoudergezin", "Eenoudergezin"),
    GEZIN("gezin", "Gezin met kinderen");

    private final String code;
    private final String omschrijving;

    Huishoudtype(String code, String omschrijving) {
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
    public static Huishoudtype vanCode(String code) {
        return Keuze.vanCode(Huishoudtype.class, code, "Onbekend soort huishouden");
    }
}
