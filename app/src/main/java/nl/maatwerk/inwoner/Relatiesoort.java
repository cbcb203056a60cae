package nl.maatwerk.inwoner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** How a person in the informal network relates to the household. */
public enum Relatiesoort implements Keuze {
    MANTELZORGER("mantelzorger", "Mantelzorger"),
    FAMILIE("familie", "Familie"),
    BUREN("buren", "Buren"),
    VRIEND("vriend", "Vriend of vriendin"),
    VRIJWILLIGER("vrijwilliger", "Vrijwilliger");

    private final String code;
    private final String omschrijving;

    Relatiesoort(String code, String omschrijving) {
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
    public static Relatiesoort vanCode(String code) {
        return Keuze.vanCode(Relatiesoort.class, code, "Onbekende relatie");
    }
}
