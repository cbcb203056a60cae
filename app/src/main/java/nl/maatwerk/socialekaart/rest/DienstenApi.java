package nl.maatwerk.socialekaart.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Paginering;
import nl.maatwerk.socialekaart.Aanbod;
import nl.maatwerk.socialekaart.Dienst;
import nl.maatwerk.socialekaart.Hsds;
import nl.maatwerk.socialekaart.Inlezen;
import nl.maatwerk.socialekaart.Kosten;
import nl.maatwerk.socialekaart.Zoekvraag;
import nl.maatwerk.toegang.Levensdomein;
import org.springframework.http.MediaType;
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
 * The sociale kaart as an API: the list and a service are public (no login), the HSDS 3 export too; importing is
 * for the functional administrator.
 */
@RestController
@RequestMapping("/api/v1/sociale-kaart")
@Validated
@Tag(name = "Sociale kaart", description = "Het lokale aanbod, formeel en informeel; openbaar te lezen, in te lezen door beheer (HSDS 3)")
class DienstenApi {

    private final Aanbod aanbod;
    private final Inlezen inlezen;

    DienstenApi(Aanbod aanbod, Inlezen inlezen) {
        this.aanbod = aanbod;
        this.inlezen = inlezen;
    }

    record DienstAntwoord(UUID id, String externId, String naam, String beschrijving, String soort, String organisatie,
            List<String> levensdomeinen, Integer leeftijdVan, Integer leeftijdTot, List<String> huishoudtypen,
            Integer inkomensgrensProcent, String voorwaarden, String kosten, BigDecimal kostenBedrag, String kostenTekst,
            String openingstijden, String bereikbaarheid, String telefoon, String email, String website, String locatie,
            String adres, String postcode, String plaats, String wijk, LocalDate laatstGecontroleerd, Integer capaciteit,
            Integer vrijePlaatsen, Integer wachttijdWeken) {

        static DienstAntwoord van(Dienst d) {
            Dienst.Voorwaarden v = d.voorwaarden();
            Dienst.Locatie l = d.locatie();
            return new DienstAntwoord(d.id(), d.externId(), d.naam(), d.beschrijving(), d.soort().code(), d.organisatie().naam(),
                    v.levensdomeinen().stream().sorted().map(Levensdomein::code).toList(), v.leeftijdVan(), v.leeftijdTot(),
                    v.huishoudtypen().stream().sorted().map(Keuze::code).toList(), v.inkomensgrensProcent(), v.tekst(), d.kosten().code(),
                    d.kostenBedrag(), d.kostenTekst(), d.openingstijden(), d.bereikbaarheid(), d.telefoon(), d.email(), d.website(),
                    l.naam(), l.adres(), l.postcode(), l.plaats(), l.wijk(), d.laatstGecontroleerd(), d.capaciteit(), d.vrijePlaatsen(),
                    d.wachttijdWeken());
        }
    }

    record DienstenPagina(List<DienstAntwoord> diensten, Paginering paginering) {
    }

    @GetMapping("/diensten")
    @Operation(summary = "Diensten op de sociale kaart (openbaar)", description = "Zoek met eigen woorden (q), een levensdomein van de ZRM "
            + "(levensdomein, bijvoorbeeld financien), een wijk en kosten (gratis). Een wijk geeft de diensten in die wijk en die voor de hele stad.")
    DienstenPagina lijst(@RequestParam(required = false) @Parameter(description = "Woorden, zoals 'ik kan de huur niet betalen'") String q,
            @RequestParam(required = false) @Parameter(description = "Code van een levensdomein, zoals financien") String levensdomein,
            @RequestParam(required = false) @Parameter(description = "Naam van de wijk") String wijk,
            @RequestParam(required = false) @Parameter(description = "gratis, eigen-bijdrage of bedrag") String kosten,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 100, message = "De paginagrootte is hoogstens 100.") int paginagrootte) {
        Aanbod.Pagina p = aanbod.zoek(vraag(q, levensdomein, wijk, kosten), pagina, paginagrootte);
        return new DienstenPagina(p.diensten().stream().map(DienstAntwoord::van).toList(), p.paginering());
    }

    @GetMapping("/diensten/{id}")
    @Operation(summary = "Eén dienst (openbaar)")
    DienstAntwoord dienst(@PathVariable UUID id) {
        return DienstAntwoord.van(aanbod.lees(id).orElseThrow(() -> new nl.maatwerk.platform.NietGevondenException("Deze dienst bestaat niet.")));
    }

    @GetMapping(value = "/hsds/services", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Export in Open Referral HSDS 3 (openbaar)", description = "Een pagina zoals de HSDS-API die geeft (contents, "
            + "total_items, page_number …), met per dienst een HSDS 3 service met organization, service_at_locations, schedules en cost_options. "
            + "Levensdomeinen, soorten huishouden, inkomensgrens, wijk en capaciteit staan in attributes (taxonomieën maatwerk-…).")
    Map<String, Object> hsds(@RequestParam(required = false) String q, @RequestParam(required = false) String levensdomein,
            @RequestParam(required = false) String wijk, @RequestParam(required = false) String kosten,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.") int pagina,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 1000, message = "De paginagrootte is hoogstens 1000.") int paginagrootte) {
        Aanbod.Pagina p = aanbod.zoek(vraag(q, levensdomein, wijk, kosten), pagina, paginagrootte);
        return Hsds.pagina(p);
    }

    record ImportVerslag(int nieuw, int gewijzigd, int ongewijzigd, List<String> fouten) {
    }

    @PostMapping(value = "/diensten/import", consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Diensten inlezen (beheerder)", description = "CSV met de kolommen van de export, of HSDS 3 JSON (een lijst van "
            + "services of een pagina met contents). Goede regels worden opgeslagen; elke foute regel staat met de reden in fouten. "
            + "Twee keer hetzelfde bestand inlezen maakt geen dubbele diensten: de id is de sleutel.")
    ImportVerslag inlezen(@RequestHeader("Content-Type") String soort, @RequestBody byte[] inhoud) {
        String tekst = new String(inhoud, StandardCharsets.UTF_8);
        Inlezen.Verslag v = soort.startsWith("text/csv") ? inlezen.csv(tekst) : inlezen.json(tekst);
        return new ImportVerslag(v.resultaat().nieuw(), v.resultaat().gewijzigd(), v.resultaat().ongewijzigd(), v.fouten());
    }

    static Zoekvraag vraag(String q, String levensdomein, String wijk, String kosten) {
        Levensdomein domein = null;
        if (levensdomein != null && !levensdomein.isBlank()) {
            try {
                domein = Levensdomein.vanCode(levensdomein.strip());
            } catch (RuntimeException e) {
                throw new OngeldigeInvoerException("levensdomein", "invalid", "Onbekend levensdomein: " + levensdomein.strip()
                        + ". Gebruik een code als financien of sociaal-netwerk.");
            }
        }
        Kosten k = null;
        if (kosten != null && !kosten.isBlank()) {
            try {
                k = Kosten.vanCode(kosten.strip());
            } catch (RuntimeException e) {
                throw new OngeldigeInvoerException("kosten", "invalid", "Onbekende kosten: " + kosten.strip() + ". Gebruik gratis, eigen-bijdrage of bedrag.");
            }
        }
        if (q != null && q.length() > 200) {
            throw new OngeldigeInvoerException("q", "size", "Zoek met hoogstens 200 tekens.");
        }
        return new Zoekvraag(q, domein, wijk, k);
    }

}
