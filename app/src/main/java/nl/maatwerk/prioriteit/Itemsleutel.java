package nl.maatwerk.prioriteit;

import java.util.Locale;
import java.util.UUID;

/**
 * The key of a work queue item as a value: a request or a household, and its id. The text form is
 * the one {@code Werkvoorraad.Werkitem.sleutel()} gives ({@code hulpvraag:<id>}, {@code huishouden:<id>});
 * it is read here and nowhere else.
 */
record Itemsleutel(Soort soort, UUID id) {

    enum Soort {
        HULPVRAAG, HUISHOUDEN;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    Itemsleutel {
        java.util.Objects.requireNonNull(soort, "soort");
        java.util.Objects.requireNonNull(id, "id");
    }

    /**
     * Reads a key in its text form.
     *
     * @throws IllegalArgumentException naming the key and the expected form, when it is not one
     */
    static Itemsleutel lees(String tekst) {
        int dubbelepunt = tekst == null ? -1 : tekst.indexOf(':');
        if (dubbelepunt > 0) {
            String soort = tekst.substring(0, dubbelepunt);
            for (Soort s : Soort.values()) {
                if (s.code().equals(soort)) {
                    try {
                        return new Itemsleutel(s, UUID.fromString(tekst.substring(dubbelepunt + 1)));
                    } catch (IllegalArgumentException e) {
                        break;
                    }
                }
            }
        }
        throw new IllegalArgumentException("Geen sleutel van een item in de werkvoorraad: \u201c" + tekst
                + "\u201d (verwacht hulpvraag:<id> of huishouden:<id>)");
    }

    @Override
    public String toString() {
        return soort.code() + ":" + id;
    }
}
