package nl.maatwerk.besluit.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.maatwerk.besluit.Afwijkingen;
import nl.maatwerk.besluit.BesluitSoort;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register of departures as aggregates: per rule the number, the kinds of reason, per month, and policy's answers. */
@RestController
@RequestMapping("/api/v1/afwijkingen")
@Tag(name = "Afwijkingen", description = "Het register van afwijkingen van regels, zonder persoonsgegevens")
class AfwijkingApi {

    record Maand(String maand, long aantal, long milder, long strenger, long besluiten) {
    }

    record Reactie(Afwijkingen.ReactieSoort soort, String toelichting, Instant op) {
    }

    record Regel(String regel, String regelNaam, BesluitSoort soort, long aantal, long milder, long strenger, long besluiten,
            Map<String, Long> perReden, List<Maand> perMaand, List<Reactie> reacties) {
    }

    record Register(String van, String tot, List<Regel> regels) {
    }

    private final Afwijkingen afwijkingen;
    private final Clock klok;

    AfwijkingApi(Afwijkingen afwijkingen, Clock klok) {
        this.afwijkingen = afwijkingen;
        this.klok = klok;
    }

    @GetMapping
    @Operation(summary = "Afwijkingen per regel", description = "Tussen twee maanden (jjjj-mm, beide erbij); zonder van en tot de laatste twaalf maanden. "
            + "Afwijkingen in beide richtingen (milder en strenger dan de regel) tegen het aantal definitieve besluiten per regel, elke maand, ook "
            + "maanden zonder. Alleen aantallen: geen personen, huishoudens of besluiten.")
    Register register(@RequestParam(required = false) String van, @RequestParam(required = false) String tot) {
        YearMonth eind = maand("tot", tot, YearMonth.now(klok));
        YearMonth begin = maand("van", van, eind.minusMonths(11));
        List<Regel> regels = afwijkingen.overzicht(begin.atDay(1), eind.atDay(1)).stream().map(t -> new Regel(t.regel(), t.regelNaam(),
                t.soort(), t.aantal(), t.milder(), t.strenger(), t.besluiten(),
                t.perReden().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().code(), Map.Entry::getValue, Long::sum,
                        java.util.LinkedHashMap::new)),
                t.perMaand().stream().map(m -> new Maand(YearMonth.from(m.maand()).toString(), m.afwijkingen(), m.milder(), m.strenger(),
                        m.besluiten())).toList(),
                t.reacties().stream().map(r -> new Reactie(r.soort(), r.toelichting(), r.op())).toList())).toList();
        return new Register(begin.toString(), eind.toString(), regels);
    }

    private static YearMonth maand(String veld, String waarde, YearMonth standaard) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            return YearMonth.parse(waarde.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new OngeldigeInvoerException(veld, "invalid", "Geef een maand als jjjj-mm, bijvoorbeeld 2026-01.");
        }
    }
}
