package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Event: a professional closed a request for help. Published in the transaction that closes it and stored in the
 * event publication registry, so every listener gets it at least once. Ids and the laws only, no personal data.
 *
 * @param inwonerId the resident the request is about; null when it is about the household as a whole
 * @param afgeslotenOp the day it was closed, in the app's time zone
 */
public record HulpvraagAfgesloten(UUID hulpvraagId, UUID huishoudenId, UUID inwonerId, List<Wet> wetten, LocalDate afgeslotenOp) {
}
