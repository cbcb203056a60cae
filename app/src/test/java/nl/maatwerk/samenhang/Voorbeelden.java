package nl.maatwerk.samenhang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Small hand-made invliegers for the unit tests. */
final class Voorbeelden {

    private Voorbeelden() {
    }

    static Invlieger invlieger(String titel, LocalDate inWerking, List<String> teams) {
        return invlieger(titel, inWerking, null, teams, Fase.VASTGESTELD, Voorbereiding.IN_VOORBEREIDING);
    }

    static Invlieger invlieger(String titel, LocalDate inWerking, LocalDate overgangTot, List<String> teams, Fase fase, Voorbereiding voorbereiding) {
        return new Invlieger(UUID.nameUUIDFromBytes(titel.getBytes(java.nio.charset.StandardCharsets.UTF_8)), titel, Soort.WET, null, Herkomst.RIJK,
                fase, null, null, inWerking, overgangTot, "Wat er verandert bij " + titel, List.of(Wet.PARTICIPATIEWET), List.of(), List.of(), teams,
                List.of(), "Team Werk en Inkomen", voorbereiding, null, "Staatsblad", 1, "beleid", Instant.parse("2026-11-30T09:00:00Z"), null, null);
    }

    static Invlieger.Gegevens gegevens(LocalDate aangekondigd, LocalDate vastgesteld, LocalDate inWerking, LocalDate overgang, Fase fase) {
        return new Invlieger.Gegevens("Participatiewet in balans", Soort.WET, "BWBR0051679", Herkomst.RIJK, fase, aangekondigd, vastgesteld, inWerking,
                overgang, "Giften tot 1.200 euro per jaar tellen niet mee.", List.of(Wet.PARTICIPATIEWET), List.of("pw-giften"), List.of(),
                List.of("wijkteam-centrum"), List.of(Proces.AANVRAAG_LEVENSONDERHOUD), "Afdeling Werk en Inkomen", Voorbereiding.TE_BEKIJKEN, null,
                "wetten.overheid.nl/BWBR0051679");
    }
}
