package nl.maatwerk.knelpunt.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.maatwerk.knelpunt.Beleidsdossiers;
import nl.maatwerk.knelpunt.Knelpunten;
import nl.maatwerk.knelpunt.Reactiesoort;
import io.swagger.v3.oas.annotations.Parameter;
import nl.maatwerk.platform.IfMatch;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.watals.WatAlsRuns;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import nl.maatwerk.platform.Paginering;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Beleidsdossiers for the policy role: per rule or procedure the knelpunten and departures, aggregates and texts without
 * personal data. A hidden number is null; the threshold is in {@code minimaleGroep}. An answer is added, never changed.
 */
@RestController
@RequestMapping("/api/v1/beleidsdossiers")
@Tag(name = "Beleidsdossiers", description = "Knelpunten en afwijkingen per regel of werkwijze, met de reactie van beleid")
class BeleidsdossierApi {

    record Reactie(String soort, String omschrijving, String toelichting, LocalDate gewijzigdOp, java.time.Instant op) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Samenvatting(String code, String naam, String regel, String wet, @Schema(description = "Knelpunten; null als verborgen") Long knelpunten,
            @Schema(description = "Afwijkingen; null als verborgen of geen regel") Long afwijkingen, Reactie laatsteReactie) {
    }

    record Dossierlijst(List<Samenvatting> beleidsdossiers, int minimaleGroep, Paginering paginering) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Dossier(String code, String naam, String regel, String wet, int minimaleGroep, Long knelpunten, List<Beleidsdossiers.Cel> perTeam,
            List<Beleidsdossiers.Cel> hoeVaak, List<Beleidsdossiers.Kwartaal> trend, List<Beleidsdossiers.Verhaal> verhalen, List<Reactie> reacties,
            List<Beleidsdossiers.Aanvraag> aanvragen, List<Evaluatie> evaluaties,
            @Schema(description = "Het thema van de Thermometer bij deze regel of werkwijze") String thema,
            @Schema(description = "Versie van de themakeuze (0: het standaardthema van het onderwerp); If-Match bij PUT .../thema") int themaVersie,
            @Schema(description = "De scores op dat thema per meting waarvan de uitkomsten bekeken zijn; null als verborgen")
            List<nl.maatwerk.thermometer.Themascores.Themascore> thermometer,
            @Schema(description = "Metingen op dat thema waarvan nog niemand de uitkomsten bekeek (open, of voorbij en nog niet bekeken); "
                    + "zonder scores, want bekijken sluit een meting") List<nl.maatwerk.thermometer.Themascores.Onbekeken> thermometerNietBekeken) {
    }

    record Thema(String dossier, String thema, String naam, @Schema(description = "Het standaardthema van het onderwerp, niet door beleid gekozen")
            boolean standaard, int versie) {
    }

    record NieuwThema(@Schema(description = "De code van een thema van de Thermometer, zoals financien", requiredMode = Schema.RequiredMode.REQUIRED)
            String thema) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Evaluatie(LocalDate gewijzigdOp, String voorVan, String voorTot, String naVan, String naTot,
            List<nl.maatwerk.knelpunt.Evaluatie.Uitkomst> uitkomsten) {
    }

    record NieuweReactie(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Reactiesoort soort,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String toelichting,
            @Schema(description = "De dag van de wijziging; verplicht bij soort gewijzigd") LocalDate gewijzigdOp) {
    }

    record Wijziging(@Schema(description = "Naam van een regelparameter, zoals pw-norm-alleenstaande") String parameter,
            @Schema(description = "De nieuwe waarde, een getal", type = "number") Object waarde) {
    }

    record NieuweAanvraag(@Schema(description = "wat-als of parameterset", requiredMode = Schema.RequiredMode.REQUIRED) String soort,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String toelichting,
            @Schema(description = "Bij wat-als: de naam van de berekening") String naam,
            @Schema(description = "Bij wat-als: ten minste één wijziging van de regelparameters; de berekening start meteen") List<Wijziging> wijzigingen) {
    }

    private final Beleidsdossiers dossiers;

