package nl.maatwerk.watals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.inwoner.Huishoudexport;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.inwoner.Uitzondering;
import nl.maatwerk.regels.hervorming.Huishouden;
import nl.maatwerk.regels.inkomen.Inkomsten;

/**
 * From inwoner's export to the rows {@code regels.hervorming} computes with. The id is the row number,
 * nothing else. Children under 18 are counted (they make a household an eenoudergezin or a paar met
 * kinderen); an older child lives in the home like any other housemate, so the rules decide by age
 * whether it is a kostendeler, as the contract says of the calculation API. The income is the one
 * recorded on the household's latest decision ({@code besluit}); a household without one counts with
 * income 0, so its bijstand is the full norm.
 */
final class Omzetting {

    /**
     * A household's income as {@code besluit} recorded it, in three parts, cents per month: net wages of
     * applicant and partner, the earnings allowance that applies to them (the applicant's; the
     * partner's when the applicant has none), and other income that counts in full (benefits, partner
     * alimony). Gifts are left out: the fast path does not count them yet.
     */
    record Inkomen(long nettoLoon, Inkomsten.Vrijlating vrijlating, long overig) {

        static final Inkomen GEEN = new Inkomen(0, Inkomsten.Vrijlating.GEEN, 0);

        static Inkomen van(Inkomsten i) {
            if (i == null) {
                return GEEN;
            }
            Inkomsten.Vrijlating v = i.vrijlatingAanvrager() != Inkomsten.Vrijlating.GEEN ? i.vrijlatingAanvrager() : i.vrijlatingPartner();
            return new Inkomen(centen(i.loon()), v, centen(i.uitkeringen().add(i.alimentatie())));
        }

        private static long centen(BigDecimal b) {
            return b.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    private Omzetting() {
    }

    /**
     * THE ONE PLACE where the income enters the rules' row. Until {@code regels.hervorming.Huishouden}
     * has its own wage and allowance fields (helper h20a), the rules count {@code inkomen} in full, so
     * wages and other income go in as one total and the allowance is not applied. After that merge:
     * pass {@code nettoLoon} and {@code vrijlating} to their own fields and {@code overig} as {@code inkomen}.
     */
    static Huishouden rij(long nummer, long peildatum, long aanvrager, long partner, long[] medebewoners, byte[] uitzondering, Inkomen inkomen,
            String wijk, int kinderen) {
        return new Huishouden(nummer, Long.toString(nummer + 1), peildatum, aanvrager, partner, medebewoners, uitzondering, -1, -1,
                inkomen.nettoLoon() + inkomen.overig(), 0, wijk, kinderen);
    }

    /** Rows without income (every household on the full norm). */
    static List<Huishouden> huishoudens(List<? extends Huishoudexport.Rij<?>> rijen, LocalDate peildatum) {
        return huishoudens(rijen, peildatum, r -> Inkomen.GEEN);
    }

    /** Rows whose export carries the household's recorded income (null: none recorded). */
    static List<Huishouden> metInkomen(List<Huishoudexport.Rij<Inkomsten>> rijen, LocalDate peildatum) {
        return huishoudens(rijen, peildatum, r -> Inkomen.van(r.aanvulling()));
    }

    private static <R extends Huishoudexport.Rij<?>> List<Huishouden> huishoudens(List<R> rijen, LocalDate peildatum,
            java.util.function.Function<R, Inkomen> inkomen) {
        List<Huishouden> uit = new ArrayList<>(rijen.size());
        long dag = peildatum.toEpochDay();
        for (int n = 0; n < rijen.size(); n++) {
            R r = rijen.get(n);
            long aanvrager = Long.MIN_VALUE;
            long partner = Long.MIN_VALUE;
            List<long[]> mede = new ArrayList<>();
            int kinderen = 0;
            for (Huishoudexport.Lid l : r.leden()) {
                long geboren = l.geboortedatum().toEpochDay();
                if (l.rol() == LidRol.AANVRAGER) {
                    aanvrager = geboren;
                } else if (l.rol() == LidRol.PARTNER && partner == Long.MIN_VALUE) {
                    partner = geboren;
                } else if (l.rol() == LidRol.KIND && Period.between(l.geboortedatum(), peildatum).getYears() < 18) {
                    kinderen++;
                } else {
                    // A second partner is a housemate here; the rules would refuse the household otherwise.
                    mede.add(new long[] {geboren, l.uitzondering() == Uitzondering.STUDENT ? 1 : l.uitzondering() == Uitzondering.COMMERCIELE_HUURDER ? 2 : 0});
                }
            }
            long[] geborenMede = new long[mede.size()];
            byte[] uitzondering = new byte[mede.size()];
            for (int i = 0; i < mede.size(); i++) {
                geborenMede[i] = mede.get(i)[0];
                uitzondering[i] = (byte) mede.get(i)[1];
            }
            String wijk = r.wijk() == null || r.wijk().isBlank() ? "" : r.wijk().strip();
            uit.add(rij(n, dag, aanvrager, partner, geborenMede, uitzondering, inkomen.apply(r), wijk, kinderen));
        }
        return uit;
    }
}
