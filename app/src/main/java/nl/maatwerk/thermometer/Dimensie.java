package nl.maatwerk.thermometer;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** What the questions of a theme are about: from the intended effect down to the service itself. */
@org.springframework.modulith.NamedInterface("intern")
public enum Dimensie implements Keuze {
    EFFECTEN("effecten", "Effecten", "Eff", "het effect dat de gemeente wil bereiken"),
    BELEID("beleid", "Beleid", "Bel", "het beleid, de verordeningen en beleidsregels"),
    OPDRACHTEN("opdrachten", "Opdrachten", "Opd", "de opdrachten en contracten aan aanbieders"),
    DIENSTVERLENING("dienstverlening", "Dienstverlening", "Dnst", "de hulp en dienstverlening aan inwoners");

    private final String code;
    private final String naam;
    private final String kort;
    private final String uitleg;

    Dimensie(String code, String naam, String kort, String uitleg) {
        this.code = code;
        this.naam = naam;
        this.kort = kort;
        this.uitleg = uitleg;
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

    /** A short label for the column heads of the heatmap, where a full word does not fit. */
    public String kort() {
        return kort;
    }

    public String uitleg() {
        return uitleg;
    }

    public static Dimensie vanCode(String code) {
        return Keuze.vanCode(Dimensie.class, code, "Onbekende dimensie");
    }
}
