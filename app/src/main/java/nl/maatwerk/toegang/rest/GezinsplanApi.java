package nl.maatwerk.toegang.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.IfMatch;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.toegang.Gezinsplan;
import nl.maatwerk.toegang.Gezinsplannen;
import nl.maatwerk.toegang.PlanConflictException;
import nl.maatwerk.toegang.PlanDoel;
import nl.maatwerk.toegang.PlanInhoud;
import nl.maatwerk.toegang.PlanSamenvoeging;
import nl.maatwerk.toegang.PlanVersie;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/huishoudens/{id}/plan")
@Tag(name = "Gezinsplan", description = "Eén plan per huishouden: doelen per levensdomein, acties, evaluatie en versies")
class GezinsplanApi {

    record PlanAntwoord(UUID huishoudenId, int versie, LocalDate evaluatiedatum, List<PlanDoel> doelen, Instant gewijzigdOp,
            String gewijzigdDoor) {

        static PlanAntwoord van(Gezinsplan p) {
            return new PlanAntwoord(p.huishoudenId(), p.versie(), p.inhoud().evaluatiedatum(), p.inhoud().doelen(), p.gewijzigdOp(),
                    p.gewijzigdDoor());
        }
    }

    record PlanVerzoek(
            @io.swagger.v3.oas.annotations.media.Schema(description = "De versie waarvan u uitging (0 als er nog geen plan is); of geef die in If-Match")
            Integer versie,
            LocalDate evaluatiedatum,
            List<PlanDoel> doelen) {
    }

    record VersiesAntwoord(UUID huishoudenId, List<PlanVersie> versies) {
    }

    private final Gezinsplannen plannen;

    GezinsplanApi(Gezinsplannen plannen) {
        this.plannen = plannen;
    }

    @GetMapping
    @Operation(summary = "Het plan van een huishouden",
            description = "Versie 0 zonder doelen betekent: er is nog geen plan. De ETag is de versie.")
    ResponseEntity<PlanAntwoord> lees(@PathVariable UUID id) {
        Gezinsplan p = plannen.lees(id);
        return IfMatch.ok(PlanAntwoord.van(p), p.versie());
    }

    @PutMapping
    @Operation(summary = "Plan opslaan",
            description = "Vervangt het hele plan en maakt een nieuwe versie. Geef de versie mee waarvan u uitging, in het veld versie "
                    + "of in If-Match. Is het plan intussen door iemand anders opgeslagen, dan komt 409 met het huidige plan en de "
                    + "velden die u allebei anders wijzigde; er is dan niets opgeslagen.")
    @ApiResponse(responseCode = "200", description = "Opgeslagen als nieuwe versie")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt elk veld")
    @ApiResponse(responseCode = "404", description = "Huishouden niet gevonden")
    @ApiResponse(responseCode = "409", description = "Het plan is intussen door iemand anders gewijzigd")
    ResponseEntity<PlanAntwoord> slaOp(@PathVariable UUID id, @RequestBody PlanVerzoek verzoek,
            @Parameter(description = "De versie waarvan u uitging, bijvoorbeeld \"3\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        // Without any version the service answers 428, but only after need-to-know: another team's household stays a 404.
        Gezinsplan p = plannen.slaOp(id, new PlanInhoud(verzoek.evaluatiedatum(), verzoek.doelen()), versie(verzoek.versie(), ifMatch));
        return IfMatch.ok(PlanAntwoord.van(p), p.versie());
    }

    @GetMapping("/versies")
    @Operation(summary = "Versies van het plan", description = "Nieuwste eerst: wie het plan wanneer opsloeg en wat er veranderde.")
    VersiesAntwoord versies(@PathVariable UUID id) {
        return new VersiesAntwoord(id, plannen.versies(id));
    }

    @ExceptionHandler(PlanConflictException.class)
    ResponseEntity<ProblemDetail> conflict(PlanConflictException e) {
        int huidige = e.huidig().versie();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Iemand anders heeft het plan opgeslagen nadat u versie " + e.basisVersie() + " ophaalde. De huidige versie is "
                        + huidige + ". Er is niets opgeslagen. Neem uw wijzigingen over in het huidige plan en stuur het opnieuw met versie "
                        + huidige + ".");
        problem.setTitle("Het plan is intussen gewijzigd");
        problem.setProperty("huidigeVersie", huidige);
        problem.setProperty("huidigPlan", PlanAntwoord.van(e.huidig()));
        problem.setProperty("conflicten", e.samenvoeging().conflicten().stream().map(PlanSamenvoeging.Conflict::omschrijving).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(IfMatch.etag(huidige)).body(problem);
    }

    /** The version from the field or from If-Match; null when neither has one. */
    private static Integer versie(Integer uitBody, String ifMatch) {
        Integer uitKop = IfMatch.versie(ifMatch);
        if (uitBody != null && uitKop != null && !uitBody.equals(uitKop)) {
            throw new OngeldigeInvoerException("versie", "invalid", "De versie in het veld versie en in If-Match verschillen.");
        }
        return uitBody != null ? uitBody : uitKop;
    }
}
