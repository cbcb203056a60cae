package nl.maatwerk.inwoner.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenGegevens;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.inwoner.Relatiesoort;
import nl.maatwerk.inwoner.Uitzondering;
import nl.maatwerk.platform.IfMatch;
import nl.maatwerk.platform.Paginering;
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
@RequestMapping("/api/v1/huishoudens")
@Tag(name = "Huishoudens", description = "Huishoudens: wie er woonde en wanneer, en het netwerk eromheen")
class HuishoudenApi {

    /**
     * A member. Of someone who left and whom the caller may not see where they live now, only the name and
     * the period (for a resident: the time they lived there together); BSN and birth date are empty. A
     * resident sees BSN and birth date only of themselves, the same as on their household page (issue 13
     * follow-up). The fields were never required, so a client that reads them already handles their absence.
     */
    record LidAntwoord(UUID inwonerId,
            @Schema(description = LEEG_ALS) String burgerservicenummer,
            String naam,
            @Schema(description = LEEG_ALS) LocalDate geboortedatum,
            LidRol rol, Uitzondering uitzondering, LocalDate vanaf, LocalDate totEnMet) {

        static LidAntwoord van(Huishouden.Lidmaatschap l) {
            boolean alleenNaam = l.inwoner().isAfgeschermd();
            return new LidAntwoord(l.inwoner().id(), l.inwoner().bsn(), l.inwoner().volledigeNaam(),
                    alleenNaam ? null : l.inwoner().geboortedatum(), l.rol(), l.uitzondering(), l.vanaf(), l.totEnMet());
        }
    }

    private static final String LEEG_ALS = "Ontbreekt bij een lid van wie u alleen de naam en de periode ziet: wie vertrokken is en nu "
            + "woont waar u niet bij mag, en voor een inwoner iedereen behalve hijzelf.";

    record NetwerkAntwoord(UUID id, String naam, Relatiesoort relatie, String bijdrage, String telefoonnummer) {
    }

    record HuishoudenAntwoord(UUID id, String naam, String team, List<LidAntwoord> leden, List<NetwerkAntwoord> netwerk,
            int versie) {

        static HuishoudenAntwoord van(Huishouden h, List<Huishouden.Lidmaatschap> leden) {
            return new HuishoudenAntwoord(h.id(), h.naam(), h.teamId(),
                    leden.stream().map(LidAntwoord::van).toList(),
                    h.netwerk().stream().map(p -> new NetwerkAntwoord(p.id(), p.naam(), p.relatie(), p.bijdrage(),
                            p.telefoonnummer())).toList(),
                    h.versie());
        }
    }


    record HuishoudenPagina(List<HuishoudenAntwoord> huishoudens, Paginering paginering) {
    }

    private final Huishoudens huishoudens;
    private final Clock klok;

    HuishoudenApi(Huishoudens huishoudens, Clock klok) {
        this.huishoudens = huishoudens;
        this.klok = klok;
    }

    @GetMapping
    @Operation(summary = "Huishoudens waar u bij mag", description = "Gefilterd op naam, postcode of wijk; per pagina. "
            + "Een inwoner ziet alleen zijn eigen huishouden, met van de andere leden alleen naam, rol en periode.")
    HuishoudenPagina lijst(@RequestParam(required = false) String naam,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String wijk,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 100, message = "De paginagrootte is hoogstens 100.") int paginagrootte) {
        Huishoudens.Pagina p = huishoudens.lijst(new Huishoudens.Filter(naam, postcode, wijk), pagina, paginagrootte);
        LocalDate vandaag = LocalDate.now(klok);
        return new HuishoudenPagina(p.huishoudens().stream().map(h -> HuishoudenAntwoord.van(h, h.ledenOp(vandaag))).toList(),
                Paginering.van(p.nummer(), p.grootte(), p.totaal()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén huishouden", description = "Zonder peildatum: alle leden met hun periode. Met peildatum: wie er op die dag woonde. "
            + "Van wie vertrokken is en nu woont waar u niet bij mag, ziet u alleen de naam en de periode; burgerservicenummer en "
            + "geboortedatum ontbreken dan. Een inwoner ziet zijn eigen gegevens helemaal en van de anderen alleen naam, rol en periode "
            + "(van wie vertrokken is: de tijd dat u er samen woonde), net als op de pagina van het huishouden.")
    ResponseEntity<HuishoudenAntwoord> lees(@PathVariable UUID id,
            @Parameter(description = "De dag waarop de samenstelling geldt")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum) {
        Huishouden h = huishoudens.lees(id);
        return IfMatch.ok(HuishoudenAntwoord.van(h, peildatum == null ? h.leden() : h.ledenOp(peildatum)), h.versie());
    }

    @PostMapping
    @Operation(summary = "Huishouden vastleggen", description = "Het huishouden komt bij uw eigen team.")
    ResponseEntity<HuishoudenAntwoord> maak(@Valid @RequestBody HuishoudenGegevens gegevens) {
        Huishouden h = huishoudens.maak(gegevens);
        return IfMatch.aangemaakt(URI.create("/api/v1/huishoudens/" + h.id()), HuishoudenAntwoord.van(h, h.leden()), h.versie());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Huishouden wijzigen", description = "Vervangt naam, leden en netwerk. Geef leden die vertrokken een einddatum in plaats van ze weg te laten, zodat de geschiedenis blijft. "
            + IfMatch.OPENAPI)
    ResponseEntity<HuishoudenAntwoord> wijzig(@PathVariable UUID id, @Valid @RequestBody HuishoudenGegevens gegevens,
            @Parameter(description = IfMatch.PARAMETER) @RequestHeader(name = "If-Match", required = false) String versie) {
        Huishouden h = huishoudens.wijzig(id, gegevens, IfMatch.versie(versie));
        return IfMatch.ok(HuishoudenAntwoord.van(h, h.leden()), h.versie());
    }
}
