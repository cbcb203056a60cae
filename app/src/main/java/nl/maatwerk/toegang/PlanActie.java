package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One action towards a goal: what, who does it (the kind of owner and a name), by when, and how far
 * it is. The id stays the same across versions, so two people's changes can be lined up.
 */
public record PlanActie(UUID id, String omschrijving, PlanEigenaar eigenaarType, String eigenaar, LocalDate uiterlijk,
        PlanStatus status) {

    /** True when the action is still to be done and its date has passed. */
    public boolean verlopenOp(LocalDate datum) {
        return uiterlijk != null && uiterlijk.isBefore(datum) && status != null && status.lopend();
    }
}
