package nl.maatwerk.taak;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A task with its owner and every change of owner, names already looked up for display. */
@org.springframework.modulith.NamedInterface("intern")
public record Taak(UUID id, String teamId, UUID huishoudenId, String huishoudenNaam, UUID hulpvraagId, String omschrijving,
        LocalDate vervaldatum, String eigenaar, String eigenaarNaam, TaakStatus status, LocalDate gedaanOp, String aangemaaktDoor,
        Instant aangemaaktOp, String gewijzigdDoor, Instant gewijzigdOp, int versie, List<Toewijzing> toewijzingen) {

    /** One change of owner: from whom (none at creation) to whom, why, by whom and when; names, not logins. */
    public record Toewijzing(String van, String naar, String reden, String door, Instant op) {
    }

    public boolean isOpen() {
        return status == TaakStatus.OPEN;
    }

    /** Open and its due date before {@code vandaag}. */
    public boolean isTeLaat(LocalDate vandaag) {
        return isOpen() && vervaldatum.isBefore(vandaag);
    }
}
