package nl.maatwerk.inwoner;

import java.util.Map;
import nl.maatwerk.platform.Gebruiker;

/**
 * A part of the integral household page that another module contributes (requests and regie, ZRM,
 * the plan, later decisions). The household module shows the parts in order without knowing them,
 * so it depends on no module that builds on it.
 *
 * <p>Called only after need-to-know for the household has been checked. The page read is logged
 * once for all members by {@link Huishoudens#lees}; a part does not log its own read.
 */
public interface HuishoudenOnderdeel {

    /** Lower comes first on the page. */
    int volgorde();

    /** The Thymeleaf template that holds the fragment, e.g. {@code toegang/onderdelen}. */
    String sjabloon();

    /** The fragment's name in that template; it sees the model below as {@code deel}. */
    String fragment();

    /** What the fragment shows for this household and user. */
    Map<String, Object> gegevens(Huishouden huishouden, Gebruiker gebruiker);
}
