package nl.maatwerk.toegang.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.ZrmInvoer;
import nl.maatwerk.toegang.ZrmMeting;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form for a new ZRM assessment: a date, optionally one member, and for each of the 13 domains
 * (in the matrix's order, so {@code scores[i]} is domain i) a choice of 1 to 5 or "nb" (niet
 * beoordeeld) and a short note. A JavaBean, so the indexed fields bind and errors attach to them.
 */
public class ZrmFormulier {

    /** The form value for 'niet beoordeeld'. */
    static final String NIET_BEOORDEELD = "nb";

    public static class Regel {
        private String score;
        private String toelichting;

        public Regel() {
        }

        Regel(String score, String toelichting) {
            this.score = score;
            this.toelichting = toelichting;
        }

        public String getScore() {
            return score;
        }

        public void setScore(String score) {
            this.score = score;
        }

        public String getToelichting() {
            return toelichting;
        }

        public void setToelichting(String toelichting) {
            this.toelichting = toelichting;
        }
    }

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate datum;
    private UUID inwonerId;
    private List<Regel> scores = new ArrayList<>();

    public ZrmFormulier() {
    }

    /** Today, the whole household, and the scores of the previous assessment as a starting point. */
    static ZrmFormulier nieuw(LocalDate vandaag, ZrmMeting vorige) {
        ZrmFormulier f = new ZrmFormulier();
        f.datum = vandaag;
        for (Levensdomein d : Levensdomein.values()) {
            String score = null;
            if (vorige != null && vorige.score(d).isPresent()) {
                Integer waarde = vorige.waarde(d);
                score = waarde == null ? NIET_BEOORDEELD : String.valueOf(waarde);
            }
            f.scores.add(new Regel(score, null));
        }
        return f;
    }

    /** The input for the domain; a missing or unknown choice stays empty so the domain reports it. */
    ZrmInvoer alsInvoer() {
        List<ZrmInvoer.Score> invoer = new ArrayList<>();
        Levensdomein[] domeinen = Levensdomein.values();
        for (int i = 0; i < domeinen.length; i++) {
            Regel r = i < scores.size() && scores.get(i) != null ? scores.get(i) : new Regel();
            String keuze = r.getScore() == null ? "" : r.getScore().trim();
            Integer score = keuze.matches("[1-5]") ? Integer.valueOf(keuze) : null;
            invoer.add(new ZrmInvoer.Score(domeinen[i], score, NIET_BEOORDEELD.equals(keuze), r.getToelichting()));
        }
        return new ZrmInvoer(datum, inwonerId, invoer);
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public UUID getInwonerId() {
        return inwonerId;
    }

    public void setInwonerId(UUID inwonerId) {
        this.inwonerId = inwonerId;
    }

    public List<Regel> getScores() {
        return scores;
    }

    public void setScores(List<Regel> scores) {
        this.scores = scores;
    }
}
