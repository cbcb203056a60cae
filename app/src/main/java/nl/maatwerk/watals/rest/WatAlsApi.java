package nl.maatwerk.watals.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.watals.Run;
import nl.maatwerk.watals.Runstatus;
import nl.maatwerk.watals.WatAlsRuns;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Wat als? over the API (issue 19): start a run of a reform over the municipality's own households and
 * read its status and results. Only for the policy role. Amounts in euros with two decimals; a hidden
 * number (a group under {@code minimaleGroep}) is null.
 */
@RestController
@RequestMapping("/api/v1/wat-als")
@Tag(name = "Wat als?", description = "Een hervorming van de regelparameters doorrekenen over de eigen huishoudens, alleen samengeteld")
class WatAlsApi {

    record WijzigingVerzoek(@Schema(description = "Naam van een regelparameter, zoals giften-vrijlating-per-jaar") String parameter,
            @Schema(description = "De nieuwe waarde, een getal (bedragen in euro's, een aandeel als 0.30)", type = "number") Object waarde) {
    }

    record WatAlsVerzoek(@Schema(description = "Naam van de variant", example = "Giftenvrijlating 2400") String naam,
            @Schema(description = "De wijzigingen; een lege lijst is de basis") List<WijzigingVerzoek> wijzigingen) {
    }

    record WijzigingAntwoord(String parameter, BigDecimal waarde, @Schema(description = "De waarde op de peildatum in de regelparameters") BigDecimal was,
            String bron) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Groep(String dimensie, String groep, Long huishoudens, BigDecimal kostenPerJaar, BigDecimal verschilPerJaar, Long onderMinimum,
            Long onderMinimumBasis, Long inBijstand, Long winnaars, Long verliezers, BigDecimal gemiddeldeWinstPerMaand,
            BigDecimal gemiddeldVerliesPerMaand) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Variant(String naam, @Schema(description = "0 is de basis") int nummer, List<Groep> groepen) {
    }

    record Voortgang(int klaar, int totaal, int procent) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WatAlsAntwoord(UUID id, String naam, @Schema(allowableValues = {"wachtend", "bezig", "klaar", "mislukt"}) Runstatus status,
            LocalDate peildatum, Instant gestartOp, Instant klaarOp, Voortgang voortgang,
            @Schema(description = "Huishoudens die de regels (nog) niet kunnen berekenen; in geen groep meegeteld") int nietBerekend,
            String fout, List<WijzigingAntwoord> wijzigingen,
            @Schema(description = "Een groep met minder huishoudens toont geen getallen") int minimaleGroep,
            @Schema(description = "Leeg tot de status klaar is; de basis en de variant") List<Variant> resultaten) {
    }

    private final WatAlsRuns runs;

    WatAlsApi(WatAlsRuns runs) {
        this.runs = runs;
    }

    @PostMapping
    @Operation(summary = "Start een wat-als-berekening", description = "Antwoordt 202 met het id; de berekening loopt op de achtergrond.")
    ResponseEntity<WatAlsAntwoord> start(@RequestBody WatAlsVerzoek verzoek) {
        List<WatAlsRuns.GevraagdeWijziging> w = new ArrayList<>();
        if (verzoek != null && verzoek.wijzigingen() != null) {
            verzoek.wijzigingen().forEach(x -> w.add(x == null ? null : new WatAlsRuns.GevraagdeWijziging(x.parameter(), x.waarde())));
        }
        UUID id = runs.start(verzoek == null ? null : verzoek.naam(), w);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/wat-als/" + id)).body(antwoord(runs.lees(id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status en resultaten van een wat-als-berekening")
    WatAlsAntwoord lees(@PathVariable UUID id) {
        return antwoord(runs.lees(id));
    }

    static WatAlsAntwoord antwoord(Run r) {
        List<Variant> varianten = new ArrayList<>();
        if (r.status() == Runstatus.KLAAR) {
            for (int v = 0; v <= 1; v++) {
                List<Groep> groepen = new ArrayList<>();
                for (Run.Uitkomst u : r.uitkomsten()) {
                    if (u.variant() == v) {
                        groepen.add(new Groep(u.dimensie(), u.groep(), u.huishoudens(), euro(u.kostenPerJaar()),
                                u.kostenPerJaar() == null ? null : euro(u.kostenPerJaar() - u.kostenPerJaarBasis()), u.onderMinimum(),
                                u.onderMinimumBasis(), u.inBijstand(), u.winnaars(), u.verliezers(), euro(u.gemiddeldeWinstPerMaand()),
                                euro(u.gemiddeldVerliesPerMaand())));
                    }
                }
                varianten.add(new Variant(v == 0 ? "basis" : r.naam(), v, groepen));
            }
        }
        return new WatAlsAntwoord(r.id(), r.naam(), r.status(), r.peildatum(), r.gestartOp(), r.klaarOp(), new Voortgang(r.klaar(), r.totaal(), r.procent()),
                r.nietBerekend(), r.fout(), r.wijzigingen().stream().map(w -> new WijzigingAntwoord(w.parameter(), w.waarde(), w.was(), w.bron())).toList(),
                KleineGroep.MINIMUM, varianten);
    }

    private static BigDecimal euro(Long centen) {
        return centen == null ? null : BigDecimal.valueOf(centen, 2);
    }
}
