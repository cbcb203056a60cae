package nl.maatwerk.thermometer.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.thermometer.Aspect;
import nl.maatwerk.thermometer.Coderingsaandeel;
import nl.maatwerk.thermometer.Dimensie;
import nl.maatwerk.thermometer.Kloof;
import nl.maatwerk.thermometer.Laag;
import nl.maatwerk.thermometer.Meting;
import nl.maatwerk.thermometer.Metingen;
import nl.maatwerk.thermometer.Resultaten;
import nl.maatwerk.thermometer.Uitslag;
import nl.maatwerk.thermometer.Verlies;
import nl.maatwerk.thermometer.Waarde;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Measurement rounds of the Thermometer sociaal domein. Results are aggregates only: a group of
 * fewer than {@link KleineGroep#MINIMUM} respondents has no score, and no answer text ever leaves
 * through the API.
 */
@RestController
@RequestMapping("/api/v1/thermometer/metingen")
@Tag(name = "Thermometer", description = "Metingen van hoe de bedoeling van beleid doorkomt, van bestuur tot uitvoering en partners")
class MetingApi {

    record ThermometerMetingSamenvatting(UUID id, String naam, LocalDate einddatum,
            @Schema(description = "Waar: er kan nog geantwoord worden (tot en met de einddatum)") boolean open,
            @Schema(description = "Aantal gemaakte links") int uitnodigingen,
            @Schema(description = "Aantal verstuurde vragenlijsten") int ingevuld) {
    }

    record ThermometerMetingen(List<ThermometerMetingSamenvatting> metingen) {
    }

    record ThermometerStelling(UUID id, Dimensie dimensie, Aspect aspect, String tekst) {
    }

    record ThermometerThema(String code, String naam, @Schema(description = "De bedoeling van de gemeente, in eigen woorden") String bedoeling,
            String openVraag, List<ThermometerStelling> stellingen) {
    }

    record ThermometerUitgifte(@Schema(description = "Wanneer de links gemaakt zijn") Instant op,
            @Schema(description = "Wie de links maakte") String door, Laag laag, int aantal) {
    }

    record ThermometerMeting(UUID id, String naam, LocalDate einddatum, boolean open, List<Laag> lagen, List<ThermometerThema> themas,
            @Schema(description = "Waar: er zijn antwoorden binnen; de vragenlijst ligt vast") boolean heeftAntwoorden,
            @Schema(description = "Wanneer iemand de uitkomsten voor het eerst zag; leeg als nog niemand ze zag. Daarna neemt de meting "
                    + "geen antwoorden en geen links meer aan (409).") Instant resultatenGezienOp,
            @Schema(description = "Elke keer dat iemand links maakte, nieuwste eerst: zo is te zien als één persoon een laag met eigen links vult")
            List<ThermometerUitgifte> uitgiften) {

        static ThermometerMeting van(Meting m, boolean heeftAntwoorden, LocalDate vandaag, List<Metingen.Uitgifte> uitgiften) {
            return new ThermometerMeting(m.id(), m.naam(), m.einddatum(), m.isOpen(vandaag), m.lagen(),
                    m.themas().stream().map(t -> new ThermometerThema(t.code(), t.naam(), t.bedoeling(), t.openVraag(),
                            m.stellingen(t.code()).stream().map(s -> new ThermometerStelling(s.id(), s.dimensie(), s.aspect(), s.tekst()))
                                    .toList())).toList(),
                    heeftAntwoorden, m.resultatenGezienOp(),
                    uitgiften.stream().map(u -> new ThermometerUitgifte(u.op(), u.door(), u.laag(), u.aantal())).toList());
        }
    }

    record ThermometerMetingVerzoek(@Schema(description = "Naam van de meting", maxLength = 200) String naam,
            @Schema(description = "Tot en met deze dag kan geantwoord worden; niet in het verleden") LocalDate einddatum,
            @Schema(description = "De lagen die meedoen") List<Laag> lagen,
            @Schema(description = "Standaardthema's: eigen-kracht, integraliteit, financien, menselijke-maat") List<String> themas,
            @Schema(description = "Optioneel: één eigen thema", maxLength = 80) String eigenThema) {
    }

    record ThermometerUitnodigingenVerzoek(Laag laag, @Schema(minimum = "1", maximum = "500") Integer aantal) {
    }

    record ThermometerUitnodigingen(Laag laag,
            @Schema(description = "De links, elk één keer te gebruiken. Ze worden niet bewaard en zijn dus alleen nu te zien.") List<String> links) {
    }

    record ThermometerCel(Laag laag, String thema,
            @Schema(description = "Leeg: het hele thema") Dimensie dimensie,
            @Schema(description = "0 tot en met 100; leeg als de groep te klein is of niemand een score gaf", minimum = "0", maximum = "100") Integer score,
            @Schema(description = "Aantal mensen in de groep; leeg als de groep te klein is") Integer respondenten,
            @Schema(description = "Waar: minder dan " + KleineGroep.MINIMUM + " mensen (de drempel voor kleine groepen), daarom geen score") boolean onderdrukt) {

        static ThermometerCel van(Laag laag, String thema, Dimensie d, Waarde w) {
            return new ThermometerCel(laag, thema, d, w.score(), w.onderdrukt() ? null : w.respondenten(), w.onderdrukt());
        }
    }

    record ThermometerLaagdeelname(Laag laag, int respondenten) {
    }

    record ThermometerVerlies(String thema, Integer bestuur, Integer uitvoering, Integer partners,
            @Schema(description = "Score bestuur min score uitvoering") Integer verliesTotUitvoering,
            @Schema(description = "Score bestuur min score partners") Integer verliesTotPartners) {
    }

    record ThermometerKloof(String thema, Dimensie dimensie, Laag laag, int bestuur, int score, int verschil, String actie) {
    }

    record ThermometerCodering(Laag laag,
            @Schema(description = "Procent van de beoordeelde open antwoorden dat past bij de bedoeling; leeg als de groep te klein is of nog niets is beoordeeld")
            Integer procentPast, Integer gecodeerd, Integer ongecodeerd, boolean onderdrukt) {
    }

    record ThermometerResultaten(UUID metingId,
            @Schema(description = "De kleinste groep waarvan een uitkomst wordt getoond") int minimaleGroep,
            List<ThermometerLaagdeelname> deelname, List<ThermometerCel> cellen, List<ThermometerVerlies> doorfluisterverlies,
            List<ThermometerKloof> kloven, List<ThermometerCodering> coderingen) {
    }

    private final Metingen metingen;
    private final Resultaten resultaten;
    private final Clock klok;

    MetingApi(Metingen metingen, Resultaten resultaten, Clock klok) {
        this.metingen = metingen;
        this.resultaten = resultaten;
        this.klok = klok;
    }

    @GetMapping
    @Operation(summary = "Metingen", description = "Alle metingen, nieuwste eerst, met hoeveel links er zijn en hoeveel er zijn ingevuld.")
    ThermometerMetingen lijst() {
        return new ThermometerMetingen(metingen.lijst().stream().map(o -> new ThermometerMetingSamenvatting(o.id(), o.naam(), o.einddatum(),
                o.open(), o.uitnodigingen(), o.ingediend())).toList());
    }

    @PostMapping
    @Operation(summary = "Meting maken", description = "Maakt een meting met de standaard vragenlijst. Bij fouten noemt het antwoord elk ongeldig veld.")
    ResponseEntity<ThermometerMeting> maak(@RequestBody ThermometerMetingVerzoek v) {
        UUID id = metingen.maak(new Metingen.Nieuw(v.naam(), v.einddatum(), v.lagen(), v.themas(), v.eigenThema()));
        return ResponseEntity.created(URI.create("/api/v1/thermometer/metingen/" + id))
                .body(ThermometerMeting.van(metingen.lees(id), false, LocalDate.now(klok), List.of()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén meting", description = "Thema's met hun bedoeling, de open vraag en de stellingen.")
    ThermometerMeting lees(@PathVariable UUID id) {
        return ThermometerMeting.van(metingen.lees(id), metingen.heeftAntwoorden(id), LocalDate.now(klok), metingen.uitgiften(id));
    }

    @GetMapping("/{id}/resultaten")
    @Operation(summary = "Uitkomsten van een meting", description = "Alleen totalen: scores per laag, thema en dimensie, het doorfluisterverlies, "
            + "de grootste verschillen en het deel van de open antwoorden dat past. Een groep van minder dan " + KleineGroep.MINIMUM + " mensen heeft geen score.")
    ThermometerResultaten resultaten(@PathVariable UUID id) {
        Uitslag u = resultaten.uitslag(id);
        List<ThermometerCel> cellen = new ArrayList<>();
        for (Laag laag : u.lagen()) {
            u.themas().forEach(t -> {
                for (Dimensie d : Dimensie.values()) {
                    cellen.add(ThermometerCel.van(laag, t.code(), d, u.cel(laag, t.code(), d)));
                }
                cellen.add(ThermometerCel.van(laag, t.code(), null, u.thema(laag, t.code())));
            });
        }
        List<ThermometerVerlies> verlies = u.verliezen().stream().map((Verlies v) -> new ThermometerVerlies(v.thema(), v.bestuur().score(),
                v.uitvoering().score(), v.partners().score(), v.naarUitvoering(), v.naarPartners())).toList();
        List<ThermometerKloof> kloven = u.kloven().stream().map((Kloof k) -> new ThermometerKloof(k.thema(), k.dimensie(), k.laag(), k.bestuur(),
                k.score(), k.verschil(), k.actie())).toList();
        List<ThermometerCodering> coderingen = u.coderingen().stream().map((Coderingsaandeel c) -> {
            boolean klein = KleineGroep.isKlein(c.respondenten());
            return new ThermometerCodering(c.laag(), c.procentPast(), klein ? null : c.gecodeerd(), klein ? null : c.ongecodeerd(), klein);
        }).toList();
        return new ThermometerResultaten(id, KleineGroep.MINIMUM,
                u.lagen().stream().map(l -> new ThermometerLaagdeelname(l, u.respondenten(l))).toList(), cellen, verlies, kloven, coderingen);
    }

    @PostMapping("/{id}/uitnodigingen")
    @Operation(summary = "Links maken", description = "Maakt eenmalige, anonieme links voor één laag. Alleen een hash wordt bewaard: "
            + "de links staan alleen in dit antwoord. Wie hoeveel links maakte en wanneer, staat bij de meting (uitgiften). "
            + "Zijn de uitkomsten al bekeken, dan 409: de meting neemt geen antwoorden meer aan.")
    ResponseEntity<ThermometerUitnodigingen> uitnodigingen(@PathVariable UUID id, @RequestBody ThermometerUitnodigingenVerzoek v) {
        List<String> tokens = metingen.maakUitnodigingen(id, v.laag(), v.aantal());
        String basis = ServletUriComponentsBuilder.fromCurrentContextPath().path("/thermometer/antwoord/").toUriString();
        return ResponseEntity.created(URI.create("/api/v1/thermometer/metingen/" + id))
                .body(new ThermometerUitnodigingen(v.laag(), tokens.stream().map(t -> basis + t).toList()));
    }
}
