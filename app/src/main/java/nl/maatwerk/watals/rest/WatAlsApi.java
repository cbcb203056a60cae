package nl.maatwerk.watals.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import nl.maatwerk.platform.OngeldigeInvoerException;
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
 * Wat als? over the API (issue 19): start a run of one or more reforms over the municipality's own
 * households and read its status and results. Only for the policy role. Amounts in euros with two
 * decimals; a hidden number (a group under {@code minimaleGroep}) is null.
 */
@RestController
@RequestMapping("/api/v1/wat-als")
@Tag(name = "Wat als?", description = "Hervormingen van de regelparameters doorrekenen over de eigen huishoudens, alleen samengeteld")
class WatAlsApi {

    record WijzigingVerzoek(@Schema(description = "Naam van een regelparameter, zoals giften-vrijlating-per-jaar") String parameter,
            @Schema(description = "De nieuwe waarde, een getal (bedragen in euro's, een aandeel als 0.30)", type = "number") Object waarde) {
    }

    record VariantVerzoek(@Schema(description = "Naam van de variant; leeg wordt 'Variant n'", example = "Giftenvrijlating 2400") String naam,
            @Schema(description = "De wijzigingen van deze variant; een lege lijst rekent de basis nog eens") List<WijzigingVerzoek> wijzigingen) {
    }

    record WatAlsVerzoek(@Schema(description = "Naam van de berekening (bij één variant ook die van de variant)", example = "Giftenvrijlating 2400") String naam,
            @Schema(description = "De wijzigingen van één variant; een lege lijst is de basis. Niet samen met varianten.") List<WijzigingVerzoek> wijzigingen,
            @Schema(description = "Meer varianten naast elkaar (hoogstens 5), elk met een naam en wijzigingen. Niet samen met wijzigingen.")
            List<VariantVerzoek> varianten) {
    }

    record WijzigingAntwoord(String parameter, BigDecimal waarde, @Schema(description = "De waarde op de peildatum in de regelparameters") BigDecimal was,
            String bron) {
    }

    record VariantAntwoord(int nummer, String naam, List<WijzigingAntwoord> wijzigingen) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Groep(String dimensie, String groep, Long huishoudens, BigDecimal kostenPerJaar, BigDecimal verschilPerJaar, Long onderMinimum,
            Long onderMinimumBasis, Long inBijstand, Long winnaars, Long verliezers, BigDecimal gemiddeldeWinstPerMaand,
            BigDecimal gemiddeldVerliesPerMaand) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Variant(String naam, @Schema(description = "0 is de basis") int nummer, List<Groep> groepen) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Voortgang(@Schema(allowableValues = {"wachten", "verzamelen", "doorrekenen", "klaar"},
            description = "verzamelen: huishoudens verzameld (klaar van totaal); doorrekenen: huishoudens doorgerekend") String fase,
            String omschrijving, int klaar, int totaal, int procent,
            @Schema(description = "De laatste voortgangsregel van de simulatie op Spark, anders null") String tekst) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WatAlsAntwoord(UUID id, String naam, @Schema(allowableValues = {"wachtend", "bezig", "klaar", "mislukt"}) Runstatus status,
            LocalDate peildatum, Instant gestartOp, Instant klaarOp, Voortgang voortgang,
            @Schema(allowableValues = {"in-proces", "spark"}, description = "Hoe de run rekent; null tot de huishoudens verzameld zijn") String rekenwijze,
            @Schema(description = "Waarom zo, in gewone woorden") String rekenwijzeToelichting,
            @Schema(description = "Huishoudens die de regels (nog) niet kunnen berekenen; in geen groep meegeteld") int nietBerekend,
            String fout, @Schema(description = "De wijzigingen van de eerste variant") List<WijzigingAntwoord> wijzigingen,
            @Schema(description = "De varianten met hun wijzigingen, genummerd vanaf 1") List<VariantAntwoord> varianten,
            @Schema(description = "Een groep met minder huishoudens toont geen getallen") int minimaleGroep,
            @Schema(description = "Leeg tot de status klaar is; de basis (nummer 0) en elke variant") List<Variant> resultaten) {
    }

    private final WatAlsRuns runs;

    WatAlsApi(WatAlsRuns runs) {
        this.runs = runs;
    }

