package nl.maatwerk.toegang;

import java.util.List;
import java.util.UUID;

/**
 * Offers that fit a plan's needs, for the plan editor (issue 17). Toegang only defines what it shows; the sociale kaart
 * implements it, so toegang does not depend on the module that depends on it. Without an implementation the editor
 * shows no offers.
 */
public interface AanbodVoorPlan {

    /** At most this many offers per need in the editor: it is a form, not the overview on the household page. */
    int PER_BEHOEFTE = 2;

    /** One offer: the service, its organisation and why it fits, in words. */
    record Voorstel(UUID dienstId, String dienst, String organisatie, String reden) {
    }

    /** The offers for one need: a goal of the plan ({@code doelId} and its words) or a life domain with a low ZRM score. */
    record Behoefte(Levensdomein domein, UUID doelId, String doel, Integer zrmScore, List<Voorstel> voorstellen) {
    }

    /**
     * The needs of the household's plan with at most {@link #PER_BEHOEFTE} offers each, general and informal first.
     * Checks need-to-know and logs the read of the household, as any read of it.
     */
    List<Behoefte> voor(UUID huishoudenId);
}
