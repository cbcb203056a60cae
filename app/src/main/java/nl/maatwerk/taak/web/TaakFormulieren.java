package nl.maatwerk.taak.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the task pages. */
final class TaakFormulieren {

    private TaakFormulieren() {
    }

    record Nieuw(UUID hulpvraagId, String omschrijving, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vervaldatum,
            String eigenaar) {
    }

    record Wijzigen(String omschrijving, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vervaldatum, Integer versie) {
    }

    record Toewijzing(String naar, String reden, Integer versie) {
    }
}
