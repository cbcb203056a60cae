package nl.maatwerk.prioriteit.web;

import java.util.List;
import nl.maatwerk.platform.Grafiek;
import nl.maatwerk.platform.KleineGroep;
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
        Eerlijkheidsrapport.Rapport rapport = eerlijkheid.bereken();
        model.addAttribute("rapport", rapport);
        model.addAttribute("minimum", KleineGroep.MINIMUM);
        model.addAttribute("grafiekLeeftijd", grafiek("eerlijkheid-leeftijd-grafiek", "Leeftijd van de aanvrager", rapport.leeftijd()));
        model.addAttribute("grafiekWijk", grafiek("eerlijkheid-wijk-grafiek", "Wijk", rapport.wijk()));
        return "prioriteit/eerlijkheid";
    }

    /** Per group its share of all items beside its share of the top fifth: a group on top as often as in the queue has two equal bars. */
    static Grafiek grafiek(String id, String deel, List<Eerlijkheidsrapport.Groep> groepen) {
        return Grafiek.perGroep(id, deel + ": aandeel in de werkvoorraad en aandeel bovenin",
                "Per groep twee balken: het aandeel in de hele werkvoorraad (effen) en het aandeel in het bovenste vijfde deel (gestreept)."
                        + " Even lang: de groep staat even vaak bovenin als in de werkvoorraad. Een groep van minder dan " + KleineGroep.MINIMUM
                        + " items is verborgen. De tabel onder de grafiek geeft dezelfde getallen.",
                groepen.stream().map(Eerlijkheidsrapport.Groep::groep).toList(),
                List.of(new Grafiek.Reeks("Aandeel in de werkvoorraad", groepen.stream().map(Eerlijkheidsrapport.Groep::aandeelInRij).toList()),
                        new Grafiek.Reeks("Aandeel bovenin", groepen.stream().map(Eerlijkheidsrapport.Groep::aandeelInTop).toList())),
                Grafiek.Eenheid.PROCENT_1, null);
    }
}
