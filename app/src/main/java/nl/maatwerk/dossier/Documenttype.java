package nl.maatwerk.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import nl.maatwerk.platform.Keuze;

/**
 * What a document is, and from that how long it is kept (docs/bewaartermijnen.md). The periods are a
 * starting point for a municipality to set with its own selection list (VNG Selectielijst gemeenten en
 * intergemeentelijke organen); they count from the day of the upload.
 */
@org.springframework.modulith.NamedInterface("intern")
public enum Documenttype implements Keuze {
    AANVRAAG("aanvraag", "Aanvraag of formulier van de inwoner", 7),
    INKOMEN("inkomen", "Bewijs van inkomen of vermogen (loonstrook, bankafschrift)", 7),
    IDENTITEIT("identiteit", "Kopie van een identiteitsbewijs", 1),
    SCHULDEN("schulden", "Overzicht van schulden of een brief van een schuldeiser", 7),
    MEDISCH("medisch", "Medische informatie of advies", 15),
    VERSLAG("verslag", "Verslag van een gesprek of huisbezoek", 7),
    CORRESPONDENTIE("correspondentie", "Brief of e-mail van of aan de inwoner", 7),
    BESLUIT("besluit", "Stuk bij een besluit (advies, bijlage)", 10),
    OVERIG("overig", "Overig", 2);

    private final String code;
    private final String omschrijving;
    private final int bewaarjaren;

    Documenttype(String code, String omschrijving, int bewaarjaren) {
        this.code = code;
        this.omschrijving = omschrijving;
        this.bewaarjaren = bewaarjaren;
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

    public int bewaarjaren() {
        return bewaarjaren;
    }

    /** The last day a document of this type, uploaded on {@code opgeslagen}, is kept. */
    public LocalDate bewarenTot(LocalDate opgeslagen) {
        return opgeslagen.plusYears(bewaarjaren);
    }

    @JsonCreator
    public static Documenttype vanCode(String code) {
        return Keuze.vanCode(Documenttype.class, code, "Onbekend documenttype");
    }
}
