package nl.maatwerk.regels.hervorming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The poverty-trap curve for typical households: for each net income from work, in steps, the
 * bijstand and what is left, and the marginal burden (the part of an extra euro earned that is not
 * kept). Worked out with the same {@link Doorrekening} as the population.
 */
public final class Armoedeval {

    public static final long STAP = 5_000; // €50 a month
    public static final long TOT = 300_000; // €3,000 a month
    public static final String CSV_KOP = "variant,huishouden,inkomen_uit_werk,bijstand,besteedbaar,marginale_druk";

    public record Punt(String variant, String huishouden, long inkomen, long bijstand, long besteedbaar, Double marginaleDruk) {
    }

    private Armoedeval() {
    }

    /** The typical households: a single person of 35, a couple of 35 and 33, a single person of 35 with one housemate of 30. */
    public static List<Huishouden> typisch(LocalDate peildatum) {
        long peil = peildatum.toEpochDay();
        long vijfendertig = peildatum.minusYears(35).toEpochDay();
        long drieendertig = peildatum.minusYears(33).toEpochDay();
        long dertig = peildatum.minusYears(30).toEpochDay();
        return List.of(
                new Huishouden(0, "alleenstaande 35", peil, vijfendertig, Long.MIN_VALUE, new long[0], new byte[0], -1, -1, 0, 0, "", 0),
                new Huishouden(1, "paar 35 en 33", peil, vijfendertig, drieendertig, new long[0], new byte[0], -1, -1, 0, 0, "", 0),
                new Huishouden(2, "alleenstaande 35 met medebewoner 30", peil, vijfendertig, Long.MIN_VALUE, new long[] {dertig}, new byte[1], -1, -1, 0, 0, "", 0));
    }

    public static List<Punt> curve(String variant, Doorrekening rekening, LocalDate peildatum) {
        List<Punt> uit = new ArrayList<>();
        Doorrekening.Uitkomst u = new Doorrekening.Uitkomst();
        for (Huishouden t : typisch(peildatum)) {
            long vorige = -1;
            for (long inkomen = 0; inkomen <= TOT; inkomen += STAP) {
                Huishouden h = new Huishouden(t.nummer(), t.id(), t.peildatum(), t.aanvrager(), t.partner(), t.medebewoners(), t.uitzondering(),
                        -1, -1, inkomen, 0, "", 0);
                rekening.bereken(h, u);
                Double druk = vorige < 0 ? null : 1.0 - (double) (u.besteedbaar - vorige) / STAP;
                uit.add(new Punt(variant, t.id(), inkomen, u.bijstand, u.besteedbaar, druk));
                vorige = u.besteedbaar;
            }
        }
        return uit;
    }

    public static String csv(Punt p) {
        return p.variant() + ',' + p.huishouden() + ',' + Huishouden.centen(p.inkomen()) + ',' + Huishouden.centen(p.bijstand()) + ','
                + Huishouden.centen(p.besteedbaar()) + ',' + (p.marginaleDruk() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", p.marginaleDruk()));
    }
}
