package nl.maatwerk.regels.hervorming;

import java.time.LocalDate;
import nl.maatwerk.regels.inkomen.Parameters;

/**
 * What the income rules can see of a household's people on a peildatum: for each person only on which
 * side of every age boundary the rules use (born yet, 18, 21, the kostendeler age, the AOW age) and any
 * exception. Two households with the same key get the same norm and beslagvrije voet, so the
 * explained route, which the fast one declines for AOW age and youth, is worked out once per key.
 * A property test compares the cached outcomes with the rules themselves.
 */
final class Leeftijdsklassen {

    /** No key: more housemates than fit, so work it out without the cache. */
    static final long GEEN = -1;

    private final long peil;
    private final long grens18;
    private final long grens21;
    private final long grensKostendeler;
    private final long grensAow;

    Leeftijdsklassen(LocalDate peildatum, Parameters parameters) {
        peil = peildatum.toEpochDay();
        grens18 = peildatum.minusYears(18).toEpochDay();
        grens21 = peildatum.minusYears(21).toEpochDay();
        grensKostendeler = peildatum.minusYears(parameters.op(Parameters.KOSTENDELER_LEEFTIJD, peildatum).waarde().intValueExact()).toEpochDay();
        grensAow = peildatum.minusMonths(parameters.op(Parameters.AOW_LEEFTIJD, peildatum).waarde().intValueExact()).toEpochDay();
    }

    /** Five bits: born after the peildatum, and younger than 18, 21, the kostendeler age, the AOW age. */
    private int klasse(long geboren) {
        return (geboren > peil ? 1 : 0) | (geboren > grens18 ? 2 : 0) | (geboren > grens21 ? 4 : 0)
                | (geboren > grensKostendeler ? 8 : 0) | (geboren > grensAow ? 16 : 0);
    }

    /** The key (without the peildatum, which the caller keeps apart), or {@link #GEEN}. */
    long sleutel(Huishouden h) {
        int n = h.medebewoners().length;
        if (n > 4) {
            return GEEN;
        }
        long k = klasse(h.aanvrager());
        k = k << 6 | (h.heeftPartner() ? 32 | klasse(h.partner()) : 0);
        int[] mede = new int[n];
        for (int i = 0; i < n; i++) {
            mede[i] = klasse(h.medebewoners()[i]) << 2 | (h.uitzondering()[i] & 3);
        }
        java.util.Arrays.sort(mede); // the order of housemates does not matter to the rules
        for (int m : mede) {
            k = k << 7 | m;
        }
        return k << 3 | n;
    }
}
