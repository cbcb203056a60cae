package nl.maatwerk.samenhang;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.Statusmachine;

/**
 * How our preparation for a change stands: from "not looked at yet" to "in use". A change that turns out to hit
 * nothing of ours ends as "niet nodig"; a change that moves again (a new date, an amended bill) can send work that
 * was ready back to preparation.
 */
@org.springframework.modulith.NamedInterface("intern")
public enum Voorbereiding implements Keuze, Statusmachine<Voorbereiding> {
    TE_BEKIJKEN("te-bekijken", "Nog te bekijken"),
    IMPACT_IN_KAART("impact-in-kaart", "Gevolgen in kaart brengen"),
    IN_VOORBEREIDING("in-voorbereiding", "Werkwijze, regels en systemen aanpassen"),
    GEREED("gereed", "Klaar voor de ingangsdatum"),
    INGEVOERD("ingevoerd", "Ingevoerd in de teams"),
    NIET_NODIG("niet-nodig", "Niet nodig: raakt ons werk niet");

    private final String code;
    private final String omschrijving;

    Voorbereiding(String code, String omschrijving) {
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

    @Override
    public Set<Voorbereiding> volgende() {
        return switch (this) {
            case TE_BEKIJKEN -> Set.of(IMPACT_IN_KAART, NIET_NODIG);
            case IMPACT_IN_KAART -> Set.of(IN_VOORBEREIDING, NIET_NODIG);
            case IN_VOORBEREIDING -> Set.of(GEREED, NIET_NODIG);
            case GEREED -> Set.of(INGEVOERD, IN_VOORBEREIDING);
            case INGEVOERD, NIET_NODIG -> Set.of();
        };
    }

    @JsonCreator
    public static Voorbereiding vanCode(String code) {
        return Keuze.vanCode(Voorbereiding.class, code, "Onbekende stand van de voorbereiding");
    }
}
