package nl.maatwerk.toegang;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ZRM history of a household, newest first, and what changed since the assessment before the
 * latest one.
 */
@org.springframework.modulith.NamedInterface("intern")
public record ZrmOverzicht(List<ZrmMeting> metingen) {

    public ZrmOverzicht {
        metingen = List.copyOf(metingen);
    }

    /** One domain in the latest assessment, with the score of the one before. */
    public record Verandering(Levensdomein domein, Integer score, Integer vorige, String toelichting) {

        /** Latest minus previous; null when either was not assessed or there is no previous one. */
        public Integer verschil() {
            return score == null || vorige == null ? null : score - vorige;
        }

        public String tekst() {
            return ZrmNiveau.tekst(score);
        }

        /** The change in words, so it never depends on a colour or an arrow alone. */
        public String verschilTekst(boolean heeftVorige) {
            if (!heeftVorige) {
                return "eerste meting";
            }
            Integer v = verschil();
            if (v == null) {
                return score == null ? "nu niet beoordeeld" : "eerder niet beoordeeld";
            }
            if (v == 0) {
                return "gelijk";
            }
            return v > 0 ? v + " hoger (beter)" : -v + " lager (slechter)";
        }
    }

    public boolean isLeeg() {
        return metingen.isEmpty();
    }

    public Optional<ZrmMeting> laatste() {
        return metingen.stream().findFirst();
    }

    public Optional<ZrmMeting> vorige() {
        return metingen.stream().skip(1).findFirst();
    }

    /** Per domain, in the order of the matrix: the latest score and the change since the previous assessment. */
    public List<Verandering> veranderingen() {
        ZrmMeting laatste = laatste().orElse(null);
        if (laatste == null) {
            return List.of();
        }
        ZrmMeting vorige = vorige().orElse(null);
        return Arrays.stream(Levensdomein.values()).map(d -> new Verandering(d, laatste.waarde(d),
                vorige == null ? null : vorige.waarde(d),
                laatste.score(d).map(ZrmMeting.Domeinscore::toelichting).orElse(null))).toList();
    }

    /** Oldest first, for charts that run from left to right. */
    public List<ZrmMeting> oplopend() {
        return metingen.reversed();
    }
}
