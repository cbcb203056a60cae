package nl.maatwerk.besluit.web;

import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.besluit.Voorliggend;

/**
 * What the toets of a Wmo decision weighed as voorliggend, as a web form: one row per offer, all text, so that a
 * forged value comes back as a message instead of failing the form. A row that is not ticked is not recorded.
 */
public class VoorliggendFormulier {

    private List<Rij> regels = new ArrayList<>();

    public static class Rij {
        private String dienstId;
        private String bekeken;
        private String waaromNiet;

        public String getDienstId() { return dienstId; }
        public void setDienstId(String dienstId) { this.dienstId = dienstId; }
        public String getBekeken() { return bekeken; }
        public void setBekeken(String bekeken) { this.bekeken = bekeken; }
        public String getWaaromNiet() { return waaromNiet; }
        public void setWaaromNiet(String waaromNiet) { this.waaromNiet = waaromNiet; }

        /** A checkbox sends its value only when ticked. */
        public boolean isAangevinkt() {
            return bekeken != null && !bekeken.isBlank();
        }
    }

    public List<Rij> getRegels() { return regels; }
    public void setRegels(List<Rij> regels) { this.regels = regels == null ? new ArrayList<>() : regels; }

    /** The form as the decision has it now: every offer of the toets, ticked with its reason when recorded. */
    static VoorliggendFormulier van(List<Voorliggend.Keuze> keuzes) {
        VoorliggendFormulier f = new VoorliggendFormulier();
        for (Voorliggend.Keuze k : keuzes) {
            Rij r = new Rij();
            r.setDienstId(k.dienstId().toString());
            r.setBekeken(k.bekeken() ? "ja" : null);
            r.setWaaromNiet(k.waaromNiet());
            f.regels.add(r);
        }
        return f;
    }

    List<Voorliggend.Regel> alsRegels() {
        // Rows the binder grew for a gap in the indices ([0] and [2] sent) stay in place, so the messages keep their row.
        return regels.stream().map(r -> r == null ? new Voorliggend.Regel(null, false, null)
                : new Voorliggend.Regel(r.getDienstId(), r.isAangevinkt(), r.getWaaromNiet())).toList();
    }
}
