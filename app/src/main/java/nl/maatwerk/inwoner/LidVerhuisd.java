package nl.maatwerk.inwoner;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Event: a member of a household moved out, to another household or (as far as Maatwerk knows) to
 * none. Published in the transaction that records it ({@link Huishoudens#maak}, {@link Huishoudens#wijzig})
 * and stored in the event publication registry, so every listener gets it at least once. Ids and a
 * date only, no personal data: a listener asks this module for more, within need-to-know.
 *
 * <p>A move is two consecutive memberships of one resident in different households. It is recorded
 * in two steps (end the old membership, then start the new one, since nobody lives in two households
 * at once), so one move may give two events: first with {@code naarHuishoudenId} null, then with it.
 *
 * @param inwonerId the resident who moved
 * @param vanHuishoudenId the household they left
 * @param naarHuishoudenId the household of their next membership; null when Maatwerk does not (yet) know one
 * @param verhuisdOp the first day they no longer live in the old household (the day after its end date)
 */
public record LidVerhuisd(UUID inwonerId, UUID vanHuishoudenId, UUID naarHuishoudenId, LocalDate verhuisdOp) {
}
