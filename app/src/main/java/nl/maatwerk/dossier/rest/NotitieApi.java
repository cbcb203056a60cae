package nl.maatwerk.dossier.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.dossier.Kanaal;
import nl.maatwerk.dossier.Notitie;
import nl.maatwerk.dossier.Notities;
import nl.maatwerk.platform.Paginering;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/huishoudens/{huishoudenId}/notities")
@Validated
@Tag(name = "Contactjournaal", description = "Notities van contact met een huishouden, per huishouden en per hulpvraag. Alleen aanvullen: "
        + "een notitie verandert niet; een correctie is een nieuwe notitie die zegt welke zij corrigeert. Een inwoner ziet alleen wat met hem gedeeld is.")
class NotitieApi {

    record NotitieAntwoord(UUID id, UUID huishoudenId, UUID hulpvraagId, Kanaal kanaal, String tekst, boolean gedeeld,
            @Schema(description = "De notitie die deze corrigeert") UUID corrigeert,
            @Schema(description = "De notitie die deze corrigeerde; leeg als die er niet is") UUID gecorrigeerdDoor,
            @Schema(description = "Wie de notitie schreef, met naam") String door, Instant op) {

        static NotitieAntwoord van(Notitie n) {
            return new NotitieAntwoord(n.id(), n.huishoudenId(), n.hulpvraagId(), n.kanaal(), n.tekst(), n.gedeeld(), n.corrigeert(),
                    n.gecorrigeerdDoor(), n.doorNaam(), n.op());
        }
    }

    record NotitiePagina(List<NotitieAntwoord> notities, Paginering paginering) {
    }

    record NieuweNotitie(@Schema(description = "telefoon, huisbezoek, balie, e-mail, brief, beeldbellen, overleg of notitie") Kanaal kanaal,
            String tekst, Boolean gedeeld, UUID hulpvraagId, @Schema(description = "De notitie die deze corrigeert") UUID corrigeert) {
    }

    private final Notities notities;

    NotitieApi(Notities notities) {
        this.notities = notities;
    }

    @GetMapping
    @Operation(summary = "Notities van een huishouden", description = "Nieuwste eerst, per pagina; met hulpvraag alleen die van die hulpvraag. "
            + "Een inwoner krijgt alleen de notities die met hem gedeeld zijn. Elke lezing staat in het logboek.")
    NotitiePagina lijst(@PathVariable UUID huishoudenId, @RequestParam(required = false) UUID hulpvraag,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.")
            @Max(value = 100_000, message = "De pagina is hoogstens 100000.") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 100, message = "De paginagrootte is hoogstens 100.") int paginagrootte) {
        Notities.Pagina p = notities.lijst(huishoudenId, hulpvraag, pagina, paginagrootte);
        return new NotitiePagina(p.notities().stream().map(NotitieAntwoord::van).toList(), Paginering.van(p.nummer(), p.grootte(), p.totaal()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén notitie", description = "404 als zij er niet is, of niet gedeeld is met de inwoner die vraagt.")
    NotitieAntwoord lees(@PathVariable UUID huishoudenId, @PathVariable UUID id) {
        return NotitieAntwoord.van(notities.lees(huishoudenId, id));
    }

    @PostMapping
    @Operation(summary = "Notitie vastleggen", description = "Alleen voor professionals met een relatie met het huishouden. Zonder versie: "
            + "een notitie is nieuw en verandert daarna niet. Een correctie noemt in corrigeert de notitie die zij rechtzet; "
            + "een notitie wordt één keer gecorrigeerd (409 als dat al gebeurd is).")
    ResponseEntity<NotitieAntwoord> legVast(@PathVariable UUID huishoudenId, @RequestBody NieuweNotitie nieuw) {
        Notitie n = notities.legVast(huishoudenId, new Notities.Nieuw(nieuw.kanaal(), nieuw.tekst(), Boolean.TRUE.equals(nieuw.gedeeld()),
                nieuw.hulpvraagId(), nieuw.corrigeert()));
        return ResponseEntity.created(URI.create("/api/v1/huishoudens/" + huishoudenId + "/notities/" + n.id())).body(NotitieAntwoord.van(n));
    }
}
