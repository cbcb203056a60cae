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
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Wat als?" pages of the policy role: compose one or more variants from the managed parameters and
 * start them as one run, follow its progress (a button without JavaScript, polling with htmx), and read
 * the variants side by side as charts with their tables.
 */
@Controller
class WatAlsPaginas {

    /** A field of the one-variant shape ({@code wijzigingen[i]…}) or of the several-variant shape ({@code varianten[j]…}). */
    private static final Pattern EEN = Pattern.compile("wijzigingen\\[(\\d+)\\]\\.(parameter|waarde)");
    private static final Pattern MEER = Pattern.compile("varianten\\[(\\d+)\\](?:\\.wijzigingen\\[(\\d+)\\]\\.(parameter|waarde)|\\.(naam))");

    private final WatAlsRuns runs;

    WatAlsPaginas(WatAlsRuns runs) {
        this.runs = runs;
    }

    /**
     * The form; {@code naam} and {@code parameter} fill in the first variant, so a change that is coming (an invlieger of
     * samenhang) can be computed from its own page. Unknown parameters are left for the user to correct, with the usual messages.
     */
    @GetMapping("/wat-als")
    String start(@RequestParam(required = false) String naam, @RequestParam(required = false) List<String> parameter, Model model) {
        WatAlsFormulier f = new WatAlsFormulier();
        if (naam != null && !naam.isBlank()) {
            f.setNaam(naam.strip().length() > 200 ? naam.strip().substring(0, 200) : naam.strip());
        }
        if (parameter != null) {
            List<WatAlsFormulier.Rij> rijen = f.getVarianten().getFirst().getWijzigingen();
            for (int i = 0; i < Math.min(parameter.size(), rijen.size()); i++) {
                rijen.get(i).setParameter(parameter.get(i));
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

    /**
     * Starts the run, or shows the form again with everything typed: with the message at each wrong field, or (429) with the
     * user's runs that still wait or compute when there are as many as one user may have at once.
     */
    @PostMapping("/wat-als")
    String maak(@ModelAttribute("formulier") WatAlsFormulier formulier, BindingResult resultaat, @RequestParam(required = false) String actie,
            Model model, HttpServletResponse response) {
        formulier.vulAan();
        if ("variant-toevoegen".equals(actie)) {
            if (!formulier.isVolGenoeg()) {
                formulier.getVarianten().add(new WatAlsFormulier.Variant());
            }
            return formulier(model);
        }
        // Per variant block the rows that are filled in, so an error on the i-th change finds its row again.
        List<WatAlsFormulier.Variant> blokken = new ArrayList<>();
        List<List<Integer>> rijen = new ArrayList<>();
        List<WatAlsRuns.GevraagdeVariant> varianten = new ArrayList<>();
        for (WatAlsFormulier.Variant v : formulier.getVarianten()) {
            if (v.leeg() && formulier.getVarianten().size() > 1) {
                continue;
            }
            List<WatAlsRuns.GevraagdeWijziging> w = new ArrayList<>();
            List<Integer> gevuld = new ArrayList<>();
            for (int i = 0; i < v.getWijzigingen().size() && i < WatAlsFormulier.RIJEN; i++) {
                WatAlsFormulier.Rij r = v.getWijzigingen().get(i);
                if (!r.leeg()) {
                    w.add(new WatAlsRuns.GevraagdeWijziging(r.getParameter(), r.getWaarde()));
                    gevuld.add(i);
                }
            }
            blokken.add(v);
            rijen.add(gevuld);
            varianten.add(new WatAlsRuns.GevraagdeVariant(v.getNaam(), w));
        }
        try {
            boolean een = varianten.size() == 1 && (varianten.getFirst().naam() == null || varianten.getFirst().naam().isBlank());
            UUID id = een ? runs.start(formulier.getNaam(), varianten.getFirst().wijzigingen()) : runs.startVarianten(formulier.getNaam(), varianten);
            return "redirect:/wat-als/" + id;
        } catch (WatAlsRuns.TeVeelOpenRuns e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("teVeel", e);
            return formulier(model);
        } catch (OngeldigeInvoerException e) {
            for (OngeldigeInvoerException.Fout f : e.fouten()) {
                String veld = formulierveld(f.veld(), blokken, rijen, formulier);
                if (veld != null) {
                    resultaat.rejectValue(veld, f.code(), f.reden());
                } else {
                    resultaat.reject(f.code(), f.reden());
                }
            }
            return formulier(model);
        }
    }

    /** The form's field of a service field, or null for an error of the whole form. */
    private static String formulierveld(String veld, List<WatAlsFormulier.Variant> blokken, List<List<Integer>> rijen, WatAlsFormulier f) {
        if (veld.equals("naam")) {
            return "naam";
        }
        Matcher een = EEN.matcher(veld);
        if (een.matches() && !blokken.isEmpty()) {
            return blok(f, blokken.getFirst()) + ".wijzigingen[" + rijen.getFirst().get(Integer.parseInt(een.group(1))) + "]." + een.group(2);
        }
        Matcher meer = MEER.matcher(veld);
        if (meer.matches()) {
            int j = Integer.parseInt(meer.group(1));
            if (meer.group(4) != null) {
                return blok(f, blokken.get(j)) + ".naam";
            }
            return blok(f, blokken.get(j)) + ".wijzigingen[" + rijen.get(j).get(Integer.parseInt(meer.group(2))) + "]." + meer.group(3);
        }
        return null;
    }

    private static String blok(WatAlsFormulier f, WatAlsFormulier.Variant v) {
        return "varianten[" + f.getVarianten().indexOf(v) + "]";
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
