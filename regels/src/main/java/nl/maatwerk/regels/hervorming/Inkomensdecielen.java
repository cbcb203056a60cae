package nl.maatwerk.regels.hervorming;

import java.io.Serializable;

/**
 * Income deciles of a population from a histogram of net household income per month in steps of
 * €10, so that a distributed run and a single-JVM run find the same boundaries: count first
 * ({@link #tel}, {@link #samen}), then {@link #grenzen()}. Incomes above €20,000 a month share the
 * last step. Not standardised for household size (CBS's deciles are); stated in the summary.
 */
public final class Inkomensdecielen implements Serializable {

    static final long STAP = 1_000; // cents
    static final int STAPPEN = 2_000;

    private final long[] aantal = new long[STAPPEN + 1];

    public void tel(long inkomen) {
        aantal[(int) Math.min(STAPPEN, Math.max(0, inkomen) / STAP)]++;
    }

    public Inkomensdecielen samen(Inkomensdecielen ander) {
        for (int i = 0; i < aantal.length; i++) {
            aantal[i] += ander.aantal[i];
        }
        return this;
    }

    /** Nine boundaries in cents: a household is in decile 1 + the number of boundaries it reaches. */
    public long[] grenzen() {
        long totaal = 0;
        for (long a : aantal) {
            totaal += a;
        }
        long[] grenzen = new long[9];
        long cumulatief = 0;
        int k = 0;
        for (int i = 0; i < aantal.length && k < 9; i++) {
            cumulatief += aantal[i];
            while (k < 9 && cumulatief * 10 >= (k + 1) * totaal) {
                grenzen[k++] = (i + 1) * STAP;
            }
        }
        while (k < 9) {
            grenzen[k++] = Long.MAX_VALUE;
        }
        return grenzen;
    }

    public static int deciel(long inkomen, long[] grenzen) {
        int d = 1;
        for (long g : grenzen) {
            if (inkomen >= g) {
                d++;
            }
        }
        return d;
    }
}
