package nl.maatwerk.toegang.web;

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
        model.addAttribute("cijfers", teamcijfers.vanMijnTeam());
        return "toegang/cijfers";
    }
}
