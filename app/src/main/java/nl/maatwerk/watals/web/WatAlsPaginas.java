package nl.maatwerk.watals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.regels.inkomen.Parameters;
import nl.maatwerk.watals.Run;
import nl.maatwerk.watals.Runstatus;
import nl.maatwerk.watals.WatAlsRuns;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The "Wat als?" pages of the policy role: compose a reform from the managed parameters and start it,
 * follow its progress (a button without JavaScript, polling with htmx), and read the results as charts
 * with their tables.
 */
@Controller
class WatAlsPaginas {

    private static final Pattern VELD = Pattern.compile("wijzigingen\\[(\\d+)\\]\\.(parameter|waarde)");

    private final WatAlsRuns runs;

    WatAlsPaginas(WatAlsRuns runs) {
        this.runs = runs;
    }

    /**
     * The form; {@code naam} and {@code parameter} fill it in, so a change that is coming (an invlieger of samenhang)
     * can be computed from its own page. Unknown parameters are left for the user to correct, with the usual messages.
     */
    @GetMapping("/wat-als")
    String start(@org.springframework.web.bind.annotation.RequestParam(required = false) String naam,
            @org.springframework.web.bind.annotation.RequestParam(required = false) java.util.List<String> parameter, Model model) {
        WatAlsFormulier f = new WatAlsFormulier();
        if (naam != null && !naam.isBlank()) {
            f.setNaam(naam.strip().length() > 200 ? naam.strip().substring(0, 200) : naam.strip());
        }
        if (parameter != null) {
            for (int i = 0; i < Math.min(parameter.size(), f.getWijzigingen().size()); i++) {
                f.getWijzigingen().get(i).setParameter(parameter.get(i));
            }
        }
        model.addAttribute("formulier", f);
        return formulier(model);
    }

    private String formulier(Model model) {
        Map<String, Parameters.Parameter> parameters = runs.parameters();
        model.addAttribute("parameters", parameters.values());
        Map<String, String> opties = new TreeMap<>();
        parameters.keySet().forEach(n -> opties.put(n, n));
        model.addAttribute("namen", opties.keySet());
        model.addAttribute("peildatum", runs.peildatum());
        model.addAttribute("runs", runs.recent());
        model.addAttribute("minimaal", KleineGroep.MINIMUM);
        return "watals/start";
    }

    @PostMapping("/wat-als")
    String maak(@ModelAttribute("formulier") WatAlsFormulier formulier, BindingResult resultaat, Model model) {
        List<WatAlsRuns.GevraagdeWijziging> w = new ArrayList<>();
        List<Integer> rijen = new ArrayList<>();
        List<WatAlsFormulier.Rij> alle = formulier.getWijzigingen() == null ? List.of() : formulier.getWijzigingen();
        for (int i = 0; i < alle.size() && i < WatAlsFormulier.RIJEN; i++) {
            WatAlsFormulier.Rij r = alle.get(i);
            if (r != null && !r.leeg()) {
                w.add(new WatAlsRuns.GevraagdeWijziging(r.getParameter(), r.getWaarde()));
                rijen.add(i);
            }
        }
        while (formulier.getWijzigingen().size() < WatAlsFormulier.RIJEN) {
            formulier.getWijzigingen().add(new WatAlsFormulier.Rij());
        }
        try {
            UUID id = runs.start(formulier.getNaam(), w);
            return "redirect:/wat-als/" + id;
        } catch (OngeldigeInvoerException e) {
            for (OngeldigeInvoerException.Fout f : e.fouten()) {
                Matcher m = VELD.matcher(f.veld());
                if (m.matches()) {
                    resultaat.rejectValue("wijzigingen[" + rijen.get(Integer.parseInt(m.group(1))) + "]." + m.group(2), f.code(), f.reden());
                } else if (f.veld().equals("naam")) {
                    resultaat.rejectValue("naam", f.code(), f.reden());
                } else {
                    resultaat.reject(f.code(), f.reden());
                }
            }
            return formulier(model);
        }
    }

    @GetMapping("/wat-als/{id}")
    String run(@PathVariable UUID id, Model model) {
        Run r = runs.lees(id);
        model.addAttribute("run", r);
        model.addAttribute("klaar", r.status() == Runstatus.KLAAR);
        model.addAttribute("bezig", !r.status().isEindstand());
        model.addAttribute("minimaal", KleineGroep.MINIMUM);
        if (r.status() == Runstatus.KLAAR) {
            model.addAttribute("w", Weergave.van(r));
        }
        return "watals/run";
    }
}
