package nl.maatwerk.besluit.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.besluit.Beschikking;
import nl.maatwerk.besluit.Besluit;
import nl.maatwerk.besluit.BesluitGegevens;
import nl.maatwerk.besluit.BesluitSoort;
import nl.maatwerk.besluit.BesluitStatus;
import nl.maatwerk.besluit.Richting;
import nl.maatwerk.besluit.Besluiten;
import nl.maatwerk.platform.IfMatch;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions over the API, with the same steps and checks as the screen: create a concept, update it
 * (If-Match carries the version), submit a departure, approve or reject, finalise, send, and fetch the
 * letter. Reads and writes are logged per member of the household.
 */
@RestController
@RequestMapping("/api/v1/besluiten")
@Tag(name = "Besluiten", description = "Besluiten met de omgekeerde toets, vier ogen bij afwijkingen en een brief in B1")
class BesluitApi {

    /** A decision on a request ({@code hulpvraagId}), or a recovery the municipality starts for a household ({@code huishoudenId}). */
    record NieuwBesluit(UUID hulpvraagId, UUID huishoudenId, BesluitSoort soort, LocalDate peildatum) {
    }

    record Beoordeling(Boolean akkoord, String toelichting) {
    }

    record Stap(BesluitStatus van, BesluitStatus naar, String toelichting, String door, Instant op) {
    }

    record Controle(BigDecimal bijstandsnorm, BigDecimal beslagvrijeVoet, BigDecimal maximaleAflossingPerMaand, Integer aantalMaanden,
            BigDecimal standaardMaximaleAflossingPerMaand, Integer standaardAantalMaanden, Integer aantalMaandenBijAflossing,
            boolean onderBeslagvrijeVoet, String melding) {
    }

    record BesluitAntwoord(UUID id, UUID huishoudenId, UUID hulpvraagId, BesluitSoort soort, BesluitStatus status, int versie,
            UUID corrigeert, boolean afwijking, Richting richting, boolean ambtshalve, List<String> aandachtspunten, String standaardRegel, BesluitGegevens inhoud, String aangemaaktDoor, String ingediendDoor,
            String beoordeeldDoor, Instant beoordeeldOp, String beoordeling, String beoordelingToelichting, String definitiefDoor,
            Instant definitiefOp, Instant verzondenOp, Controle bestaanszekerheid, List<Stap> geschiedenis) {
    }

    private final Besluiten besluiten;
    private final Beschikking beschikking;

    BesluitApi(Besluiten besluiten, Beschikking beschikking) {
        this.besluiten = besluiten;
        this.beschikking = beschikking;
    }

