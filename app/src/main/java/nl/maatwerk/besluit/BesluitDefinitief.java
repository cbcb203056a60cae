package nl.maatwerk.besluit;

import java.time.Instant;
import java.util.UUID;

/**
 * Event: a decision was made final; its content and letter no longer change. Published in the
 * transaction that makes it final and stored in the event publication registry. Ids only, no
 * personal data.
 *
 * @param hulpvraagId the request it answers; null for a decision the municipality started itself
 * @param corrigeert the final decision this one corrects, or null
 */
public record BesluitDefinitief(UUID besluitId, UUID huishoudenId, UUID hulpvraagId, BesluitSoort soort, UUID corrigeert,
        Instant definitiefOp) {
}
