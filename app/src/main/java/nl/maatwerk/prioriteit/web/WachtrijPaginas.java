package nl.maatwerk.prioriteit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Momentopname;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.Versieconflict;
import nl.maatwerk.prioriteit.Gewichteninstelling;
import nl.maatwerk.prioriteit.Veiligheid;
import nl.maatwerk.prioriteit.Wachtrij;
import nl.maatwerk.prioriteit.score.Gewichten;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team's queue by need, picking and moving items, the weights, and the safety flag. */
@Controller
class WachtrijPaginas {

    record Verplaatsing(String item, String richting, String reden) {
    }

    record GewichtenFormulier(Integer acuutDomein, Integer zwakDomein, Integer schuld, Integer achterstand, Integer veiligheid,
            Integer termijn, Integer wachttijd, Integer urgentie, String reden) {

        static GewichtenFormulier van(Gewichten g) {
            return new GewichtenFormulier(g.acuutDomein(), g.zwakDomein(), g.schuld(), g.achterstand(), g.veiligheid(), g.termijn(),
                    g.wachttijd(), g.urgentie(), null);
        }

        Gewichten gewichten() {
            return new Gewichten(n(acuutDomein), n(zwakDomein), n(schuld), n(achterstand), n(veiligheid), n(termijn), n(wachttijd), n(urgentie));
        }

        private static int n(Integer i) {
            return i == null ? -1 : i;
        }
    }

    record Redenformulier(String reden) {
    }

    private final Wachtrij wachtrij;
    private final Gewichteninstelling gewichten;
    private final Veiligheid veiligheid;
    private final GebruikerRegister gebruikers;

    WachtrijPaginas(Wachtrij wachtrij, Gewichteninstelling gewichten, Veiligheid veiligheid, GebruikerRegister gebruikers) {
        this.wachtrij = wachtrij;
        this.gewichten = gewichten;
        this.veiligheid = veiligheid;
        this.gebruikers = gebruikers;
    }

    /** Places per page of the team queue: a long queue is read a page at a time, and only what is shown is logged. */
    static final int PER_PAGINA = 50;

    @GetMapping("/werkvoorraad/team")
    String team(@RequestParam(defaultValue = "1") long pagina, Model model) {
        Wachtrij.Overzicht o = wachtrij.vanMijnTeam(null, Math.max(1, pagina), PER_PAGINA);
        model.addAttribute("overzicht", o);
        model.addAttribute("teamleider", gebruikers.huidige().rol() == nl.maatwerk.platform.Rol.TEAMLEIDER);
        return "prioriteit/wachtrij";
    }

    @PostMapping("/werkvoorraad/team/oppakken")
    String pakOp(@RequestParam String item, @RequestParam(defaultValue = "1") long pagina, RedirectAttributes redirect) {
        wachtrij.pakOp(item);
        redirect.addFlashAttribute("melding", "U heeft het item opgepakt. Uw team ziet dat.");
        return "redirect:/werkvoorraad/team?pagina=" + Math.max(1, pagina);
    }

    @GetMapping("/werkvoorraad/team/verplaatsen")
    String verplaatsen(@RequestParam String item, Model model) {
        model.addAttribute("verplaatsing", new Verplaatsing(item, "boven", null));
        return verplaatsPagina(item, model);
    }

    private String verplaatsPagina(String item, Model model) {
        model.addAttribute("plaats", wachtrij.plaats(item));
        Map<String, String> richtingen = new LinkedHashMap<>();
        richtingen.put("boven", "Bovenaan zetten");
        richtingen.put("onder", "Onderaan zetten");
        richtingen.put("terug", "Terug naar de berekende plaats");
        model.addAttribute("richtingen", richtingen);
        return "prioriteit/verplaatsen";
    }

