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
}
