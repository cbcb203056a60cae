package nl.maatwerk.besluit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/**
 * How a recovery is collected. Set-off against the benefit and garnishment are measures the
 * municipality imposes, so the law keeps them above the beslagvrije voet; a repayment arrangement
 * is voluntary and may go further only when the resident asks for it.
 */
@org.springframework.modulith.NamedInterface("intern")
public enum Inningswijze implements Keuze {
    VERREKENING("verrekening", "Verrekenen met de uitkering", "jci1.3:c:BWBR0015703&artikel=60a"),
    BESLAG("beslag", "Beslag (loon of uitkering)", "jci1.3:c:BWBR0001827&artikel=475c"),
    BETALINGSREGELING("betalingsregeling", "Vrijwillige betalingsregeling met de inwoner", "jci1.3:c:BWBR0015703&artikel=60b");

    private final String code;
    private final String omschrijving;
    private final String bron;

    Inningswijze(String code, String omschrijving, String bron) {
        this.code = code;
        this.omschrijving = omschrijving;
        this.bron = bron;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String bron() {
        return bron;
    }

    /** Imposed by the municipality: never below the beslagvrije voet. */
    boolean isDwang() {
        return this != BETALINGSREGELING;
    }

    @JsonCreator
    public static Inningswijze vanCode(String code) {
        return Keuze.vanCode(Inningswijze.class, code, "Onbekende inningswijze");
    }
}
