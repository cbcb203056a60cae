package nl.maatwerk.knelpunt.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.knelpunt.HoeVaak;
import nl.maatwerk.knelpunt.Knelpunten;
import nl.maatwerk.knelpunt.Procedure;
import nl.maatwerk.knelpunt.Vanuit;
import nl.maatwerk.platform.Paginering;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Knelpunten: a professional reports what blocks good help and reads their own reports with policy's answer. A text
 * with personal data is refused with 400: every field in {@code invalidParams}, and the words in {@code persoonsgegevens}.
 */
@RestController
@RequestMapping("/api/v1/knelpunten")
@Tag(name = "Knelpunten", description = "Wat goede hulp blokkeert, gemeld door professionals, met het antwoord van beleid")
@org.springframework.validation.annotation.Validated
class KnelpuntApi {

    record NieuwKnelpunt(@Schema(description = "Waar het over gaat, in een paar woorden", requiredMode = Schema.RequiredMode.REQUIRED) String onderwerp,
            @Schema(description = "Wat er gebeurde", requiredMode = Schema.RequiredMode.REQUIRED) String wat,
            @Schema(description = "Wat had geholpen", requiredMode = Schema.RequiredMode.REQUIRED) String watZouHelpen,
            @Schema(description = "Hoe vaak de melder dit tegenkomt", requiredMode = Schema.RequiredMode.REQUIRED) HoeVaak hoeVaak,
            @Schema(description = "De regel (juriconnect-id of code) als het om een regel gaat") String regel,
            @Schema(description = "De werkwijze of het systeem als het niet om een regel gaat") Procedure procedure,
            @Schema(description = "Waar in het werk het knelpunt werd gemeld") Vanuit vanuit,
            @Schema(description = "Het huishouden van waaruit gemeld wordt: alleen voor de controle op namen, wordt niet bewaard") UUID huishouden) {
    }

    record Antwoord(String soort, String omschrijving, String toelichting, java.time.LocalDate gewijzigdOp, java.time.Instant op) {
    }

    record Knelpunt(UUID id, String dossier, String dossierNaam, String regel, String onderwerp, String wat, String watZouHelpen, HoeVaak hoeVaak,
            Vanuit vanuit, java.time.Instant gemeldOp, Antwoord antwoordVanBeleid) {
    }

    record Knelpuntenlijst(List<Knelpunt> knelpunten, Paginering paginering) {
    }

    // The same shape as every other 400 of the API (platform's invalidParams).
    record OngeldigVeld(String name, String code, String reason) {
    }

    record Vondst(String veld, String woorden, String soort, int begin, int eind) {
    }

    private final Knelpunten knelpunten;

    KnelpuntApi(Knelpunten knelpunten) {
        this.knelpunten = knelpunten;
    }

    @PostMapping
    @Operation(summary = "Een knelpunt melden", description = "Weigert met 400 een tekst met een BSN, een naam uit het huishouden of een geboortedatum.")
    ResponseEntity<Knelpunt> meld(@RequestBody NieuwKnelpunt n) {
        Knelpunten.Gemeld g = knelpunten.meld(new Knelpunten.Melding(n.onderwerp(), n.regel(), n.procedure(), n.wat(), n.watZouHelpen(), n.hoeVaak(),
                n.vanuit(), n.huishouden()));
        return ResponseEntity.status(HttpStatus.CREATED).body(knelpunt(g));
    }

    @GetMapping
    @Operation(summary = "Mijn knelpunten", description = "De knelpunten die de ingelogde professional meldde, met het laatste antwoord van beleid.")
    Knelpuntenlijst mijn(@RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.") int pagina,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 500, message = "De paginagrootte is hoogstens 500.") int paginagrootte) {
        Knelpunten.Pagina p = knelpunten.mijn(pagina, paginagrootte);
        return new Knelpuntenlijst(p.knelpunten().stream().map(KnelpuntApi::knelpunt).toList(), Paginering.van(pagina, paginagrootte, p.totaal()));
    }

    @ExceptionHandler(Knelpunten.PersoonsgegevensGevonden.class)
    ResponseEntity<ProblemDetail> persoonsgegevens(Knelpunten.PersoonsgegevensGevonden e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "De tekst lijkt persoonsgegevens te bevatten. Beleid ziet geen personen: haal de gemarkeerde woorden weg.");
        p.setTitle("Persoonsgegevens in een knelpunt");
        p.setProperty("invalidParams", e.fouten().stream().map(f -> new OngeldigVeld(f.veld(), f.code(), f.reden())).toList());
        p.setProperty("persoonsgegevens", e.vondsten().stream().map(v -> new Vondst(v.veld(), v.woorden(), v.soort().name().toLowerCase(java.util.Locale.ROOT),
                v.begin(), v.eind())).toList());
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static Knelpunt knelpunt(Knelpunten.Gemeld g) {
        Knelpunten.Reactie r = g.reactie();
        return new Knelpunt(g.id(), g.dossier(), g.dossierNaam(), g.regel(), g.onderwerp(), g.wat(), g.watZouHelpen(), g.hoeVaak(), g.vanuit(), g.gemeldOp(),
                r == null ? null : new Antwoord(r.soort().code(), r.soort().omschrijving(), r.toelichting(), r.gewijzigdOp(), r.op()));
    }
}
