package nl.maatwerk.regelbeheer.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.regelbeheer.NieuwVoorstel;
import nl.maatwerk.regelbeheer.Regelwaarde;
import org.springframework.validation.BindingResult;

/**
 * The form to propose values: a reason and rows of values. A plain bean, because Spring binds forms
 * through setters. Value and date are text, so that what someone typed comes back as typed with a
 * message beside it; rows left empty do not count.
 */
public class VoorstelFormulier {

    static final int BEGIN_RIJEN = 3;

    private String reden;
    private List<Rij> waarden = new ArrayList<>();

    static VoorstelFormulier leeg() {
        VoorstelFormulier f = new VoorstelFormulier();
        for (int i = 0; i < BEGIN_RIJEN; i++) {
            f.waarden.add(new Rij());
        }
        return f;
    }

    /** The proposal from the filled-in rows; a value or date that does not read is a field error, and null for the service. */
    NieuwVoorstel alsVoorstel(BindingResult resultaat, List<Integer> rijnummers) {
        List<Regelwaarde> lijst = new ArrayList<>();
        for (int i = 0; i < waarden.size(); i++) {
            Rij r = waarden.get(i);
            if (r == null || r.leeg()) {
                continue;
            }
            rijnummers.add(i);
            BigDecimal waarde = null;
            if (r.waarde != null && !r.waarde.isBlank()) {
                waarde = getal(r.waarde);
                if (waarde == null) {
                    resultaat.rejectValue("waarden[" + i + "].waarde", "format",
                            "Regel " + (lijst.size() + 1) + ": vul een getal in, bijvoorbeeld 1369.06 of 0.95.");
                }
            }
            LocalDate vanaf = null;
            if (r.geldigVanaf != null && !r.geldigVanaf.isBlank()) {
                try {
                    vanaf = LocalDate.parse(r.geldigVanaf.strip());
                } catch (DateTimeParseException e) {
                    resultaat.rejectValue("waarden[" + i + "].geldigVanaf", "format",
                            "Regel " + (lijst.size() + 1) + ": vul een geldige datum in, bijvoorbeeld 2026-07-01.");
                }
            }
            lijst.add(new Regelwaarde(r.naam, waarde, vanaf, r.bron, r.status, r.toelichting));
        }
        return new NieuwVoorstel(reden, lijst);
    }

    /** Reads 1369.06, 1369,06 and 1.369,06 alike. */
    static BigDecimal getal(String tekst) {
        String t = tekst.replace("€", "").replace(" ", "").strip();
        if (t.contains(",")) {
            t = t.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getReden() { return reden; }
    public void setReden(String reden) { this.reden = reden; }
    public List<Rij> getWaarden() { return waarden; }
    public void setWaarden(List<Rij> waarden) { this.waarden = waarden == null ? new ArrayList<>() : waarden; }

    public static class Rij {
        private String naam;
        private String waarde;
        private String geldigVanaf;
        private String bron;
        private String status;
        private String toelichting;

        boolean leeg() {
            return blanco(naam) && blanco(waarde) && blanco(geldigVanaf) && blanco(bron) && blanco(status) && blanco(toelichting);
        }

        private static boolean blanco(String s) {
            return s == null || s.isBlank();
        }

        public String getNaam() { return naam; }
        public void setNaam(String naam) { this.naam = naam; }
        public String getWaarde() { return waarde; }
        public void setWaarde(String waarde) { this.waarde = waarde; }
        public String getGeldigVanaf() { return geldigVanaf; }
        public void setGeldigVanaf(String geldigVanaf) { this.geldigVanaf = geldigVanaf; }
        public String getBron() { return bron; }
        public void setBron(String bron) { this.bron = bron; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public String getToelichting() { return toelichting; }
        public void setToelichting(String toelichting) { this.toelichting = toelichting; }
    }

    /** The review form: the version read, the reason; the button pressed says approve or reject. */
    public static class Beoordeling {
        private Integer versie;
        private String toelichting;

        public Integer getVersie() { return versie; }
        public void setVersie(Integer versie) { this.versie = versie; }
        public String getToelichting() { return toelichting; }
        public void setToelichting(String toelichting) { this.toelichting = toelichting; }
    }
}
