package nl.maatwerk.samenhang;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The geometry of the timeline, worked out on the server: months across, one row per change, grouped by team or by
 * law. A bar runs from the date of entry into force to the end of the transition (or to the end of that month); a
 * thinner lead-in runs from the adoption (or the announcement) to that date. The page draws it as SVG with a
 * {@code <title>} per bar and shows the same items in a table. A change without a date of entry is left off the
 * chart and named in the table.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class Tijdlijn {

    public static final int LABEL = 280;
    public static final int MAAND = 36;
    public static final int KOP = 40;
    public static final int RIJ = 24;
    private static final DateTimeFormatter MAANDLETTER = DateTimeFormatter.ofPattern("MMM", Locale.forLanguageTag("nl"));

    /** Group the rows by team or by law. */
    public enum Indeling {
        TEAM, WET
    }

    public record Maandkop(int x, String maand, String jaar) {
    }

    /** One row: a group heading ({@code kop} true, only {@code tekst}) or a change with its bars (null when off the chart). */
    public record Rij(int y, boolean kop, String tekst, Invlieger invlieger, Integer aanloopX, Integer aanloopBreedte, Integer balkX,
            Integer balkBreedte, Integer ingangX) {
    }

    public record Plaat(int breedte, int hoogte, List<Maandkop> maanden, List<Rij> rijen, Integer vandaagX, YearMonth van, int aantalMaanden) {
    }

    private Tijdlijn() {
    }

    /**
     * @param groepen the groups in order: code to heading (team id to team name, or law code to law name)
     * @param hoort   which group codes an invlieger belongs to
     */
    public static Plaat teken(List<Invlieger> invliegers, Map<String, String> groepen, Function<Invlieger, List<String>> hoort, YearMonth van,
            int aantalMaanden, LocalDate vandaag) {
        List<Maandkop> koppen = new ArrayList<>();
        for (int i = 0; i < aantalMaanden; i++) {
            YearMonth m = van.plusMonths(i);
            koppen.add(new Maandkop(LABEL + i * MAAND, MAANDLETTER.format(m), m.getMonthValue() == 1 || i == 0 ? String.valueOf(m.getYear()) : null));
        }
        List<Invlieger> gesorteerd = invliegers.stream().filter(v -> v.inWerkingOp() != null)
                .sorted(Comparator.comparing(Invlieger::inWerkingOp).thenComparing(Invlieger::titel)).toList();
        List<Rij> rijen = new ArrayList<>();
        int y = KOP;
        for (Map.Entry<String, String> groep : groepen.entrySet()) {
            List<Invlieger> inGroep = gesorteerd.stream().filter(v -> hoort.apply(v).contains(groep.getKey())).toList();
            if (inGroep.isEmpty()) {
                continue;
            }
            rijen.add(new Rij(y, true, groep.getValue(), null, null, null, null, null, null));
            y += RIJ;
            for (Invlieger v : inGroep) {
                rijen.add(rij(v, y, van, aantalMaanden));
                y += RIJ;
            }
        }
        Integer vandaagX = x(vandaag, van, aantalMaanden);
        return new Plaat(LABEL + aantalMaanden * MAAND + 8, y + 8, koppen, rijen, vandaagX, van, aantalMaanden);
    }

    private static Rij rij(Invlieger v, int y, YearMonth van, int aantalMaanden) {
        LocalDate begin = v.vastgesteldOp() != null ? v.vastgesteldOp() : v.aangekondigdOp();
        LocalDate ingang = v.inWerkingOp();
        LocalDate einde = v.overgangTot() != null ? v.overgangTot() : YearMonth.from(ingang).atEndOfMonth().plusDays(1);
        LocalDate eersteDag = van.atDay(1);
        LocalDate naLaatste = van.plusMonths(aantalMaanden).atDay(1);
        Integer aanloopX = null;
        Integer aanloopBreedte = null;
        if (begin != null && begin.isBefore(ingang) && ingang.isAfter(eersteDag) && begin.isBefore(naLaatste)) {
            int a = x(max(begin, eersteDag), van);
            int b = x(min(ingang, naLaatste), van);
            aanloopX = a;
            aanloopBreedte = Math.max(1, b - a);
        }
        Integer balkX = null;
        Integer balkBreedte = null;
        if (einde.isAfter(eersteDag) && ingang.isBefore(naLaatste)) {
            int a = x(max(ingang, eersteDag), van);
            int b = x(min(einde, naLaatste), van);
            balkX = a;
            balkBreedte = Math.max(3, b - a);
        }
        return new Rij(y, false, v.titel(), v, aanloopX, aanloopBreedte, balkX, balkBreedte, x(ingang, van, aantalMaanden));
    }

    /** The x of a day on the chart, or null when it falls outside the months shown. */
    static Integer x(LocalDate dag, YearMonth van, int aantalMaanden) {
        if (dag.isBefore(van.atDay(1)) || !dag.isBefore(van.plusMonths(aantalMaanden).atDay(1))) {
            return null;
        }
        return x(dag, van);
    }

    private static int x(LocalDate dag, YearMonth van) {
        YearMonth m = YearMonth.from(dag);
        long maanden = van.until(m, java.time.temporal.ChronoUnit.MONTHS);
        return LABEL + (int) (maanden * MAAND) + (dag.getDayOfMonth() - 1) * MAAND / m.lengthOfMonth();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
