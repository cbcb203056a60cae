package nl.maatwerk.inwoner.web;

import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Rol;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the user needs first, by role. */
@Controller
class StartPagina {

    private final GebruikerRegister gebruikers;
    private final Huishoudens huishoudens;

    StartPagina(GebruikerRegister gebruikers, Huishoudens huishoudens) {
        this.gebruikers = gebruikers;
        this.huishoudens = huishoudens;
    }

    @GetMapping("/")
    String start(Model model) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() == Rol.INWONER) {
            return "redirect:/mijn-huishouden";
        }
        if (g.isProfessional()) {
            model.addAttribute("recent", huishoudens.lijst(new Huishoudens.Filter(null, null, null), 1, 10));
        }
        return "start";
    }
}
