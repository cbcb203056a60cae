package nl.maatwerk.besluit.web;

import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import nl.maatwerk.besluit.Afwijkingen;
import nl.maatwerk.besluit.Redensoort;
import nl.maatwerk.platform.Grafiek;
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
        model.addAttribute("grafieken", tellingen.stream().map(AfwijkingPaginas::perMaand).toList());
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


    /**
     * A rule's months as one chart: all final decisions as light bars behind, the departures in front (milder and stricter
     * stacked when that split is shown). Every month of the year up to now is on the axis, a month without any as 0.
     */
    static Grafiek perMaand(Afwijkingen.Telling t) {
        List<YearMonth> maanden = t.perMaand().stream().map(m -> YearMonth.from(m.maand())).toList();
        List<Grafiek.Reeks> reeksen = new java.util.ArrayList<>();
        if (t.besluitenPerMaand()) {
            reeksen.add(new Grafiek.Reeks("Alle definitieve besluiten", t.perMaand().stream().map(Afwijkingen.Maand::besluiten).toList(), true));
        }
        if (t.richtingPerMaand()) {
            reeksen.add(new Grafiek.Reeks("Milder dan de regel", t.perMaand().stream().map(Afwijkingen.Maand::milder).toList()));
            reeksen.add(new Grafiek.Reeks("Strenger dan de regel", t.perMaand().stream().map(Afwijkingen.Maand::strenger).toList()));
        } else if (t.afwijkingenPerMaand()) {
            reeksen.add(new Grafiek.Reeks("Afwijkingen", t.perMaand().stream().map(Afwijkingen.Maand::afwijkingen).toList()));
        }
        return Grafiek.perMaand("afwijkingen-" + t.regel().replaceAll("[^A-Za-z0-9_-]", "-"), "Besluiten en afwijkingen per maand van " + t.regelNaam(),
                "Per maand de definitieve besluiten (lichte balk) en de afwijkingen daarvan (donker; gestreept: strenger dan de regel),"
                        + " met het aantal afwijkingen boven de balk. Verborgen reeksen staan niet in de grafiek."
                        + " De tabel onder de grafiek geeft dezelfde getallen.",
                maanden, reeksen, true, Grafiek.Eenheid.AANTAL, null);
    }
}
