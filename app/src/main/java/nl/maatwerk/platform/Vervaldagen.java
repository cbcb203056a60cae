package nl.maatwerk.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Function;

/**
 * Work with a due date as the start page shows it: overdue, due today, due later this week (up to and including Sunday),
 * and later. One grouping for every module's part of the start page, so "this week" means the same everywhere.
 */
public record Vervaldagen<T>(List<T> teLaat, List<T> vandaag, List<T> dezeWeek, List<T> later) {

    /** The last day that counts as this week. */
    public static LocalDate zondag(LocalDate vandaag) {
        return vandaag.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    public static <T> Vervaldagen<T> indelen(List<T> items, Function<T, LocalDate> vervaldatum, LocalDate vandaag) {
        LocalDate zondag = zondag(vandaag);
        return new Vervaldagen<>(
                items.stream().filter(t -> vervaldatum.apply(t).isBefore(vandaag)).toList(),
                items.stream().filter(t -> vervaldatum.apply(t).isEqual(vandaag)).toList(),
                items.stream().filter(t -> vervaldatum.apply(t).isAfter(vandaag) && !vervaldatum.apply(t).isAfter(zondag)).toList(),
                items.stream().filter(t -> vervaldatum.apply(t).isAfter(zondag)).toList());
    }
}
