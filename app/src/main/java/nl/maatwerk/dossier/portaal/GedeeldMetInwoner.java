package nl.maatwerk.dossier.portaal;

import java.util.List;
import java.util.UUID;
import nl.maatwerk.dossier.Notities;

/**
 * For the resident portal: the notes shared with the logged-in resident's household, newest first.
 * Need-to-know and the log are the dossier's own: a resident who does not live in the household hears
 * that it does not exist, an unshared note never leaves, and the read is logged.
 */
@org.springframework.stereotype.Component
public class GedeeldMetInwoner {

    /** A shared note as a resident reads it: when, how, what, and who wrote it by name. */
    public record GedeeldeNotitie(UUID id, java.time.Instant op, String kanaal, String tekst, String door) {
    }

    private final Notities notities;

    GedeeldMetInwoner(Notities notities) {
        this.notities = notities;
    }

    /** The notes of this household shared with its residents, for the logged-in user (need-to-know applies). */
    public List<GedeeldeNotitie> notities(UUID huishoudenId, int pagina, int grootte) {
        return notities.gedeeld(huishoudenId, pagina, grootte).notities().stream()
                .map(n -> new GedeeldeNotitie(n.id(), n.op(), n.kanaal().omschrijving(), n.tekst(), n.doorNaam())).toList();
    }
}
