package nl.maatwerk.thermometer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * What a statement asks: knowing the intent, knowing why we do it this way, or acting on it. The
 * seed's point is that people often act well without knowing why; separating the three shows that.
 */
public enum Aspect {
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

    public static Aspect vanCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekend aspect: " + code));
    }
}
