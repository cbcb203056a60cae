package nl.maatwerk.besluit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.toegang.HulpvraagBeantwoord;

/**
 * Event: a final decision was sent to the resident. Published in the transaction that sends it and
 * stored in the event publication registry, so every listener gets it at least once. Ids only, no
 * personal data.
 *
 * @param hulpvraagId the request it answers; null for a decision the municipality started itself
 */
public record BesluitVerzonden(UUID besluitId, UUID huishoudenId, UUID hulpvraagId, BesluitSoort soort, Instant verzondenOp)
        implements HulpvraagBeantwoord {

    @Override
    public String reden() {
        return "Besluit verzonden: " + soort.omschrijving().toLowerCase(Locale.ROOT);
    }

    @Override
    public LocalDate beantwoordOp() {
        return LocalDate.ofInstant(verzondenOp, Klok.ZONE);
    }
}
