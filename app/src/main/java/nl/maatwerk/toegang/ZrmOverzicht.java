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

    /** The assessment before the latest one of the same person: scores of two different people are no change. */
    public Optional<ZrmMeting> vorige() {
        return laatste().flatMap(l -> metingen.stream().skip(1)
                .filter(m -> java.util.Objects.equals(m.inwonerId(), l.inwonerId())).findFirst());
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

    /**
     * One life domain across the household: the lowest score in the latest assessment of each member
     * (an old assessment of the whole household counts as one more), with whose score it is. A domain
     * nobody's latest assessment scored has no score and nobody.
     */
    public record Laagste(Levensdomein domein, Integer score, List<String> wie) {

        public String tekst() {
            return ZrmNiveau.tekst(score);
        }

        /** "Fatima Yilmaz en Karim Yilmaz", or "" when not assessed. */
        public String wieTekst() {
            if (wie.size() <= 1) {
                return wie.isEmpty() ? "" : wie.getFirst();
            }
            return String.join(", ", wie.subList(0, wie.size() - 1)) + " en " + wie.getLast();
        }
    }

    /** The latest assessment of each member (and of the household as a whole, if there is one), newest first. */
    public List<ZrmMeting> laatstePerLid() {
        java.util.Map<java.util.Optional<java.util.UUID>, ZrmMeting> per = new java.util.LinkedHashMap<>();
        metingen.forEach(m -> per.putIfAbsent(java.util.Optional.ofNullable(m.inwonerId()), m));
        return List.copyOf(per.values());
    }

    /** Whether the household page should sum up several people, rather than show the one assessment there is. */
    public boolean meerdereLeden() {
        return laatstePerLid().size() > 1;
    }

    /** Per domain, in the order of the matrix: the lowest latest score among the members, with whose it is. */
    public List<Laagste> laagstePerDomein() {
        List<ZrmMeting> laatste = laatstePerLid();
        return Arrays.stream(Levensdomein.values()).map(d -> {
            Integer laagst = laatste.stream().map(m -> m.waarde(d)).filter(java.util.Objects::nonNull).min(Integer::compare).orElse(null);
            List<String> wie = laagst == null ? List.of() : laatste.stream().filter(m -> laagst.equals(m.waarde(d)))
                    .map(ZrmOverzicht::over).distinct().toList();
            return new Laagste(d, laagst, wie);
        }).toList();
    }

    private static String over(ZrmMeting m) {
        if (m.inwonerId() == null) {
            return "het huishouden als geheel";
        }
        return m.inwonerNaam() == null ? "een lid" : m.inwonerNaam();
    }

    /** Oldest first, for charts that run from left to right. */
    public List<ZrmMeting> oplopend() {
        return metingen.reversed();
    }
}