    @PostMapping
    @Operation(summary = "Besluit voorbereiden", description = "Een concept bij een open hulpvraag (hulpvraagId), van een soort: "
            + "wmo-maatwerkvoorziening, pw-bijzondere-bijstand of jeugdwet-voorziening. Een pw-terugvordering start de gemeente zelf "
            + "(ambtshalve) voor een huishouden (huishoudenId), zonder hulpvraag.")
    ResponseEntity<BesluitAntwoord> maak(@RequestBody NieuwBesluit nieuw) {
        Besluit b = nieuw.soort() != null && nieuw.soort().isTerugvordering() && nieuw.hulpvraagId() == null
                ? besluiten.maakTerugvordering(nieuw.huishoudenId(), nieuw.peildatum())
                : besluiten.maak(nieuw.hulpvraagId(), nieuw.soort(), nieuw.peildatum());
        return IfMatch.aangemaakt(URI.create("/api/v1/besluiten/" + b.id()), antwoord(b), b.versie());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén besluit", description = "Met de toets, de berekening van wat het huishouden overhoudt en de geschiedenis.")
    ResponseEntity<BesluitAntwoord> lees(@PathVariable UUID id) {
        return metVersie(besluiten.lees(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Concept bijwerken", description = "Alleen een concept. " + IfMatch.OPENAPI)
    ResponseEntity<BesluitAntwoord> wijzig(@PathVariable UUID id, @RequestBody BesluitGegevens inhoud,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(name = "If-Match", required = false) String versie) {
        return metVersie(besluiten.wijzig(id, inhoud, IfMatch.versie(versie)));
    }

    @PostMapping("/{id}/indiening")
    @Operation(summary = "Afwijking ter goedkeuring aanbieden", description = "Alle stappen moeten ingevuld zijn. " + IfMatch.OPENAPI)
    ResponseEntity<BesluitAntwoord> dienIn(@PathVariable UUID id,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(name = "If-Match", required = false) String versie) {
        return metVersie(besluiten.dienIn(id, IfMatch.versie(versie)));
    }

    @PostMapping("/{id}/beoordeling")
    @Operation(summary = "Afwijking goedkeuren of afwijzen", description = "Door een teamleider die het besluit niet zelf voorstelde. "
            + "Afwijzen vraagt een toelichting en zet het besluit terug naar concept. " + IfMatch.OPENAPI)
    ResponseEntity<BesluitAntwoord> beoordeel(@PathVariable UUID id, @RequestBody Beoordeling beoordeling,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(name = "If-Match", required = false) String versie) {
        if (beoordeling.akkoord() == null) {
            throw new OngeldigeInvoerException("akkoord", "required", "Geef aan of u het besluit goedkeurt (true) of niet (false).");
        }
        return metVersie(besluiten.beoordeel(id, beoordeling.akkoord(), beoordeling.toelichting(), IfMatch.versie(versie)));
    }

    @PostMapping("/{id}/definitief")
    @Operation(summary = "Besluit definitief maken", description = "Compleet, en goedgekeurd door een teamleider als het afwijkt, in welke "
            + "richting ook. Onder de beslagvrije voet alleen als vrijwillige betalingsregeling met vastgelegde instemming van de inwoner; "
            + "verrekenen of beslag onder de voet wordt geweigerd. Daarna verandert het niet meer. " + IfMatch.OPENAPI)
    ResponseEntity<BesluitAntwoord> maakDefinitief(@PathVariable UUID id,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(name = "If-Match", required = false) String versie) {
        return metVersie(besluiten.maakDefinitief(id, IfMatch.versie(versie)));
    }

    @PostMapping("/{id}/verzending")
    @Operation(summary = "Brief verzonden", description = "Legt vast dat de brief naar de inwoner is verstuurd. " + IfMatch.OPENAPI)
    ResponseEntity<BesluitAntwoord> verzend(@PathVariable UUID id,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(name = "If-Match", required = false) String versie) {
        return metVersie(besluiten.verzend(id, IfMatch.versie(versie)));
    }

    @PostMapping("/{id}/correctie")
    @Operation(summary = "Correctiebesluit maken", description = "Een nieuw concept dat naar dit definitieve besluit verwijst; dit besluit blijft zoals het was.")
    ResponseEntity<BesluitAntwoord> corrigeer(@PathVariable UUID id) {
        Besluit b = besluiten.corrigeer(id);
        return IfMatch.aangemaakt(URI.create("/api/v1/besluiten/" + b.id()), antwoord(b), b.versie());
    }

    @GetMapping(value = "/{id}/brief", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_HTML_VALUE})
    @Operation(summary = "De brief", description = "Als pdf, of als html met Accept: text/html. Van een definitief besluit de brief zoals die is vastgelegd.")
    ResponseEntity<byte[]> brief(@PathVariable UUID id, @RequestHeader(name = "Accept", required = false) String accept) {
        Besluit b = besluiten.lees(id);
        String html = beschikking.toonbaar(b, b.briefHtml() != null ? b.briefHtml() : beschikking.html(b, besluiten.controle(b)));
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !accept.contains(MediaType.APPLICATION_PDF_VALUE)) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .body(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(beschikking.pdf(html));
    }

    /** The decision with its version as ETag, for If-Match on the next step. */
    private ResponseEntity<BesluitAntwoord> metVersie(Besluit b) {
        return IfMatch.ok(antwoord(b), b.versie());
    }

    private BesluitAntwoord antwoord(Besluit b) {
        Besluiten.Controle c = besluiten.controle(b);
        Controle controle = new Controle(
                c.voorstel().map(r -> r.bijstandsnorm().inclusiefVakantietoeslag()).orElse(null),
                c.voorstel().map(r -> r.beslagvrijeVoet()).orElse(null),
                c.voorstel().flatMap(r -> r.maatregel()).map(t -> t.maximaleAflossingPerMaand()).orElse(null),
                c.voorstel().flatMap(r -> r.maatregel()).map(t -> t.aantalMaanden()).orElse(null),
                c.standaard().flatMap(r -> r.maatregel()).map(t -> t.maximaleAflossingPerMaand()).orElse(null),
                c.standaard().flatMap(r -> r.maatregel()).map(t -> t.aantalMaanden()).orElse(null),
                c.maandenBijAflossing().orElse(null), c.onderBeslagvrijeVoet(), c.melding().orElse(null));
        return new BesluitAntwoord(b.id(), b.huishoudenId(), b.hulpvraagId(), b.soort(), b.status(), b.versie(), b.corrigeert(),
                b.isAfwijking(), b.isAfwijking() ? b.richting() : null, b.isAmbtshalve(), besluiten.aandachtspunten(b), b.soort().standaardRegel(),
                b.inhoud(), b.aangemaaktDoor(), b.ingediendDoor(), b.beoordeeldDoor(),
                b.beoordeeldOp(), b.beoordeling(), b.beoordelingToelichting(), b.definitiefDoor(), b.definitiefOp(), b.verzondenOp(), controle,
                b.geschiedenis().stream().map(s -> new Stap(s.van(), s.naar(), s.toelichting(), s.door(), s.op())).toList());
    }
}
