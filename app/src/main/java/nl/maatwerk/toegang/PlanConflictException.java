package nl.maatwerk.toegang;

/**
 * The plan was saved by someone else since the version the user started from. Nothing was saved;
 * the exception carries the current plan and the three-way merge, so the user can check the
 * combined changes, choose where both changed the same field, and confirm.
 */
@org.springframework.modulith.NamedInterface("intern")
public class PlanConflictException extends RuntimeException {

    private final Gezinsplan huidig;
    private final int basisVersie;
    private final PlanSamenvoeging.Resultaat samenvoeging;

    PlanConflictException(Gezinsplan huidig, int basisVersie, PlanSamenvoeging.Resultaat samenvoeging) {
        super("Iemand anders heeft het plan gewijzigd sinds versie " + basisVersie + ". De huidige versie is " + huidig.versie()
                + ". Er is niets opgeslagen.");
        this.huidig = huidig;
        this.basisVersie = basisVersie;
        this.samenvoeging = samenvoeging;
    }

    public Gezinsplan huidig() {
        return huidig;
    }

    public int basisVersie() {
        return basisVersie;
    }

    public PlanSamenvoeging.Resultaat samenvoeging() {
        return samenvoeging;
    }
}
