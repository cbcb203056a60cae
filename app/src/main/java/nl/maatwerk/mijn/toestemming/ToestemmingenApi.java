package nl.maatwerk.mijn.toestemming;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.mijn.Inwonersessie;
import nl.maatwerk.mijn.MijnInwoner;
import nl.maatwerk.platform.IfMatch;
import nl.maatwerk.platform.Paginering;
import nl.maatwerk.toegang.Onderdeel;
import nl.maatwerk.toegang.ToestemmingenVanInwoner;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mijn/toestemmingen")
@Tag(name = "Mijn Maatwerk", description = "De eigen gegevens van de ingelogde inwoner: huishouden, aanvragen en besluiten")
class ToestemmingenApi {

    record ToestemmingDto(UUID id, String partij, List<Onderdeel> onderdelen, List<String> onderdelenInWoorden, String doel, LocalDate gegevenOp,
            LocalDate geldigTot, LocalDate ingetrokkenOp, String vervallenReden, boolean geldig, int versie) {

        static ToestemmingDto van(ToestemmingenVanInwoner.Toestemming t) {
            return new ToestemmingDto(t.id(), t.partij(), t.onderdelen(), Toestemmingwoorden.van(t.onderdelen()), t.doel(), t.gegevenOp(),
                    t.geldigTot(), t.ingetrokkenOp(), t.vervallenReden(), t.geldig(), t.versie());
        }
    }

    record ToestemmingenDto(List<ToestemmingDto> toestemmingen, Paginering paginering) {
    }

    record NieuweToestemming(String partij, List<Onderdeel> onderdelen, String doel, LocalDate geldigTot) {
    }

    private final ToestemmingenVanInwoner toestemmingen;
    private final MijnInwoner mijn;

    ToestemmingenApi(ToestemmingenVanInwoner toestemmingen, MijnInwoner mijn) {
        this.toestemmingen = toestemmingen;
        this.mijn = mijn;
    }

    @GetMapping
    @Operation(summary = "Mijn toestemmingen", description = "De toestemmingen die de ingelogde inwoner gaf om gegevens van het huishouden te delen.")
    ToestemmingenDto lijst() {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        List<ToestemmingDto> lijst = toestemmingen.van(mijn.vereisHuishouden(s), s.inwonerId()).stream().map(ToestemmingDto::van).toList();
        return new ToestemmingenDto(lijst, Paginering.van(1, Math.max(1, lijst.size()), lijst.size()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén toestemming", description = "Met haar versie als ETag, voor het intrekken.")
    ResponseEntity<ToestemmingDto> een(@PathVariable UUID id) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        var t = toestemmingen.een(mijn.vereisHuishouden(s), s.inwonerId(), id);
        return IfMatch.ok(ToestemmingDto.van(t), t.versie());
    }

    @PostMapping
    @Operation(summary = "Toestemming geven", description = "Vanaf vandaag, tot geldigTot (leeg: tot u haar stopt).")
    ResponseEntity<ToestemmingDto> geef(@RequestBody NieuweToestemming nieuw) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        var t = toestemmingen.geef(mijn.vereisHuishouden(s), s.inwonerId(), nieuw.partij(), nieuw.onderdelen(), nieuw.doel(), nieuw.geldigTot());
        return IfMatch.aangemaakt(URI.create("/api/v1/mijn/toestemmingen/" + t.id()), ToestemmingDto.van(t), t.versie());
    }

    @PostMapping("/{id}/intrekking")
    @Operation(summary = "Toestemming stoppen", description = "Vanaf vandaag wordt er niets meer mee gedeeld. " + IfMatch.OPENAPI)
    ResponseEntity<ToestemmingDto> trekIn(@PathVariable UUID id,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        var t = toestemmingen.trekIn(mijn.vereisHuishouden(s), s.inwonerId(), id, IfMatch.versie(ifMatch));
        return IfMatch.ok(ToestemmingDto.van(t), t.versie());
    }
}
