package nl.maatwerk.mijn.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.mijn.Inwonersessie;
import nl.maatwerk.mijn.MijnInwoner;
import nl.maatwerk.mijn.web.Concepten;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.toegang.PlanVanInwoner;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Mijn plan (/mijn/plan): the household's plan in the resident's words, with three forms without JavaScript: agree
 * or disagree with a comment, mark an own action done, add an action of one's own. A change on a plan the regisseur
 * changed meanwhile is not saved: the page comes back (409) with the new plan, a plain message and what was typed.
 */
@Controller
class PlanPaginas {

    /** Agree or not: {@code keuze} "eens" or "oneens". */
    static class Instemming {
        private String keuze;
        private String opmerking;
        private Integer versie;

        public String getKeuze() {
            return keuze;
        }

        public void setKeuze(String keuze) {
            this.keuze = keuze;
        }

        public String getOpmerking() {
            return opmerking;
        }

        public void setOpmerking(String opmerking) {
            this.opmerking = opmerking;
        }

        public Integer getVersie() {
            return versie;
        }

        public void setVersie(Integer versie) {
            this.versie = versie;
        }
    }

    /** A new action of the resident's own. */
    static class NieuweActie {
        private UUID doelId;
        private String omschrijving;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate uiterlijk;
        private Integer versie;

        public UUID getDoelId() {
            return doelId;
        }

        public void setDoelId(UUID doelId) {
            this.doelId = doelId;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public LocalDate getUiterlijk() {
            return uiterlijk;
        }

        public void setUiterlijk(LocalDate uiterlijk) {
            this.uiterlijk = uiterlijk;
        }

        public Integer getVersie() {
            return versie;
        }

        public void setVersie(Integer versie) {
            this.versie = versie;
        }
    }

    private final PlanVanInwoner plannen;
    private final MijnInwoner mijn;

    PlanPaginas(PlanVanInwoner plannen, MijnInwoner mijn) {
        this.plannen = plannen;
        this.mijn = mijn;
    }

    @GetMapping("/mijn/plan")
    String toon(Model model, HttpServletRequest request) {
        if (!model.containsAttribute("instemming")) {
            Concepten.herstel(request, model, "/mijn/plan/instemming", "instemming", Instemming.class);
        }
        if (!model.containsAttribute("actie")) {
            Concepten.herstel(request, model, "/mijn/plan/acties", "actie", NieuweActie.class);
        }
        return pagina(model);
    }

    @PostMapping("/mijn/plan/instemming")
    String stemIn(@ModelAttribute("instemming") Instemming instemming, BindingResult binding, Model model, RedirectAttributes doorgeven,
            HttpServletResponse response) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID h = mijn.vereisHuishouden(s);
        if (!"eens".equals(instemming.getKeuze()) && !"oneens".equals(instemming.getKeuze())) {
            binding.rejectValue("keuze", "required", "Kies of u het eens bent met het plan.");
        }
        if (!binding.hasErrors()) {
            try {
                plannen.stemIn(h, wie(s), "eens".equals(instemming.getKeuze()), instemming.getOpmerking(), instemming.getVersie());
                doorgeven.addFlashAttribute("melding", "eens".equals(instemming.getKeuze())
                        ? "Dank u. Uw regisseur ziet dat u het eens bent met het plan."
                        : "Dank u. Uw regisseur leest uw opmerking en neemt contact met u op.");
                return "redirect:/mijn/plan";
            } catch (VersieConflictException fout) {
                return verouderd(model, fout, response);
            } catch (OngeldigeInvoerException fout) {
                Formulierfouten.verwerk(fout, binding, Map.of());
            }
        }
        return pagina(model);
    }

    @PostMapping("/mijn/plan/acties")
    String voegToe(@ModelAttribute("actie") NieuweActie actie, BindingResult binding, Model model, RedirectAttributes doorgeven,
            HttpServletResponse response) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID h = mijn.vereisHuishouden(s);
        if (!binding.hasErrors()) {
            try {
                plannen.voegActieToe(h, wie(s), actie.getDoelId(), actie.getOmschrijving(), actie.getUiterlijk(), actie.getVersie());
                doorgeven.addFlashAttribute("melding", "Uw actie staat in het plan. Uw regisseur ziet dat u haar toevoegde.");
                return "redirect:/mijn/plan";
            } catch (VersieConflictException fout) {
                return verouderd(model, fout, response);
            } catch (OngeldigeInvoerException fout) {
                Formulierfouten.verwerk(fout, binding, Map.of());
            }
        }
        return pagina(model);
    }

    @PostMapping("/mijn/plan/acties/{actieId}/klaar")
    String klaar(@PathVariable UUID actieId, @RequestParam(required = false) Integer versie, Model model, RedirectAttributes doorgeven,
            HttpServletResponse response) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID h = mijn.vereisHuishouden(s);
        try {
            plannen.markeerGedaan(h, wie(s), actieId, versie);
        } catch (VersieConflictException fout) {
            return verouderd(model, fout, response);
        }
        doorgeven.addFlashAttribute("melding", "Goed gedaan! De actie staat op klaar. Uw regisseur ziet het.");
        return "redirect:/mijn/plan";
    }

    /** The plan changed since the resident opened it: the new plan, a plain message, the typed text kept (409). */
    private String verouderd(Model model, VersieConflictException fout, HttpServletResponse response) {
        model.addAttribute("fout", fout.fouten().getFirst().reden());
        response.setStatus(HttpStatus.CONFLICT.value());
        return pagina(model);
    }

    private String pagina(Model model) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID h = mijn.vereisHuishouden(s);
        PlanVanInwoner.MijnPlan plan = plannen.lees(h, wie(s));
        if (!model.containsAttribute("instemming")) {
            model.addAttribute("instemming", new Instemming());
        }
        if (!model.containsAttribute("actie")) {
            model.addAttribute("actie", new NieuweActie());
        }
        // The forms always carry the version shown: after a conflict the resident now sees the newer plan.
        ((Instemming) model.getAttribute("instemming")).setVersie(plan.versie());
        ((NieuweActie) model.getAttribute("actie")).setVersie(plan.versie());
        model.addAttribute("mijnPlan", plan);
        Map<String, String> keuzes = new java.util.LinkedHashMap<>();
        keuzes.put("eens", "Ja, ik ben het eens met het plan");
        keuzes.put("oneens", "Nee, ik ben het niet (helemaal) eens met het plan");
        model.addAttribute("keuzes", keuzes);
        Map<String, String> doelen = new java.util.LinkedHashMap<>();
        doelen.put("", "Kies een doel");
        Planwoorden w = new Planwoorden();
        plan.inhoud().doelen().forEach(d -> doelen.put(d.id().toString(), w.domein(d.levensdomein()) + ": " + d.doel()));
        model.addAttribute("doelen", doelen);
        model.addAttribute("woorden", new Planwoorden());
        return "mijn/plan";
    }

    static PlanVanInwoner.Wie wie(Inwonersessie s) {
        List<String> namen = new ArrayList<>();
        namen.add(s.naam());
        if (s.voorKind() != null) {
            namen.add(s.voorKind().naam());
        }
        return new PlanVanInwoner.Wie(s.inwonerId(), s.naam(), namen);
    }
}
