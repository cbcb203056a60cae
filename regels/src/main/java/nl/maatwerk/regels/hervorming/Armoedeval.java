package nl.maatwerk.regels.hervorming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.regels.inkomen.Inkomsten;
import nl.maatwerk.regels.inkomen.Parameters;

/**
 * The poverty-trap curve for typical households: for each net wage of the applicant, in steps, the
 * bijstand, the zorgtoeslag and what the household has ({@link nl.maatwerk.regels.inkomen.Maandbudget}'s
 * total), and the marginal burden (the part of an extra euro earned that is not kept). Worked out with
 * the same {@link Doorrekening} as the population, so with the earnings allowances of the variant.
 */
public final class Armoedeval {

    public static final long STAP = 5_000; // €50 a month
    public static final long TOT = 300_000; // €3,000 a month
    public static final String CSV_KOP = "variant,huishouden,inkomen_uit_werk,bijstand,zorgtoeslag,besteedbaar,marginale_druk";

    /** {@code besteedbaar}: wages, bijstand and zorgtoeslag together per month. */
    public record Punt(String variant, String huishouden, long inkomen, long bijstand, long zorgtoeslag, long besteedbaar, Double marginaleDruk) {
    }

    private Armoedeval() {
    }

    /**
     * The typical households: a single person of 35, a couple of 35 and 33, a single person of 35 with
     * one housemate of 30, each without an allowance; and the single person of 35 with the general
     * earnings allowance, and a single parent of 35 with a child under 12 and the single parents'
     * allowance, when {@code parameters} has their amounts on the peildatum (the name says which).
     */
    public static List<Huishouden> typisch(LocalDate peildatum, Parameters parameters) {
        long peil = peildatum.toEpochDay();
        long vijfendertig = peildatum.minusYears(35).toEpochDay();
        long drieendertig = peildatum.minusYears(33).toEpochDay();
        long dertig = peildatum.minusYears(30).toEpochDay();
        List<Huishouden> t = new ArrayList<>(List.of(
                new Huishouden(0, "alleenstaande 35", peil, vijfendertig, Long.MIN_VALUE, new long[0], new byte[0], -1, -1, 0, 0, "", 0),
                new Huishouden(1, "paar 35 en 33", peil, vijfendertig, drieendertig, new long[0], new byte[0], -1, -1, 0, 0, "", 0),
                new Huishouden(2, "alleenstaande 35 met medebewoner 30", peil, vijfendertig, Long.MIN_VALUE, new long[] {dertig}, new byte[1], -1, -1, 0,
                        0, "", 0)));
        if (bekend(parameters, peildatum, Parameters.INKOMSTENVRIJLATING, Parameters.INKOMSTENVRIJLATING_MAXIMUM)) {
            t.add(new Huishouden(3, "alleenstaande 35 met algemene vrijlating", peil, vijfendertig, Long.MIN_VALUE, new long[0], new byte[0], -1, -1,
                    0, 0, "", 0, 0, 0, Inkomsten.Vrijlating.ALGEMEEN, 0, Inkomsten.Vrijlating.GEEN, 0));
        }
        if (bekend(parameters, peildatum, Parameters.VRIJLATING_ALLEENSTAANDE_OUDER, Parameters.VRIJLATING_ALLEENSTAANDE_OUDER_MAXIMUM)) {
            t.add(new Huishouden(4, "alleenstaande ouder 35 met kind onder 12 en vrijlating", peil, vijfendertig, Long.MIN_VALUE, new long[0],
                    new byte[0], -1, -1, 0, 0, "", 1, 1, 0, Inkomsten.Vrijlating.ALLEENSTAANDE_OUDER, 0, Inkomsten.Vrijlating.GEEN, 0));
        }
        return t;
    }

    private static boolean bekend(Parameters parameters, LocalDate peildatum, String... namen) {
        for (String n : namen) {
            if (parameters.geldig(n, peildatum).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    public static List<Punt> curve(String variant, Doorrekening rekening, LocalDate peildatum) {
        List<Punt> uit = new ArrayList<>();
        Doorrekening.Uitkomst u = new Doorrekening.Uitkomst();
        for (Huishouden t : typisch(peildatum, rekening.parameters())) {
            long vorige = -1;
            for (long loon = 0; loon <= TOT; loon += STAP) {
                rekening.bereken(t.metLoonAanvrager(loon), u);
                Double druk = vorige < 0 ? null : 1.0 - (double) (u.totaal - vorige) / STAP;
                uit.add(new Punt(variant, t.id(), loon, u.bijstand, u.zorgtoeslag, u.totaal, druk));
                vorige = u.totaal;
            }
        }
        return uit;
    }

    public static String csv(Punt p) {
        return p.variant() + ',' + p.huishouden() + ',' + Huishouden.centen(p.inkomen()) + ',' + Huishouden.centen(p.bijstand()) + ','
                + Huishouden.centen(p.zorgtoeslag()) + ',' + Huishouden.centen(p.besteedbaar()) + ','
                + (p.marginaleDruk() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", p.marginaleDruk()));
    }
}
