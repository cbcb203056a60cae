package nl.maatwerk.platform;

import java.util.Set;

/**
 * The status of something that goes through a process (docs/conventies.md, "Statusmachines"): the
 * enum itself says which steps may follow, so the rule lives in one place and a page can offer only
 * the allowed next steps. A state without next steps is an end state.
 */
public interface Statusmachine<S extends Enum<S> & Statusmachine<S>> {

    /** The states that may follow this one. */
    Set<S> volgende();

    default boolean kanNaar(S naar) {
        return volgende().contains(naar);
    }

    default boolean isEindstand() {
        return volgende().isEmpty();
    }
}
