package nl.maatwerk.watals.web;

import java.util.ArrayList;
import java.util.List;

/** The form: a name and up to {@link #RIJEN} changes, as text (the service checks the numbers and says what is wrong). */
public class WatAlsFormulier {

    static final int RIJEN = 3;

    private String naam;
    private List<Rij> wijzigingen = new ArrayList<>();

    public WatAlsFormulier() {
        for (int i = 0; i < RIJEN; i++) {
            wijzigingen.add(new Rij());
        }
    }

    public static class Rij {
        private String parameter;
        private String waarde;

        public String getParameter() {
            return parameter;
        }

        public void setParameter(String parameter) {
            this.parameter = parameter;
        }

        public String getWaarde() {
            return waarde;
        }

        public void setWaarde(String waarde) {
            this.waarde = waarde;
        }

        boolean leeg() {
            return (parameter == null || parameter.isBlank()) && (waarde == null || waarde.isBlank());
        }
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public List<Rij> getWijzigingen() {
        return wijzigingen;
    }

    public void setWijzigingen(List<Rij> wijzigingen) {
        this.wijzigingen = wijzigingen;
    }
}
