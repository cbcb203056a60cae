package nl.maatwerk.mijn.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.mijn.Inwonersessie;
import nl.maatwerk.mijn.MijnInwoner;
import nl.maatwerk.platform.IfMatch;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.toegang.PlanActie;
import nl.maatwerk.toegang.PlanDoel;
import nl.maatwerk.toegang.PlanVanInwoner;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resident's plan in the API (issue 16): read it with its version as ETag; agree or not, add an action of one's own,
 * mark one's own action done, each with If-Match (428 without, 409 when the regisseur saved a newer version).
 */
@RestController
@RequestMapping("/api/v1/mijn/plan")
@Tag(name = "Mijn Maatwerk", description = "De eigen gegevens van de ingelogde inwoner: huishouden, aanvragen en besluiten")
class PlanApi {

    record ActieDto(UUID id, String omschrijving, String wie, String eigenaarType, LocalDate uiterlijk, String status, String statusInWoorden,
            boolean vanMij, boolean toegevoegdDoorInwoner) {
    }

    record DoelDto(UUID id, String levensdomein, String levensdomeinInWoorden, String doel, List<ActieDto> acties) {
    }

    record InstemmingDto(boolean akkoord, String opmerking, int planVersie, OffsetDateTime op) {
    }

    record PlanDto(int versie, LocalDate evaluatiedatum, List<DoelDto> doelen, InstemmingDto mijnAntwoord) {

        static PlanDto van(PlanVanInwoner.MijnPlan p) {
            Planwoorden w = new Planwoorden();
            List<DoelDto> doelen = p.inhoud().doelen().stream().map((PlanDoel d) -> new DoelDto(d.id(),
                    d.levensdomein() == null ? null : d.levensdomein().code(), w.domein(d.levensdomein()), d.doel(),
                    d.acties().stream().map((PlanActie a) -> new ActieDto(a.id(), a.omschrijving(), w.wie(a),
                            a.eigenaarType() == null ? null : a.eigenaarType().code(), a.uiterlijk(), a.status() == null ? null : a.status().code(),
                            w.status(a.status()), p.isVanMij(a.id()), p.inwoneracties().getOrDefault(a.id(), List.of()).stream()
                                    .anyMatch(i -> "toegevoegd".equals(i.soort())))).toList())).toList();
            var i = p.instemming();
            return new PlanDto(p.versie(), p.inhoud().evaluatiedatum(), doelen,
                    i == null ? null : new InstemmingDto(i.akkoord(), i.opmerking(), i.planVersie(), i.op().atZone(Klok.ZONE).toOffsetDateTime()));
        }
    }

    record Antwoord(Boolean akkoord, String opmerking) {
    }

    record NieuweActie(UUID doelId, String omschrijving, LocalDate uiterlijk) {
    }

    private final PlanVanInwoner plannen;
    private final MijnInwoner mijn;

    PlanApi(PlanVanInwoner plannen, MijnInwoner mijn) {
        this.plannen = plannen;
        this.mijn = mijn;
    }

    @GetMapping
    @Operation(summary = "Mijn plan", description = "Het plan van het huishouden: doelen en acties, wie wat doet en wanneer. Versie 0: nog geen plan.")
    ResponseEntity<PlanDto> lees() {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        var p = plannen.lees(mijn.vereisHuishouden(s), PlanPaginas.wie(s));
        return IfMatch.ok(PlanDto.van(p), p.versie());
    }

    @PostMapping("/instemming")
    @Operation(summary = "Eens of niet eens met het plan", description = "akkoord false vraagt een opmerking. " + IfMatch.OPENAPI)
    ResponseEntity<PlanDto> stemIn(@RequestBody Antwoord antwoord,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        if (antwoord.akkoord() == null) {
            throw new nl.maatwerk.platform.OngeldigeInvoerException("akkoord", "required", "Zeg of u het eens bent met het plan: true of false.");
        }
        var p = plannen.stemIn(mijn.vereisHuishouden(s), PlanPaginas.wie(s), antwoord.akkoord(), antwoord.opmerking(), IfMatch.versie(ifMatch));
        return IfMatch.ok(PlanDto.van(p), p.versie());
    }

    @PostMapping("/acties")
    @Operation(summary = "Zelf een actie toevoegen", description = "Bij een doel van het plan, met u als uitvoerder. " + IfMatch.OPENAPI)
    ResponseEntity<PlanDto> voegToe(@RequestBody NieuweActie actie,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        var p = plannen.voegActieToe(mijn.vereisHuishouden(s), PlanPaginas.wie(s), actie.doelId(), actie.omschrijving(), actie.uiterlijk(),
                IfMatch.versie(ifMatch));
        return IfMatch.aangemaakt(URI.create("/api/v1/mijn/plan"), PlanDto.van(p), p.versie());
    }

    @PostMapping("/acties/{id}/klaar")
    @Operation(summary = "Eigen actie klaar", description = "Alleen een actie van uzelf (of van uw kind voor wie u regelt); "
            + "een actie van de gemeente of een ander: 403. " + IfMatch.OPENAPI)
    ResponseEntity<PlanDto> klaar(@PathVariable UUID id,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        var p = plannen.markeerGedaan(mijn.vereisHuishouden(s), PlanPaginas.wie(s), id, IfMatch.versie(ifMatch));
        return IfMatch.ok(PlanDto.van(p), p.versie());
    }
}
