package nl.maatwerk.logboek.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.List;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.LogboekInzage;
import nl.maatwerk.logboek.LogboekRecord;
import nl.maatwerk.logboek.Verificatie;
import nl.maatwerk.platform.Paginering;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/logboek")
@Tag(name = "Logboek", description = "Het logboek van verwerkingen van persoonsgegevens (alleen voor de privacy-auditor)")
class LogboekApi {

    record LogboekRecordDto(long volgnummer, String traceId, String spanId, String parentSpanId, String naam,
            OffsetDateTime starttijd, OffsetDateTime eindtijd, String status, String verwerkingsactiviteit,
            String betrokkeneId, String betrokkeneType, String actor, String hash) {

        static LogboekRecordDto van(LogboekRecord r) {
            return new LogboekRecordDto(r.volgnummer(), r.traceId(), r.spanId(), r.parentSpanId(), r.naam(),
                    r.starttijd().atOffset(java.time.ZoneOffset.UTC), r.eindtijd().atOffset(java.time.ZoneOffset.UTC),
                    r.status(), r.verwerkingsactiviteit(), r.betrokkeneId(), r.betrokkeneType(), r.actor(), r.hash());
        }
    }


    record LogboekPagina(List<LogboekRecordDto> records, Paginering paginering) {
    }

    private final LogboekInzage inzage;
    private final Logboek logboek;

    LogboekApi(LogboekInzage inzage, Logboek logboek) {
        this.inzage = inzage;
        this.logboek = logboek;
    }

    @GetMapping
    @Operation(summary = "Records zoeken", description = "Filter op betrokkene (BSN; er wordt op het pseudoniem gezocht), op actor en op periode.")
    LogboekPagina zoek(
            @Parameter(description = "BSN van de betrokkene") @RequestParam(required = false) @jakarta.validation.constraints.Pattern(regexp = "[0-9]{9}", message = "Een BSN heeft 9 cijfers.") String betrokkene,
            @Parameter(description = "Gebruikersnaam van wie de verwerking deed") @RequestParam(required = false) String actor,
            @Parameter(description = "Vanaf dit tijdstip") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime van,
            @Parameter(description = "Tot dit tijdstip") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime tot,
            @RequestParam(defaultValue = "1") @Min(value = 1, message = "De pagina is 1 of hoger.") int pagina,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "De paginagrootte is 1 of meer.") @Max(value = 500, message = "De paginagrootte is hoogstens 500.") int paginagrootte) {
        var resultaat = LogboekZoeken.zoek(logboek, betrokkene, () -> inzage.zoek(new LogboekInzage.Filter(betrokkene, actor,
                van == null ? null : van.toInstant(), tot == null ? null : tot.toInstant()), pagina, paginagrootte));
        return new LogboekPagina(resultaat.records().stream().map(LogboekRecordDto::van).toList(),
                Paginering.van(resultaat.nummer(), resultaat.grootte(), resultaat.totaal()));
    }

    @GetMapping("/verificatie")
    @Operation(summary = "De keten controleren", description = "Rekent de gesleutelde hashketen na en vergelijkt haar met de ankerpunten buiten de database. "
            + "Meldt het eerste record dat niet klopt, records die aan het eind zijn weggehaald en een verschoven overgangspunt, "
            + "elk in bevindingen.")
    Verificatie verificatie() {
        return inzage.verifieer();
    }
}
