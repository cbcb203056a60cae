package nl.maatwerk.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.Gebruiker;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.StartOnderdeel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the user's own work, by role (issue 15). What is on it comes from the modules that own
 * the work ({@link StartOnderdeel}); this page only puts the parts in order.
 */
@Controller
class StartPagina {

    private final GebruikerRegister gebruikers;
    private final List<StartOnderdeel> onderdelen;

    StartPagina(GebruikerRegister gebruikers, ObjectProvider<StartOnderdeel> onderdelen) {
        this.gebruikers = gebruikers;
        this.onderdelen = onderdelen.stream().sorted(Comparator.comparingInt(StartOnderdeel::volgorde)).toList();
    }

    /** A contributed part with its data, ready for the template. */
    record Deel(String sjabloon, String fragment, Map<String, Object> gegevens) {
    }

    @GetMapping("/")
    String start(Model model) {
        Gebruiker g = gebruikers.huidige();
        if (g.rol() == Rol.INWONER) {
            return "redirect:/mijn";
        }
        List<Deel> delen = new ArrayList<>();
        for (StartOnderdeel o : onderdelen) {
            o.voor(g).ifPresent(gegevens -> delen.add(new Deel(o.sjabloon(), o.fragment(), gegevens)));
        }
        model.addAttribute("delen", delen);
        return "start";
    }
}
