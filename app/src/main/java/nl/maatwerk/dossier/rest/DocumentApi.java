package nl.maatwerk.dossier.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.dossier.Document;
import nl.maatwerk.dossier.Documenten;
import nl.maatwerk.dossier.Documenttype;
import nl.maatwerk.dossier.web.Download;
import nl.maatwerk.platform.Paginering;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/huishoudens/{huishoudenId}/documenten")
@Validated
@Tag(name = "Documenten", description = "Documenten bij een huishouden, hulpvraag of besluit, met soort en bewaartermijn. Een inwoner ziet "
        + "alleen wat met hem gedeeld is. Downloaden geeft altijd een bijlage (Content-Disposition: attachment).")
class DocumentApi {

    record DocumentAntwoord(UUID id, UUID huishoudenId, UUID hulpvraagId, UUID besluitId, Documenttype documenttype, String bestandsnaam,
            String mediatype, long grootte, String sha256, boolean gedeeld, @Schema(description = "Wie het opsloeg, met naam") String door,
            Instant opgeslagenOp, @Schema(description = "De laatste dag dat we het bewaren; volgt uit de soort") LocalDate bewarenTot,
            String ingetrokkenDoor, Instant ingetrokkenOp, String ingetrokkenReden) {

        static DocumentAntwoord van(Document d) {
            return new DocumentAntwoord(d.id(), d.huishoudenId(), d.hulpvraagId(), d.besluitId(), d.documenttype(), d.bestandsnaam(), d.mediatype(),
                    d.grootte(), d.sha256(), d.gedeeld(), d.doorNaam(), d.op(), d.bewarenTot(), d.ingetrokkenDoorNaam(), d.ingetrokkenOp(),
                    d.ingetrokkenReden());
        }
    }

    record DocumentPagina(List<DocumentAntwoord> documenten, Paginering paginering) {
    }

    record Intrekking(String reden) {
    }

    private final Documenten documenten;

    DocumentApi(Documenten documenten) {
        this.documenten = documenten;
    }

    @GetMapping
    @Operation(summary = "Documenten van een huishouden", description = "Nieuwste eerst, per pagina; met hulpvraag of besluit alleen die daarvan.")
    DocumentPagina lijst(@PathVariable UUID huishoudenId, @RequestParam(required = false) UUID hulpvraag,
            @RequestParam(required = false) UUID besluit,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.")
            @Max(value = 100_000, message = "De pagina is hoogstens 100000.") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 100, message = "De paginagrootte is hoogstens 100.") int paginagrootte) {
        Documenten.Pagina p = documenten.lijst(huishoudenId, hulpvraag, besluit, pagina, paginagrootte);
        return new DocumentPagina(p.documenten().stream().map(DocumentAntwoord::van).toList(), Paginering.van(p.nummer(), p.grootte(), p.totaal()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Document opslaan", description = "multipart/form-data met bestand, documenttype en eventueel gedeeld, hulpvraagId en "
            + "besluitId. PDF, JPG, PNG, DOCX, XLSX, ODT of ODS, herkend aan de inhoud; hoogstens maatwerk.documenten.max-grootte (10 MB). "
            + "Een leeg, te groot of ander soort bestand is 400 met de reden bij het veld bestand; elke virusscanner moet het goedkeuren.")
    ResponseEntity<DocumentAntwoord> opslaan(@PathVariable UUID huishoudenId, @RequestPart(name = "bestand", required = false) MultipartFile bestand,
            @RequestParam(required = false) Documenttype documenttype, @RequestParam(required = false) Boolean gedeeld,
            @RequestParam(required = false) UUID hulpvraagId, @RequestParam(required = false) UUID besluitId) throws IOException {
        Document d = documenten.opslaan(huishoudenId, new Documenten.Upload(documenttype, bestand == null ? null : bestand.getOriginalFilename(),
                bestand == null ? null : bestand.getBytes(), Boolean.TRUE.equals(gedeeld), hulpvraagId, besluitId));
        return ResponseEntity.created(URI.create("/api/v1/huishoudens/" + huishoudenId + "/documenten/" + d.id())).body(DocumentAntwoord.van(d));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén document (beschrijving)", description = "404 als het er niet is, of niet gedeeld is met de inwoner die vraagt.")
    DocumentAntwoord lees(@PathVariable UUID huishoudenId, @PathVariable UUID id) {
        return DocumentAntwoord.van(documenten.lees(huishoudenId, id));
    }

    @GetMapping("/{id}/inhoud")
    @Operation(summary = "Document downloaden", description = "Als bijlage, met een veilige bestandsnaam en X-Content-Type-Options: nosniff. "
            + "404 voor een ingetrokken document.")
    ResponseEntity<byte[]> download(@PathVariable UUID huishoudenId, @PathVariable UUID id) {
        return Download.als(documenten.download(huishoudenId, id));
    }

    @PostMapping("/{id}/intrekking")
    @Operation(summary = "Document intrekken", description = "Alleen wie het opsloeg of de teamleider, met een reden. Het bestand wordt verwijderd; "
            + "wie, wanneer en waarom blijft. Een tweede keer is 409.")
    DocumentAntwoord intrekken(@PathVariable UUID huishoudenId, @PathVariable UUID id, @RequestBody Intrekking intrekking) {
        return DocumentAntwoord.van(documenten.intrekken(huishoudenId, id, intrekking.reden()));
    }
}
