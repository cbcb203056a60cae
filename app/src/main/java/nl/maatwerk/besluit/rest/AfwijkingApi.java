package nl.maatwerk.besluit.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.maatwerk.besluit.Afwijkingen;
import nl.maatwerk.besluit.BesluitSoort;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of departures as aggregates: per rule the number, the kinds of reason, per month, and
 * policy's answers, for one calendar year. Small numbers are null, as on the page
 * ({@link Afwijkingen#telling}); null is written out, so a client sees that a number is hidden.
 */
@RestController
@RequestMapping("/api/v1/afwijkingen")
@Tag(name = "Afwijkingen", description = "Het register van afwijkingen van regels, zonder persoonsgegevens")
class AfwijkingApi {

    static final String VERBORGEN = "null: verborgen. Is één aantal in een reeks (de maanden, milder en strenger) kleiner dan "
            + KleineGroep.MINIMUM + ", dan is de hele reeks null: anders volgt het kleine aantal uit het totaal";

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Maand(String maand, @Schema(description = VERBORGEN) Long aantal,
            @Schema(description = VERBORGEN + "; milder en strenger per maand alleen als geen van die aantallen klein is") Long milder,
            @Schema(description = VERBORGEN) Long strenger, @Schema(description = VERBORGEN) Long besluiten) {
    }

    record Reactie(Afwijkingen.ReactieSoort soort, String toelichting, Instant op) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Regel(String regel, String regelNaam, BesluitSoort soort,
            @Schema(description = "null: minder dan " + KleineGroep.MINIMUM + " afwijkingen; dan ook geen richting, redenen of aantallen per maand")
            Long aantal, @Schema(description = VERBORGEN) Long milder, @Schema(description = VERBORGEN) Long strenger,
            @Schema(description = "null: minder dan " + KleineGroep.MINIMUM + " besluiten") Long besluiten,
            @Schema(description = "Per soort reden die voorkwam. null: verborgen, want minstens één reden kwam minder dan "
                    + KleineGroep.MINIMUM + " keer voor (of er waren te weinig afwijkingen)") Map<String, Long> perReden,
            List<Maand> perMaand, List<Reactie> reacties) {
    }

    record Register(int jaar, String van, String tot,
            @Schema(description = "De drempel voor kleine groepen: een kleiner aantal is verborgen (null)") int minimaleGroep,
            List<Regel> regels) {
    }

    private final Afwijkingen afwijkingen;
    private final Clock klok;

    AfwijkingApi(Afwijkingen afwijkingen, Clock klok) {
        this.afwijkingen = afwijkingen;
        this.klok = klok;
    }

    @GetMapping
    @Operation(summary = "Afwijkingen per regel", description = "Over één kalenderjaar (jaar, jjjj); zonder jaar dit jaar, tot en met deze maand. "
            + "Afwijkingen in beide richtingen (milder en strenger dan de regel) tegen het aantal definitieve besluiten per regel, elke maand, ook "
            + "maanden zonder. Alleen aantallen: geen personen, huishoudens of besluiten. Een aantal kleiner dan minimaleGroep is null; is één "
            + "aantal in een reeks die samen het totaal vormt (redenen, maanden, milder en strenger) zo klein, dan is de hele reeks null. "
            + "Geen vrije periode: uit twee perioden die elkaar overlappen, zou een klein aantal toch uit het verschil volgen.")
    Register register(@RequestParam(required = false) String jaar, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot) {
        if (van != null || tot != null) {
            throw new OngeldigeInvoerException(van != null ? "van" : "tot", "unsupported",
                    "Het register telt per kalenderjaar. Geef jaar=jjjj, bijvoorbeeld jaar=2026.");
        }
        Year gekozen = jaar(jaar);
        List<Regel> regels = afwijkingen.overzicht(gekozen).stream().map(t -> new Regel(t.regel(), t.regelNaam(),
                t.soort(), t.aantal(), t.milder(), t.strenger(), t.besluiten(),
                t.perReden() == null ? null : t.perReden().entrySet().stream().collect(java.util.LinkedHashMap<String, Long>::new,
                        (m, e) -> m.put(e.getKey().code(), e.getValue()), Map::putAll),
                t.perMaand().stream().map(m -> new Maand(YearMonth.from(m.maand()).toString(), m.afwijkingen(), m.milder(), m.strenger(),
                        m.besluiten())).toList(),
                t.reacties().stream().map(r -> new Reactie(r.soort(), r.toelichting(), r.op())).toList())).toList();
        YearMonth nu = YearMonth.now(klok);
        YearMonth laatste = gekozen.equals(Year.from(nu)) ? nu : gekozen.atMonth(12);
        return new Register(gekozen.getValue(), gekozen.atMonth(1).toString(), laatste.toString(), KleineGroep.MINIMUM, regels);
    }

    private Year jaar(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return Year.now(klok);
        }
        try {
            return Year.of(Integer.parseInt(waarde.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new OngeldigeInvoerException("jaar", "invalid", "Geef een jaar als jjjj, bijvoorbeeld 2026.");
        }
    }
}
