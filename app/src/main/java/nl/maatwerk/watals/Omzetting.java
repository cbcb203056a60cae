package nl.maatwerk.watals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.inwoner.Huishoudexport;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.inwoner.Uitzondering;
import nl.maatwerk.regels.hervorming.Huishouden;

/**
 * From inwoner's export to the rows {@code regels.hervorming} computes with. The id is the row number,
 * nothing else. Children under 18 are counted (they make a household an eenoudergezin or a paar met
 * kinderen); an older child lives in the home like any other housemate, so the rules decide by age
 * whether it is a kostendeler, as the contract says of the calculation API. There is no income in the
 * app's data yet: every household counts with income 0, so bijstand is the full norm.
 */
final class Omzetting {

    private Omzetting() {
    }

    static List<Huishouden> huishoudens(List<Huishoudexport.Rij> rijen, LocalDate peildatum) {
        List<Huishouden> uit = new ArrayList<>(rijen.size());
        long dag = peildatum.toEpochDay();
        for (int n = 0; n < rijen.size(); n++) {
            Huishoudexport.Rij r = rijen.get(n);
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
            uit.add(new Huishouden(n, Integer.toString(n + 1), dag, aanvrager, partner, geborenMede, uitzondering, -1, -1, 0, 0, wijk, kinderen));
        }
        return uit;
    }
}
