package nl.maatwerk.knelpunt.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.knelpunt.Beleidsdossiers;
import nl.maatwerk.knelpunt.Reactiesoort;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.Grafiek;
import nl.maatwerk.platform.Momentopname;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.Versieconflict;
import nl.maatwerk.watals.WatAlsRuns;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.PdfA;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The beleidsdossiers for the policy role: the list, one dossier with its trend, stories, answers and evaluation,
 * the answer and request forms, and the quarterly report for management and council.
 */
@Controller
class BeleidsdossierPaginas {

    /**
     * The request form. Its fields have their own names ({@code aanvraagSoort}, {@code vraag}) because the answer form on
     * the same page already uses {@code soort} and {@code toelichting} as ids. One change per what-if from a dossier: the
     * "Wat als?" page composes bigger reforms.
     */
    record AanvraagFormulier(String aanvraagSoort, String vraag, String naam, String parameter, String waarde) {
    }

    record ThemaFormulier(String thema) {
    }

    /** Where the domain names a field, and which field of {@link AanvraagFormulier} shows it. */
    private static final java.util.Map<String, String> AANVRAAGVELDEN = java.util.Map.of("soort", "aanvraagSoort", "toelichting", "vraag",
            "naam", "naam", "parameter", "parameter", "waarde", "waarde", "wijzigingen", "parameter");

    private final Beleidsdossiers dossiers;
    private final java.time.Clock klok;
    private final TemplateEngine sjablonen;

    BeleidsdossierPaginas(Beleidsdossiers dossiers, java.time.Clock klok, TemplateEngine sjablonen) {
        this.dossiers = dossiers;
        this.klok = klok;
        this.sjablonen = sjablonen;
    }

    @GetMapping("/beleidsdossiers")
    String lijst(Model model) {
        model.addAttribute("dossiers", dossiers.lijst());
        model.addAttribute("minimaal", KleineGroep.MINIMUM);
        model.addAttribute("kwartalen", Beleidsdossiers.KWARTALEN);
        return "knelpunt/dossiers";
    }

    @GetMapping("/beleidsdossiers/{code}")
    String dossier(@PathVariable String code, Model model) {
        Beleidsdossiers.Dossier d = dossiers.lees(code);
        model.addAttribute("aanvraag", new AanvraagFormulier("wat-als", "", "Wat als: " + d.onderwerp().naam(), "", ""));
        model.addAttribute("themaFormulier", new ThemaFormulier(d.themakeuze().thema().code()));
        Versieconflict.geopend(model, d.themakeuze().versie(), momentopname(d.themakeuze()));
        return toon(d, model);
    }

    /** The dossier page with whatever forms the model already holds (fresh, or sent back with their errors). */
    private String toon(Beleidsdossiers.Dossier d, Model model) {
        model.addAttribute("d", d);
        model.addAttribute("grafiek", trend(d));
        model.addAttribute("minimaal", KleineGroep.MINIMUM);
        model.addAttribute("kwartalen", Beleidsdossiers.KWARTALEN);
        model.addAttribute("maanden", Beleidsdossiers.MAANDEN_EVALUATIE);
        model.addAttribute("reactiesoorten", Keuze.opties(Reactiesoort.values(), null));
        java.util.Map<String, String> soorten = new java.util.LinkedHashMap<>();
        soorten.put("wat-als", "Een wat-als-berekening (start meteen)");
        soorten.put("parameterset", "Een wijziging van de regelparameters (bij de functioneel beheerder)");
        model.addAttribute("aanvraagsoorten", soorten);
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("", "Kies een regelparameter");
        dossiers.parameters().forEach((naam, p) -> parameters.put(naam, naam + " (nu " + waarde(p.waarde()) + ")"));
        model.addAttribute("parameteropties", parameters);
        java.util.Map<String, String> themas = new java.util.LinkedHashMap<>();
        themaOpties().forEach(t -> themas.put(t.code(), t.naam()));
        model.addAttribute("themaopties", themas);
        return "knelpunt/dossier";
    }

    private java.util.List<nl.maatwerk.thermometer.Themascores.Themanaam> themaOpties() {
        return dossiers.themas();
    }

