package nl.maatwerk.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One ZRM assessment of a household: a score (or 'niet beoordeeld') and a short note for each of
 * the 13 life domains, on a date, by a professional. It may be about one member of the household.
 */
@org.springframework.modulith.NamedInterface("intern")
public record ZrmMeting(UUID id, UUID huishoudenId, UUID inwonerId, String inwonerNaam, LocalDate datum, String door,
        Instant vastgelegdOp, List<Domeinscore> scores) {

    /** The score of one domain; {@code score} is null when the domain was not assessed. */
    public record Domeinscore(Levensdomein domein, Integer score, String toelichting) {

        public boolean beoordeeld() {
            return score != null;
        }

        /** "3 beperkt zelfredzaam" or "niet beoordeeld". */
        public String tekst() {
            return ZrmNiveau.tekst(score);
        }
    }

    public Optional<Domeinscore> score(Levensdomein domein) {
        return scores.stream().filter(s -> s.domein() == domein).findFirst();
    }

    /** The score of a domain, or null when it was not assessed. */
    public Integer waarde(Levensdomein domein) {
        return score(domein).map(Domeinscore::score).orElse(null);
    }

    /** "3 beperkt zelfredzaam" or "niet beoordeeld" for a domain. */
    public String tekst(Levensdomein domein) {
        return ZrmNiveau.tekst(waarde(domein));
    }

    /**
     * What a member of the household sees of the assessments: those about them or about the whole
     * household, with the scores but without the professionals' comments (issue 13). An assessment
     * about another member stays with the professionals.
     */
    static List<ZrmMeting> voorInwoner(List<ZrmMeting> metingen, UUID inwonerId) {
        return metingen.stream().filter(m -> m.inwonerId() == null || m.inwonerId().equals(inwonerId))
                .map(m -> new ZrmMeting(m.id(), m.huishoudenId(), m.inwonerId(), m.inwonerNaam(), m.datum(), m.door(), m.vastgelegdOp(),
                        m.scores().stream().map(s -> new Domeinscore(s.domein(), s.score(), null)).toList()))
                .toList();
    }

    long aantalBeoordeeld() {
        return scores.stream().filter(Domeinscore::beoordeeld).count();
    }
}
