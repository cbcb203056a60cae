package nl.maatwerk.regels.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * Working days in the sense of the Algemene termijnenwet (BWBR0002448): not a Saturday, not a
 * Sunday and not one of the generally recognised public holidays of art. 3 lid 1 (Nieuwjaarsdag,
 * Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, both Christmas days, Koningsdag and 5 May),
 * nor Good Friday, which art. 3 lid 2 equates with them "for the application of this law".
 * Source checked 2026-12-06: the text of art. 3 lid 1 and 2 as quoted by staatsrechtpraktijk.nl and
 * wvhl.nl, and nl.wikipedia.org/wiki/Algemene_termijnenwet. Not modelled: the extra days a royal
 * decree under art. 3 lid 3 equates for a few years at a time (e.g. some bridge days); those need
 * the decree in force for the year.
 */
public final class Werkdagen {

    public static final String BRON = "jci1.3:c:BWBR0002448&artikel=3";
    /** Art. 3 lid 2: Good Friday counts as a recognised holiday for this law. */
    public static final String BRON_GOEDE_VRIJDAG = "jci1.3:c:BWBR0002448&artikel=3&lid=2";

    private Werkdagen() {
    }

    public static boolean isWerkdag(LocalDate dag) {
        DayOfWeek d = dag.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isFeestdag(dag);
    }

    public static boolean isFeestdag(LocalDate dag) {
        return feestdagen(dag.getYear()).contains(dag);
    }

    /** The public holidays of art. 3 lid 1 and Good Friday (art. 3 lid 2) in a year. */
    public static Set<LocalDate> feestdagen(int jaar) {
        LocalDate pasen = eerstePaasdag(jaar);
        LocalDate koningsdag = LocalDate.of(jaar, Month.APRIL, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            // Koningsdag moves to the Saturday before when 27 April is a Sunday.
            koningsdag = koningsdag.minusDays(1);
        }
        return Set.of(
                LocalDate.of(jaar, Month.JANUARY, 1),
                pasen.minusDays(2),
                pasen.plusDays(1),
                pasen.plusDays(39),
                pasen.plusDays(50),
                koningsdag,
                LocalDate.of(jaar, Month.MAY, 5),
                LocalDate.of(jaar, Month.DECEMBER, 25),
                LocalDate.of(jaar, Month.DECEMBER, 26));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
    static LocalDate eerstePaasdag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }

    /** The day that is {@code aantal} working days after {@code start} (the start day itself not counted). */
    public static LocalDate plus(LocalDate start, int aantal) {
        LocalDate dag = start;
        int geteld = 0;
        while (geteld < aantal) {
            dag = dag.plusDays(1);
            if (isWerkdag(dag)) {
                geteld++;
            }
        }
        return dag;
    }

    /** The first working day on or after {@code dag}. */
    public static LocalDate eersteWerkdagVanaf(LocalDate dag) {
        LocalDate d = dag;
        while (!isWerkdag(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Working days from {@code van} (exclusive) up to and including {@code tot}; negative when {@code tot} is earlier. */
    public static int tussen(LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            return -tussen(tot, van);
        }
        int n = 0;
        for (LocalDate d = van.plusDays(1); !d.isAfter(tot); d = d.plusDays(1)) {
            if (isWerkdag(d)) {
                n++;
            }
        }
        return n;
    }
}
