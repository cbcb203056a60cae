package nl.maatwerk.prioriteit;

/** Rules for every aggregate view of this module (dashboard, fairness report). */
public final class Aggregaten {

    /** Groups smaller than this are not shown: the app's one threshold ({@link nl.maatwerk.platform.KleineGroep}). */
    public static final int MINIMALE_GROEP = nl.maatwerk.platform.KleineGroep.MINIMUM;

    private Aggregaten() {
    }
}
