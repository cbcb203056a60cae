package nl.maatwerk.besluit;

import java.util.Optional;
import java.util.UUID;

/**
 * The short code printed in a decision letter, with which a resident without DigiD reaches the questionnaire about
 * the help (issue 17). Implemented by the module that invites the resident ({@code waardering}), so {@code besluit}
 * does not depend on it; without an implementation the letter points to Mijn Maatwerk only.
 *
 * <p>The letter is fixed before the invitation exists, so the code must be known for a decision alone: the
 * implementation derives it from the decision's id and gives the same code every time it is asked.
 */
public interface Vragenlijstcode {

    /** The code for this decision's letter; empty when this kind of decision gets no questionnaire. */
    Optional<Code> voorBesluit(UUID besluitId, BesluitSoort soort);

    /**
     * @param code the code as printed, in groups ("K7QM-4XPT")
     * @param adres where the resident types it, short enough to copy from paper ("maatwerk.example.nl/vragenlijst")
     * @param dagen how many days the code works after the letter is sent
     */
    record Code(String code, String adres, int dagen) {
    }
}
