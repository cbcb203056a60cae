package nl.maatwerk.prioriteit.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.IfMatch;
import nl.maatwerk.platform.Paginering;
import nl.maatwerk.prioriteit.Vroegsignaal;
import nl.maatwerk.prioriteit.Vroegsignalen;
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

@RestController
@RequestMapping("/api/v1/vroegsignalen")
@Validated
@Tag(name = "Vroegsignalen", description = "Signalen van betalingsachterstand (vroegsignalering, Wgs): inlezen, opvragen en opvolgen")
class VroegsignaalApi {

    record ActieAntwoord(String soort, Boolean contact, String notitie, LocalDate datum, String door, Instant vastgelegdOp) {
    }

    record SignaalAntwoord(UUID id, String schuldeiserType, String schuldeiser, String burgerservicenummer, String adres, BigDecimal bedrag,
            int maanden, LocalDate signaaldatum, LocalDate ontvangenOp, UUID huishoudenId, String koppeling, String status,
            LocalDate eersteContactOp, LocalDate teruggemeldOp, List<ActieAntwoord> acties,
            @Schema(description = "Waar: een ander team las dit signaal in en zoekt ook zelf contact; dat team ziet niet dat het "
                    + "huishouden bij uw team hoort") boolean doorgezet,
            @Schema(description = "De versie, ook de ETag: een stap in de opvolging noemt hem in If-Match") int versie) {

        static SignaalAntwoord van(Vroegsignaal s) {
            return new SignaalAntwoord(s.id(), s.schuldeiserType().code(), s.schuldeiser(), s.bsn(), s.adres(), s.bedrag(), s.maanden(),
                    s.signaaldatum(), s.ontvangenOp(), s.huishoudenId(), s.koppeling(), s.status(), s.eersteContactOp(), s.teruggemeldOp(),
                    s.acties().stream().map(a -> new ActieAntwoord(a.soort().code(), a.contact(), a.notitie(), a.datum(), a.doorNaam(), a.op()))
                            .toList(), s.doorgezet(), s.versie());
        }
    }


    record SignaalPagina(List<SignaalAntwoord> vroegsignalen, Paginering paginering) {
    }

    /** A step of the outreach: brief, telefoon, huisbezoek (with contact), aanbod, geaccepteerd, afgewezen, terugmelding, afgesloten. */
    record Contactmoment(String soort, Boolean contact, String notitie, LocalDate datum) {
    }

    private final Vroegsignalen signalen;

    VroegsignaalApi(Vroegsignalen signalen) {
        this.signalen = signalen;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(summary = "Signalen inlezen", description = "JSON (lijst van signalen) of CSV met kop. Antwoord: per regel ingelezen, dubbel of fout met de reden. Twee keer hetzelfde bestand geeft geen dubbele signalen. "
            + "Een signaal van een huishouden van uw team komt bij dat huishouden; elk ander signaal blijft bij uw team om contact te zoeken. "
            + "Hoort het bij een huishouden van een ander team, dan krijgt dat team het ook; of dat zo is, staat niet in het antwoord en niet in uw signalen.")
    Vroegsignalen.Verslag importeer(@RequestBody String inhoud,
            @RequestHeader(name = "Content-Type", defaultValue = MediaType.APPLICATION_JSON_VALUE) String soort,
            @RequestParam(required = false) String bestandsnaam) {
        return signalen.importeer(bestandsnaam == null ? "api" : bestandsnaam, soort.startsWith("text/csv") ? "csv" : "json", inhoud);
    }

    @GetMapping
    @Operation(summary = "Signalen waar u bij mag", description = "Gefilterd op huishouden of open; per pagina, nieuwste eerst.")
    SignaalPagina lijst(@RequestParam(required = false) UUID huishouden, @RequestParam(required = false) Boolean open,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 100, message = "De paginagrootte is hoogstens 100.") int paginagrootte) {
        Vroegsignalen.Pagina p = signalen.lijst(new Vroegsignalen.Filter(huishouden, open), pagina, paginagrootte);
        return new SignaalPagina(p.signalen().stream().map(SignaalAntwoord::van).toList(),
                Paginering.van(p.nummer(), p.grootte(), p.totaal()));
    }

    @GetMapping("/overzicht")
    @Operation(summary = "Signalen in cijfers", description = "Per soort schuldeiser: aantal, open, en het aandeel met contact binnen 14 en 28 dagen. Geen persoonsgegevens; kleine groepen weggelaten.")
    List<Vroegsignalen.Dashboardregel> overzicht() {
        return signalen.dashboard();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén signaal", description = "Met alle stappen van de opvolging.")
    ResponseEntity<SignaalAntwoord> lees(@PathVariable UUID id) {
        Vroegsignaal s = signalen.lees(id);
        return IfMatch.ok(SignaalAntwoord.van(s), s.versie());
    }

    @PostMapping("/{id}/contactmomenten")
    @Operation(summary = "Stap in de opvolging vastleggen", description = "Een contactpoging (met of zonder contact), het aanbod en het antwoord, "
            + "de terugmelding aan de schuldeiser of het afsluiten. " + IfMatch.OPENAPI)
    ResponseEntity<SignaalAntwoord> legVast(@PathVariable UUID id, @RequestBody Contactmoment stap,
            @io.swagger.v3.oas.annotations.Parameter(description = IfMatch.PARAMETER) @RequestHeader(name = "If-Match", required = false) String versie) {
        Vroegsignaal s = signalen.legVast(id, stap.soort(), stap.contact(), stap.notitie(), stap.datum(), IfMatch.versie(versie));
        return IfMatch.ok(SignaalAntwoord.van(s), s.versie());
    }
}
