package nl.maatwerk.inwoner;

import java.util.Optional;

/**
 * Looking up a person in the Basisregistratie Personen by BSN. The answer has the shape of Haal
 * Centraal BRP Personen Bevragen (naam, geboorte, verblijfplaats), mapped onto what Maatwerk keeps.
 * A real adapter for the municipality's BRP connection implements this interface; demo mode has a
 * fictitious register, and without either the lookup is simply not available.
 */
public interface PersoonBevraging {

    /** The person with this BSN, or empty when the register does not know them. */
    Optional<InwonerGegevens> vraagOp(String bsn);

    /** The name of the source, as shown to the professional ("BRP", "demo-BRP"). */
    String bron();

    /** False when no register is connected; the page then does not offer the lookup. */
    default boolean beschikbaar() {
        return true;
    }
}
