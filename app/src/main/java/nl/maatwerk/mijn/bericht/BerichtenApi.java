package nl.maatwerk.mijn.bericht;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.Paginering;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mijn/berichten")
@Tag(name = "Mijn Maatwerk", description = "De eigen gegevens van de ingelogde inwoner: huishouden, aanvragen en besluiten")
class BerichtenApi {

    record BijlageDto(UUID id, String bestandsnaam, String mediatype, long grootte, String href) {
    }

    record BerichtDto(UUID id, boolean vanInwoner, String afzender, String tekst, OffsetDateTime verzondenOp, BijlageDto bijlage) {

        static BerichtDto van(Berichten.Bericht b) {
            var a = b.bijlage();
            return new BerichtDto(b.id(), b.vanInwoner(), b.afzender(), b.tekst(), b.verzondenOp().atZone(Klok.ZONE).toOffsetDateTime(),
                    a == null ? null : new BijlageDto(a.id(), a.bestandsnaam(), a.mediatype(), a.grootte(), "/api/v1/mijn/berichten/bijlagen/" + a.id()));
        }
    }

    record BerichtenDto(List<BerichtDto> berichten, Paginering paginering) {
    }

    record NieuwBericht(String tekst) {
    }

    private final Berichten berichten;

    BerichtenApi(Berichten berichten) {
        this.berichten = berichten;
    }

    @GetMapping
    @Operation(summary = "Mijn berichten", description = "Het gesprek van de ingelogde inwoner met de medewerkers van zijn huishouden, oudste eerst.")
    BerichtenDto lijst() {
        List<BerichtDto> lijst = berichten.vanMij().stream().map(BerichtDto::van).toList();
        return new BerichtenDto(lijst, Paginering.van(1, Math.max(1, lijst.size()), lijst.size()));
    }

    @PostMapping
    @Operation(summary = "Bericht sturen", description = "Een nieuw bericht aan de regisseur en het team van het huishouden.")
    ResponseEntity<BerichtDto> stuur(@RequestBody NieuwBericht nieuw) {
        var b = berichten.stuurAlsInwoner(nieuw.tekst(), null);
        return ResponseEntity.created(URI.create("/api/v1/mijn/berichten")).body(BerichtDto.van(b));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Bericht sturen met een bijlage", description = "Als multipart: het veld tekst en het bestand in bestand. "
            + "Dezelfde regels als voor documenten van de gemeente: soort bestand, grootte, niet leeg.")
    ResponseEntity<BerichtDto> stuurMetBijlage(@RequestParam(required = false) String tekst,
            @RequestParam(required = false) MultipartFile bestand) throws java.io.IOException {
        var b = berichten.stuurAlsInwoner(tekst, Berichten.Bestand.van(bestand));
        return ResponseEntity.created(URI.create("/api/v1/mijn/berichten")).body(BerichtDto.van(b));
    }

    @GetMapping("/bijlagen/{id}")
    @Operation(summary = "Bijlage downloaden", description = "Alleen een bijlage uit uw eigen berichten; een ander id: 404.")
    ResponseEntity<byte[]> bijlage(@PathVariable UUID id) {
        return berichten.bijlageVanMij(id);
    }
}
