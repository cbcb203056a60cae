package nl.maatwerk.regelbeheer.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.IfMatch;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Paginering;
import nl.maatwerk.regelbeheer.NieuwVoorstel;
import nl.maatwerk.regelbeheer.Regelparameter;
import nl.maatwerk.regelbeheer.Regelparameters;
import nl.maatwerk.regelbeheer.Regelwaarde;
import nl.maatwerk.regelbeheer.Voorstel;
import nl.maatwerk.regelbeheer.VoorstelStatus;
import org.springframework.http.MediaType;
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

/**
 * The norms and parameters of the income rules as managed data: the values in force and their
 * history (readable by everyone who calculates with them), the same set as a {@code parameters.csv}
 * file for the bulk command, and the proposals a functional administrator makes and a second one
 * approves or rejects.
 */
@RestController
@RequestMapping("/api/v1/regelparameters")
@Validated
@Tag(name = "Regelparameters", description = "Normen en parameters van de inkomensregels: ingebouwd of goedgekeurd door twee beheerders, met hun geschiedenis")
class RegelparameterApi {

    record RegelparameterWaarde(@Schema(description = "Naam van de parameter, zoals pw-norm-gehuwden") String naam,
            @Schema(description = "Bedrag in euro per maand, aantal, of aandeel tussen 0 en 1 (bij namen op -aandeel)") BigDecimal waarde,
            @Schema(description = "Vanaf deze dag geldt de waarde; normen van de Participatiewet op 1 januari of 1 juli") LocalDate geldigVanaf,
            @Schema(description = "Juriconnect-verwijzing, bijvoorbeeld jci1.3:c:BWBR0015703&artikel=21") String bron,
            @Schema(description = "bevestigd of te verifiëren") String status,
            @Schema(description = "Waar de waarde vandaan komt") String toelichting) {

        static RegelparameterWaarde van(Regelwaarde w) {
            return new RegelparameterWaarde(w.naam(), w.waarde(), w.geldigVanaf(), w.bron(), w.status(), w.toelichting());
        }

        Regelwaarde alsRegelwaarde() {
            return new Regelwaarde(naam, waarde, geldigVanaf, bron, status, toelichting);
        }
    }

    record RegelparameterAntwoord(String naam, BigDecimal waarde, LocalDate geldigVanaf, String bron, String status, String toelichting,
            @Schema(description = "ingebouwd (in de software) of goedgekeurd (door beheer)") Regelparameter.Herkomst herkomst,
            @Schema(description = "Het voorstel waarmee de waarde is goedgekeurd") UUID voorstelId, String goedgekeurdDoor,
            Instant goedgekeurdOp,
            @Schema(description = "Waar: berekeningen voor vandaag gebruiken deze waarde") boolean inGebruik,
            @Schema(description = "Waar: een goedgekeurde waarde met dezelfde naam en datum telt in plaats van deze") boolean vervangen) {

        static RegelparameterAntwoord van(Regelparameter r) {
            Regelwaarde w = r.waarde();
            return new RegelparameterAntwoord(w.naam(), w.waarde(), w.geldigVanaf(), w.bron(), w.status(), w.toelichting(), r.herkomst(),
                    r.voorstelId(), r.goedgekeurdDoor(), r.goedgekeurdOp(), r.inGebruik(), r.vervangen());
        }
    }

    record RegelparameterPagina(List<RegelparameterAntwoord> regelparameters, Paginering paginering) {
    }

    record RegelparameterVoorstelVerzoek(@Schema(description = "Waarom deze waarden, bijvoorbeeld: de nieuwe normen per 1 juli") String reden,
            List<RegelparameterWaarde> waarden) {
    }

    record RegelparameterVoorstelStap(VoorstelStatus van, VoorstelStatus naar, String toelichting, String door, Instant op) {
    }

    record RegelparameterVoorstel(UUID id, String reden, VoorstelStatus status,
            @Schema(description = "Geef deze mee in If-Match bij de beoordeling") int versie, String voorgesteldDoor, Instant voorgesteldOp,
            String beoordeeldDoor, Instant beoordeeldOp, String beoordelingToelichting, List<RegelparameterWaarde> waarden,
            List<RegelparameterVoorstelStap> geschiedenis) {

        static RegelparameterVoorstel van(Voorstel v) {
            return new RegelparameterVoorstel(v.id(), v.reden(), v.status(), v.versie(), v.voorgesteldDoor(), v.voorgesteldOp(),
                    v.beoordeeldDoor(), v.beoordeeldOp(), v.beoordelingToelichting(), v.waarden().stream().map(RegelparameterWaarde::van).toList(),
                    v.geschiedenis().stream().map(s -> new RegelparameterVoorstelStap(s.van(), s.naar(), s.toelichting(), s.door(), s.op()))
                            .toList());
        }
    }

    record RegelparameterVoorstelPagina(List<RegelparameterVoorstel> voorstellen, Paginering paginering) {
    }

