package nl.maatwerk.watals.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The form: the run's name and one or more variants, each a name and up to {@link #RIJEN} changes, as
 * text (the service checks the numbers and says what is wrong). "Variant toevoegen" posts the form and
 * shows it again with one more variant, so it works without JavaScript and keeps what was typed.
 */
public class WatAlsFormulier {

    static final int RIJEN = 3;
    static final int MAXIMAAL_VARIANTEN = 5;

    private String naam;
    private List<Variant> varianten = new ArrayList<>(List.of(new Variant()));

    public static class Variant {
        private String naam;
        private List<Rij> wijzigingen = new ArrayList<>();

        public Variant() {
            vulAan();
        }

        void vulAan() {
            if (wijzigingen == null) {
                wijzigingen = new ArrayList<>();
            }
            while (wijzigingen.size() < RIJEN) {
                wijzigingen.add(new Rij());
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

        boolean leeg() {
            return (naam == null || naam.isBlank()) && wijzigingen.stream().allMatch(r -> r == null || r.leeg());
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

    /** Fills gaps a partial post leaves (a missing block or row), and keeps at most the maximum. */
    void vulAan() {
        if (varianten == null) {
            varianten = new ArrayList<>();
        }
        varianten.replaceAll(v -> v == null ? new Variant() : v);
        while (varianten.size() > MAXIMAAL_VARIANTEN) {
            varianten.removeLast();
        }
        if (varianten.isEmpty()) {
            varianten.add(new Variant());
        }
        varianten.forEach(v -> {
            v.vulAan();
            v.getWijzigingen().replaceAll(r -> r == null ? new Rij() : r);
        });
    }

    public boolean isVolGenoeg() {
        return varianten.size() >= MAXIMAAL_VARIANTEN;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public List<Variant> getVarianten() {
        return varianten;
    }

    public void setVarianten(List<Variant> varianten) {
        this.varianten = varianten;
    }
}
