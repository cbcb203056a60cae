package nl.maatwerk.regels.hervorming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.regels.inkomen.Huurtoeslag;
import nl.maatwerk.regels.inkomen.Inkomsten;
import nl.maatwerk.regels.inkomen.Maandbudget;
import nl.maatwerk.regels.inkomen.Parameters;

/**
 * The poverty-trap curve for typical households: for each net wage of the applicant, in steps, the
 * bijstand, the zorgtoeslag, the huurtoeslag for a typical rent and what the household has
 * ({@link Maandbudget}'s total with that rent), and the marginal burden (the part of an extra euro
 * earned that is not kept). Worked out with the same {@link Doorrekening} as the population, so with
 * the earnings allowances and the huurtoeslag amounts of the variant; the huurtoeslag comes from
 * {@link Huurtoeslag#perMaand}, the same calculation as the explained one without building the
 * explanation, with the amounts looked up once per curve.
 *
 * <p>The typical rent is an assumption, the same for each typical household: {@link #TYPISCHE_HUUR}.
 * When the variant has no huurtoeslag amounts on the peildatum (before 2026), the huurtoeslag is
 * left out and the point says so ({@code huurtoeslagBekend} false, an empty CSV field).
 */
public final class Armoedeval {

    public static final long STAP = 5_000; // €50 a month
    public static final long TOT = 300_000; // €3,000 a month
    public static final String CSV_KOP = "variant,huishouden,inkomen_uit_werk,bijstand,zorgtoeslag,huurtoeslag,kale_huur,besteedbaar,marginale_druk";

    /**
     * The typical kale huur in cents per month: € 600, an assumption. Aedes reports an average rent of
     * a corporation home of € 582 at the end of 2023 (nul20.nl, 2024) and an average rise of 5,1% on
     * 1 July 2024, about € 612; rounded down to € 600 because households on a low income more often
     * rent the cheaper homes. Below the aftoppingsgrens of 2026 (€ 713,02), so the toeslag is not
     * capped here.
     */
    public static final long TYPISCHE_HUUR = 60_000;

    /**
     * {@code besteedbaar}: wages, bijstand, zorgtoeslag and huurtoeslag together per month;
     * {@code huurtoeslag} is 0 and {@code huurtoeslagBekend} false when the variant has no huurtoeslag
     * amounts on the peildatum.
     */
    public record Punt(String variant, String huishouden, long inkomen, long bijstand, long zorgtoeslag, long huurtoeslag, boolean huurtoeslagBekend,
            long kaleHuur, long besteedbaar, Double marginaleDruk) {
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
        boolean huurBekend = Huurtoeslag.bekend(peildatum, rekening.parameters());
        Huurtoeslag.Tabel tabel = huurBekend ? Huurtoeslag.tabel(peildatum, rekening.parameters()) : null;
        for (Huishouden t : typisch(peildatum, rekening.parameters())) {
            long vorige = -1;
            for (long loon = 0; loon <= TOT; loon += STAP) {
                rekening.bereken(t.metLoonAanvrager(loon), u);
                long huurtoeslag = huurBekend ? huurtoeslag(t, u, tabel) : 0;
                long besteedbaar = u.totaal + huurtoeslag;
                Double druk = vorige < 0 ? null : 1.0 - (double) (besteedbaar - vorige) / STAP;
                uit.add(new Punt(variant, t.id(), loon, u.bijstand, u.zorgtoeslag, huurtoeslag, huurBekend, TYPISCHE_HUUR, besteedbaar, druk));
                vorige = besteedbaar;
            }
        }
        return uit;
    }

    /**
     * As {@link Maandbudget} takes it: the rekeninkomen is 12 times the net income with bijstand
     * (without the zorgtoeslag); everyone in the typical household lives in the home, the partner is
     * the toeslagpartner, no assets.
     */
    static long huurtoeslag(Huishouden t, Doorrekening.Uitkomst u, Huurtoeslag.Tabel tabel) {
        BigDecimal jaarinkomen = BigDecimal.valueOf(u.totaal - u.zorgtoeslag, 2).multiply(BigDecimal.valueOf(12));
        int personen = 1 + (t.heeftPartner() ? 1 : 0) + t.medebewoners().length + (t.heeftPartner() ? 0 : t.kinderenOnder12());
        return Huurtoeslag.perMaand(tabel, new Huurtoeslag.Huishouden(personen, t.heeftPartner(), false), BigDecimal.valueOf(TYPISCHE_HUUR, 2),
                jaarinkomen, BigDecimal.ZERO).movePointRight(2).longValueExact();
    }

    public static String csv(Punt p) {
        return p.variant() + ',' + p.huishouden() + ',' + Huishouden.centen(p.inkomen()) + ',' + Huishouden.centen(p.bijstand()) + ','
                + Huishouden.centen(p.zorgtoeslag()) + ',' + (p.huurtoeslagBekend() ? Huishouden.centen(p.huurtoeslag()) : "") + ','
                + Huishouden.centen(p.kaleHuur()) + ',' + Huishouden.centen(p.besteedbaar()) + ','
                + (p.marginaleDruk() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", p.marginaleDruk()));
    }
}
