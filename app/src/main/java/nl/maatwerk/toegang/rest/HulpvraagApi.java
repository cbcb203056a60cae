package nl.maatwerk.toegang.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.IfMatch;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Paginering;
import nl.maatwerk.toegang.Dreiging;
import nl.maatwerk.toegang.Hulpvraag;
import nl.maatwerk.toegang.HulpvraagGegevens;
import nl.maatwerk.toegang.HulpvraagStatus;
import nl.maatwerk.toegang.Hulpvragen;
import nl.maatwerk.toegang.Kanaal;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.Termijn;
import nl.maatwerk.toegang.Urgentie;
import nl.maatwerk.toegang.Vorm;
import nl.maatwerk.toegang.Wet;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/hulpvragen")
@Validated
@Tag(name = "Hulpvragen", description = "Hulpvragen van huishoudens, hun status en de wettelijke termijnen die daarbij lopen")
class HulpvraagApi {

    record TermijnAntwoord(String code, String omschrijving, LocalDate start, LocalDate uitersteDatum, String bron, LocalDate afgerondOp,
            String gestoptReden, Termijn.Stand stand) {
    }

    record StatusWijzigingAntwoord(HulpvraagStatus van, HulpvraagStatus naar, String reden, String door, Instant op) {
    }

    record HulpvraagAntwoord(UUID id, UUID huishoudenId, UUID inwonerId, Kanaal kanaal, Vorm vorm, String vraag, String watTelt,
            List<Levensdomein> levensdomeinen, Urgentie urgentie, List<Wet> wetten, Dreiging dreiging, HulpvraagStatus status,
            LocalDate ontvangenOp, String behandelaar, int versie, List<TermijnAntwoord> termijnen,
            List<StatusWijzigingAntwoord> geschiedenis) {

        /** The request as it stands on this day (today, from the app's clock): a deadline's stand depends on it. */
        static HulpvraagAntwoord van(Hulpvraag h, LocalDate vandaag) {
            return new HulpvraagAntwoord(h.id(), h.huishoudenId(), h.inwonerId(), h.kanaal(), h.vorm(), h.vraag(), h.watTelt(),
                    h.levensdomeinen(), h.urgentie(), h.wetten(), h.dreiging(), h.status(), h.ontvangenOp(), h.behandelaar(), h.versie(),
                    h.termijnen().stream().map(t -> new TermijnAntwoord(t.code(), t.omschrijving(), t.start(), t.uitersteDatum(), t.bron(),
                            t.afgerondOp(), t.gestoptReden(), t.standOp(vandaag))).toList(),
                    h.geschiedenis().stream().map(w -> new StatusWijzigingAntwoord(w.van(), w.naar(), w.reden(), w.door(), w.op())).toList());
        }
    }


    record HulpvraagPagina(List<HulpvraagAntwoord> hulpvragen, Paginering paginering) {
    }

    /** A step in the status of a request; the reason is required and becomes part of its history. */
    record StatusWijziging(HulpvraagStatus status, String reden) {
    }

    private final Hulpvragen hulpvragen;
    private final Clock klok;

    HulpvraagApi(Hulpvragen hulpvragen, Clock klok) {
        this.hulpvragen = hulpvragen;
        this.klok = klok;
    }

    @GetMapping
    @Operation(summary = "Hulpvragen waar u bij mag", description = "Gefilterd op huishouden, status of open/afgesloten; per pagina, nieuwste eerst.")
    HulpvraagPagina lijst(@RequestParam(required = false) UUID huishouden, @RequestParam(required = false) HulpvraagStatus status,
            @RequestParam(required = false) Boolean open,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 100, message = "De paginagrootte is hoogstens 100.") int paginagrootte) {
        Hulpvragen.Pagina p = hulpvragen.lijst(new Hulpvragen.Filter(huishouden, status, open), pagina, paginagrootte);
        LocalDate vandaag = LocalDate.now(klok);
        return new HulpvraagPagina(p.hulpvragen().stream().map(h -> HulpvraagAntwoord.van(h, vandaag)).toList(),
                Paginering.van(p.nummer(), p.grootte(), p.totaal()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén hulpvraag", description = "Met de wettelijke termijnen en de geschiedenis van de status.")
    ResponseEntity<HulpvraagAntwoord> lees(@PathVariable UUID id) {
        Hulpvraag h = hulpvragen.lees(id);
        return IfMatch.ok(HulpvraagAntwoord.van(h, LocalDate.now(klok)), h.versie());
    }

    @PostMapping
    @Operation(summary = "Hulpvraag vastleggen (intake)", description = "De wettelijke termijnen starten vanzelf, afhankelijk van wet en soort.")
    ResponseEntity<HulpvraagAntwoord> registreer(@Valid @RequestBody HulpvraagGegevens gegevens) {
        if (gegevens.huishoudenId() == null) {
            throw new OngeldigeInvoerException("huishoudenId", "required", "Geef het huishouden van de hulpvraag.");
        }
        Hulpvraag h = hulpvragen.registreer(gegevens.huishoudenId(), gegevens);
        return IfMatch.aangemaakt(URI.create("/api/v1/hulpvragen/" + h.id()), HulpvraagAntwoord.van(h, LocalDate.now(klok)), h.versie());
    }

    @PostMapping("/{id}/statuswijzigingen")
    @Operation(summary = "Volgende stap van een hulpvraag", description = "Met een reden. Terug kan niet; afsluiten kan altijd. "
            + IfMatch.OPENAPI)
    ResponseEntity<HulpvraagAntwoord> wijzigStatus(@PathVariable UUID id, @RequestBody StatusWijziging wijziging,
            @io.swagger.v3.oas.annotations.Parameter(description = IfMatch.PARAMETER) @RequestHeader(name = "If-Match", required = false) String versie) {
        Hulpvraag h = hulpvragen.wijzigStatus(id, wijziging.status(), wijziging.reden(), IfMatch.versie(versie));
        return IfMatch.ok(HulpvraagAntwoord.van(h, LocalDate.now(klok)), h.versie());
    }
}