    BeleidsdossierApi(Beleidsdossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping
    @Operation(summary = "Alle beleidsdossiers", description = "Per regel of werkwijze de knelpunten en afwijkingen van de laatste kwartalen.")
    Dossierlijst lijst() {
        List<Samenvatting> lijst = dossiers.lijst().stream().map(s -> new Samenvatting(s.onderwerp().code(), s.onderwerp().naam(), s.onderwerp().regel(),
                s.onderwerp().wet(), s.knelpunten(), s.afwijkingen(), reactie(s.reactie()))).toList();
        return new Dossierlijst(lijst, KleineGroep.MINIMUM, Paginering.van(1, Math.max(1, lijst.size()), lijst.size()));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Eén beleidsdossier", description = "Hoe vaak, waar, de verhalen, de trend, de reacties en voor en na een wijziging.")
    Dossier lees(@PathVariable String code) {
        Beleidsdossiers.Dossier d = dossiers.lees(code);
        return new Dossier(d.onderwerp().code(), d.onderwerp().naam(), d.onderwerp().regel(), d.onderwerp().wet(), KleineGroep.MINIMUM, d.knelpunten(),
                d.perTeam(), d.hoeVaak(), d.trend(), d.verhalen(), d.reacties().stream().map(BeleidsdossierApi::reactie).toList(), d.aanvragen(),
                d.evaluaties().stream().map(e -> new Evaluatie(e.gewijzigdOp(), e.perioden().voorVan().toString(), e.perioden().voorTot().toString(),
                        e.perioden().naVan() == null ? null : e.perioden().naVan().toString(),
                        e.perioden().naTot() == null ? null : e.perioden().naTot().toString(), e.uitkomsten())).toList(), d.thema().code(),
                d.themakeuze().versie(), d.thermometer(), d.thermometerLopend());
    }

    @GetMapping("/{code}/thema")
    @Operation(summary = "Het thema van de Thermometer van een dossier", description = "Met de versie als ETag.")
    ResponseEntity<Thema> thema(@PathVariable String code) {
        dossiers.onderwerp(code);
        return thema(code, dossiers.themakeuze(code));
    }

    @PutMapping("/{code}/thema")
    @Operation(summary = "Het thema van de Thermometer kiezen", description = "Zonder keuze geldt het standaardthema van het onderwerp (versie 0). "
            + IfMatch.OPENAPI)
    ResponseEntity<Thema> kiesThema(@PathVariable String code, @Parameter(description = IfMatch.PARAMETER) @RequestHeader(value = "If-Match",
            required = false) String ifMatch, @RequestBody NieuwThema n) {
        return thema(code, dossiers.kiesThema(code, n == null ? null : n.thema(), IfMatch.versie(ifMatch)));
    }

    private static ResponseEntity<Thema> thema(String code, Beleidsdossiers.Themakeuze k) {
        return IfMatch.ok(new Thema(code, k.thema().code(), k.thema().naam(), k.standaard(), k.versie()), k.versie());
    }

    @PostMapping("/{code}/reacties")
    @Operation(summary = "Een reactie vastleggen", description = "Voegt een reactie toe; de nieuwste geldt. Melders en hun teams zien haar op hun startpagina.")
    ResponseEntity<Reactie> reageer(@PathVariable String code, @RequestBody NieuweReactie n) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reactie(dossiers.reageer(code, n.soort(), n.toelichting(), n.gewijzigdOp())));
    }

    @PostMapping("/{code}/aanvragen")
    @Operation(summary = "Een wat-als of een wijziging van de regelparameters aanvragen", description = "Legt de aanvraag vast in het dossier. "
            + "Een wat-als start meteen een berekening (zie /api/v1/wat-als/{id}); het id staat in watAlsId. Heeft u al het hoogste aantal "
            + "berekeningen dat wacht of loopt, dan 429 (zoals bij /api/v1/wat-als) en wordt er niets vastgelegd.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "De aanvraag staat in het dossier")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt elk veld")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "429", description = "Te veel wat-als-berekeningen tegelijk; "
            + "lopendeBerekeningen noemt ze. Er is niets vastgelegd")
    ResponseEntity<Beleidsdossiers.Aanvraag> vraagAan(@PathVariable String code, @RequestBody NieuweAanvraag n) {
        List<WatAlsRuns.GevraagdeWijziging> wijzigingen = n.wijzigingen() == null ? null : n.wijzigingen().stream()
                .map(w -> w == null ? null : new WatAlsRuns.GevraagdeWijziging(w.parameter(), w.waarde())).toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(dossiers.vraagAan(code, n.soort(), n.toelichting(), n.naam(), wijzigingen));
    }

    private static Reactie reactie(Knelpunten.Reactie r) {
        return r == null ? null : new Reactie(r.soort().code(), r.soort().omschrijving(), r.toelichting(), r.gewijzigdOp(), r.op());
    }
}
