package nl.maatwerk.toegang.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.PlanActie;
import nl.maatwerk.toegang.PlanDoel;
import nl.maatwerk.toegang.PlanEigenaar;
import nl.maatwerk.toegang.PlanInhoud;
import nl.maatwerk.toegang.PlanStatus;

/**
 * The plan as a web form, all text, so that a date like "morgen" comes back with a plain Dutch
 * message instead of failing the whole form. Without JavaScript, new goals and actions are empty
 * rows: an empty row is ignored, a row with "verwijderen" ticked is left out.
 */
public class PlanFormulier {

    private static final DateTimeFormatter NL_DATUM = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Pattern INDEX = Pattern.compile("^doelen\\[(\\d+)](?:\\.acties\\[(\\d+)])?(.*)$");

    private String evaluatiedatum;
    private List<DoelRij> doelen = new ArrayList<>();

    public static class DoelRij {
        private String id;
        private String levensdomein;
        private String doel;
        private boolean verwijderen;
        private List<ActieRij> acties = new ArrayList<>();

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getLevensdomein() { return levensdomein; }
        public void setLevensdomein(String levensdomein) { this.levensdomein = levensdomein; }
        public String getDoel() { return doel; }
        public void setDoel(String doel) { this.doel = doel; }
        public boolean isVerwijderen() { return verwijderen; }
        public void setVerwijderen(boolean verwijderen) { this.verwijderen = verwijderen; }
        public List<ActieRij> getActies() { return acties; }
        public void setActies(List<ActieRij> acties) { this.acties = acties; }

        boolean isLeeg() {
            return leeg(levensdomein) && leeg(doel) && acties.stream().allMatch(ActieRij::isLeeg);
        }
    }

    public static class ActieRij {
        private String id;
        private String omschrijving;
        private String eigenaarType;
        private String eigenaar;
        private String uiterlijk;
        private String status = PlanStatus.OPEN.code();
        private boolean verwijderen;

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getOmschrijving() { return omschrijving; }
        public void setOmschrijving(String omschrijving) { this.omschrijving = omschrijving; }
        public String getEigenaarType() { return eigenaarType; }
        public void setEigenaarType(String eigenaarType) { this.eigenaarType = eigenaarType; }
        public String getEigenaar() { return eigenaar; }
        public void setEigenaar(String eigenaar) { this.eigenaar = eigenaar; }
        public String getUiterlijk() { return uiterlijk; }
        public void setUiterlijk(String uiterlijk) { this.uiterlijk = uiterlijk; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public boolean isVerwijderen() { return verwijderen; }
        public void setVerwijderen(boolean verwijderen) { this.verwijderen = verwijderen; }

        boolean isLeeg() {
            return leeg(id) && leeg(omschrijving) && leeg(eigenaarType) && leeg(eigenaar) && leeg(uiterlijk);
        }
    }

    public String getEvaluatiedatum() { return evaluatiedatum; }
    public void setEvaluatiedatum(String evaluatiedatum) { this.evaluatiedatum = evaluatiedatum; }
    public List<DoelRij> getDoelen() { return doelen; }
    public void setDoelen(List<DoelRij> doelen) { this.doelen = doelen; }

    /** The form for a plan, with empty rows to add one goal and one action per goal. */
    static PlanFormulier van(PlanInhoud plan, boolean legeRijen) {
        PlanFormulier f = new PlanFormulier();
        f.evaluatiedatum = plan.evaluatiedatum() == null ? null : plan.evaluatiedatum().toString();
        for (PlanDoel d : plan.doelen()) {
            DoelRij rij = new DoelRij();
            rij.id = d.id() == null ? null : d.id().toString();
            rij.levensdomein = d.levensdomein() == null ? null : d.levensdomein().code();
            rij.doel = d.doel();
            for (PlanActie a : d.acties()) {
                ActieRij ar = new ActieRij();
                ar.id = a.id() == null ? null : a.id().toString();
                ar.omschrijving = a.omschrijving();
                ar.eigenaarType = a.eigenaarType() == null ? null : a.eigenaarType().code();
                ar.eigenaar = a.eigenaar();
                ar.uiterlijk = a.uiterlijk() == null ? null : a.uiterlijk().toString();
                ar.status = a.status() == null ? null : a.status().code();
                rij.acties.add(ar);
            }
            if (legeRijen) {
                rij.acties.add(new ActieRij());
            }
            f.doelen.add(rij);
        }
        if (legeRijen) {
            DoelRij nieuw = new DoelRij();
            nieuw.acties.add(new ActieRij());
            nieuw.acties.add(new ActieRij());
            f.doelen.add(nieuw);
        }
        return f;
    }

