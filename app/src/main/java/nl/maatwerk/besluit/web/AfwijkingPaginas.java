package nl.maatwerk.besluit.web;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import nl.maatwerk.besluit.Afwijkingen;
import nl.maatwerk.besluit.Redensoort;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of departures for policy advisors and team leads: which rules are departed from
 * how often, why, and what policy answered. The first loop from practice back to policy. Small
 * numbers are hidden and shown as "verborgen", with the reason once at the top of the page.
 */
@Controller
class AfwijkingPaginas {

    private final Afwijkingen afwijkingen;
    private final Clock klok;

    AfwijkingPaginas(Afwijkingen afwijkingen, Clock klok) {
        this.afwijkingen = afwijkingen;
        this.klok = klok;
    }

    /** One calendar year, this year unless another is chosen (why never a free period: {@link Afwijkingen#overzicht}). */
    @GetMapping("/afwijkingen")
    String register(@RequestParam(required = false) Integer jaar, Model model) {
        Year dit = Year.now(klok);
        Year gekozen = jaar == null ? dit : Year.of(Math.clamp(jaar, Year.MIN_VALUE, Year.MAX_VALUE));
        List<Afwijkingen.Telling> tellingen;
        try {
            tellingen = afwijkingen.overzicht(gekozen);
        } catch (OngeldigeInvoerException e) {
            model.addAttribute("fout", e.fouten().getFirst().reden() + " We tonen dit jaar.");
            gekozen = dit;
            tellingen = afwijkingen.overzicht(dit);
        }
        model.addAttribute("jaar", gekozen);
        List<Year> jaren = new java.util.ArrayList<>(afwijkingen.jaren());
        if (!jaren.contains(gekozen)) {
            // A year typed into the address stays selected in the list, even without data.
            jaren.add(gekozen);
            jaren.sort(java.util.Comparator.reverseOrder());
        }
        model.addAttribute("jaren", jaren);
        model.addAttribute("tellingen", tellingen);
        model.addAttribute("minimaal", KleineGroep.MINIMUM);
        model.addAttribute("reactiesoorten", Keuze.opties(Afwijkingen.ReactieSoort.values(), null));
        model.addAttribute("redensoorten", Redensoort.values());
        return "besluit/register";
    }

    @PostMapping("/afwijkingen/reacties")
    String reageer(@RequestParam String regel, @RequestParam(required = false) Afwijkingen.ReactieSoort soort,
            @RequestParam(required = false) String toelichting, @RequestParam(required = false) Integer jaar, RedirectAttributes redirect) {
        try {
            afwijkingen.reageer(regel, soort, toelichting);
            redirect.addFlashAttribute("melding", "Uw reactie is vastgelegd. Teams zien die bij de regel.");
        } catch (OngeldigeInvoerException e) {
            redirect.addFlashAttribute("fout", "Uw reactie is niet vastgelegd: "
                    + e.fouten().stream().map(OngeldigeInvoerException.Fout::reden).reduce((a, b) -> a + " " + b).orElse(""));
        }
        return jaar == null ? "redirect:/afwijkingen" : "redirect:/afwijkingen?jaar=" + jaar;
    }

}
