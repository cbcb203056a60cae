package nl.maatwerk.inwoner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Events of a household for the timeline on the household page. Each module that records
 * something about a household contributes its own events; the page merges them by time.
 */
public interface Tijdlijn {

    /** One thing that happened: when, what kind, a short text and who did it (may be empty). */
    record Gebeurtenis(Instant moment, String soort, String omschrijving, String door) {
    }

    List<Gebeurtenis> gebeurtenissen(UUID huishoudenId);
}
