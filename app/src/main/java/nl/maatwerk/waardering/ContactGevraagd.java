package nl.maatwerk.waardering;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Event: a resident who was unhappy asked to be contacted. Published in the transaction that stores the answer,
 * so the follow-up task is made even when the answer came through a link without login (no one to make a task
 * as). Ids only; the answer itself is not in it.
 *
 * @param opvolgingId the follow-up record, with the consent as shown
 * @param vervaldatum five working days after the answer
 */
public record ContactGevraagd(UUID opvolgingId, UUID huishoudenId, String teamId, LocalDate vervaldatum) {
}
