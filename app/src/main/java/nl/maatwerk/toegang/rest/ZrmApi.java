package nl.maatwerk.toegang.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.ZrmInvoer;
import nl.maatwerk.toegang.ZrmMeting;
import nl.maatwerk.toegang.ZrmMetingen;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/huishoudens/{id}/zrm-metingen")
@Tag(name = "ZRM-metingen", description = "Zelfredzaamheid van een huishouden op de 13 levensdomeinen van de Zelfredzaamheid-Matrix")
class ZrmApi {

    record ZrmScoreAntwoord(Levensdomein domein,
            @Schema(description = "1 acute problematiek tot en met 5 volledig zelfredzaam; leeg als het domein niet is beoordeeld",
                    minimum = "1", maximum = "5") Integer score,
            boolean nietBeoordeeld,
            @Schema(description = "De score in woorden, bijvoorbeeld '3 beperkt zelfredzaam' of 'niet beoordeeld'") String omschrijving,
            String toelichting) {
    }

    record ZrmMetingAntwoord(UUID id, UUID huishoudenId,
            @Schema(description = "Het lid van het huishouden over wie de meting gaat; leeg als het om het hele huishouden gaat") UUID inwonerId,
            LocalDate datum, String beoordeeldDoor, List<ZrmScoreAntwoord> scores) {

        static ZrmMetingAntwoord van(ZrmMeting m) {
            return new ZrmMetingAntwoord(m.id(), m.huishoudenId(), m.inwonerId(), m.datum(), m.door(),
                    m.scores().stream().map(s -> new ZrmScoreAntwoord(s.domein(), s.score(), !s.beoordeeld(), s.tekst(),
                            s.toelichting())).toList());
        }
    }

    record ZrmMetingenAntwoord(UUID huishoudenId, List<ZrmMetingAntwoord> metingen) {
    }

    record ZrmScoreVerzoek(Levensdomein domein,
            @Schema(description = "1 tot en met 5; laat leeg als u 'nietBeoordeeld' kiest", minimum = "1", maximum = "5") Integer score,
            @Schema(description = "Waar: dit domein is deze keer bewust niet beoordeeld") Boolean nietBeoordeeld,
            @Schema(description = "Korte toelichting van de professional", maxLength = ZrmInvoer.MAX_TOELICHTING) String toelichting) {
    }

    record ZrmMetingVerzoek(@Schema(description = "De dag van de meting; niet in de toekomst") LocalDate datum,
            @Schema(description = "Optioneel: het lid van het huishouden over wie de meting gaat") UUID inwonerId,
            @Schema(description = "Alle 13 levensdomeinen, elk één keer") List<ZrmScoreVerzoek> scores) {

        ZrmInvoer alsInvoer() {
            return new ZrmInvoer(datum, inwonerId, scores == null ? null : scores.stream()
                    .map(s -> s == null ? null : new ZrmInvoer.Score(s.domein(), s.score(), s.nietBeoordeeld(), s.toelichting()))
                    .toList());
        }
    }

    private final ZrmMetingen metingen;

    ZrmApi(ZrmMetingen metingen) {
        this.metingen = metingen;
    }

    @GetMapping
    @Operation(summary = "ZRM-metingen van een huishouden", description = "Nieuwste eerst, met de score per levensdomein.")
    ZrmMetingenAntwoord lijst(@PathVariable UUID id) {
        return new ZrmMetingenAntwoord(id, metingen.overzicht(id).metingen().stream().map(ZrmMetingAntwoord::van).toList());
    }

    @PostMapping
    @Operation(summary = "ZRM-meting vastleggen", description = "Alle 13 levensdomeinen zijn verplicht: een score van 1 tot en met 5, "
            + "of nietBeoordeeld. Bij fouten noemt het antwoord elk ongeldig veld, bijvoorbeeld scores[3].score.")
    ResponseEntity<ZrmMetingAntwoord> maak(@PathVariable UUID id, @RequestBody ZrmMetingVerzoek verzoek) {
        ZrmMeting m = metingen.vastleggen(id, verzoek.alsInvoer());
        return ResponseEntity.created(URI.create("/api/v1/huishoudens/" + id + "/zrm-metingen")).body(ZrmMetingAntwoord.van(m));
    }
}
