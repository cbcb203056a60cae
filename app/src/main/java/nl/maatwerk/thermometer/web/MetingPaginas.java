package nl.maatwerk.thermometer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.thermometer.Laag;
import nl.maatwerk.thermometer.Meting;
import nl.maatwerk.thermometer.Metingen;
import nl.maatwerk.thermometer.Thema;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The policy advisor's pages to set up a round: list, new round, themes and questionnaire, invitations. */
@Controller
class MetingPaginas {

    private final Metingen metingen;
    private final Clock klok;

    MetingPaginas(Metingen metingen, Clock klok) {
        this.metingen = metingen;
        this.klok = klok;
    }

    @GetMapping("/thermometer")
    String lijst(Model model) {
        model.addAttribute("metingen", metingen.lijst());
        return "thermometer/lijst";
    }

    @GetMapping("/thermometer/nieuw")
    String nieuw(Model model) {
        model.addAttribute("formulier", MetingFormulieren.Nieuw.standaard(LocalDate.now(klok)));
        return nieuwFormulier(model);
    }

    private String nieuwFormulier(Model model) {
        model.addAttribute("laagKeuzes", MetingFormulieren.laagKeuzes());
        model.addAttribute("themaKeuzes", MetingFormulieren.themaKeuzes());
        return "thermometer/nieuw";
    }

    @PostMapping("/thermometer/nieuw")
    String maak(@ModelAttribute("formulier") MetingFormulieren.Nieuw formulier, BindingResult resultaat, Model model,
            RedirectAttributes redirect) {
        try {
            UUID id = metingen.maak(formulier.alsInvoer());
            if (!resultaat.hasErrors()) {
                redirect.addFlashAttribute("melding", "De meting is gemaakt. Schrijf nu per thema de bedoeling op.");
                return "redirect:/thermometer/metingen/" + id;
            }
        } catch (OngeldigeInvoerException e) {
            // A date that did not convert already has its own message; do not add "fill in the date" to it.
            List<OngeldigeInvoerException.Fout> over = e.fouten().stream().filter(f -> !resultaat.hasFieldErrors(f.veld())).toList();
            if (!over.isEmpty()) {
                Formulierfouten.verwerk(new OngeldigeInvoerException(over), resultaat, Map.of());
            }
        }
        return nieuwFormulier(model);
    }

    @GetMapping("/thermometer/metingen/{id}")
    String meting(@PathVariable UUID id, Model model) {
        Meting m = metingen.lees(id);
        model.addAttribute("meting", m);
        model.addAttribute("open", m.isOpen(LocalDate.now(klok)));
        model.addAttribute("vergrendeld", metingen.heeftAntwoorden(id));
        model.addAttribute("stand", metingen.stand(id));
        model.addAttribute("ontbrekendeLagen", java.util.Arrays.stream(Laag.values()).filter(l -> !m.lagen().contains(l)).toList());
        model.addAttribute("nieuweEinddatum", m.einddatum().plusWeeks(2));
        model.addAttribute("uitgiften", metingen.uitgiften(id));
        model.addAttribute("perPersoon", metingen.uitgiftenPerPersoon(id));
        return "thermometer/meting";
    }

    @GetMapping("/thermometer/metingen/{id}/thema/{code}")
    String thema(@PathVariable UUID id, @PathVariable String code, Model model) {
        Meting m = metingen.lees(id);
        Thema t = m.thema(code).orElseThrow(() -> new NietGevondenException("Thema"));
        model.addAttribute("formulier", MetingFormulieren.ThemaInvoer.van(m, t));
        return themaFormulier(m, t, model);
    }

    private String themaFormulier(Meting m, Thema t, Model model) {
        model.addAttribute("meting", m);
        model.addAttribute("thema", t);
        model.addAttribute("stellingen", m.stellingen(t.code()));
        model.addAttribute("vergrendeld", metingen.heeftAntwoorden(m.id()));
        return "thermometer/thema";
    }

