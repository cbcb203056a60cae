package nl.maatwerk.dossier.portaal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.dossier.Document;
import nl.maatwerk.dossier.Documenten;
import nl.maatwerk.dossier.web.Download;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Attachments to the messages of Mijn Maatwerk (issue 16), kept as documents of the household's dossier: the same
 * checks as every upload in the workplace (type recognised from the content, size, empty file, a name with path
 * characters made safe), shared with the household, need-to-know and logging as for every document. The message
 * module keeps only the document's id.
 */
@Component
public class BerichtBijlagen {

    /** An attachment as a message shows it. */
    public record Bijlage(UUID id, String bestandsnaam, String mediatype, long grootte, String grootteTekst) {

        static Bijlage van(Document d) {
            return new Bijlage(d.id(), d.bestandsnaam(), d.mediatype(), d.grootte(), d.grootteTekst());
        }
    }

    private final Documenten documenten;

    BerichtBijlagen(Documenten documenten) {
        this.documenten = documenten;
    }

    /** Stores an attachment for this household (by its professional or one of its residents); invalid input: 400 with the reason. */
    public Bijlage bewaar(UUID huishoudenId, String bestandsnaam, byte[] inhoud) {
        return Bijlage.van(documenten.opslaanBijBericht(huishoudenId, bestandsnaam, inhoud));
    }

    /** The names of these attachments of the household, for a list of messages whose read is logged by the caller. */
    public Map<UUID, Bijlage> beschrijvingen(UUID huishoudenId, Collection<UUID> ids) {
        Map<UUID, Bijlage> uit = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            documenten.beschrijvingenZonderLog(huishoudenId, ids).forEach(d -> uit.put(d.id(), Bijlage.van(d)));
        }
        return uit;
    }

    /** The attachment as a download (always as attachment, nosniff, not cached); 404 when not there or not shared. Logged. */
    public ResponseEntity<byte[]> download(UUID huishoudenId, UUID id) {
        return Download.als(documenten.download(huishoudenId, id));
    }

    /** The largest file, for the form ("10 MB"), and the kinds allowed, for its hint and accept attribute. */
    public String maximum() {
        return documenten.maximum();
    }

    public String toegestaan() {
        return Documenten.toegestaan();
    }

    public String accept() {
        return Documenten.accept();
    }
}
