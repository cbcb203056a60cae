package nl.maatwerk.prioriteit.web;

import nl.maatwerk.platform.Formulierbinding;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.Grafiek;
import nl.maatwerk.platform.KleineGroep;
import java.util.UUID;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.Momentopname;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.Versieconflict;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.prioriteit.Vroegsignaal;
import nl.maatwerk.prioriteit.Vroegsignalen;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Early debt signals: the list, importing a batch with a report per line, one signal with its outreach, and the dashboard. */
@Controller
class VroegsignaalPaginas {

    record Stap(String soort, Boolean contact, String notitie, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum) {
    }

    private final Vroegsignalen signalen;
    private final Clock klok;
    private final Formulierbinding binding;

    VroegsignaalPaginas(Vroegsignalen signalen, Clock klok, Formulierbinding binding) {
        this.signalen = signalen;
        this.klok = klok;
        this.binding = binding;
    }

    @GetMapping("/vroegsignalen")
    String lijst(@RequestParam(defaultValue = "1") int pagina, @RequestParam(defaultValue = "true") boolean open, Model model) {
        int p = Math.max(1, pagina);
        Vroegsignalen.Pagina lijst = signalen.lijst(new Vroegsignalen.Filter(null, open ? Boolean.TRUE : null), p, 25);
        model.addAttribute("lijst", lijst);
        model.addAttribute("open", open);
        model.addAttribute("aantalPaginas", Math.max(1, (lijst.totaal() + 24) / 25));
        return "prioriteit/signalen";
    }

    @GetMapping("/vroegsignalen/inlezen")
    String inlezen() {
        return "prioriteit/inlezen";
    }

    @PostMapping("/vroegsignalen/inlezen")
    String leesIn(@RequestParam(required = false) MultipartFile bestand, Model model) throws IOException {
        if (bestand == null || bestand.isEmpty()) {
            model.addAttribute("bestandFout", "Kies een CSV- of JSON-bestand met signalen.");
            return "prioriteit/inlezen";
        }
        try {
            Vroegsignalen.Verslag verslag = signalen.importeer(bestand.getOriginalFilename(), null,
                    new String(bestand.getBytes(), StandardCharsets.UTF_8));
            model.addAttribute("verslag", verslag);
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("bestandFout", e.fouten().getFirst().reden());
        }
        return "prioriteit/inlezen";
    }

    @GetMapping("/vroegsignalen/overzicht")
    String overzicht(Model model) {
        List<Vroegsignalen.Dashboardregel> regels = signalen.dashboard();
        List<Vroegsignalen.Bereikmaand> bereik = signalen.bereik();
        model.addAttribute("regels", regels);
        model.addAttribute("bereik", bereik);
        model.addAttribute("perSchuldeiser", Grafiek.perGroep("signalen-per-schuldeiser", "Signalen per soort schuldeiser",
                "Aantal signalen per soort schuldeiser. Een groep van minder dan " + KleineGroep.MINIMUM
                        + " signalen is verborgen. De tabel onder de grafiek geeft dezelfde getallen.",
                regels.stream().map(Vroegsignalen.Dashboardregel::schuldeiserType).toList(),
                List.of(new Grafiek.Reeks("Signalen", regels.stream().map(Vroegsignalen.Dashboardregel::aantal).toList())),
                Grafiek.Eenheid.AANTAL, null));
        model.addAttribute("bereikGrafiek", Grafiek.perMaand("bereik-per-maand", "Contact binnen 14 en 28 dagen, per maand van binnenkomst",
                "Percentage signalen met een eerste contact binnen 14 dagen (effen) en binnen 28 dagen (gestreept), per maand waarin het signaal"
                        + " binnenkwam. Een streepje: geen signalen, of minder dan " + KleineGroep.MINIMUM
                        + " die oud genoeg zijn om mee te tellen. De tabel onder de grafiek geeft dezelfde getallen.",
                bereik.stream().map(Vroegsignalen.Bereikmaand::maand).toList(),
                List.of(new Grafiek.Reeks("Binnen 14 dagen", bereik.stream().map(Vroegsignalen.Bereikmaand::binnen14).toList()),
                        new Grafiek.Reeks("Binnen 28 dagen", bereik.stream().map(Vroegsignalen.Bereikmaand::binnen28).toList())),
                false, Grafiek.Eenheid.PROCENT, 100.0));
        return "prioriteit/dashboard";
    }

    @GetMapping("/vroegsignalen/{id}")
    String signaal(@PathVariable UUID id, Model model) {
        model.addAttribute("stap", new Stap(null, null, null, LocalDate.now(klok)));
        Vroegsignaal s = signalen.lees(id);
        Versieconflict.geopend(model, s.versie(), momentopname(s));
        return signaalPagina(s, model);
    }

    /** What the page shows of a signal that a step depends on: its status and every step so far. */
    static Momentopname momentopname(Vroegsignaal s) {
        Momentopname.Builder m = Momentopname.met().waarde("Status", s.statusTekst());
        for (int i = 0; i < s.acties().size(); i++) {
            Vroegsignaal.Actie a = s.acties().get(i);
            m.waarde("Stap " + (i + 1), a.soort().omschrijving() + (a.contact() == null ? "" : a.contact() ? ", contact gehad" : ", geen contact")
                    + " op " + DATUM.format(a.datum()) + " door " + a.doorNaam());
        }
        return m.klaar();
    }

    private static final java.time.format.DateTimeFormatter DATUM =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));

    private String signaalPagina(Vroegsignaal s, Model model) {
        model.addAttribute("signaal", s);
        model.addAttribute("soorten", Keuze.opties(Vroegsignaal.Soort.values(), "Kies wat er is gedaan"));
        return "prioriteit/signaal";
    }

    @PostMapping("/vroegsignalen/{id}/stappen")
    String stap(@PathVariable UUID id, @ModelAttribute("stap") Stap stap, BindingResult resultaat,
            @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        Versieconflict.behouden(model, versie, basis);
        if (resultaat.hasErrors()) {
            // A date or yes/no that did not convert: the form comes back with what was typed.
            binding.herbouw(request, resultaat, Stap.class, model);
        } else {
            try {
                signalen.legVast(id, stap.soort() == null || stap.soort().isBlank() ? null : stap.soort(), stap.contact(), stap.notitie(),
                        stap.datum(), versie);
                redirect.addFlashAttribute("melding", "De stap is vastgelegd.");
                return "redirect:/vroegsignalen/" + id;
            } catch (VersieConflictException e) {
                // A colleague recorded a step meanwhile: which one, and this step stays in the form to record again or not.
                Vroegsignaal nu = signalen.lees(id);
                Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
                return signaalPagina(nu, model);
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of());
            }
        }
        return signaalPagina(signalen.lees(id), model);
    }
}