    @PostMapping("/thermometer/metingen/{id}/thema/{code}")
    String wijzigThema(@PathVariable UUID id, @PathVariable String code, @ModelAttribute("formulier") MetingFormulieren.ThemaInvoer formulier,
            BindingResult resultaat, Model model, RedirectAttributes redirect) {
        Meting m = metingen.lees(id);
        Thema t = m.thema(code).orElseThrow(() -> new NietGevondenException("Thema"));
        try {
            metingen.wijzigThema(id, code, formulier.alsWijziging());
            redirect.addFlashAttribute("melding", "Het thema " + formulier.getNaam().strip() + " is opgeslagen.");
            return "redirect:/thermometer/metingen/" + id;
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, Map.of());
        }
        return themaFormulier(m, t, model);
    }

    /** Shows the new links once, on this response: only their hashes are stored. */
    @PostMapping("/thermometer/metingen/{id}/uitnodigingen")
    String uitnodigingen(@PathVariable UUID id, @RequestParam(required = false) String laag,
            @RequestParam(required = false) String aantal, Model model, RedirectAttributes redirect) {
        Meting m = metingen.lees(id);
        Laag gekozen = null;
        try {
            gekozen = laag == null || laag.isBlank() ? null : Laag.vanCode(laag);
        } catch (IllegalArgumentException e) {
            // Reported below as "choose a layer of this round".
        }
        Integer n = aantal != null && aantal.strip().matches("\\d{1,4}") ? Integer.valueOf(aantal.strip()) : null;
        try {
            List<String> tokens = metingen.maakUitnodigingen(id, gekozen, n);
            String basis = ServletUriComponentsBuilder.fromCurrentContextPath().path("/thermometer/antwoord/").toUriString();
            model.addAttribute("meting", m);
            model.addAttribute("laag", gekozen);
            model.addAttribute("links", tokens.stream().map(t -> basis + t).toList());
            return "thermometer/links";
        } catch (OngeldigeInvoerException e) {
            redirect.addFlashAttribute("fout", e.fouten().stream().map(OngeldigeInvoerException.Fout::reden).collect(Collectors.joining(" ")));
            return "redirect:/thermometer/metingen/" + id;
        } catch (Metingen.ResultatenGezienException e) {
            redirect.addFlashAttribute("fout", e.getMessage());
            return "redirect:/thermometer/metingen/" + id;
        }
    }

    @PostMapping("/thermometer/metingen/{id}/lagen")
    String laagToevoegen(@PathVariable UUID id, @RequestParam(required = false) String laag, RedirectAttributes redirect) {
        try {
            Laag l = laag == null || laag.isBlank() ? null : Laag.vanCode(laag);
            metingen.voegLaagToe(id, l);
            redirect.addFlashAttribute("melding", "De laag " + l.naam() + " doet nu mee.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("fout", "Kies een laag uit de lijst.");
        } catch (OngeldigeInvoerException e) {
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/thermometer/metingen/" + id;
    }

    @PostMapping("/thermometer/metingen/{id}/afsluiten")
    String sluitAf(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            metingen.sluitAf(id);
            redirect.addFlashAttribute("melding", "De meting is gesloten. De links werken niet meer en de uitkomsten staan klaar.");
        } catch (OngeldigeInvoerException e) {
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/thermometer/metingen/" + id;
    }

    @PostMapping("/thermometer/metingen/{id}/einddatum")
    String verleng(@PathVariable UUID id, @RequestParam(required = false) String einddatum, RedirectAttributes redirect) {
        try {
            LocalDate d = einddatum == null || einddatum.isBlank() ? null : LocalDate.parse(einddatum);
            metingen.verlengEinddatum(id, d);
            redirect.addFlashAttribute("melding", "De einddatum is verlengd.");
        } catch (java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("fout", "Vul een geldige datum in.");
        } catch (OngeldigeInvoerException | Metingen.ResultatenGezienException e) {
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/thermometer/metingen/" + id;
    }
}
