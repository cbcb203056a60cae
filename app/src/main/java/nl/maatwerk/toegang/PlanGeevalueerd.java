package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Event: a professional and the household looked back on the household plan together and recorded it. Published in
 * the transaction that saves the new plan version and stored in the event publication registry. Ids and dates only.
 *
 * @param evaluatieId stays the same on every delivery, so a listener can tell a redelivery from a new evaluation
 * @param planVersie the plan version that holds the evaluation
 * @param gesprekOp the day of the talk
 */
public record PlanGeevalueerd(UUID evaluatieId, UUID huishoudenId, int planVersie, LocalDate gesprekOp) {
}
