package nl.maatwerk.platform;

/**
 * The one small-group threshold of the whole app (docs/conventies.md, "Kleine groepen"): every
 * aggregate — a dashboard line, a share in the fairness report, a cell of the Thermometer heatmap, a
 * count in a register — shows no number for a group of fewer people than this. With fewer than ten
 * a share can point to one household or one colleague (the only one over 75 in a wijk, the three
 * members of a small bestuur); ten is the bound that CBS and most municipal statistics use for
 * small cells. One number, so no view can be combined with another to uncover what the other hid.
 */
public final class KleineGroep {

    public static final int MINIMUM = 10;

    private KleineGroep() {
    }

    /** Whether a group of this many people is too small to show. Zero is no group, not a small one. */
    public static boolean isKlein(long aantal) {
        return aantal > 0 && aantal < MINIMUM;
    }

    /**
     * Whether to hide a whole line of numbers that add up to a total shown beside them (the kinds of
     * reason of a rule's departures, or its months): yes as soon as one of them is small. Hiding only
     * the small number is not enough, because it is the total minus the others. Hiding "the next
     * smallest too" is not enough either for whoever knows that rule: the second hidden number can
     * never be larger than the smallest one still shown, so in 10, 9, 9 with 28 beside it the two
     * hidden numbers can only be 9 and 9. With the whole line hidden, zeros too, every number in it
     * could as well be 1 as 2, whatever the total. The caller shows the total (unless it is small) and
     * one "verborgen" for the line. Zero is no group: a line of zeros and numbers of at least
     * {@link #MINIMUM} stays shown.
     */
    public static boolean reeksVerbergen(long... aantallen) {
        for (long aantal : aantallen) {
            if (isKlein(aantal)) {
                return true;
            }
        }
        return false;
    }
}
