package nl.maatwerk.inwoner;

import java.util.List;

/**
 * Which households a user may see, as a subquery other modules put in their own SQL:
 * {@code huishouden_id in (} {@link #subquery()} {@code )} with {@link #parameters()} bound in that
 * place. The subquery calls {@code inwoner.zichtbare_huishoudens}, the function this module owns
 * (migrations V10, V11, V13, V15 and V16_1), so no other module names this module's schema or tables. Its
 * parameters include the moment and the day from the app's clock, so a pinned date holds here too.
 */
public record Zichtbaarheid(String subquery, List<Object> parameters) {

    // In FROM, not in the select list: only there is the function inlined and the asked household looked up by index (V15).
    static final String SUBQUERY = "select z from inwoner.zichtbare_huishoudens(?, ?, ?, ?, ?, ?) z";

    public Zichtbaarheid {
        // Not List.copyOf: a professional has no inwoner id and a resident no team, so nulls belong here.
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }
}
