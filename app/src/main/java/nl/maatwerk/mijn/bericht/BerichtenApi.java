package nl.maatwerk.mijn.bericht;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.Paginering;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mijn/berichten")
@Tag(name = "Mijn Maatwerk", description = "De eigen gegevens van de ingelogde inwoner: huishouden, aanvragen en besluiten")
class BerichtenApi {

    record BerichtDto(UUID id, boolean vanInwoner, String afzender, String tekst, OffsetDateTime verzondenOp) {

        static BerichtDto van(Berichten.Bericht b) {
            return new BerichtDto(b.id(), b.vanInwoner(), b.afzender(), b.tekst(), b.verzondenOp().atZone(Klok.ZONE).toOffsetDateTime());
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
        var b = berichten.stuurAlsInwoner(nieuw.tekst());
        return ResponseEntity.created(URI.create("/api/v1/mijn/berichten")).body(BerichtDto.van(b));
    }
}