    /**
     * The plan the form describes, the format errors by form field, and a way to name a domain
     * field (e.g. {@code doelen[0].acties[1].eigenaar}) by its form field.
     */
    record Omzetting(PlanInhoud inhoud, Map<String, String> fouten, Map<Integer, Integer> doelIndex,
            Map<Integer, Map<Integer, Integer>> actieIndex) {

        String formulierveld(String domeinveld) {
            Matcher m = INDEX.matcher(domeinveld);
            if (!m.matches()) {
                return domeinveld;
            }
            int di = Integer.parseInt(m.group(1));
            Integer fi = doelIndex.get(di);
            if (fi == null) {
                return domeinveld;
            }
            if (m.group(2) == null) {
                return "doelen[" + fi + "]" + m.group(3);
            }
            Integer fj = actieIndex.getOrDefault(di, Map.of()).get(Integer.parseInt(m.group(2)));
            return fj == null ? domeinveld : "doelen[" + fi + "].acties[" + fj + "]" + m.group(3);
        }
    }

    Omzetting omzetting() {
        Map<String, String> fouten = new LinkedHashMap<>();
        Map<Integer, Integer> doelIndex = new LinkedHashMap<>();
        Map<Integer, Map<Integer, Integer>> actieIndex = new LinkedHashMap<>();
        LocalDate evaluatie = datum(evaluatiedatum, "evaluatiedatum", "De evaluatiedatum", fouten);
        List<PlanDoel> uit = new ArrayList<>();
        for (int i = 0; i < doelen.size(); i++) {
            DoelRij d = doelen.get(i);
            if (d == null || d.verwijderen || d.isLeeg()) {
                continue;
            }
            int di = uit.size();
            doelIndex.put(di, i);
            List<PlanActie> acties = new ArrayList<>();
            Map<Integer, Integer> ai = new LinkedHashMap<>();
            for (int j = 0; j < d.acties.size(); j++) {
                ActieRij a = d.acties.get(j);
                if (a == null || a.verwijderen || a.isLeeg()) {
                    continue;
                }
                ai.put(acties.size(), j);
                String pad = "doelen[" + i + "].acties[" + j + "]";
                acties.add(new PlanActie(uuid(a.id), tekst(a.omschrijving), code(a.eigenaarType, PlanEigenaar::vanCode),
                        tekst(a.eigenaar), datum(a.uiterlijk, pad + ".uiterlijk", "De datum bij actie " + (j + 1) + " van doel " + (i + 1), fouten),
                        code(a.status, PlanStatus::vanCode)));
            }
            actieIndex.put(di, ai);
            uit.add(new PlanDoel(uuid(d.id), code(d.levensdomein, Levensdomein::vanCode), tekst(d.doel), acties));
        }
        return new Omzetting(new PlanInhoud(evaluatie, uit), fouten, doelIndex, actieIndex);
    }

    /** The HTML id of a form field: {@code doelen[0].acties[1].eigenaar} is {@code doelen-0-acties-1-eigenaar}. */
    static String veldId(String veld) {
        return veld.replaceAll("\\[(\\d+)]", "-$1").replace('.', '-');
    }

    static LocalDate datum(String waarde, String veld, String naam, Map<String, String> fouten) {
        if (leeg(waarde)) {
            return null;
        }
        String w = waarde.strip();
        try {
            return LocalDate.parse(w);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(w.replace('/', '-').replace('.', '-'), NL_DATUM);
            } catch (DateTimeParseException e2) {
                fouten.put(veld, naam + " is geen datum. Schrijf de datum zoals 31-12-2026.");
                return null;
            }
        }
    }

    private static <T> T code(String waarde, java.util.function.Function<String, T> vanCode) {
        if (leeg(waarde)) {
            return null;
        }
        try {
            return vanCode.apply(waarde.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID uuid(String waarde) {
        if (leeg(waarde)) {
            return null;
        }
        try {
            return UUID.fromString(waarde.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String tekst(String waarde) {
        return leeg(waarde) ? null : waarde.strip();
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
