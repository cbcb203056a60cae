package nl.maatwerk.thermometer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A measurement round: its themes with their intent, the questionnaire and the layers invited. */
@org.springframework.modulith.NamedInterface("intern")
public record Meting(UUID id, String naam, LocalDate einddatum, Instant aangemaaktOp, List<Laag> lagen, List<Thema> themas,
        List<Stelling> stellingen) {

    /** Answers are accepted up to and including the end date. */
    public boolean isOpen(LocalDate vandaag) {
        return !vandaag.isAfter(einddatum);
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
