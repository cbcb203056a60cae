package nl.maatwerk.prioriteit.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.Paginering;
import nl.maatwerk.prioriteit.Wachtrij;
import nl.maatwerk.toegang.Werkvoorraad.Werkitem;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/werkvoorraad")
@Validated
@Tag(name = "Werkvoorraad", description = "De werkvoorraad van uw team op volgorde van nood, met per item waarom het daar staat")
class WerkvoorraadApi {

    record BijdrageAntwoord(String factor, long punten, String uitleg) {
    }

    record ItemAntwoord(int plaats, String sleutel, UUID huishoudenId, String huishoudenNaam, UUID hulpvraagId, LocalDate termijn,
            long punten, List<BijdrageAntwoord> waarom, String opmerking, String opgepakt) {

        static ItemAntwoord van(Wachtrij.Plaats p) {
            Werkitem w = p.item();
            return new ItemAntwoord(p.nummer(), w.sleutel(), w.huishoudenId(), w.huishoudenNaam(),
                    w.hulpvraag() == null ? null : w.hulpvraag().id(), w.termijn().map(t -> t.uitersteDatum()).orElse(null),
                    w.waarom().punten(), w.waarom().bijdragen().stream().map(b -> new BijdrageAntwoord(b.factor(), b.punten(), b.uitleg())).toList(),
                    w.waarom().opmerking(), p.opgepakt().orElse(null));
        }
    }


    record WerkvoorraadPagina(String team, int gewichtenVersie, List<ItemAntwoord> items, Paginering paginering) {
    }

    /** Far beyond any team's queue; keeps the page number a small, safe number. */
    static final int MAX_PAGINA = 100_000;

    private final Wachtrij wachtrij;

    WerkvoorraadApi(Wachtrij wachtrij) {
        this.wachtrij = wachtrij;
    }

    @GetMapping
    @Operation(summary = "Werkvoorraad van uw team", description = "Op volgorde van nood; per item de punten per factor. Filter op huishouden; per pagina.")
    WerkvoorraadPagina lijst(@RequestParam(required = false) UUID huishouden,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.")
            @Max(value = MAX_PAGINA, message = "De pagina is hoogstens 100000.") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 100, message = "De paginagrootte is hoogstens 100.") int paginagrootte) {
        // Only the returned page is logged; a page beyond the end is empty, not an error.
        Wachtrij.Overzicht o = wachtrij.vanMijnTeam(huishouden, pagina, paginagrootte);
        return new WerkvoorraadPagina(o.teamId(), o.gewichten().versie(), o.plaatsen().stream().map(ItemAntwoord::van).toList(),
                Paginering.van(pagina, paginagrootte, o.totaal()));
    }
}
