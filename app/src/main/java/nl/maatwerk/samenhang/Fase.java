package nl.maatwerk.samenhang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** Where the change itself stands (not our preparation for it). A plan can be withdrawn at any phase, so this is a plain choice, not a state machine. */
@org.springframework.modulith.NamedInterface("intern")
public enum Fase implements Keuze {
    AANGEKONDIGD("aangekondigd", "Aangekondigd (plan, nog geen voorstel)"),
    IN_BEHANDELING("in-behandeling", "Voorstel in behandeling"),
    VASTGESTELD("vastgesteld", "Vastgesteld"),
    IN_WERKING("in-werking", "In werking"),
    INGETROKKEN("ingetrokken", "Ingetrokken of uitgesteld zonder datum");

    private final String code;
    private final String omschrijving;

    Fase(String code, String omschrijving) {
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
    public static Fase vanCode(String code) {
        return Keuze.vanCode(Fase.class, code, "Onbekende fase");
    }
}