    @PostMapping
    @Operation(summary = "Start een wat-als-berekening", description = "Antwoordt 202 met het id; de berekening loopt op de achtergrond. "
            + "Per gebruiker wachten of lopen er hoogstens een paar tegelijk (maatwerk.watals.max-open-per-gebruiker, standaard 2); "
            + "daarboven 429 met die berekeningen in lopendeBerekeningen. Start opnieuw als er een klaar is.")
    @ApiResponse(responseCode = "202", description = "De berekening is bewaard en wacht op haar beurt; volg haar op Location")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt elk veld")
    @ApiResponse(responseCode = "429", description = "U heeft al het hoogste aantal berekeningen dat wacht of loopt; er is niets gestart. "
            + "lopendeBerekeningen noemt ze (id, naam, status, href), maximaal het aantal")
    ResponseEntity<WatAlsAntwoord> start(@RequestBody WatAlsVerzoek verzoek) {
        UUID id;
        if (verzoek != null && verzoek.varianten() != null) {
            if (verzoek.wijzigingen() != null) {
                throw new OngeldigeInvoerException(List.of(new OngeldigeInvoerException.Fout("wijzigingen", "invalid",
                        "Geef wijzigingen (één variant) of varianten, niet allebei.")));
            }
            List<WatAlsRuns.GevraagdeVariant> v = new ArrayList<>();
            verzoek.varianten().forEach(x -> v.add(x == null ? null : new WatAlsRuns.GevraagdeVariant(x.naam(), wijzigingen(x.wijzigingen()))));
            id = runs.startVarianten(verzoek.naam(), v);
        } else {
            id = runs.start(verzoek == null ? null : verzoek.naam(), wijzigingen(verzoek == null ? null : verzoek.wijzigingen()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/wat-als/" + id)).body(antwoord(runs.lees(id)));
    }

    private static List<WatAlsRuns.GevraagdeWijziging> wijzigingen(List<WijzigingVerzoek> lijst) {
        List<WatAlsRuns.GevraagdeWijziging> w = new ArrayList<>();
        if (lijst != null) {
            lijst.forEach(x -> w.add(x == null ? null : new WatAlsRuns.GevraagdeWijziging(x.parameter(), x.waarde())));
        }
        return w;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status en resultaten van een wat-als-berekening")
    WatAlsAntwoord lees(@PathVariable UUID id) {
        return antwoord(runs.lees(id));
    }

    static WatAlsAntwoord antwoord(Run r) {
        List<Variant> resultaten = new ArrayList<>();
        if (r.status() == Runstatus.KLAAR) {
            for (int v = 0; v <= r.varianten().size(); v++) {
                List<Groep> groepen = new ArrayList<>();
                for (Run.Uitkomst u : r.uitkomsten()) {
                    if (u.variant() == v) {
                        groepen.add(new Groep(u.dimensie(), u.groep(), u.huishoudens(), euro(u.kostenPerJaar()),
                                u.kostenPerJaar() == null || u.kostenPerJaarBasis() == null ? null : euro(u.kostenPerJaar() - u.kostenPerJaarBasis()),
                                u.onderMinimum(), u.onderMinimumBasis(), u.inBijstand(), u.winnaars(), u.verliezers(), euro(u.gemiddeldeWinstPerMaand()),
                                euro(u.gemiddeldVerliesPerMaand())));
                    }
                }
                resultaten.add(new Variant(v == 0 ? "basis" : r.varianten().get(v - 1).naam(), v, groepen));
            }
        }
        List<VariantAntwoord> varianten = r.varianten().stream().map(v -> new VariantAntwoord(v.nummer(), v.naam(), wijzigingen(v))).toList();
        return new WatAlsAntwoord(r.id(), r.naam(), r.status(), r.peildatum(), r.gestartOp(), r.klaarOp(),
                new Voortgang(r.fase(), r.faseTekst(), r.klaar(), r.totaal(), r.procent(), r.voortgangTekst()), r.rekenwijze(),
                r.rekenwijzeToelichting(), r.nietBerekend(), r.fout(), varianten.isEmpty() ? List.of() : varianten.getFirst().wijzigingen(), varianten,
                KleineGroep.MINIMUM, resultaten);
    }

    private static List<WijzigingAntwoord> wijzigingen(Run.Variant v) {
        return v.wijzigingen().stream().map(w -> new WijzigingAntwoord(w.parameter(), w.waarde(), w.was(), w.bron())).toList();
    }

    private static BigDecimal euro(Long centen) {
        return centen == null ? null : BigDecimal.valueOf(centen, 2);
    }
}
