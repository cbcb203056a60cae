package nl.maatwerk.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored document, without its bytes: what it is, who stored it when, until when it is kept, and
 * whether it was withdrawn (then the bytes are gone and only this trace is left). {@code magIntrekken}
 * says whether the current user may withdraw it: the uploader or a team lead, while it is not withdrawn.
 */
@org.springframework.modulith.NamedInterface("intern")
public record Document(UUID id, UUID huishoudenId, UUID hulpvraagId, UUID besluitId, Documenttype documenttype, String bestandsnaam,
        String mediatype, long grootte, String sha256, boolean gedeeld, String door, String doorNaam, Instant op, LocalDate bewarenTot,
        String ingetrokkenDoorNaam, Instant ingetrokkenOp, String ingetrokkenReden, boolean magIntrekken) {

    public boolean ingetrokken() {
        return ingetrokkenOp != null;
    }

    /** The size as a person reads it ("240 kB", "1,4 MB"). */
    public String grootteTekst() {
        return grootte < 1024 * 1024 ? Math.max(1, Math.round(grootte / 1024.0)) + " kB" : DocumentControle.megabytes(grootte);
    }
}
