package nl.maatwerk.thermometer;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** A layer of the organisation through which policy intent travels, from the top down. */
@org.springframework.modulith.NamedInterface("intern")
public enum Laag implements Keuze {
    BESTUUR("bestuur", "Bestuur", "het bestuur", "college en gemeenteraad"),
    MANAGEMENT("management", "Management", "het management", "directie en leidinggevenden"),
    BELEID("beleid", "Beleid", "de beleidsmedewerkers", "beleidsadviseurs en -medewerkers"),
    UITVOERING("uitvoering", "Uitvoering", "de uitvoering", "wijkteams, consulenten en andere medewerkers die inwoners helpen"),
    PARTNERS("partners", "Partners", "de partners", "aanbieders en andere organisaties die voor de gemeente werken");

    private final String code;
    private final String naam;
    private final String lidwoordNaam;
    private final String uitleg;

    Laag(String code, String naam, String lidwoordNaam, String uitleg) {
        this.code = code;
        this.naam = naam;
        this.lidwoordNaam = lidwoordNaam;
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

    /** The name as used inside a sentence ("Bespreek dit met de uitvoering"). */
    public String inZin() {
        return lidwoordNaam;
    }

    public String uitleg() {
        return uitleg;
    }

    public static Laag vanCode(String code) {
        return Keuze.vanCode(Laag.class, code, "Onbekende laag");
    }
}
