package nl.maatwerk.regelbeheer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A proposal with its values, its review and every step it went through. */
@org.springframework.modulith.NamedInterface("intern")
public record Voorstel(UUID id, String reden, VoorstelStatus status, int versie, String voorgesteldDoor, Instant voorgesteldOp,
        String beoordeeldDoor, Instant beoordeeldOp, String beoordelingToelichting, List<Regelwaarde> waarden, List<Stap> geschiedenis) {

    public Voorstel {
        waarden = List.copyOf(waarden);
        geschiedenis = List.copyOf(geschiedenis);
    }

    /** One step: from one status to the next (van is empty for the proposal itself), by whom and when. */
    public record Stap(VoorstelStatus van, VoorstelStatus naar, String toelichting, String door, Instant op) {
    }
}
