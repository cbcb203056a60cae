package nl.maatwerk.inwoner.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Doorbraken;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Formulierfouten;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Break-the-glass for the professional, the overview for the team lead, and "my household" for a resident. */
@Controller
class DoorbraakPaginas {

    private final Doorbraken doorbraken;
    private final Huishoudens huishoudens;
    private final GebruikerRegister gebruikers;

    DoorbraakPaginas(Doorbraken doorbraken, Huishoudens huishoudens, GebruikerRegister gebruikers) {
        this.doorbraken = doorbraken;
        this.huishoudens = huishoudens;
        this.gebruikers = gebruikers;
    }

    @GetMapping("/huishoudens/{id}/doorbraak")
    String formulier(@PathVariable UUID id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("formulier", new HuishoudenFormulieren.Doorbraak(null));
        return "huishouden/doorbraak";
    }

    @PostMapping("/huishoudens/{id}/doorbraak")
    String vraagAan(@PathVariable UUID id, @Valid @ModelAttribute("formulier") HuishoudenFormulieren.Doorbraak formulier,
            BindingResult resultaat, Model model, RedirectAttributes redirect) {
        if (!resultaat.hasErrors()) {
            try {
                doorbraken.vraagAan(id, formulier.reden());
                redirect.addFlashAttribute("melding",
                        "U heeft 8 uur toegang tot dit huishouden. Uw teamleider ziet deze doorbraak en uw reden.");
                return "redirect:/huishoudens/" + id;
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, Map.of("reden", "reden"));
            }
        }
        model.addAttribute("id", id);
        return "huishouden/doorbraak";
    }

    @GetMapping("/team/doorbraken")
    String vanTeam(Model model) {
        model.addAttribute("doorbraken", doorbraken.vanMijnTeam(200));
        var opEigen = doorbraken.opHuishoudensVanMijnTeam(200);
        model.addAttribute("opEigenHuishoudens", opEigen);
        // The team's own households: its lead may see their names (no read of personal data, so nothing to log).
        model.addAttribute("namen", huishoudens.koppen(opEigen.stream().map(Doorbraken.Doorbraak::huishoudenId).toList()));
        return "huishouden/doorbraken";
    }

    /** The resident's old address (before issue 16): their own area is at /mijn now. */
    @GetMapping("/mijn-huishouden")
    String mijnHuishouden() {
        return "redirect:/mijn";
    }
}
