package nl.maatwerk.regelbeheer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What another module may know of a proposed parameter set: enough to link to it and show how it stands (issue 18:
 * an invlieger that changes an amount in the norm tables points at the proposal in the beheerder's workflow). The
 * proposal itself, its review and its steps stay regelbeheer's.
 */
public record Voorstelverwijzing(UUID id, String reden, String status, boolean goedgekeurd, List<String> parameters, LocalDate geldigVanaf) {

    static Voorstelverwijzing van(Voorstel v) {
        List<String> namen = v.waarden().stream().map(Regelwaarde::naam).distinct().sorted().toList();
        LocalDate vanaf = v.waarden().stream().map(Regelwaarde::geldigVanaf).min(LocalDate::compareTo).orElse(null);
        return new Voorstelverwijzing(v.id(), v.reden(), v.status().omschrijving(), v.status() == VoorstelStatus.GOEDGEKEURD, namen, vanaf);
    }

    /** The module API: read one proposal or the newest ones, as references. */
    @org.springframework.stereotype.Service
    public static class Voorstellen {

        private final VoorstelOpslag opslag;

        Voorstellen(VoorstelOpslag opslag) {
            this.opslag = opslag;
        }

        public Optional<Voorstelverwijzing> lees(UUID id) {
            return opslag.lees(id).map(Voorstelverwijzing::van);
        }

        /** The newest proposals, any status, at most {@code hoeveel}. */
        public List<Voorstelverwijzing> nieuwste(int hoeveel) {
            return opslag.lijst(null, 1, hoeveel).stream().map(Voorstelverwijzing::van).toList();
        }
    }
}
