package nl.maatwerk.knelpunt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.KleineGroep;

/**
 * Before and after a change, a pure function: for a rule or procedure that policy changed on day D, the same
 * measures over the whole months before D and the whole months after it, side by side. The month of D itself is
 * left out (it is partly before, partly after), and so is the month that is still running. The after period is
 * never longer than the before period; when it is shorter the numbers are compared per month.
 *
 * <p>Small numbers are hidden with {@link KleineGroep}: a count below the minimum, a share whose count or
 * denominator is below it, an average over fewer than the minimum. A difference is given only when both sides show.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class Evaluatie {

    /** How a measure compares: a count per month, a share of a denominator, or an average (sum over number). */
    public enum Soort {
        AANTAL, AANDEEL, GEMIDDELDE
    }

    /**
     * One measure per month: for {@link Soort#AANTAL} only {@code teller}; for {@link Soort#AANDEEL} the part and the
     * whole; for {@link Soort#GEMIDDELDE} the sum of the values and how many there were. A month missing is zero.
     */
    public record Maat(String naam, Soort soort, String eenheid, Map<YearMonth, Long> teller, Map<YearMonth, Long> noemer) {
    }

    /** The two periods, whole months, both ends included; {@code na} is null when no whole month has passed. */
    public record Perioden(YearMonth voorVan, YearMonth voorTot, YearMonth naVan, YearMonth naTot) {

        public int maandenVoor() {
            return maanden(voorVan, voorTot);
        }

        public int maandenNa() {
            return naVan == null ? 0 : maanden(naVan, naTot);
        }

        private static int maanden(YearMonth van, YearMonth tot) {
            return (int) (tot.getYear() * 12L + tot.getMonthValue() - (van.getYear() * 12L + van.getMonthValue()) + 1);
        }
    }

    /**
     * One measure before and after: the value (per month for a count, in percent for a share), null when hidden or
     * when there is no after period yet; the change in percent of the before value when both show and before is not 0.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    public record Uitkomst(String naam, Soort soort, String eenheid, Double voor, Double na, Double verschilProcent, boolean voorVerborgen,
            boolean naVerborgen) {

        /** In words: "lager", "hoger" or "gelijk", or empty when the two cannot be compared. */
        public String richting() {
            if (voor == null || na == null) {
                return "";
            }
            int c = Double.compare(Math.round(na * 10) / 10.0, Math.round(voor * 10) / 10.0);
            return c < 0 ? "lager" : c > 0 ? "hoger" : "gelijk";
        }
    }

    public record Vergelijking(LocalDate gewijzigdOp, Perioden perioden, List<Uitkomst> uitkomsten) {
    }

    private Evaluatie() {
    }

    /**
     * The periods around {@code gewijzigdOp}: at most {@code maanden} whole months before its month, and as many whole
     * months after it as have passed by {@code vandaag} (at most {@code maanden}).
     */
    public static Perioden perioden(LocalDate gewijzigdOp, int maanden, LocalDate vandaag) {
        YearMonth d = YearMonth.from(gewijzigdOp);
        YearMonth laatsteHele = YearMonth.from(vandaag).minusMonths(1);
        YearMonth naVan = d.plusMonths(1);
        YearMonth naTot = naVan.plusMonths(maanden - 1L);
        if (naTot.isAfter(laatsteHele)) {
            naTot = laatsteHele;
        }
        boolean erIsNa = !naVan.isAfter(naTot);
        return new Perioden(d.minusMonths(maanden), d.minusMonths(1), erIsNa ? naVan : null, erIsNa ? naTot : null);
    }

    public static Vergelijking vergelijk(LocalDate gewijzigdOp, int maanden, LocalDate vandaag, List<Maat> maten) {
        Perioden p = perioden(gewijzigdOp, maanden, vandaag);
        List<Uitkomst> uit = new ArrayList<>();
        for (Maat m : maten) {
            Double[] voor = waarde(m, p.voorVan(), p.voorTot(), p.maandenVoor());
            Double[] na = p.naVan() == null ? new Double[] {null, 0.0} : waarde(m, p.naVan(), p.naTot(), p.maandenNa());
            Double verschil = voor[0] != null && na[0] != null && voor[0] != 0 ? 100.0 * (na[0] - voor[0]) / voor[0] : null;
            uit.add(new Uitkomst(m.naam(), m.soort(), m.eenheid(), voor[0], na[0], verschil, voor[1] != null,
                    p.naVan() != null && na[1] != null));
        }
        return new Vergelijking(gewijzigdOp, p, List.copyOf(uit));
    }

    /** {value, hidden-marker}: the value or null; the second is non-null when the value was hidden for a small group. */
    private static Double[] waarde(Maat m, YearMonth van, YearMonth tot, int maanden) {
        long teller = som(m.teller(), van, tot);
        long noemer = m.noemer() == null ? 0 : som(m.noemer(), van, tot);
        return switch (m.soort()) {
            case AANTAL -> KleineGroep.isKlein(teller) ? verborgen() : new Double[] {(double) teller / maanden, null};
            case AANDEEL -> KleineGroep.isKlein(teller) || KleineGroep.isKlein(noemer) ? verborgen()
                    : noemer == 0 ? new Double[] {null, null} : new Double[] {100.0 * teller / noemer, null};
            case GEMIDDELDE -> KleineGroep.isKlein(noemer) ? verborgen()
                    : noemer == 0 ? new Double[] {null, null} : new Double[] {(double) teller / noemer, null};
        };
    }

    /** A score of a round of measurement (the Thermometer): the day the round ended and the score, null when hidden. */
    public record Ronde(LocalDate einddatum, Integer score) {
    }

    /**
     * A measure taken in rounds rather than per month: before is the last round that ended before the change, after
     * the last round that ended after it, by today. Each score is already hidden where its group was small (null).
     */
    public static Uitkomst rondes(String naam, String eenheid, List<Ronde> rondes, LocalDate gewijzigdOp, LocalDate vandaag) {
        Ronde voor = null;
        Ronde na = null;
        for (Ronde r : rondes) {
            if (r.einddatum().isBefore(gewijzigdOp) && (voor == null || r.einddatum().isAfter(voor.einddatum()))) {
                voor = r;
            }
            if (r.einddatum().isAfter(gewijzigdOp) && !r.einddatum().isAfter(vandaag) && (na == null || r.einddatum().isAfter(na.einddatum()))) {
                na = r;
            }
        }
        Double v = voor == null || voor.score() == null ? null : voor.score().doubleValue();
        Double n = na == null || na.score() == null ? null : na.score().doubleValue();
        Double verschil = v != null && n != null && v != 0 ? 100.0 * (n - v) / v : null;
        return new Uitkomst(naam, Soort.GEMIDDELDE, eenheid, v, n, verschil, voor != null && v == null, na != null && n == null);
    }

    private static Double[] verborgen() {
        return new Double[] {null, 1.0};
    }

    private static long som(Map<YearMonth, Long> perMaand, YearMonth van, YearMonth tot) {
        long s = 0;
        for (Map.Entry<YearMonth, Long> e : perMaand.entrySet()) {
            if (!e.getKey().isBefore(van) && !e.getKey().isAfter(tot) && e.getValue() != null) {
                s += e.getValue();
            }
        }
        return s;
    }
}
