package nl.maatwerk.platform;

import java.util.Map;
import java.util.Optional;

/**
 * A part of the start page that a module contributes (issue 15): my tasks, deadlines due, approvals that
 * came back, new signals, recently opened households; for the team lead what waits across the team. The
 * start page shows the parts in order without knowing them, as the household page does with its parts, so
 * platform depends on no module and each module shows only its own data.
 *
 * <p>A part decides itself for whom it is (empty: not on this user's page) and checks need-to-know and
 * logs the personal data it shows, as any use case of its module does.
 */
public interface StartOnderdeel {

    /** Lower comes first on the page. */
    int volgorde();

    /** The Thymeleaf template that holds the fragment, e.g. {@code taak/start}. */
    String sjabloon();

    /** The fragment's name in that template; it sees the model below as {@code deel}. */
    String fragment();

    /** What the fragment shows this user, or empty to leave the part off their start page. */
    Optional<Map<String, Object>> voor(Gebruiker gebruiker);
}
