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
 * recorded on the household's latest decision ({@code besluit}), gifts per year included; a household
 * without one counts with income 0, so its bijstand is the full norm. A decision records no assets, so
 * every row has assets 0 and the asset test does not take anyone out (said on the page).
 */
final class Omzetting {

    /**
     * A household's income as {@code besluit} recorded it, in cents: the net wages and the earnings
     * allowance of applicant and partner each, and other income that counts in full (benefits, partner
     * alimony), per month; gifts (money and in kind) per calendar year, which the rules test against the
     * free amount of the year, so a reform of the gift allowance reaches these households.
     */
    record Inkomen(long loonAanvrager, Inkomsten.Vrijlating vrijlatingAanvrager, long loonPartner, Inkomsten.Vrijlating vrijlatingPartner,
            long overig, long giftenPerJaar) {

        static final Inkomen GEEN = new Inkomen(0, Inkomsten.Vrijlating.GEEN, 0, Inkomsten.Vrijlating.GEEN, 0, 0);

        static Inkomen van(Inkomsten i) {
            if (i == null) {
                return GEEN;
            }
            return new Inkomen(centen(i.nettoLoonAanvrager()), i.vrijlatingAanvrager(), centen(i.nettoLoonPartner()), i.vrijlatingPartner(),
                    centen(i.uitkeringen().add(i.alimentatie())), centen(i.giftenPerJaar()));
        }

        private static long centen(BigDecimal b) {
            return b.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    private Omzetting() {
    }

    /**
     * The one place where the income enters the rules' row: wages with their allowances in their own fields
     * (so a reform of an allowance changes the result), other income in {@code inkomen}, which counts in full,
     * and the gifts of the year in their own field (so a reform of the gift allowance changes the result).
     */
    static Huishouden rij(long nummer, long peildatum, long aanvrager, long partner, long[] medebewoners, byte[] uitzondering, Inkomen inkomen,
            String wijk, int kinderen, int kinderenOnder12) {
        return new Huishouden(nummer, Long.toString(nummer + 1), peildatum, aanvrager, partner, medebewoners, uitzondering, -1, -1,
                inkomen.overig(), 0, wijk, kinderen, kinderenOnder12, inkomen.loonAanvrager(), inkomen.vrijlatingAanvrager(),
                inkomen.loonPartner(), inkomen.vrijlatingPartner(), inkomen.giftenPerJaar());
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
            int kinderenOnder12 = 0;
            for (Huishoudexport.Lid l : r.leden()) {
                long geboren = l.geboortedatum().toEpochDay();
                if (l.rol() == LidRol.AANVRAGER) {
                    aanvrager = geboren;
                } else if (l.rol() == LidRol.PARTNER && partner == Long.MIN_VALUE) {
                    partner = geboren;
                } else if (l.rol() == LidRol.KIND && Period.between(l.geboortedatum(), peildatum).getYears() < 18) {
                    kinderen++;
                    kinderenOnder12 += Period.between(l.geboortedatum(), peildatum).getYears() < 12 ? 1 : 0;
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
            // A comma in a wijk would split the row when it goes to the simulatie jar as CSV.
            String wijk = r.wijk() == null || r.wijk().isBlank() ? "" : r.wijk().strip().replace(',', ' ');
            uit.add(rij(n, dag, aanvrager, partner, geborenMede, uitzondering, inkomen.apply(r), wijk, kinderen, kinderenOnder12));
        }
        return uit;
    }
}
