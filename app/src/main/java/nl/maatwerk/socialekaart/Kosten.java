package nl.maatwerk.socialekaart;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/** What a service costs the resident: nothing, an own contribution, or a stated amount. */
@org.springframework.modulith.NamedInterface("intern")
public enum Kosten implements Keuze {
    GRATIS("gratis", "Gratis"),
    EIGEN_BIJDRAGE("eigen-bijdrage", "Eigen bijdrage"),
    BEDRAG("bedrag", "Vast bedrag");

    private final String code;
    private final String omschrijving;

    Kosten(String code, String omschrijving) {
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
    public static Kosten vanCode(String code) {
        return Keuze.vanCode(Kosten.class, code, "Onbekende soort kosten");
    }
}
