package nl.maatwerk.waardering.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.PdfA;
import nl.maatwerk.toegang.Wet;
import nl.maatwerk.waardering.Vraag;
import nl.maatwerk.waardering.Waarderingen;
import nl.maatwerk.waardering.Waarderingen.Filter;
import nl.maatwerk.waardering.Waarderingen.Overzicht;
import nl.maatwerk.waardering.Waarderingsanalyse.Indicator;
import nl.maatwerk.waardering.Waarderingsanalyse.Uitslag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * What residents say, in aggregates only: for the team lead (their own team) and the policy advisor. The same
 * numbers as the API, the yearly PDF for the council and the CSV export, all from {@code Waarderingsanalyse}.
 */
@Controller
class OverzichtPaginas {

    private final Waarderingen waarderingen;
    private final TemplateEngine sjablonen;

    OverzichtPaginas(Waarderingen waarderingen, TemplateEngine sjablonen) {
        this.waarderingen = waarderingen;
        this.sjablonen = sjablonen;
    }

    private Filter filter(Integer jaar, String team, String wet) {
        return waarderingen.toegestaan(jaar, team, keuze(() -> Wet.vanCode(wet), wet, null));
    }

    /** A choice from the URL; an unknown or empty value is the default (all laws, the standard item), never an error page. */
    private static <T> T keuze(java.util.function.Supplier<T> lees, String waarde, T standaard) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            return lees.get();
        } catch (IllegalArgumentException e) {
            return standaard;
        }
    }

    @GetMapping("/waardering")
    String overzicht(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) String team,
            @RequestParam(required = false) String wet, @RequestParam(required = false) String vraag, Model model) {
        Filter f = filter(jaar, team, wet);
        Overzicht o = waarderingen.overzicht(f);
        Vraag trendVraag = keuze(() -> Vraag.vanCode(vraag), vraag, Vraag.EFFECT_LEVEN);
        vul(model, o, trendVraag);
        model.addAttribute("teams", waarderingen.teams());
        // Only policy chooses a team; a team lead always sees their own.
        model.addAttribute("kiesTeam", waarderingen.magTeamKiezen());
        model.addAttribute("wetten", List.of(Wet.WMO, Wet.JEUGDWET, Wet.PARTICIPATIEWET, Wet.WGS));
        model.addAttribute("vragen", Vraag.values());
        model.addAttribute("jaren", List.of(f.jaar() - 1, f.jaar(), f.jaar() + 1));
        return "waardering/overzicht";
    }

    private void vul(Model model, Overzicht o, Vraag trendVraag) {
        model.addAttribute("o", o);
        model.addAttribute("filter", o.filter());
        model.addAttribute("regels", Weergave.regels(o.uitslag()));
        model.addAttribute("cijfer", Weergave.cijfer(o.uitslag().cijfer().gemiddelde()));
        model.addAttribute("minimaal", KleineGroep.MINIMUM);
        model.addAttribute("verborgen", Weergave.VERBORGEN);
        Map<Waarderingen.Indeling, List<Waarderingen.Respons>> respons = new java.util.LinkedHashMap<>();
        o.respons().forEach(r -> respons.computeIfAbsent(r.indeling(), k -> new ArrayList<>()).add(r));
        model.addAttribute("responsPerIndeling", respons);
        List<String> kwartalen = new ArrayList<>(o.kwartalen().keySet());
        List<Indicator> trend = o.kwartalen().values().stream().map(u -> u.van(trendVraag)).toList();
        model.addAttribute("trendVraag", trendVraag);
        model.addAttribute("grafiek", Weergave.trend("trend", trendVraag, kwartalen, trend));
        List<Map<String, String>> trendTabel = new ArrayList<>();
        for (int i = 0; i < kwartalen.size(); i++) {
            Indicator ind = trend.get(i);
            Uitslag u = o.kwartalen().get(kwartalen.get(i));
            trendTabel.add(Map.of("kwartaal", kwartalen.get(i), "antwoorden", u.verborgen() ? Weergave.VERBORGEN : String.valueOf(u.aantal()),
                    "procent", Weergave.procent(ind.percentage()), "interval", Weergave.interval(ind),
                    "cijfer", Weergave.cijfer(u.cijfer().gemiddelde())));
        }
        model.addAttribute("trendTabel", trendTabel);
        model.addAttribute("procentOpTijd", Weergave.procent(o.opvolging().percentageOpTijd()));
    }

    @GetMapping(value = "/waardering/rapport.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> rapport(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) String team,
            @RequestParam(required = false) String wet) {
        Filter f = filter(jaar, team, wet);
        Context c = new Context(Weergave.NL);
        List<Map<String, Object>> perWet = new ArrayList<>();
        for (Wet w : f.wet() != null ? List.of(f.wet()) : List.of(Wet.WMO, Wet.JEUGDWET, Wet.PARTICIPATIEWET)) {
            Overzicht o = waarderingen.overzicht(new Filter(f.jaar(), f.teamId(), w));
            perWet.add(Map.of("wet", w.omschrijving(), "aantal", o.uitslag().verborgen() ? Weergave.VERBORGEN : String.valueOf(o.uitslag().aantal()),
                    "cijfer", Weergave.cijfer(o.uitslag().cijfer().gemiddelde()), "regels", Weergave.regels(o.uitslag()), "respons", o.respons()));
        }
        c.setVariable("jaar", f.jaar());
        c.setVariable("team", f.teamId() == null ? "alle teams" : f.teamId());
        c.setVariable("perWet", perWet);
        c.setVariable("minimaal", KleineGroep.MINIMUM);
        byte[] pdf = PdfA.van(sjablonen.process("waardering/rapport-pdf", c));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("stem-van-de-inwoner-" + f.jaar() + ".pdf").build()
                        .toString()).body(pdf);
    }

    @GetMapping(value = "/waardering/indicatoren.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) String team,
            @RequestParam(required = false) String wet) {
        Filter f = filter(jaar, team, wet);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("indicatoren-" + f.jaar() + ".csv").build().toString())
                .body(Export.csv(f, w -> waarderingen.overzicht(new Filter(f.jaar(), f.teamId(), w)).uitslag()).getBytes(StandardCharsets.UTF_8));
    }

}
