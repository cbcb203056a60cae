package nl.maatwerk.waardering.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.toegang.Wet;
import nl.maatwerk.waardering.Vraag;
import nl.maatwerk.waardering.Waarderingen;
import nl.maatwerk.waardering.Waarderingen.Filter;
import nl.maatwerk.waardering.Waarderingen.Overzicht;
import nl.maatwerk.waardering.Waarderingsanalyse.Indicator;
import nl.maatwerk.waardering.Waarderingsanalyse.Uitslag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What residents say about the help, in aggregates per year, team and law: for the team lead (their own team only)
 * and the policy advisor. A hidden number is null; the threshold is in {@code minimaleGroep}.
 */
@RestController
@RequestMapping("/api/v1/waarderingen")
@Tag(name = "Waarderingen", description = "Stem van de inwoner: de uitkomsten van de vragenlijst na een besluit of het afsluiten van een hulpvraag")
class WaarderingApi {

    // A hidden number is written as null, so a client sees it was hidden rather than missing.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WaarderingIndicator(@Schema(description = "Code van de stelling") Vraag vraag, String stelling, String thema,
            @Schema(description = "Aantal (helemaal) mee eens; null als verborgen") Integer teller,
            @Schema(description = "Aantal antwoorden op de 5-puntsschaal, zonder 'weet niet'; null als verborgen") Integer noemer,
            @Schema(description = "Percentage (helemaal) mee eens") Double percentage,
            @Schema(description = "Ondergrens van het 95%-betrouwbaarheidsinterval (Wilson), in procenten") Double ondergrens,
            @Schema(description = "Bovengrens van het 95%-betrouwbaarheidsinterval (Wilson), in procenten") Double bovengrens) {
    }

    // A hidden number is written as null, so a client sees it was hidden rather than missing.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WaarderingUitslag(@Schema(description = "Aantal ingevulde vragenlijsten; null als verborgen") Integer aantal,
            List<WaarderingIndicator> indicatoren, @Schema(description = "Gemiddeld rapportcijfer (1-10)") Double gemiddeldCijfer,
            Integer aantalCijfers) {
    }

    // A hidden number is written as null, so a client sees it was hidden rather than missing.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WaarderingRespons(@Schema(description = "Hoe de groep is ingedeeld: aanleiding (met wet), leeftijd of wijk") String indeling,
            String groep, Integer uitgenodigd, Integer beantwoord, Integer nietBeantwoord, Double percentage) {
    }

    // A hidden number is written as null, so a client sees it was hidden rather than missing.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WaarderingOpvolging(@Schema(description = "Aantal inwoners die om contact vroegen") Integer aantal,
            @Schema(description = "Daarvan op tijd opgevolgd (binnen 5 werkdagen)") Integer opTijd, Integer open, Double percentageOpTijd) {
    }

    // A hidden number is written as null, so a client sees it was hidden rather than missing.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Waardering(int jaar, @Schema(description = "Het team; leeg voor de hele gemeente") String team,
            @Schema(description = "De wet; leeg voor alle wetten") Wet wet,
            @Schema(description = "Een groep met minder antwoorden toont geen getallen") int minimaleGroep, WaarderingUitslag totaal,
            @Schema(description = "Per kwartaal van het jaar") Map<String, WaarderingUitslag> kwartalen, List<WaarderingRespons> respons,
            WaarderingOpvolging opvolging) {
    }

    private final Waarderingen waarderingen;

    WaarderingApi(Waarderingen waarderingen) {
        this.waarderingen = waarderingen;
    }

    @GetMapping
    @Operation(summary = "De uitkomsten per jaar, team en wet", description = "Alleen samengeteld; een teamleider ziet alleen het eigen team.")
    Waardering lees(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) String team,
            @RequestParam(required = false) Wet wet) {
        Filter f = waarderingen.toegestaan(jaar, team, wet);
        Overzicht o = waarderingen.overzicht(f);
        Map<String, WaarderingUitslag> kwartalen = new java.util.LinkedHashMap<>();
        o.kwartalen().forEach((k, u) -> kwartalen.put(k, uitslag(u)));
        List<WaarderingRespons> respons = new ArrayList<>();
        o.respons().forEach(r -> respons.add(new WaarderingRespons(r.indeling().code(), r.groep(), r.uitgenodigd(), r.beantwoord(), r.nietBeantwoord(), r.percentage())));
        return new Waardering(f.jaar(), f.teamId(), f.wet(), KleineGroep.MINIMUM, uitslag(o.uitslag()), kwartalen, respons,
                new WaarderingOpvolging(o.opvolging().aantal(), o.opvolging().opTijd(), o.opvolging().open(), o.opvolging().percentageOpTijd()));
    }

    private static WaarderingUitslag uitslag(Uitslag u) {
        List<WaarderingIndicator> ind = new ArrayList<>();
        for (Indicator i : u.indicatoren()) {
            ind.add(new WaarderingIndicator(i.vraag(), i.vraag().tekst(), i.vraag().thema().naam(), i.eens(), i.geldig(), i.percentage(),
                    i.verborgen() ? null : i.interval().onder(), i.verborgen() ? null : i.interval().boven()));
        }
        return new WaarderingUitslag(u.aantal(), ind, u.cijfer().gemiddelde(), u.cijfer().aantal());
    }
}
