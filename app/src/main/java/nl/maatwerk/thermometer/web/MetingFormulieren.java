package nl.maatwerk.thermometer.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.thermometer.Laag;
import nl.maatwerk.thermometer.Meting;
import nl.maatwerk.thermometer.Metingen;
import nl.maatwerk.thermometer.StandaardVragenlijst;
import nl.maatwerk.thermometer.Stelling;
import nl.maatwerk.thermometer.Thema;

/** Form objects of the set-up pages. Plain beans, because Spring binds forms through setters. */
final class MetingFormulieren {

    private MetingFormulieren() {
    }

    public static class Nieuw {
        private String naam;
        private LocalDate einddatum;
        private List<String> lagen = new ArrayList<>();
        private List<String> themas = new ArrayList<>();
        private String eigenThema;

        /** A new round as proposed on {@code vandaag}: four weeks to answer, all layers, all default themes. */
        static Nieuw standaard(LocalDate vandaag) {
            Nieuw n = new Nieuw();
            n.einddatum = vandaag.plusWeeks(4);
            for (Laag l : Laag.values()) {
                n.lagen.add(l.code());
            }
            n.themas.addAll(StandaardVragenlijst.themaCodes());
            return n;
        }

        Metingen.Nieuw alsInvoer() {
            List<Laag> l = new ArrayList<>();
            for (String c : lagen) {
                try {
                    l.add(Laag.vanCode(c));
                } catch (IllegalArgumentException e) {
                    // An unknown layer code is simply not one of the choices; the service then reports "choose a layer".
                }
            }
            return new Metingen.Nieuw(naam, einddatum, l, themas, eigenThema);
        }

        public String getNaam() { return naam; }
        public void setNaam(String naam) { this.naam = naam; }
        public LocalDate getEinddatum() { return einddatum; }
        public void setEinddatum(LocalDate einddatum) { this.einddatum = einddatum; }
        public List<String> getLagen() { return lagen; }
        public void setLagen(List<String> lagen) { this.lagen = lagen == null ? new ArrayList<>() : lagen; }
        public List<String> getThemas() { return themas; }
        public void setThemas(List<String> themas) { this.themas = themas == null ? new ArrayList<>() : themas; }
        public String getEigenThema() { return eigenThema; }
        public void setEigenThema(String eigenThema) { this.eigenThema = eigenThema; }
    }

    static Map<String, String> laagKeuzes() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Laag l : Laag.values()) {
            m.put(l.code(), l.naam() + " (" + l.uitleg() + ")");
        }
        return m;
    }

    static Map<String, String> themaKeuzes() {
        Map<String, String> m = new LinkedHashMap<>();
        StandaardVragenlijst.themaCodes().forEach(c -> m.put(c, StandaardVragenlijst.naam(c)));
        return m;
    }

    public static class StellingInvoer {
        private UUID id;
        private String tekst;

        public UUID getId() { return id; }
        public void setId(UUID id) { this.id = id; }
        public String getTekst() { return tekst; }
        public void setTekst(String tekst) { this.tekst = tekst; }
    }

    public static class ThemaInvoer {
        private String naam;
        private String bedoeling;
        private String openVraag;
        private List<StellingInvoer> stellingen = new ArrayList<>();

        static ThemaInvoer van(Meting m, Thema t) {
            ThemaInvoer f = new ThemaInvoer();
            f.naam = t.naam();
            f.bedoeling = t.bedoeling();
            f.openVraag = t.openVraag();
            for (Stelling s : m.stellingen(t.code())) {
                StellingInvoer si = new StellingInvoer();
                si.id = s.id();
                si.tekst = s.tekst();
                f.stellingen.add(si);
            }
            return f;
        }

        Metingen.Themawijziging alsWijziging() {
            Map<UUID, String> teksten = new LinkedHashMap<>();
            for (StellingInvoer s : stellingen) {
                if (s != null && s.id != null) {
                    teksten.put(s.id, s.tekst);
                }
            }
            return new Metingen.Themawijziging(naam, bedoeling, openVraag, teksten);
        }

        public String getNaam() { return naam; }
        public void setNaam(String naam) { this.naam = naam; }
        public String getBedoeling() { return bedoeling; }
        public void setBedoeling(String bedoeling) { this.bedoeling = bedoeling; }
        public String getOpenVraag() { return openVraag; }
        public void setOpenVraag(String openVraag) { this.openVraag = openVraag; }
        public List<StellingInvoer> getStellingen() { return stellingen; }
        public void setStellingen(List<StellingInvoer> stellingen) { this.stellingen = stellingen; }
    }
}
