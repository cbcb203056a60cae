package nl.maatwerk.mijn;

import java.util.Optional;

/**
 * What another module asks the logged-in resident to look at first, shown at the top of the start page of Mijn
 * Maatwerk (for example an open questionnaire). Implemented by the module that owns the matter, so {@code mijn} does not
 * depend on it; the implementation reads only the resident's own data and logs that read itself.
 */
public interface Startmelding {

    /** For the logged-in resident (never a child they act for); nothing when there is nothing now. */
    Optional<Melding> voorIngelogde();

    /** One sentence in B1, and a link to the page where the resident acts on it. */
    record Melding(String tekst, String linktekst, String pad) {
    }
}
