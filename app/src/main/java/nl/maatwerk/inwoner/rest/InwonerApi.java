package nl.maatwerk.inwoner.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.inwoner.Inwoner;
import nl.maatwerk.inwoner.InwonerGegevens;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.platform.IfMatch;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.regels.Bsn;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inwoners")
@Tag(name = "Inwoners", description = "Inwoners, gevormd naar de persoonsgegevens van Haal Centraal BRP")
class InwonerApi {

    record InwonerAntwoord(UUID id, String burgerservicenummer, InwonerGegevens.Naam naam, LocalDate geboortedatum,
            InwonerGegevens.Verblijfplaats verblijfplaats, InwonerGegevens.Contact contact, int versie) {

        static InwonerAntwoord van(Inwoner i) {
            var g = i.gegevens();
            return new InwonerAntwoord(i.id(), g.burgerservicenummer(), g.naam(), g.geboortedatum(), g.verblijfplaats(),
                    g.contact(), i.versie());
        }
    }

    record InwonerLijst(List<InwonerAntwoord> inwoners, List<UUID> huishoudensBuitenTeam) {
    }

    private final Inwoners inwoners;

    InwonerApi(Inwoners inwoners) {
        this.inwoners = inwoners;
    }

    @GetMapping
    @Operation(summary = "Inwoners zoeken",
            description = "Zoek op BSN, op achternaam met geboortedatum, of op postcode met huisnummer. U ziet alleen inwoners uit "
                    + "huishoudens waar u bij mag. Bij een exacte zoekvraag staan huishoudens buiten uw team als id in huishoudensBuitenTeam. "
                    + "Zoeken op BSN en op naam met geboortedatum kan per account een beperkt aantal keer per minuut en per 24 uur "
                    + "(samen met de schermen); daarboven 429 met Retry-After.")
    @ApiResponse(responseCode = "200", description = "De gevonden inwoners")
    @ApiResponse(responseCode = "400", description = "Ongeldige zoekvraag; invalidParams noemt elk veld")
    @ApiResponse(responseCode = "429", description = "Te vaak gezocht; detail zegt wanneer het weer kan",
            headers = @Header(name = "Retry-After", description = "Na zoveel seconden kunt u weer zoeken",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer")))
    InwonerLijst zoek(@RequestParam(required = false) String burgerservicenummer,
            @RequestParam(required = false) String geslachtsnaam,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate geboortedatum,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) Integer huisnummer) {
        Inwoners.Zoekresultaat resultaat = zoekVolgensVraag(burgerservicenummer, geslachtsnaam, geboortedatum, postcode, huisnummer);
        return new InwonerLijst(resultaat.inwoners().stream().map(InwonerAntwoord::van).toList(), resultaat.huishoudensBuitenTeam());
    }

    private Inwoners.Zoekresultaat zoekVolgensVraag(String bsn, String geslachtsnaam, LocalDate geboortedatum, String postcode,
            Integer huisnummer) {
        if (bsn != null) {
            if (!Bsn.isGeldig(bsn)) {
                throw new OngeldigeInvoerException("burgerservicenummer", "format", "Dit is geen geldig BSN.");
            }
            return inwoners.zoekOpBsn(bsn);
        }
        if (geslachtsnaam != null || geboortedatum != null) {
            if (geslachtsnaam == null || geslachtsnaam.isBlank() || geboortedatum == null) {
                throw new OngeldigeInvoerException(List.of(
                        new OngeldigeInvoerException.Fout("geslachtsnaam", "required", "Zoek op achternaam én geboortedatum."),
                        new OngeldigeInvoerException.Fout("geboortedatum", "required", "Zoek op achternaam én geboortedatum.")));
            }
            return inwoners.zoekOpNaam(geslachtsnaam, geboortedatum);
        }
        if (postcode != null || huisnummer != null) {
            String pc = postcode == null ? "" : postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            if (!pc.matches("[1-9][0-9]{3}[A-Z]{2}") || huisnummer == null || huisnummer < 1) {
                throw new OngeldigeInvoerException(List.of(
                        new OngeldigeInvoerException.Fout("postcode", "format", "Zoek op een postcode zoals 2511AB én een huisnummer."),
                        new OngeldigeInvoerException.Fout("huisnummer", "format", "Zoek op een postcode zoals 2511AB én een huisnummer.")));
            }
            return inwoners.zoekOpAdres(pc, huisnummer);
        }
        throw new OngeldigeInvoerException("burgerservicenummer", "required",
                "Zoek op BSN, op achternaam met geboortedatum, of op postcode met huisnummer.");
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén inwoner", description = "Een inwoner leest alleen zijn eigen gegevens. Vraagt hij naar iemand uit zijn "
            + "huishouden (nu of vroeger), dan is het antwoord 403: van de anderen ziet hij alleen naam, rol en periode, in het huishouden.")
    ResponseEntity<InwonerAntwoord> lees(@PathVariable UUID id) {
        Inwoner inwoner = inwoners.lees(id);
        return IfMatch.ok(InwonerAntwoord.van(inwoner), inwoner.versie());
    }

    @PostMapping
    @Operation(summary = "Inwoner vastleggen")
    ResponseEntity<InwonerAntwoord> maak(@Valid @RequestBody InwonerGegevens gegevens) {
        Inwoner inwoner = inwoners.registreer(gegevens);
        return IfMatch.aangemaakt(URI.create("/api/v1/inwoners/" + inwoner.id()), InwonerAntwoord.van(inwoner), inwoner.versie());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Inwoner wijzigen", description = IfMatch.OPENAPI)
    ResponseEntity<InwonerAntwoord> wijzig(@PathVariable UUID id, @Valid @RequestBody InwonerGegevens gegevens,
            @io.swagger.v3.oas.annotations.Parameter(description = IfMatch.PARAMETER) @RequestHeader(name = "If-Match", required = false) String versie) {
        Inwoner inwoner = inwoners.wijzig(id, gegevens, IfMatch.versie(versie));
        return IfMatch.ok(InwonerAntwoord.van(inwoner), inwoner.versie());
    }
}
