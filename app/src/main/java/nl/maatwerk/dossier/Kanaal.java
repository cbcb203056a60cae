package nl.maatwerk.dossier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** How the contact in a note took place. */
@org.springframework.modulith.NamedInterface("intern")
public enum Kanaal implements Keuze {
    TELEFOON("telefoon", "Telefoon"),
    HUISBEZOEK("huisbezoek", "Huisbezoek"),
    BALIE("balie", "Aan de balie"),
    EMAIL("e-mail", "E-mail"),
    BRIEF("brief", "Brief"),
    BEELDBELLEN("beeldbellen", "Beeldbellen"),
    OVERLEG("overleg", "Overleg met een collega of partner"),
    NOTITIE("notitie", "Notitie zonder contact");

    private final String code;
    private final String omschrijving;

    Kanaal(String code, String omschrijving) {
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
    public static Kanaal vanCode(String code) {
        return Keuze.vanCode(Kanaal.class, code, "Onbekend kanaal");
    }
}
