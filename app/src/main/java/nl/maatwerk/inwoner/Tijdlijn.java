package nl.maatwerk.inwoner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Events of a household for the timeline on the household page. Each module that records
 * something about a household contributes its own events; the page merges them by time.
 *
 * <p>As with {@link HuishoudenOnderdeel}, a contribution says what a professional sees and what a
 * member of the household sees; without the second, a resident sees none of its events.
 */
public interface Tijdlijn {

    /** One thing that happened: when, what kind, a short text and who did it (may be empty). */
    record Gebeurtenis(Instant moment, String soort, String omschrijving, String door) {
    }

    /** The events for a professional who may see this household. */
    List<Gebeurtenis> voorProfessional(UUID huishoudenId);

    /**
     * The events a member of the household (role inwoner) sees on their own page; none unless the
     * contribution says so. The same rule as {@link HuishoudenOnderdeel#voorInwoner}: what is theirs,
     * in words the system chooses, never a professional's free text or a reason.
     */
    default List<Gebeurtenis> voorInwoner(UUID huishoudenId, UUID inwonerId) {
        return List.of();
    }
}
