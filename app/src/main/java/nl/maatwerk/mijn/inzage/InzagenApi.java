package nl.maatwerk.mijn.inzage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.Paginering;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mijn/inzagen")
@Tag(name = "Mijn Maatwerk", description = "De eigen gegevens van de ingelogde inwoner: huishouden, aanvragen en besluiten")
class InzagenApi {

    record InzageDto(OffsetDateTime op, String organisatie, String team, String rol, String naam, List<String> watGegevens,
            List<String> waarvoor, boolean doorbraak, String doorbraakReden) {
    }

    record AchtergehoudenDto(long aantal, String reden, LocalDate zichtbaarVanaf) {
    }

    record InzagenDto(List<InzageDto> inzagen, List<AchtergehoudenDto> achtergehouden, Paginering paginering) {
    }

    private final Inzagen inzagen;

    InzagenApi(Inzagen inzagen) {
        this.inzagen = inzagen;
    }

    @GetMapping
    @Operation(summary = "Wie keek in mijn gegevens",
            description = "Elke keer dat iemand van de gemeente gegevens over de ingelogde inwoner gebruikte, nieuwste eerst; wat de inwoner zelf "
                    + "bekeek staat er niet in. Wat de wet een tijd achterhoudt (bijvoorbeeld tijdens een onderzoek), staat als aantal in "
                    + "achtergehouden, met de reden en de dag waarop het te zien is. De naam van de medewerker is leeg, tenzij de gemeente "
                    + "die laat zien (maatwerk.mijn.inzagen.naam-tonen).")
    InzagenDto lijst(@RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.") int pagina,
            @RequestParam(defaultValue = "25") @Min(value = 1, message = "De paginagrootte is 1 of meer.")
            @Max(value = 200, message = "De paginagrootte is hoogstens 200.") int paginagrootte) {
        var o = inzagen.overzicht(pagina, paginagrootte);
        return new InzagenDto(o.inzagen().stream().map(i -> new InzageDto(i.op().atZone(Klok.ZONE).toOffsetDateTime(), i.organisatie(), i.team(),
                        i.rol(), i.naam(), i.watGegevens(), i.waarvoor(), i.doorbraak(), i.doorbraakReden())).toList(),
                o.achtergehouden().stream().map(a -> new AchtergehoudenDto(a.aantal(), a.reden(), a.zichtbaarVanaf())).toList(),
                Paginering.van(o.pagina(), o.grootte(), o.totaal()));
    }
}
