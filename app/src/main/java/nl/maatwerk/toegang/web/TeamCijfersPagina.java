package nl.maatwerk.toegang.web;

import java.util.List;
import nl.maatwerk.platform.Grafiek;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.toegang.Teamcijfers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The team lead's figures (issue 15): deadlines per law and month, lead times and caseload, each a chart with its table. */
@Controller
class TeamCijfersPagina {

    private final Teamcijfers teamcijfers;

    TeamCijfersPagina(Teamcijfers teamcijfers) {
        this.teamcijfers = teamcijfers;
    }

    @GetMapping("/team/cijfers")
    String cijfers(Model model) {
        Teamcijfers.Cijfers cijfers = teamcijfers.vanMijnTeam();
        model.addAttribute("cijfers", cijfers);
        model.addAttribute("termijnGrafieken", cijfers.wetten().stream().map(TeamCijfersPagina::termijnen).toList());
        model.addAttribute("doorlooptijdGrafiek", Grafiek.perGroep("doorlooptijd-grafiek", "Doorlooptijd per wet in dagen",
                "Per wet de mediaan (effen) en het 90e percentiel (gestreept) van de dagen van binnenkomst tot besluit."
                        + " Verborgen: minder dan " + KleineGroep.MINIMUM + " hulpvragen. De tabel onder de grafiek geeft dezelfde getallen.",
                cijfers.wetten().stream().map(w -> w.wet().omschrijving()).toList(),
                List.of(new Grafiek.Reeks("Mediaan", cijfers.wetten().stream().map(w -> w.doorlooptijd().mediaan()).toList()),
                        new Grafiek.Reeks("90e percentiel", cijfers.wetten().stream().map(w -> w.doorlooptijd().negentigste()).toList())),
                Grafiek.Eenheid.AANTAL, null));
        model.addAttribute("werklastGrafiek", Grafiek.perGroep("werklast-grafiek", "Open hulpvragen per medewerker",
                "Per medewerker het aantal open hulpvragen nu. De tabel onder de grafiek geeft dezelfde getallen.",
                cijfers.werklast().stream().map(Teamcijfers.Werklast::naam).toList(),
                List.of(new Grafiek.Reeks("Open hulpvragen", cijfers.werklast().stream().map(Teamcijfers.Werklast::open).toList())),
                Grafiek.Eenheid.AANTAL, null));
        return "toegang/cijfers";
    }

    /** One law's deadlines per month, met and overrun stacked; every month of the period on the axis, a month without any as 0. */
    static Grafiek termijnen(Teamcijfers.PerWet w) {
        return Grafiek.perMaand("termijnen-" + w.wet().code(), "Termijnen gehaald en overschreden per maand, " + w.wet().omschrijving(),
                "Per maand de termijnen die afliepen: gehaald (effen) en overschreden (gestreept), met het totaal boven de balk."
                        + " De tabel onder de grafiek geeft dezelfde getallen.",
                w.maanden().stream().map(Teamcijfers.Maand::maand).toList(),
                w.maandenVerborgen() ? List.of()
                        : List.of(new Grafiek.Reeks("Gehaald", w.maanden().stream().map(Teamcijfers.Maand::gehaald).toList()),
                                new Grafiek.Reeks("Overschreden", w.maanden().stream().map(Teamcijfers.Maand::overschreden).toList())),
                true, Grafiek.Eenheid.AANTAL, null);
    }
}
