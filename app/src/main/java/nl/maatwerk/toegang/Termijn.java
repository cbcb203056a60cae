package nl.maatwerk.toegang;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A legal clock on a request: started on a date, with the last day and the source copied from the
 * terms data when it started. "Let op" shows from a week before the end, and all along for a term
 * in working days; after the last day it is overdue until someone records it as done. How it stands
 * depends on the day it is looked at, which the caller takes from the app's clock.
 */
public record Termijn(UUID id, String code, String omschrijving, LocalDate start, LocalDate uitersteDatum, String bron,
        LocalDate afgerondOp, String gestoptReden, boolean inWerkdagen) {

    public enum Stand { OP_TIJD, LET_OP, VERLOPEN, AFGEROND, GESTOPT }

    public boolean isOpen() {
        return afgerondOp == null && gestoptReden == null;
    }

    public Stand standOp(LocalDate vandaag) {
        if (afgerondOp != null) {
            return Stand.AFGEROND;
        }
        if (gestoptReden != null) {
            return Stand.GESTOPT;
        }
        long over = ChronoUnit.DAYS.between(vandaag, uitersteDatum);
        if (over < 0) {
            return Stand.VERLOPEN;
        }
        // A term of a few working days exists because something urgent threatens: it always asks for attention.
        return inWerkdagen || over <= 7 ? Stand.LET_OP : Stand.OP_TIJD;
    }

    /** Calendar days from this day until the last day; negative when overdue. */
    long dagenOverOp(LocalDate vandaag) {
        return ChronoUnit.DAYS.between(vandaag, uitersteDatum);
    }

    /** A short Dutch text for badges and lists, as it stands on this day. */
    public String standTekstOp(LocalDate vandaag) {
        long over = dagenOverOp(vandaag);
        return switch (standOp(vandaag)) {
            case AFGEROND -> "Afgerond";
            case GESTOPT -> "Gestopt";
            case VERLOPEN -> "Te laat: " + -over + (over == -1 ? " dag" : " dagen") + " over de termijn";
            case LET_OP -> over == 0 ? "Let op: vandaag de laatste dag" : "Let op: nog " + over + (over == 1 ? " dag" : " dagen");
            case OP_TIJD -> "Op tijd: nog " + over + " dagen";
        };
    }
}
