package nl.maatwerk.samenhang.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.IfMatch;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Paginering;
import nl.maatwerk.regelbeheer.Voorstelverwijzing;
import nl.maatwerk.samenhang.Belasting;
import nl.maatwerk.samenhang.Fase;
import nl.maatwerk.samenhang.Herkomst;
import nl.maatwerk.samenhang.Ical;
import nl.maatwerk.samenhang.Invlieger;
import nl.maatwerk.samenhang.Invliegers;
import nl.maatwerk.samenhang.Proces;
import nl.maatwerk.samenhang.Soort;
import nl.maatwerk.samenhang.Voorbereiding;
import nl.maatwerk.samenhang.Wet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What is coming at the teams (issue 18): the register of invliegers. Every professional, policy and the beheerder
 * read it; policy and the beheerder make and change entries, a change at the version read (If-Match). Nothing in it
 * is about a person.
 */
@RestController
@RequestMapping("/api/v1/invliegers")
@Validated
@Tag(name = "Invliegers", description = "Wat komt eraan: wetten, regelingen, programma's, projecten en eigen beleid die de teams raken")
class InvliegerApi {

    @Schema(description = "Een wijziging die op de teams afkomt")
    record InvliegerAntwoord(UUID id, String titel, Soort soort, @Schema(description = "BWB-id van de wet of regeling zelf, bijvoorbeeld BWBR0051679") String bwbId,
            Herkomst herkomst, Fase fase, LocalDate aangekondigdOp, LocalDate vastgesteldOp, LocalDate inWerkingOp, LocalDate overgangTot,
            @Schema(description = "Wat er verandert, in gewone woorden") String watVerandert, List<Wet> wetten,
            @Schema(description = "Regel-ids uit de regels, bijvoorbeeld pw-giften") List<String> regels,
            @Schema(description = "Namen van regelparameters (normtabellen) waarvan het bedrag verandert") List<String> parameters,
            @Schema(description = "Ids van de teams die het raakt") List<String> teams, List<Proces> processen,
            @Schema(description = "Wie de invoering trekt") String eigenaar, Voorbereiding voorbereiding,
            @Schema(description = "Het voorstel voor regelparameters bij de beheerder, als de wijziging een bedrag verandert") Voorstelverwijzing voorstel,
            String bron, @Schema(description = "Geef deze mee in If-Match bij een wijziging") int versie, String aangemaaktDoor, Instant aangemaaktOp,
            String gewijzigdDoor, Instant gewijzigdOp) {

        static InvliegerAntwoord van(Invlieger v, Voorstelverwijzing voorstel) {
            return new InvliegerAntwoord(v.id(), v.titel(), v.soort(), v.bwbId(), v.herkomst(), v.fase(), v.aangekondigdOp(), v.vastgesteldOp(),
                    v.inWerkingOp(), v.overgangTot(), v.watVerandert(), v.wetten(), v.regels(), v.parameters(), v.teams(), v.processen(),
                    v.eigenaar(), v.voorbereiding(), voorstel, v.bron(), v.versie(), v.aangemaaktDoor(), v.aangemaaktOp(), v.gewijzigdDoor(),
                    v.gewijzigdOp());
        }
    }

    record InvliegerPagina(List<InvliegerAntwoord> invliegers, Paginering paginering) {
    }

    @Schema(description = "Een nieuwe wijziging of de nieuwe stand van een bestaande")
    record InvliegerVerzoek(String titel, Soort soort, String bwbId, Herkomst herkomst, Fase fase, LocalDate aangekondigdOp, LocalDate vastgesteldOp,
            LocalDate inWerkingOp, LocalDate overgangTot, String watVerandert, List<Wet> wetten, List<String> regels, List<String> parameters,
            List<String> teams, List<Proces> processen, String eigenaar, Voorbereiding voorbereiding, UUID voorstelId, String bron) {

        Invlieger.Gegevens gegevens() {
            return new Invlieger.Gegevens(titel, soort, bwbId, herkomst, fase, aangekondigdOp, vastgesteldOp, inWerkingOp, overgangTot, watVerandert,
                    wetten, regels, parameters, teams, processen, eigenaar, voorbereiding, voorstelId, bron);
        }
    }

    record Maand(YearMonth maand, int aantal, @Schema(description = "Meer dan drie wijzigingen gaan in deze maand in") boolean druk,
            List<UUID> invliegers) {
    }

    record Teambelasting(String team, String naam, List<Maand> maanden) {
    }

