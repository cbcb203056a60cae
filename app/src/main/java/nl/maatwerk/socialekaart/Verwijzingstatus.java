package nl.maatwerk.socialekaart;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** Where a referral stands: sent, and then the organisation's answer. */
@org.springframework.modulith.NamedInterface("intern")
public enum Verwijzingstatus implements Keuze {
    VERSTUURD("verstuurd", "Verstuurd, nog geen antwoord"),
    GEHOLPEN("geholpen", "Geholpen"),
    NIET_GEHOLPEN("niet-geholpen", "Niet geholpen"),
    WACHTLIJST("wachtlijst", "Op de wachtlijst");

    private final String code;
    private final String omschrijving;

    Verwijzingstatus(String code, String omschrijving) {
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
    public static Verwijzingstatus vanCode(String code) {
        return Keuze.vanCode(Verwijzingstatus.class, code, "Onbekende status van een verwijzing");
    }
}
