package nl.maatwerk.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one chart helper of the app (issue 15): a bar chart as coordinates for the plain SVG fragment
 * {@code fragmenten/grafiek :: grafiek(g)}, so no page draws SVG by hand. Two shapes: bars per group
 * ({@link #perGroep}, horizontal, one bar per series side by side) and bars per month ({@link #perMaand},
 * every month of the period on the axis, zero months as a bar of height zero with a "0" above it).
 * Both have a value axis with round ticks and grid lines starting at zero. A null value is a hidden
 * number (small group, {@link KleineGroep}): no bar, and {@link #VERBORGEN} in its place, never a zero,
 * so the chart says what the table beside it says. Colour is never the only difference: the second
 * series is striped, and the legend names each one. Sizes are viewBox units; the SVG scales to the
 * width of the page, so the font sizes are chosen to stay readable at 390 px.
 */
public record Grafiek(String id, String titel, String beschrijving, int breedte, int hoogte, List<Lijn> lijnen, List<Staaf> staven,
        List<Tekst> teksten, List<Legenda> legenda) {

    /** What a bar shows in place of a hidden number. */
    public static final String VERBORGEN = "verborgen";

    /** The short mark of a hidden number where a month's column has no room for the word. */
    public static final String VERBORGEN_KORT = "–";

    static final int MAAND_B = 30;
    static final int LINKS = 44;
    static final int BOVEN = 14;
    static final int PLOT_H = 120;
    static final int RIJ_H = 16;
    static final int LABEL_B = 160;
    static final int PLOT_B = 160;
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    /** Six series look different; Wat als? shows winners and losers of up to five variants side by side. */
    private static final String[] KLASSEN = {"mw-grafiek__staaf--1", "mw-grafiek__staaf--2", "mw-grafiek__staaf--3", "mw-grafiek__staaf--4",
        "mw-grafiek__staaf--5", "mw-grafiek__staaf--6"};

    /** A line of the chart: an axis ({@code as}) or a grid line. */
    public record Lijn(int x1, int y1, int x2, int y2, boolean as) {

        /** Its CSS class; here, because a "__" in a template expression is Thymeleaf's preprocessing. */
        public String klasse() {
            return as ? "mw-grafiek__as" : "mw-grafiek__raster";
        }
    }

    /** One bar; {@code gestreept} fills it with the chart's stripe pattern. */
    public record Staaf(int x, int y, int b, int h, String klasse, boolean gestreept, String reeks, String tekst) {

        public String klassen() {
            return gestreept ? klasse + " mw-grafiek__staaf--gestreept" : klasse;
        }
    }

    /** A text at (x, y); {@code anker} is the SVG text-anchor. */
    public record Tekst(int x, int y, String anker, String tekst, String klasse) {
    }

    /** A legend entry: the series' name and how its bars look. */
    public record Legenda(String naam, String klasse, boolean gestreept) {

        public String klassen() {
            return gestreept ? klasse + " mw-grafiek__staaf--gestreept" : klasse;
        }
    }

    /**
     * A series of values, one per group or month; null is hidden. {@code achter} draws it as a wide light
     * bar behind the others (a denominator, such as all decisions behind the departures).
     */
    public record Reeks(String naam, List<? extends Number> waarden, boolean achter) {

        public Reeks(String naam, List<? extends Number> waarden) {
            this(naam, waarden, false);
        }
    }

    /** How numbers read: decimals (0 or 1, Dutch comma) and a unit after them ("%" or ""). */
    public record Eenheid(int decimalen, String achter) {

        public static final Eenheid AANTAL = new Eenheid(0, "");
        public static final Eenheid PROCENT = new Eenheid(0, "%");
        public static final Eenheid PROCENT_1 = new Eenheid(1, "%");

        public String tekst(Number n) {
            if (n == null) {
                return VERBORGEN;
            }
            // The exact value of the double, as Thymeleaf's #numbers (DecimalFormat) rounds it in the table beside the chart:
            // 11.65 is stored as 11.65000000000000035..., which both round to 11,7 (BigDecimal.valueOf would see "11.65" and give 11,6).
            BigDecimal d = (n instanceof BigDecimal b ? b : n instanceof Long || n instanceof Integer ? BigDecimal.valueOf(n.longValue())
                    : new BigDecimal(n.doubleValue())).setScale(decimalen, RoundingMode.HALF_EVEN);
            return d.toPlainString().replace('.', ',') + achter;
        }
    }

    /** The round ticks of a value axis from zero to at least {@code max}: steps of 1, 2 or 5 times a power of ten, at most 6 ticks. */
    public static List<Double> schaal(double max) {
        double boven = Math.max(max, 1);
        double macht = Math.pow(10, Math.floor(Math.log10(boven)));
        double stap = macht;
        for (double f : new double[] {0.1, 0.2, 0.5, 1, 2, 5, 10}) {
            if (boven / (f * macht) <= 5) {
                stap = f * macht;
                break;
            }
        }
        // Below 1 a step makes no sense for counts; the caller's unit decides the decimals of the labels.
        stap = Math.max(stap, max <= 5 ? 1 : stap);
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; ; i++) {
            double t = i * stap;
            ticks.add(t);
            if (t >= boven - 1e-9) {
                return ticks;
            }
        }
    }

    /**
     * Bars per month: every month from the first to the last label on the axis. Stacked series when
     * {@code gestapeld} (parts of one whole, the total above the bar), otherwise side by side. A fixed
     * {@code maxAs} (100 for a percentage) or null to scale to the highest value shown.
     */
    public static Grafiek perMaand(String id, String titel, String beschrijving, List<YearMonth> maanden, List<Reeks> reeksen,
            boolean gestapeld, Eenheid eenheid, Double maxAs) {
        List<Reeks> voor = reeksen.stream().filter(r -> !r.achter()).toList();
        Reeks achter = reeksen.stream().filter(Reeks::achter).findFirst().orElse(null);
        double hoogste = 0;
        for (int m = 0; m < maanden.size(); m++) {
            double stapel = 0;
            for (Reeks r : voor) {
                double w = waarde(r, m);
                stapel = gestapeld ? stapel + w : Math.max(stapel, w);
            }
            hoogste = Math.max(hoogste, Math.max(stapel, achter == null ? 0 : waarde(achter, m)));
        }
        List<Double> ticks = schaal(maxAs != null ? maxAs : hoogste);
        double top = ticks.getLast();
        int onder = BOVEN + PLOT_H;
        int breedte = LINKS + maanden.size() * MAAND_B + 8;
        List<Lijn> lijnen = new ArrayList<>();
        List<Tekst> teksten = new ArrayList<>();
        for (double t : ticks) {
            int y = onder - (int) Math.round(PLOT_H * t / top);
            if (t > 0) {
                lijnen.add(new Lijn(LINKS, y, breedte - 4, y, false));
            }
            teksten.add(new Tekst(LINKS - 4, y + 4, "end", eenheid.tekst(t).replace(",0", ""), "mw-grafiek__as-tekst"));
        }
        lijnen.add(new Lijn(LINKS, BOVEN - 4, LINKS, onder, true));
        lijnen.add(new Lijn(LINKS, onder, breedte - 4, onder, true));
        List<Staaf> staven = new ArrayList<>();
        int binnen = MAAND_B - 8;
        int perStaaf = gestapeld || voor.isEmpty() ? binnen : binnen / voor.size();
        for (int i = 0; i < maanden.size(); i++) {
            int m = i;
            YearMonth maand = maanden.get(m);
            int x0 = LINKS + m * MAAND_B + 4;
            teksten.add(new Tekst(x0 + binnen / 2, onder + 14, "middle", maand.getMonth().getDisplayName(TextStyle.SHORT, NL).replace(".", ""),
                    "mw-grafiek__as-tekst"));
            if (m == 0 || maand.getMonthValue() == 1) {
                teksten.add(new Tekst(x0 + binnen / 2, onder + 27, "middle", String.valueOf(maand.getYear()), "mw-grafiek__as-tekst"));
            }
            String maandNaam = maand.getMonth().getDisplayName(TextStyle.FULL, NL) + " " + maand.getYear();
            if (achter != null && achter.waarden().get(m) != null) {
                int h = hoogte(waarde(achter, m), top);
                staven.add(new Staaf(x0 - 2, onder - h, binnen + 4, h, "mw-grafiek__staaf--achter", false, achter.naam(),
                        maandNaam + ", " + achter.naam() + ": " + eenheid.tekst(achter.waarden().get(m))));
            }
            if (gestapeld && !voor.isEmpty()) {
                // A stack is one whole: with one part hidden the others would give it away, so the month shows none of them.
                if (voor.stream().anyMatch(r -> r.waarden().get(m) == null)) {
                    teksten.add(new Tekst(x0 + binnen / 2, onder - 4, "middle", VERBORGEN_KORT, "mw-grafiek__waarde"));
                    continue;
                }
                double stapel = 0;
                for (int r = 0; r < voor.size(); r++) {
                    Number n = voor.get(r).waarden().get(m);
                    int y = onder - hoogte(stapel + n.doubleValue(), top);
                    int h = hoogte(stapel + n.doubleValue(), top) - hoogte(stapel, top);
                    staven.add(new Staaf(x0, y, binnen, h, KLASSEN[r % KLASSEN.length], r == 1, voor.get(r).naam(),
                            maandNaam + ", " + voor.get(r).naam() + ": " + eenheid.tekst(n)));
                    stapel += n.doubleValue();
                }
                teksten.add(new Tekst(x0 + binnen / 2, onder - hoogte(stapel, top) - 3, "middle", eenheid.tekst(stapel).replace(",0", ""),
                        "mw-grafiek__waarde"));
                continue;
            }
            for (int r = 0; r < voor.size(); r++) {
                Number n = voor.get(r).waarden().get(m);
                int x = x0 + r * perStaaf;
                // Side by side there is no room for each number: a hidden one and a zero get a mark, so neither reads as the other.
                if (n == null) {
                    teksten.add(new Tekst(x + (perStaaf - 1) / 2, onder - 4, "middle", VERBORGEN_KORT, "mw-grafiek__waarde"));
                    continue;
                }
                int h = hoogte(n.doubleValue(), top);
                staven.add(new Staaf(x, onder - h, perStaaf - 1, h, KLASSEN[r % KLASSEN.length], r == 1, voor.get(r).naam(),
                        maandNaam + ", " + voor.get(r).naam() + ": " + eenheid.tekst(n)));
                if (n.doubleValue() == 0) {
                    teksten.add(new Tekst(x + (perStaaf - 1) / 2, onder - 4, "middle", "0", "mw-grafiek__waarde"));
                }
            }
        }
        List<Legenda> legenda = new ArrayList<>();
        if (achter != null) {
            legenda.add(new Legenda(achter.naam(), "mw-grafiek__staaf--achter", false));
        }
        for (int r = 0; r < voor.size(); r++) {
            legenda.add(new Legenda(voor.get(r).naam(), KLASSEN[r % KLASSEN.length], r == 1));
        }
        return new Grafiek(id, titel, beschrijving, breedte, onder + 32, lijnen, staven, teksten, legenda);
    }

    /**
     * Horizontal bars per group (a creditor type, an age band, a worker), one bar per series side by side,
     * each with its number after it, or {@link #VERBORGEN} for a hidden one. A fixed {@code maxAs} or null.
     */
    public static Grafiek perGroep(String id, String titel, String beschrijving, List<String> groepen, List<Reeks> reeksen, Eenheid eenheid,
            Double maxAs) {
        double hoogste = reeksen.stream().flatMap(r -> r.waarden().stream()).filter(Objects::nonNull).mapToDouble(Number::doubleValue).max()
                .orElse(0);
        List<Double> ticks = schaal(maxAs != null ? maxAs : hoogste);
        double top = ticks.getLast();
        int x0 = LABEL_B + 4;
        int rij = RIJ_H * reeksen.size() + 10;
        int onder = 6 + groepen.size() * rij;
        int breedte = x0 + PLOT_B + 70;
        List<Lijn> lijnen = new ArrayList<>();
        List<Tekst> teksten = new ArrayList<>();
        for (double t : ticks) {
            int x = x0 + (int) Math.round(PLOT_B * t / top);
            if (t > 0) {
                lijnen.add(new Lijn(x, 2, x, onder, false));
            }
            teksten.add(new Tekst(x, onder + 14, "middle", eenheid.tekst(t).replace(",0", ""), "mw-grafiek__as-tekst"));
        }
        lijnen.add(new Lijn(x0, 2, x0, onder, true));
        lijnen.add(new Lijn(x0, onder, x0 + PLOT_B + 4, onder, true));
        List<Staaf> staven = new ArrayList<>();
        for (int g = 0; g < groepen.size(); g++) {
            int y0 = 6 + g * rij + 4;
            teksten.add(new Tekst(LABEL_B, y0 + rij / 2 - 3, "end", kort(groepen.get(g)), "mw-grafiek__label"));
            for (int r = 0; r < reeksen.size(); r++) {
                Number n = reeksen.get(r).waarden().get(g);
                int y = y0 + r * RIJ_H;
                if (n == null) {
                    teksten.add(new Tekst(x0 + 4, y + RIJ_H - 4, "start", VERBORGEN, "mw-grafiek__waarde"));
                    continue;
                }
                int b = (int) Math.round(PLOT_B * n.doubleValue() / top);
                staven.add(new Staaf(x0, y, b, RIJ_H - 2, KLASSEN[r % KLASSEN.length], r == 1, reeksen.get(r).naam(),
                        groepen.get(g) + ", " + reeksen.get(r).naam() + ": " + eenheid.tekst(n)));
                teksten.add(new Tekst(x0 + b + 4, y + RIJ_H - 4, "start", eenheid.tekst(n), "mw-grafiek__waarde"));
            }
        }
        List<Legenda> legenda = new ArrayList<>();
        for (int r = 0; r < reeksen.size(); r++) {
            legenda.add(new Legenda(reeksen.get(r).naam(), KLASSEN[r % KLASSEN.length], r == 1));
        }
        return new Grafiek(id, titel, beschrijving, breedte, onder + 20, lijnen, staven, teksten, legenda);
    }

    /** The ids of the title and description, for aria-labelledby and aria-describedby. */
    public String titelId() {
        return id + "-titel";
    }

    public String beschrijvingId() {
        return id + "-beschrijving";
    }

    /**
     * Whether there is anything to draw: a bar, or the mark of a hidden number (a chart of hidden numbers still
     * shows its groups or months, each saying "verborgen"). Without any series there is nothing.
     */
    public boolean heeftWaarden() {
        return !staven.isEmpty() || teksten.stream().anyMatch(t -> t.klasse().equals("mw-grafiek__waarde"));
    }

    private static double waarde(Reeks r, int i) {
        Number n = r.waarden().get(i);
        return n == null ? 0 : n.doubleValue();
    }

    private static int hoogte(double waarde, double top) {
        return (int) Math.round(PLOT_H * waarde / top);
    }

    /** A group's name as it fits beside the bars; the table beside the chart has it in full. */
    static String kort(String naam) {
        return naam.length() <= 26 ? naam : naam.substring(0, 25) + "…";
    }
}
