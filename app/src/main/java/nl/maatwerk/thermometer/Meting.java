package nl.maatwerk.thermometer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A measurement round: its themes with their intent, the questionnaire and the layers invited. */
@org.springframework.modulith.NamedInterface("intern")
public record Meting(UUID id, String naam, LocalDate einddatum, Instant aangemaaktOp, List<Laag> lagen, List<Thema> themas,
        List<Stelling> stellingen, Instant resultatenGezienOp) {

    /**
     * Answers are accepted up to and including the end date, and never once someone has seen the
     * results: results before and after one more answer would show that answer.
     */
    public boolean isOpen(LocalDate vandaag) {
        return !vandaag.isAfter(einddatum) && !resultatenGezien();
    }

    /** Someone has seen the results (page, export or API): the round is closed for good. */
    public boolean resultatenGezien() {
        return resultatenGezienOp != null;
    }

    public List<Stelling> stellingen(String thema) {
        return stellingen.stream().filter(s -> s.thema().equals(thema)).toList();
    }

    public List<Stelling> stellingen(String thema, Dimensie dimensie) {
        return stellingen.stream().filter(s -> s.thema().equals(thema) && s.dimensie() == dimensie).toList();
    }

    public java.util.Optional<Thema> thema(String code) {
        return themas.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
