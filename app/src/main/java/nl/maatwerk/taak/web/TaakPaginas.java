package nl.maatwerk.taak.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Momentopname;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.Versieconflict;
import nl.maatwerk.taak.Taak;
import nl.maatwerk.taak.TaakStatus;
import nl.maatwerk.taak.Taken;
import nl.maatwerk.toegang.Hulpvraag;
import nl.maatwerk.toegang.Hulpvragen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task pages: my tasks (the team's for the team lead), a new task for a household, one task with its history. */
@Controller
class TaakPaginas {

    private static final java.time.format.DateTimeFormatter DATUM = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
            java.util.Locale.forLanguageTag("nl"));

    private final Taken taken;
    private final Hulpvragen hulpvragen;
    private final Huishoudens huishoudens;
    private final GebruikerRegister gebruikers;
    private final java.time.Clock klok;

    TaakPaginas(Taken taken, Hulpvragen hulpvragen, Huishoudens huishoudens, GebruikerRegister gebruikers, java.time.Clock klok) {
        this.taken = taken;
        this.hulpvragen = hulpvragen;
        this.huishoudens = huishoudens;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    @GetMapping("/taken")
    String lijst(Model model) {
        Gebruiker g = gebruikers.huidige();
        model.addAttribute("mijn", taken.mijnOpen(g));
        model.addAttribute("team", g.rol() == Rol.TEAMLEIDER ? taken.teamOpen(g) : List.of());
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "taak/lijst";
    }

    // --- a new task -----------------------------------------------------------------------

    @GetMapping("/huishoudens/{id}/taken/nieuw")
    String nieuw(@PathVariable UUID id, @RequestParam(required = false) UUID hulpvraag, Model model) {
        Gebruiker g = gebruikers.huidige();
        model.addAttribute("taak", new TaakFormulieren.Nieuw(hulpvraag, null, null, g.gebruikersnaam()));
        return nieuwPagina(id, model);
    }

    @PostMapping("/huishoudens/{id}/taken/nieuw")
    String maak(@PathVariable UUID id, @ModelAttribute("taak") TaakFormulieren.Nieuw formulier, BindingResult resultaat, Model model,
            RedirectAttributes redirect) {
        if (!resultaat.hasErrors()) {
            try {
                Taak t = taken.maak(id, new Taken.Gegevens(formulier.hulpvraagId(), formulier.omschrijving(), formulier.vervaldatum(),
                        formulier.eigenaar()));
                redirect.addFlashAttribute("melding", "De taak is vastgelegd voor " + t.eigenaarNaam() + ".");
                return "redirect:/taken/" + t.id();
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of());
            }
        }
        return nieuwPagina(id, model);
    }

    private String nieuwPagina(UUID huishoudenId, Model model) {
        // Reading the household checks need-to-know (404) and logs the read; the form names its requests.
        var h = huishoudens.lees(huishoudenId);
        model.addAttribute("huishouden", h);
        Map<String, String> vragen = new LinkedHashMap<>();
        vragen.put("", "Het huishouden als geheel");
        hulpvragen.vanHuishoudenZonderLog(huishoudenId).stream().filter(Hulpvraag::isOpen)
                .forEach(v -> vragen.put(v.id().toString(), "Hulpvraag van " + DATUM.format(v.ontvangenOp()) + ": "
                        + afgekort(v.vraag())));
        model.addAttribute("hulpvragen", vragen);
        model.addAttribute("collegas", collegas(h.teamId(), "Kies een collega"));
        return "taak/nieuw";
    }

    // --- one task -------------------------------------------------------------------------

    @GetMapping("/taken/{id}")
    String toon(@PathVariable UUID id, Model model) {
        Taak t = taken.lees(id);
        Versieconflict.geopend(model, t.versie(), momentopname(t));
        return taakPagina(t, model);
    }

    @PostMapping("/taken/{id}")
    String wijzig(@PathVariable UUID id, @ModelAttribute("wijzigen") TaakFormulieren.Wijzigen formulier, BindingResult resultaat,
            @RequestParam(required = false) String basis, Model model, RedirectAttributes redirect) {
        Versieconflict.behouden(model, formulier.versie(), basis);
        if (!resultaat.hasErrors()) {
            try {
                taken.wijzig(id, formulier.omschrijving(), formulier.vervaldatum(), formulier.versie());
                redirect.addFlashAttribute("melding", "De taak is opgeslagen.");
                return "redirect:/taken/" + id;
            } catch (VersieConflictException e) {
                Taak nu = taken.lees(id);
                Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
                return taakPagina(nu, model);
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of());
            }
        }
        return taakPagina(taken.lees(id), model);
    }

    @PostMapping("/taken/{id}/gedaan")
    String gedaan(@PathVariable UUID id, @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis,
            RedirectAttributes redirect) {
        try {
            taken.wijzigStatus(id, TaakStatus.GEDAAN, versie);
            redirect.addFlashAttribute("melding", "De taak staat op gedaan.");
        } catch (VersieConflictException e) {
            // A button without input: say the step was not taken, and show how the task stands now.
            Taak nu = taken.lees(id);
            redirect.addFlashAttribute("versieconflict", Versieconflict.van(e, basis, momentopname(nu), Versieconflict.STAP_NIET_GEZET));
        }
        return "redirect:/taken/" + id;
    }

    @PostMapping("/taken/{id}/toewijzen")
    String wijsToe(@PathVariable UUID id, @ModelAttribute("toewijzing") TaakFormulieren.Toewijzing formulier, BindingResult resultaat,
            @RequestParam(required = false) String basis, Model model, RedirectAttributes redirect) {
        Versieconflict.behouden(model, formulier.versie(), basis);
        if (!resultaat.hasErrors()) {
            try {
                Taak t = taken.wijsToe(id, formulier.naar(), formulier.reden(), formulier.versie());
                redirect.addFlashAttribute("melding", "De taak is nu van " + t.eigenaarNaam() + ".");
                return "redirect:/taken/" + id;
            } catch (VersieConflictException e) {
                Taak nu = taken.lees(id);
                Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
                return taakPagina(nu, model);
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of());
            }
        }
        return taakPagina(taken.lees(id), model);
    }

    private String taakPagina(Taak t, Model model) {
        Gebruiker g = gebruikers.huidige();
        model.addAttribute("t", t);
        if (!model.containsAttribute("wijzigen")) {
            model.addAttribute("wijzigen", new TaakFormulieren.Wijzigen(t.omschrijving(), t.vervaldatum(), t.versie()));
        }
        if (!model.containsAttribute("toewijzing")) {
            model.addAttribute("toewijzing", new TaakFormulieren.Toewijzing(null, null, t.versie()));
        }
        boolean vanTeam = g.isProfessional() && t.teamId().equals(g.teamId());
        model.addAttribute("magBewerken", vanTeam && t.isOpen());
        model.addAttribute("magToewijzen", vanTeam && t.isOpen() && (t.eigenaar().equals(g.gebruikersnaam()) || g.rol() == Rol.TEAMLEIDER));
        Map<String, String> collegas = collegas(t.teamId(), "Kies een collega");
        collegas.remove(t.eigenaar());
        model.addAttribute("collegas", collegas);
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "taak/taak";
    }

    /** What the task's page shows that a change depends on: what, when, whose and its status. */
    static Momentopname momentopname(Taak t) {
        return Momentopname.met().waarde("Wat", t.omschrijving()).waarde("Klaar op", t.vervaldatum().toString())
                .waarde("Van", t.eigenaarNaam()).waarde("Status", t.status().omschrijving()).klaar();
    }

    private Map<String, String> collegas(String teamId, String leeg) {
        Map<String, String> opties = new LinkedHashMap<>();
        opties.put("", leeg);
        taken.collegas(teamId).forEach(p -> opties.put(p.gebruikersnaam(), p.naam()));
        return opties;
    }

    private static String afgekort(String tekst) {
        return tekst.length() <= 60 ? tekst : tekst.substring(0, 57) + "...";
    }
}
