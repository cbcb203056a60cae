package nl.maatwerk.knelpunt;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** A procedure or system a knelpunt can be about when it is not one rule: each is a dossier of its own. */
@org.springframework.modulith.NamedInterface("intern")
public enum Procedure implements Keuze {
    AANVRAAG("procedure-aanvraag", "De aanvraagprocedure (formulieren, bewijsstukken, wachttijd)"),
    TERMIJNEN("procedure-termijnen", "Wettelijke termijnen en doorlooptijden"),
    SAMENWERKING("procedure-samenwerking", "Samenwerking tussen teams en organisaties"),
    GEGEVENS("systeem-gegevens", "Gegevens delen en privacyregels"),
    SYSTEEM("systeem-registratie", "Het registratiesysteem"),
    ANDERS("anders", "Iets anders");

    private final String code;
    private final String omschrijving;

    Procedure(String code, String omschrijving) {
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
    public static Procedure vanCode(String code) {
        return Keuze.vanCode(Procedure.class, code, "Onbekende procedure");
    }
}