    private final Invliegers invliegers;
    private final Clock klok;

    InvliegerApi(Invliegers invliegers, Clock klok) {
        this.invliegers = invliegers;
        this.klok = klok;
    }

    @GetMapping
    @Operation(summary = "Invliegers", description = "Wat eraan komt, op datum van inwerkingtreding (zonder datum achteraan). "
            + "Filter op team (id), wet (code), fase en voorbereiding.")
    InvliegerPagina lijst(@RequestParam(required = false) String team, @RequestParam(required = false) Wet wet,
            @RequestParam(required = false) Fase fase, @RequestParam(required = false) Voorbereiding voorbereiding,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.") int pagina,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 500, message = "De paginagrootte is hoogstens 500.") int paginagrootte) {
        if (team != null && !team.isBlank() && !invliegers.teams().containsKey(team.strip())) {
            throw new OngeldigeInvoerException("team", "unknown", "Het team '" + team.strip() + "' kennen we niet.");
        }
        Invliegers.Pagina p = invliegers.lijst(new Invliegers.Filter(team == null || team.isBlank() ? null : team.strip(), wet, fase, voorbereiding),
                pagina, paginagrootte);
        return new InvliegerPagina(p.invliegers().stream().map(v -> InvliegerAntwoord.van(v, invliegers.voorstel(v).orElse(null))).toList(),
                Paginering.van(pagina, paginagrootte, p.totaal()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén invlieger", description = "De ETag is de versie voor If-Match.")
    ResponseEntity<InvliegerAntwoord> lees(@PathVariable UUID id) {
        Invlieger v = invliegers.lees(id);
        return IfMatch.ok(InvliegerAntwoord.van(v, invliegers.voorstel(v).orElse(null)), v.versie());
    }

    @PostMapping
    @Operation(summary = "Invlieger vastleggen", description = "Voor beleid en de beheerder. Bij fouten noemt het antwoord elk ongeldig veld "
            + "(datums die elkaar tegenspreken, onbekende regel-ids, parameters of teams) en wordt niets opgeslagen.")
    ResponseEntity<InvliegerAntwoord> maak(@RequestBody InvliegerVerzoek verzoek) {
        Invlieger v = invliegers.maak(verzoek == null ? null : verzoek.gegevens());
        return IfMatch.aangemaakt(URI.create("/api/v1/invliegers/" + v.id()), InvliegerAntwoord.van(v, invliegers.voorstel(v).orElse(null)),
                v.versie());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Invlieger wijzigen", description = "De hele nieuwe stand. " + IfMatch.OPENAPI
            + " De voorbereiding volgt haar stappen; een stap die niet mag, is 409.")
    ResponseEntity<InvliegerAntwoord> wijzig(@PathVariable UUID id, @RequestBody InvliegerVerzoek verzoek,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(name = "If-Match", required = false) String versie) {
        Invlieger v = invliegers.wijzig(id, verzoek == null ? null : verzoek.gegevens(), IfMatch.versie(versie));
        return IfMatch.ok(InvliegerAntwoord.van(v, invliegers.voorstel(v).orElse(null)), v.versie());
    }

    @GetMapping(value = "/agenda", produces = "text/calendar")
    @Operation(summary = "Invliegers als agenda", description = "iCalendar (RFC 5545): één gebeurtenis per datum (aangekondigd, vastgesteld, "
            + "in werking, einde overgangsperiode).")
    ResponseEntity<String> agenda() {
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(Ical.agenda(invliegers.alle(), Instant.now(klok)));
    }

    @GetMapping("/belasting")
    @Operation(summary = "Belasting per team", description = "Per team en maand hoeveel wijzigingen ingaan; druk is waar bij meer dan drie.")
    List<Teambelasting> belasting(@RequestParam(required = false) YearMonth van,
            @RequestParam(defaultValue = "12") @Min(value = 1, message = "Het aantal maanden is 1 of meer.")
            @Max(value = 60, message = "Het aantal maanden is hoogstens 60.") int maanden) {
        YearMonth begin = van != null ? van : YearMonth.now(klok);
        return Belasting.perTeam(invliegers.alle(), invliegers.teams(), begin, maanden).stream()
                .map(t -> new Teambelasting(t.teamId(), t.naam(), t.maanden().stream()
                        .map(m -> new Maand(m.maand(), m.aantal(), m.druk(), m.wijzigingen().stream().map(Invlieger::id).toList())).toList()))
                .toList();
    }
}
