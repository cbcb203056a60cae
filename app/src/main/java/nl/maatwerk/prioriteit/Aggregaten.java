package nl.maatwerk.prioriteit;

/** Rules for every aggregate view of this module (dashboard, fairness report). */
public final class Aggregaten {

    /**
     * Groups smaller than this are not shown. With fewer than ten people a share or a ratio can point
     * to one household (the only one over 75 in a wijk, say); ten is the threshold the CBS and most
     * municipal statistics use for small cells.
     */
    public static final int MINIMALE_GROEP = 10;

    private Aggregaten() {
    }
}
