package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.List;

/**
 * What a household plan says: its goals with their actions, and when it is evaluated. Every saved
 * version keeps a copy of this, so any two versions can be compared.
 */
public record PlanInhoud(LocalDate evaluatiedatum, List<PlanDoel> doelen) {

    public static final PlanInhoud LEEG = new PlanInhoud(null, List.of());

    public PlanInhoud {
        // Copied but null elements kept, so that validation can name them instead of failing.
        doelen = doelen == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(doelen));
    }
}
