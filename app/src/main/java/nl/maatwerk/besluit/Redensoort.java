package nl.maatwerk.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/**
 * The kind of reason for a departure, as the register counts it. A fixed list and no free text, so
 * the register holds no personal data and the reasons can be counted per rule.
 */
@org.springframework.modulith.NamedInterface("intern")
public enum Redensoort implements Keuze {
    ONDER_BESTAANSMINIMUM("onder-bestaansminimum", "De regel zou het huishouden onder het bestaansminimum brengen"),
    ONEVENREDIG("onevenredig", "De gevolgen zijn onevenredig zwaar vergeleken met het doel van de regel"),
    GOEDE_TROUW("goede-trouw", "De inwoner handelde te goeder trouw of de fout lag bij de gemeente"),
    KINDEREN("kinderen", "Het belang van kinderen in het huishouden weegt zwaarder"),
    GEZONDHEID("gezondheid", "Gezondheid of zorg van iemand in het huishouden"),
    DOORBRAAK("doorbraak", "Een doorbraak is beter en goedkoper dan doorgaan zoals nu"),
    REGEL_PAST_NIET("regel-past-niet", "De regel past niet bij deze situatie"),
    WENS_INWONER("wens-inwoner", "De inwoner wil zelf sneller aflossen dan de regel vraagt"),
    ANDERS("anders", "Een andere reden");

    private final String code;
    private final String omschrijving;

    Redensoort(String code, String omschrijving) {
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
    public static Redensoort vanCode(String code) {
        return Keuze.vanCode(Redensoort.class, code, "Onbekende soort reden");
    }
}
