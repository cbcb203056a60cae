package nl.maatwerk.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the contactjournaal: who wrote it (by name), when, through which channel, and the text.
 * Never changed; {@code corrigeert} names the note this one puts right, {@code gecorrigeerdDoor} the
 * note that put this one right (null when none).
 */
@org.springframework.modulith.NamedInterface("intern")
public record Notitie(UUID id, UUID huishoudenId, UUID hulpvraagId, Kanaal kanaal, String tekst, boolean gedeeld, UUID corrigeert,
        UUID gecorrigeerdDoor, String door, String doorNaam, Instant op) {
}
