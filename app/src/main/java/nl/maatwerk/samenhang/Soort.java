package nl.maatwerk.samenhang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** What kind of change is coming: a law, a regulation, a programme, a project or the municipality's own policy. */
@org.springframework.modulith.NamedInterface("intern")
public enum Soort implements Keuze {
    WET("wet", "Wet"),
    REGELING("regeling", "Regeling of besluit (AMvB, ministeriële regeling)"),
    PROGRAMMA("programma", "Programma"),
    PROJECT("project", "Project"),
    INTERN_BELEID("intern-beleid", "Eigen beleid van de gemeente");

    private final String code;
    private final String omschrijving;

    Soort(String code, String omschrijving) {
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
    public static Soort vanCode(String code) {
        return Keuze.vanCode(Soort.class, code, "Onbekende soort");
    }
}
