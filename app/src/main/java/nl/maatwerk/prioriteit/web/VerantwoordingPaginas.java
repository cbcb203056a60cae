package nl.maatwerk.prioriteit.web;

import nl.maatwerk.prioriteit.Algoritmeregister;
import nl.maatwerk.prioriteit.eerlijkheid.Eerlijkheidsrapport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public register entry of the algorithm, and the fairness report for policy and team leads. */
@Controller
class VerantwoordingPaginas {

    private final Algoritmeregister register;
    private final Eerlijkheidsrapport eerlijkheid;

    VerantwoordingPaginas(Algoritmeregister register, Eerlijkheidsrapport eerlijkheid) {
        this.register = register;
        this.eerlijkheid = eerlijkheid;
    }

    @GetMapping("/algoritmeregister")
    String register(Model model) {
        model.addAttribute("r", register.registratie());
        return "prioriteit/algoritmeregister";
    }

    @GetMapping("/eerlijkheid")
    String eerlijkheid(Model model) {
        model.addAttribute("rapport", eerlijkheid.bereken());
        model.addAttribute("minimum", nl.maatwerk.platform.KleineGroep.MINIMUM);
        return "prioriteit/eerlijkheid";
    }
}
