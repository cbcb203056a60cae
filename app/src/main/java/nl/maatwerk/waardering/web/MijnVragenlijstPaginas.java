package nl.maatwerk.waardering.web;

import java.util.UUID;
import nl.maatwerk.waardering.Uitnodigingen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The resident's open questionnaires in Mijn Maatwerk (one menu item, in the resident layout). Opening one gives a
 * fresh link and goes on to the same questionnaire as the link in the letter.
 */
@Controller
class MijnVragenlijstPaginas {

    private final Uitnodigingen uitnodigingen;

    MijnVragenlijstPaginas(Uitnodigingen uitnodigingen) {
        this.uitnodigingen = uitnodigingen;
    }

    @GetMapping("/mijn/vragenlijst")
    String lijst(Model model) {
        model.addAttribute("uitnodigingen", uitnodigingen.mijnOpen());
        model.addAttribute("dagen", Uitnodigingen.GELDIG_DAGEN);
        return "waardering/mijn";
    }

    @PostMapping("/mijn/vragenlijst/{id}")
    String open(@PathVariable UUID id) {
        return "redirect:/waardering/" + uitnodigingen.openVanuitPortaal(id);
    }
}