    @PostMapping("/werkvoorraad/team/verplaatsen")
    String verplaats(@ModelAttribute("verplaatsing") Verplaatsing v, BindingResult resultaat, Model model, RedirectAttributes redirect) {
        try {
            wachtrij.verplaats(v.item(), v.richting(), v.reden());
            redirect.addFlashAttribute("melding", "De plaats is aangepast. De reden staat bij het item.");
            // To the page where the item now stands, so the user sees the result.
            return "redirect:/werkvoorraad/team?pagina=" + wachtrij.paginaVan(v.item(), PER_PAGINA);
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, Map.of());
            return verplaatsPagina(v.item(), model);
        }
    }

    @GetMapping("/werkvoorraad/gewichten")
    String gewichten(Model model) {
        var g = gebruikers.huidige();
        Gewichteninstelling.Versie huidig = gewichten.huidige(g.teamId());
        model.addAttribute("formulier", GewichtenFormulier.van(huidig.gewichten()));
        Versieconflict.geopend(model, huidig.versie(), momentopname(huidig));
        return gewichtenPagina(model);
    }

    private static final Map<String, String> LABELS = Map.of("veiligheid", "Acuut onveilig", "acuutDomein", "Acuut levensdomein (ZRM 1)",
            "zwakDomein", "Levensdomein op ZRM 2 of lager", "schuld", "Betalingsachterstand", "achterstand", "Maanden achterstand",
            "termijn", "Wettelijke termijn", "wachttijd", "Wachttijd", "urgentie", "Urgentie bij de intake");

    /** The weights as the page shows them, to say after a stale save which of them another team lead changed. */
    static Momentopname momentopname(Gewichteninstelling.Versie v) {
        Momentopname.Builder m = Momentopname.met();
        v.gewichten().alsMap().forEach((code, waarde) -> m.waarde(LABELS.getOrDefault(code, code), waarde));
        return m.klaar();
    }

    private String gewichtenPagina(Model model) {
        var g = gebruikers.huidige();
        model.addAttribute("huidig", gewichten.huidige(g.teamId()));
        model.addAttribute("geschiedenis", gewichten.geschiedenis(g.teamId()));
        model.addAttribute("standaard", Gewichten.STANDAARD);
        model.addAttribute("teamleider", g.rol() == nl.maatwerk.platform.Rol.TEAMLEIDER);
        model.addAttribute("velden", List.of(
                new String[] {"veiligheid", "Acuut onveilig", "punten als een professional het huishouden zo markeerde"},
                new String[] {"acuutDomein", "Acuut levensdomein (ZRM 1)", "punten per domein"},
                new String[] {"zwakDomein", "Levensdomein op ZRM 2 of lager", "punten per domein"},
                new String[] {"schuld", "Betalingsachterstand", "punten per volle 100 euro, hoogstens " + Gewichten.MAX_SCHULD_EENHEDEN + " keer"},
                new String[] {"achterstand", "Maanden achterstand", "punten per maand, hoogstens " + Gewichten.MAX_MAANDEN + " maanden"},
                new String[] {"termijn", "Wettelijke termijn", "punten op de laatste dag; daarvoor naar het deel van de termijn dat voorbij is"
                        + " (een termijn telt als minstens " + Gewichten.TERMIJN_HORIZON + " dagen); anderhalf keer zoveel als de termijn verlopen is"},
                new String[] {"urgentie", "Urgentie bij de intake", "punten per stap boven laag: gemiddeld 1, hoog 2, acuut 3 stappen"},
                new String[] {"wachttijd", "Wachttijd", "punten per volle week, hoogstens " + Gewichten.MAX_WACHTWEKEN + " weken"}));
        return "prioriteit/gewichten";
    }

    @PostMapping("/werkvoorraad/gewichten")
    String wijzig(@ModelAttribute("formulier") GewichtenFormulier f, BindingResult resultaat, @RequestParam(required = false) Integer versie,
            @RequestParam(required = false) String basis, Model model, RedirectAttributes redirect) {
        Versieconflict.behouden(model, versie, basis);
        if (!resultaat.hasErrors()) {
            try {
                var v = gewichten.wijzig(gebruikers.huidige(), f.gewichten(), f.reden(), versie);
                redirect.addFlashAttribute("melding", "De gewichten zijn opgeslagen als versie " + v.versie() + ".");
                return "redirect:/werkvoorraad/gewichten";
            } catch (VersieConflictException e) {
                // Another team lead saved meanwhile: what they changed, and this user's weights stay in the form.
                Gewichteninstelling.Versie nu = gewichten.huidige(gebruikers.huidige().teamId());
                Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu), Versieconflict.FORMULIER_BEWAARD);
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of());
            }
        }
        return gewichtenPagina(model);
    }

    @PostMapping("/huishoudens/{id}/veiligheid")
    String markeer(@PathVariable UUID id, @RequestParam(required = false) String reden, @RequestParam String actie,
            RedirectAttributes redirect) {
        try {
            if ("opheffen".equals(actie)) {
                veiligheid.hefOp(id, reden);
                redirect.addFlashAttribute("melding", "De markering 'acuut onveilig' is opgeheven.");
            } else {
                veiligheid.markeer(id, reden);
                redirect.addFlashAttribute("melding", "Het huishouden is gemarkeerd als acuut onveilig en staat bovenaan de werkvoorraad.");
            }
        } catch (OngeldigeInvoerException e) {
            redirect.addFlashAttribute("fout", e.fouten().getFirst().reden());
        }
        return "redirect:/huishoudens/" + id + "?tab=signalen#veiligheid";
    }
}
