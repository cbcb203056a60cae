package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who may do what by age, on a day the caller takes from the app's clock. Age decides only what the
 * law or the method says it decides; it never counts in any order of work (ADR 0010).
 */
@org.springframework.modulith.NamedInterface("intern")
public final class Leeftijdsgrenzen {

    /**
     * From 16 a resident gives consent to share their data themselves; for a child under 16 a parent or
     * guardian gives it (UAVG art. 5 lid 1, jci1.3:c:BWBR0040940&artikel=5&lid=1). So the giver is a member of 16 or older.
     */
    public static final int TOESTEMMING = 16;

    /** The ZRM (Zelfredzaamheid-Matrix) scores one adult: 18 or older. Children are not scored with it. */
    public static final int ZRM = 18;

    private Leeftijdsgrenzen() {
    }

    /** Full years on the day; -1 when the birth date is unknown (it then never passes a limit). */
    public static int leeftijd(LocalDate geboren, LocalDate op) {
        return geboren == null ? -1 : Period.between(geboren, op).getYears();
    }

    public static boolean magToestemmingGeven(LocalDate geboren, LocalDate op) {
        return leeftijd(geboren, op) >= TOESTEMMING;
    }

    public static boolean krijgtZrm(LocalDate geboren, LocalDate op) {
        return leeftijd(geboren, op) >= ZRM;
    }
}
