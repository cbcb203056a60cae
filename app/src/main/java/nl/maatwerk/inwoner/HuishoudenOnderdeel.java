package nl.maatwerk.inwoner;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.platform.Gebruiker;

/**
 * A part of the integral household page that another module contributes (requests and regie, ZRM,
 * the plan, decisions, signals). The household module shows the parts in order without knowing them,
 * so it depends on no module that builds on it.
 *
 * <p>Each part says what it shows to whom, in two methods: one for a professional, one for a member
 * of the household looking at their own page. A part that does not write the second is not on the
 * resident's page at all, so a new part cannot show a resident what professionals wrote by
 * forgetting to filter (issue 13).
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

    /**
     * The part's name in the household page's "Op deze pagina" list, which links to it; null leaves
     * it out (a part that often shows nothing). Short, as its heading says it.
     */
    default String kop() {
        return null;
    }

    /** The tab of a professional's household page that shows this part. */
    default Tabblad tabblad() {
        return Tabblad.OVERZICHT;
    }

    /**
     * The ids inside the fragment that links may point at ({@code #veiligheid}), besides {@code deel-} and the
     * fragment's name, which every part has. On another tab they lead to this part's tab, so a link or bookmark
     * from before the tabs still arrives somewhere that says where to go.
     */
    default List<String> ankers() {
        return List.of();
    }

    /** What the fragment shows a professional who may see this household. */
    Map<String, Object> voorProfessional(Huishouden huishouden, Gebruiker professional);

    /**
     * What the fragment shows a member of this household (role inwoner) on their own page, or
     * empty to leave the part off that page, which is what a part does unless it says otherwise.
     *
     * <p>A resident sees what is theirs: the public status of their own requests and of those for the
     * household as a whole, decisions addressed to them, their own consents and signals, the shared
     * plan. Never what a professional wrote (a request's text, the reason for a status, a note, a
     * comment on a score, the safety flag) and nothing that is about another member only. Put only
     * that in the map: the template is not the filter, the map is.
     */
    default Optional<Map<String, Object>> voorInwoner(Huishouden huishouden, UUID inwonerId) {
        return Optional.empty();
    }
}
