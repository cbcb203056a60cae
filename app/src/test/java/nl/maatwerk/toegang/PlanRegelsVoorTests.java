package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.util.List;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;

/**
 * The plan rules of toegang for tests of other modules: {@code demo} checks that the plans it
 * generates would pass them. {@link PlanRegels} itself is package-private; it is no API of toegang.
 */
public final class PlanRegelsVoorTests {

    public static List<Fout> controleer(PlanInhoud plan, PlanInhoud basis, LocalDate vandaag) {
        return PlanRegels.controleer(plan, basis, vandaag);
    }

    private PlanRegelsVoorTests() {
    }
}
