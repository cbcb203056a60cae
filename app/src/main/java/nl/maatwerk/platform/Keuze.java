package nl.maatwerk.platform;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value from a fixed list (an enum) that is stored, exchanged and shown the same way everywhere
 * (docs/conventies.md, "Codes van keuzes"): the database column and the API hold {@link #code()},
 * a person reads {@link #omschrijving()}, and a form or URL may send either the code or the
 * constant's name.
 */
public interface Keuze {

    /** The stable code in the database, the API and URLs, for example {@code signaal-partner}. */
    @JsonValue
    String code();

    /** The words a user reads for this value. */
    String omschrijving();

    /**
     * The value with this code (or constant name); each enum's {@code @JsonCreator vanCode} calls
     * this, so a wrong value gets the same clear message everywhere.
     *
     * @param onbekend the message for a wrong value, in Dutch ("Onbekende rol"); the code is added
     */
    static <E extends Enum<E> & Keuze> E vanCode(Class<E> type, String code, String onbekend) {
        for (E waarde : type.getEnumConstants()) {
            if (waarde.code().equals(code) || waarde.name().equals(code)) {
                return waarde;
            }
        }
        throw new IllegalArgumentException(onbekend + ": " + code);
    }

    /**
     * The options of a select, radio or checkbox list, in the enum's order: the constant's name as the
     * value that the form sends, the description as the label; {@code leeg} first (value "") when given.
     */
    static <E extends Enum<E> & Keuze> Map<String, String> opties(E[] waarden, String leeg) {
        Map<String, String> opties = new LinkedHashMap<>();
        if (leeg != null) {
            opties.put("", leeg);
        }
        for (E waarde : waarden) {
            opties.put(waarde.name(), waarde.omschrijving());
        }
        return opties;
    }
}
