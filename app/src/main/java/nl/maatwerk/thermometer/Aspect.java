package nl.maatwerk.thermometer;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.maatwerk.platform.Keuze;

/**
 * What a statement asks: knowing the intent, knowing why we do it this way, or acting on it. The
 * seed's point is that people often act well without knowing why; separating the three shows that.
 */
@org.springframework.modulith.NamedInterface("intern")
public enum Aspect implements Keuze {
    WETEN("weten", "De bedoeling kennen"),
    WAAROM("waarom", "Weten waarom"),
    DOEN("doen", "Ernaar handelen");

    private final String code;
    private final String naam;

    Aspect(String code, String naam) {
        this.code = code;
        this.naam = naam;
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

    public static Aspect vanCode(String code) {
        return Keuze.vanCode(Aspect.class, code, "Onbekend aspect");
    }
}
