package nl.maatwerk.besluit.web;

import java.time.Clock;
import java.time.YearMonth;
import nl.maatwerk.besluit.Afwijkingen;
import nl.maatwerk.besluit.Redensoort;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of departures for policy advisors and team leads: which rules are departed from
 * how often, why, and what policy answered. The first loop from practice back to policy.
 */
@Controller
class AfwijkingPaginas {

    private final Afwijkingen afwijkingen;
    private final Clock klok;

    AfwijkingPaginas(Afwijkingen afwijkingen, Clock klok) {
        this.afwijkingen = afwijkingen;
        this.klok = klok;
    }

    @GetMapping("/afwijkingen")
    String register(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth van,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth tot, Model model) {
        YearMonth eind = tot == null ? YearMonth.now(klok) : tot;
        YearMonth begin = van == null ? eind.minusMonths(11) : van;
        if (begin.isAfter(eind)) {
            model.addAttribute("fout", "De eerste maand ligt na de laatste maand. We tonen de twaalf maanden tot de laatste maand.");
            begin = eind.minusMonths(11);
        }
        model.addAttribute("van", begin);
        model.addAttribute("tot", eind);
        model.addAttribute("tellingen", afwijkingen.overzicht(begin.atDay(1), eind.atDay(1)));
        model.addAttribute("reactiesoorten", Keuze.opties(Afwijkingen.ReactieSoort.values(), null));
        model.addAttribute("redensoorten", Redensoort.values());
        return "besluit/register";
    }

    @PostMapping("/afwijkingen/reacties")
    String reageer(@RequestParam String regel, @RequestParam(required = false) Afwijkingen.ReactieSoort soort,
            @RequestParam(required = false) String toelichting, RedirectAttributes redirect) {
        try {
            afwijkingen.reageer(regel, soort, toelichting);
            redirect.addFlashAttribute("melding", "Uw reactie is vastgelegd. Teams zien die bij de regel.");
        } catch (OngeldigeInvoerException e) {
            redirect.addFlashAttribute("fout", "Uw reactie is niet vastgelegd: "
                    + e.fouten().stream().map(OngeldigeInvoerException.Fout::reden).reduce((a, b) -> a + " " + b).orElse(""));
        }
        return "redirect:/afwijkingen";
    }

}