    record RegelparameterBeoordeling(@Schema(description = "true: goedkeuren; false: afwijzen") Boolean akkoord,
            @Schema(description = "Verplicht bij afwijzen") String toelichting) {
    }

    private final Regelparameters regelparameters;

    RegelparameterApi(Regelparameters regelparameters) {
        this.regelparameters = regelparameters;
    }

    @GetMapping
    @Operation(summary = "Regelparameters", description = "Alle waarden, ingebouwd en goedgekeurd, per naam met de nieuwste datum eerst. "
            + "inGebruik wijst de waarde aan die vandaag geldt; de rest is de geschiedenis en wat later ingaat.")
    RegelparameterPagina lijst(@Parameter(description = "Alleen deze parameter, bijvoorbeeld pw-norm-gehuwden") @RequestParam(required = false) String naam,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.") int pagina,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 500, message = "De paginagrootte is hoogstens 500.") int paginagrootte) {
        if (naam != null && !naam.isBlank() && !regelparameters.namen().contains(naam.strip())) {
            throw new OngeldigeInvoerException("naam", "invalid", "De parameter '" + naam.strip() + "' kennen we niet.");
        }
        List<Regelparameter> alle = regelparameters.overzicht(naam == null || naam.isBlank() ? null : naam.strip());
        int van = (int) Math.min(alle.size(), (long) (pagina - 1) * paginagrootte);
        int tot = Math.min(alle.size(), van + paginagrootte);
        return new RegelparameterPagina(alle.subList(van, tot).stream().map(RegelparameterAntwoord::van).toList(),
                Paginering.van(pagina, paginagrootte, alle.size()));
    }

    @GetMapping(value = "/bestand", produces = "text/csv")
    @Operation(summary = "Regelparameters als bestand", description = "De waarden die berekeningen gebruiken (ingebouwd plus goedgekeurd) "
            + "in de indeling van parameters.csv: naam;waarde;geldig_vanaf;bron;status;toelichting. "
            + "Het rekencommando leest dit met --parameters.")
    ResponseEntity<String> bestand() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"parameters.csv\"").body(regelparameters.alsBestand());
    }

    @GetMapping("/voorstellen")
    @Operation(summary = "Voorstellen", description = "Voorstellen voor nieuwe waarden, nieuwste eerst. Filter op status, bijvoorbeeld voorgesteld.")
    RegelparameterVoorstelPagina voorstellen(@RequestParam(required = false) VoorstelStatus status,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.") int pagina,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 500, message = "De paginagrootte is hoogstens 500.") int paginagrootte) {
        Regelparameters.Voorstellen v = regelparameters.voorstellen(status, pagina, paginagrootte);
        return new RegelparameterVoorstelPagina(v.voorstellen().stream().map(RegelparameterVoorstel::van).toList(),
                Paginering.van(pagina, paginagrootte, v.totaal()));
    }

    @PostMapping("/voorstellen")
    @Operation(summary = "Waarden voorstellen", description = "Eén of meer nieuwe waarden met hun datum, bron, status en toelichting. "
            + "Een tweede beheerder keurt ze goed of wijst ze af. Bij fouten noemt het antwoord elk ongeldig veld en wordt niets opgeslagen.")
    ResponseEntity<RegelparameterVoorstel> stelVoor(@RequestBody RegelparameterVoorstelVerzoek verzoek) {
        Voorstel v = regelparameters.stelVoor(new NieuwVoorstel(verzoek.reden(), verzoek.waarden() == null ? List.of()
                : verzoek.waarden().stream().map(w -> w == null ? null : w.alsRegelwaarde()).toList()));
        return IfMatch.aangemaakt(URI.create("/api/v1/regelparameters/voorstellen/" + v.id()), RegelparameterVoorstel.van(v), v.versie());
    }

    @GetMapping("/voorstellen/{id}")
    @Operation(summary = "Eén voorstel", description = "Met de waarden, de beoordeling en elke stap. De ETag is de versie voor If-Match.")
    ResponseEntity<RegelparameterVoorstel> lees(@PathVariable UUID id) {
        Voorstel v = regelparameters.lees(id);
        return IfMatch.ok(RegelparameterVoorstel.van(v), v.versie());
    }

    @PostMapping("/voorstellen/{id}/beoordeling")
    @Operation(summary = "Voorstel goedkeuren of afwijzen", description = "Door een andere beheerder dan wie het voorstelde (vier ogen). "
            + IfMatch.OPENAPI + " Afwijzen vraagt een toelichting. "
            + "Na goedkeuring rekenen berekeningen vanaf de datum van elke waarde met de nieuwe waarde.")
    ResponseEntity<RegelparameterVoorstel> beoordeel(@PathVariable UUID id, @RequestBody RegelparameterBeoordeling beoordeling,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(name = "If-Match", required = false) String versie) {
        Voorstel v = regelparameters.beoordeel(id, beoordeling.akkoord(), beoordeling.toelichting(), IfMatch.versie(versie));
        return IfMatch.ok(RegelparameterVoorstel.van(v), v.versie());
    }
}
