package nl.maatwerk.toegang;

import java.util.List;
import java.util.UUID;

/** A goal of the household on one ZRM life domain, in the household's own words, with its actions. */
public record PlanDoel(UUID id, Levensdomein levensdomein, String doel, List<PlanActie> acties) {

    public PlanDoel {
        // Copied but null elements kept, so that validation can name them instead of failing.
        acties = acties == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(acties));
    }
}