    /** A parameter's value as people type it back into the form (watals reads a comma): "1300,61", "0,3". */
    static String waarde(java.math.BigDecimal w) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl-NL")));
        return f.format(w);
    }

    private static Momentopname momentopname(Beleidsdossiers.Themakeuze k) {
        return Momentopname.met().waarde("Thema", k.thema().naam()).klaar();
    }

    @PostMapping("/beleidsdossiers/{code}/thema")
    String kiesThema(@PathVariable String code, @ModelAttribute("themaFormulier") ThemaFormulier f, BindingResult resultaat,
            @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis, Model model, RedirectAttributes redirect) {
        dossiers.onderwerp(code);
        try {
            Beleidsdossiers.Themakeuze k = dossiers.kiesThema(code, f.thema(), versie);
            redirect.addFlashAttribute("melding", "Het thema van dit dossier is nu " + k.thema().naam().toLowerCase(java.util.Locale.ROOT)
                    + ". De Thermometer hieronder en de evaluatie gaan over dat thema.");
            return "redirect:/beleidsdossiers/" + code + "#thermometer";
        } catch (VersieConflictException e) {
            Beleidsdossiers.Themakeuze nu = dossiers.themakeuze(code);
            Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, java.util.Map.of());
            Versieconflict.behouden(model, versie, basis);
        }
        Beleidsdossiers.Dossier d = dossiers.lees(code);
        model.addAttribute("aanvraag", new AanvraagFormulier("wat-als", "", "Wat als: " + d.onderwerp().naam(), "", ""));
        return toon(d, model);
    }

    @PostMapping("/beleidsdossiers/{code}/reacties")
    String reageer(@PathVariable String code, @RequestParam(required = false) String soort, @RequestParam(required = false) String toelichting,
            @RequestParam(required = false) String gewijzigdOp, RedirectAttributes redirect) {
        dossiers.onderwerp(code);
        try {
            dossiers.reageer(code, soort(soort), toelichting, datum(gewijzigdOp));
            redirect.addFlashAttribute("melding", "Uw reactie is vastgelegd. Wie hierover een knelpunt meldde, en hun team, zien haar op de startpagina.");
        } catch (OngeldigeInvoerException e) {
            redirect.addFlashAttribute("fout", "Uw reactie is niet vastgelegd: "
                    + e.fouten().stream().map(OngeldigeInvoerException.Fout::reden).reduce((a, b) -> a + " " + b).orElse(""));
        }
        return "redirect:/beleidsdossiers/" + code;
    }

    /**
     * A request from the dossier. A what-if starts its run at once and the page says so with a link to it; bad input comes
     * back in the form, every field named, with what was typed.
     */
    @PostMapping("/beleidsdossiers/{code}/aanvragen")
    String vraagAan(@PathVariable String code, @ModelAttribute("aanvraag") AanvraagFormulier f, BindingResult resultaat, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        dossiers.onderwerp(code);
        boolean watAls = "wat-als".equals(f.aanvraagSoort());
        List<WatAlsRuns.GevraagdeWijziging> wijzigingen = watAls ? List.of(new WatAlsRuns.GevraagdeWijziging(f.parameter(), f.waarde())) : List.of();
        try {
            Beleidsdossiers.Aanvraag a = dossiers.vraagAan(code, f.aanvraagSoort(), f.vraag(), f.naam(), wijzigingen);
            redirect.addFlashAttribute("melding", a.watAlsId() != null
                    ? "De wat-als-berekening is gestart. Onder \"Wat-als of regelparameters aanvragen\" ziet u hoe ver zij is."
                    : "Uw aanvraag staat in het dossier.");
            return "redirect:/beleidsdossiers/" + code + "#aanvragen";
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, AANVRAAGVELDEN);
        } catch (WatAlsRuns.TeVeelOpenRuns e) {
            // Nothing is recorded; the form keeps what was typed, and the runs that are busy are in the list of requests below it.
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            resultaat.reject("te-veel", e.getMessage() + " Wat u invulde, staat er nog.");
        }
        Beleidsdossiers.Dossier d = dossiers.lees(code);
        model.addAttribute("themaFormulier", new ThemaFormulier(d.themakeuze().thema().code()));
        Versieconflict.geopend(model, d.themakeuze().versie(), momentopname(d.themakeuze()));
        return toon(d, model);
    }

    @GetMapping("/beleidsdossiers/kwartaalrapport")
    String kwartaal(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) Integer kwartaal, Model model) {
        YearMonth vorig = YearMonth.now(klok).minusMonths(3);
        int j = jaar == null ? vorig.getYear() : jaar;
        int k = kwartaal == null ? (vorig.getMonthValue() - 1) / 3 + 1 : kwartaal;
        Beleidsdossiers.Rapport r;
        try {
            r = dossiers.kwartaal(j, k);
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fout", e.fouten().getFirst().reden() + " We tonen het vorige kwartaal.");
            r = dossiers.kwartaal(vorig.getYear(), (vorig.getMonthValue() - 1) / 3 + 1);
        }
        model.addAttribute("r", r);
        List<String> groepen = r.regels().stream().map(g -> g.onderwerp().naam()).toList();
        model.addAttribute("grafiek", Grafiek.perGroep("kwartaal-grafiek", "Knelpunten en afwijkingen per onderwerp in " + r.jaar() + " K" + r.kwartaal(),
                "Per regel of werkwijze het aantal gemelde knelpunten en het aantal afwijkingen van de regel in het kwartaal."
                        + " Een klein aantal staat er als verborgen. De tabel onder de grafiek geeft dezelfde getallen.",
                groepen, List.of(new Grafiek.Reeks("Knelpunten", r.regels().stream().map(Beleidsdossiers.Rapportregel::knelpunten).toList()),
                        new Grafiek.Reeks("Afwijkingen", r.regels().stream().map(Beleidsdossiers.Rapportregel::afwijkingen).toList())),
                Grafiek.Eenheid.AANTAL, null));
        List<Integer> jaren = new ArrayList<>();
        for (int i = YearMonth.now(klok).getYear(); i >= YearMonth.now(klok).getYear() - 3; i--) {
            jaren.add(i);
        }
        model.addAttribute("jaren", jaren);
        model.addAttribute("minimaal", KleineGroep.MINIMUM);
        return "knelpunt/kwartaal";
    }

    /** The same report as a PDF/A for the council, built like the other reports ({@link PdfA}). */
    @GetMapping(value = "/beleidsdossiers/kwartaalrapport.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> kwartaalPdf(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) Integer kwartaal) {
        YearMonth vorig = YearMonth.now(klok).minusMonths(3);
        int j = jaar == null ? vorig.getYear() : jaar;
        int k = kwartaal == null ? (vorig.getMonthValue() - 1) / 3 + 1 : kwartaal;
        Beleidsdossiers.Rapport r = dossiers.kwartaal(j, k);
        Context c = new Context(java.util.Locale.forLanguageTag("nl-NL"));
        c.setVariable("r", r);
        c.setVariable("minimaal", KleineGroep.MINIMUM);
        byte[] pdf = PdfA.van(sjablonen.process("knelpunt/kwartaal-pdf", c));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("knelpunten-" + r.jaar() + "-k" + r.kwartaal() + ".pdf").build().toString()).body(pdf);
    }

    /** Knelpunten and departures per quarter side by side; a hidden line is left out and said so beside the chart. */
    static Grafiek trend(Beleidsdossiers.Dossier d) {
        List<String> kwartalen = d.trend().stream().map(Beleidsdossiers.Kwartaal::label).toList();
        List<Grafiek.Reeks> reeksen = new ArrayList<>();
        reeksen.add(new Grafiek.Reeks("Knelpunten", d.trend().stream().map(Beleidsdossiers.Kwartaal::knelpunten).toList()));
        if (d.onderwerp().isRegel()) {
            reeksen.add(new Grafiek.Reeks("Afwijkingen van de regel", d.trend().stream().map(Beleidsdossiers.Kwartaal::afwijkingen).toList()));
        }
        return Grafiek.perGroep("trend-" + d.onderwerp().code(), "Knelpunten en afwijkingen per kwartaal: " + d.onderwerp().naam(),
                "Per kwartaal het aantal gemelde knelpunten" + (d.onderwerp().isRegel() ? " en het aantal afwijkingen van de regel" : "")
                        + ". Verborgen getallen staan er als verborgen. De tabel onder de grafiek geeft dezelfde getallen.",
                kwartalen, reeksen, Grafiek.Eenheid.AANTAL, null);
    }

    private static Reactiesoort soort(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Keuze.vanCode(Reactiesoort.class, s, "Onbekende soort reactie");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate datum(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new OngeldigeInvoerException("gewijzigdOp", "format", "Vul de datum in als jjjj-mm-dd, bijvoorbeeld 2026-01-01.");
        }
    }
}
