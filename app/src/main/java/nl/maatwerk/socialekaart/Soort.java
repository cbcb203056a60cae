package nl.maatwerk.socialekaart;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** What kind of offer a service is. General and informal offers come first when matching: they are voorliggend to a maatwerkvoorziening (Wmo 2015, art. 2.3.5 lid 3). */
@org.springframework.modulith.NamedInterface("intern")
public enum Soort implements Keuze {
    ALGEMENE_VOORZIENING("algemene-voorziening", "Algemene voorziening"),
    VRIJWILLIGERSORGANISATIE("vrijwilligersorganisatie", "Vrijwilligersorganisatie"),
    INFORMELE_HULP("informele-hulp", "Informele hulp"),
    BUURTINITIATIEF("buurtinitiatief", "Buurtinitiatief"),
    AANBIEDER("aanbieder", "Aanbieder (zorg of hulp met indicatie)");

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
        return Keuze.vanCode(Soort.class, code, "Onbekende soort aanbod");
    }
}
