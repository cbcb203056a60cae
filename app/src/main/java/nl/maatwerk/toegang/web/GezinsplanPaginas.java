package nl.maatwerk.toegang.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.toegang.Gezinsplan;
import nl.maatwerk.toegang.Gezinsplannen;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.PlanConflictException;
import nl.maatwerk.toegang.PlanEigenaar;
import nl.maatwerk.toegang.PlanSamenvoeging;
import nl.maatwerk.toegang.PlanStatus;
import nl.maatwerk.toegang.PlanVanInwoner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The household plan pages: the plan with its versions, a print view the resident can read, and
 * an edit form that works without JavaScript. A save from an older version shows the merge with
 * the colleague's changes; nothing is saved until the user confirms it.
 */
@Controller
@RequestMapping("/huishoudens/{id}/plan")
class GezinsplanPaginas {

    private final Gezinsplannen plannen;
    private final PlanVanInwoner planVanInwoner;
    private final GebruikerRegister gebruikers;

    private final java.time.Clock klok;

    private final org.springframework.beans.factory.ObjectProvider<nl.maatwerk.toegang.AanbodVoorPlan> aanbod;

    GezinsplanPaginas(Gezinsplannen plannen, PlanVanInwoner planVanInwoner, GebruikerRegister gebruikers, java.time.Clock klok,
            org.springframework.beans.factory.ObjectProvider<nl.maatwerk.toegang.AanbodVoorPlan> aanbod) {
        this.aanbod = aanbod;
        this.klok = klok;
        this.plannen = plannen;
        this.planVanInwoner = planVanInwoner;
        this.gebruikers = gebruikers;
    }

    /** A problem on the form: the form field, the HTML id to link to, and the message. */
    record Fout(String veld, String id, String melding) {
    }

    @ModelAttribute("levensdomeinen")
    Map<String, String> levensdomeinen() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", "Kies een levensdomein");
        Arrays.stream(Levensdomein.values()).forEach(d -> m.put(d.code(), d.omschrijving()));
        return m;
    }

    @ModelAttribute("eigenaars")
    Map<String, String> eigenaars() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", "Kies wie");
        Arrays.stream(PlanEigenaar.values()).forEach(e -> m.put(e.code(), e.omschrijving()));
        return m;
    }

    @ModelAttribute("statussen")
    Map<String, String> statussen() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(PlanStatus.values()).forEach(s -> m.put(s.code(), s.omschrijving()));
        return m;
    }

    @GetMapping
    String toon(@PathVariable UUID id, Model model) {
        Gezinsplannen.MetVersies p = plannen.leesMetVersies(id);
        model.addAttribute("plan", p.plan());
        model.addAttribute("versies", p.versies());
        model.addAttribute("magBewerken", gebruikers.huidige().isProfessional());
        PlanVanInwoner.VoorProfessional vanInwoner = planVanInwoner.voorProfessional(id);
        model.addAttribute("instemmingen", vanInwoner.instemmingen());
        model.addAttribute("inwoneracties", vanInwoner.inwoneracties());
        return "toegang/plan-pagina";
    }

    @GetMapping("/afdruk")
    String afdruk(@PathVariable UUID id, Model model) {
        model.addAttribute("plan", plannen.lees(id));
        return "toegang/plan-afdruk";
    }

    @GetMapping("/bewerken")
    String bewerk(@PathVariable UUID id, Model model) {
        Gezinsplan plan = plannen.lees(id);
        return formulier(model, plan, PlanFormulier.van(plan.inhoud(), true), plan.versie(), List.of());
    }

    @PostMapping("/bewerken")
    String slaOp(@PathVariable UUID id, @ModelAttribute("formulier") PlanFormulier formulier,
            @RequestParam(required = false) Integer versie, Model model, RedirectAttributes redirect) {
        PlanFormulier.Omzetting o = formulier.omzetting();
        if (versie == null) {
            // No hidden version: the service checks need-to-know and then answers 428, as the API does (docs/conventies.md).
            plannen.slaOp(id, o.inhoud(), null);
        }
        List<Fout> fouten = new ArrayList<>();
        o.fouten().forEach((veld, melding) -> fouten.add(fout(veld, melding)));
        plannen.controleer(id, o.inhoud(), versie).forEach(f -> fouten.add(fout(o.formulierveld(f.veld()), f.reden())));
        if (fouten.isEmpty()) {
            try {
                plannen.slaOp(id, o.inhoud(), versie);
                redirect.addFlashAttribute("melding", "Het plan is opgeslagen.");
                return "redirect:/huishoudens/" + id + "/plan";
            } catch (PlanConflictException e) {
                return samenvoegen(model, e, PlanFormulier.van(o.inhoud(), false), false, List.of());
            } catch (OngeldigeInvoerException e) {
                e.fouten().forEach(f -> fouten.add(fout(o.formulierveld(f.veld()), f.reden())));
            }
        }
        Gezinsplan plan = new Gezinsplan(id, "", o.inhoud(), versie, null, null);
        return formulier(model, plan, formulier, versie, fouten);
    }

    @GetMapping("/evaluatie")
    String evaluatie(@PathVariable UUID id, Model model) {
        Gezinsplan plan = plannen.lees(id);
        LocalDate vandaag = LocalDate.now(klok);
        // A next date already planned stays unless the user changes it; leaving the field empty removes it.
        LocalDate gepland = plan.inhoud().evaluatiedatum();
        String volgende = gepland != null && gepland.isAfter(vandaag) ? gepland.toString() : "";
        return evaluatieformulier(model, plan, plan.versie(), vandaag.toString(), "", volgende, List.of(), null);
    }

    /** Records an evaluation talk: a new plan version and, after it, the household is asked how the help was. */
    @PostMapping("/evaluatie")
    String evalueer(@PathVariable UUID id, @RequestParam(required = false) Integer versie,
            @RequestParam(defaultValue = "") String gesprekOp, @RequestParam(defaultValue = "") String samenvatting,
            @RequestParam(defaultValue = "") String volgendeEvaluatie, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse antwoord) {
        Map<String, String> opmaak = new LinkedHashMap<>();
        LocalDate op = PlanFormulier.datum(gesprekOp, "gesprekOp", "De datum van het gesprek", opmaak);
        LocalDate volgende = PlanFormulier.datum(volgendeEvaluatie, "volgendeEvaluatie", "De volgende evaluatiedatum", opmaak);
        List<Fout> fouten = new ArrayList<>();
        opmaak.forEach((veld, melding) -> fouten.add(new Fout(veld, veld, melding)));
        try {
            if (fouten.isEmpty()) {
                plannen.evalueer(id, versie, op, samenvatting, volgende);
                redirect.addFlashAttribute("melding", "De evaluatie is vastgelegd. Het huishouden krijgt een korte vragenlijst over de hulp.");
                return "redirect:/huishoudens/" + id + "/plan";
            }
        } catch (VersieConflictException e) {
            antwoord.setStatus(409);
            Gezinsplan nu = plannen.lees(id);
            return evaluatieformulier(model, nu, nu.versie(), gesprekOp, samenvatting, volgendeEvaluatie, List.of(), e.getMessage());
        } catch (OngeldigeInvoerException e) {
            e.fouten().forEach(f -> fouten.add(new Fout(f.veld(), f.veld(), f.reden())));
        }
        antwoord.setStatus(400);
        return evaluatieformulier(model, plannen.lees(id), versie == null ? 0 : versie, gesprekOp, samenvatting, volgendeEvaluatie, fouten,
                null);
    }

    private String evaluatieformulier(Model model, Gezinsplan plan, int versie, String gesprekOp, String samenvatting, String volgende,
            List<Fout> fouten, String conflict) {
        model.addAttribute("plan", plan);
        model.addAttribute("versie", versie);
        model.addAttribute("gesprekOp", gesprekOp);
        model.addAttribute("samenvatting", samenvatting);
        model.addAttribute("volgendeEvaluatie", volgende);
        model.addAttribute("fouten", fouten);
        model.addAttribute("conflict", conflict);
        model.addAttribute("maxSamenvatting", Gezinsplannen.MAX_SAMENVATTING);
        Map<String, String> perVeld = new HashMap<>();
        fouten.forEach(f -> perVeld.putIfAbsent(f.veld(), f.melding()));
        model.addAttribute("foutPerVeld", perVeld);
        return "toegang/plan-evaluatie";
    }

    @PostMapping("/samenvoegen")
    String voegSamen(@PathVariable UUID id, @ModelAttribute("formulier") PlanFormulier formulier, @RequestParam int basisVersie,
            @RequestParam int huidigeVersie, @RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        PlanFormulier.Omzetting o = formulier.omzetting();
        if (!o.fouten().isEmpty()) {
            List<Fout> fouten = new ArrayList<>();
            o.fouten().forEach((veld, melding) -> fouten.add(fout(veld, melding)));
            return formulier(model, new Gezinsplan(id, "", o.inhoud(), basisVersie, null, null), formulier, basisVersie, fouten);
        }
        Map<String, PlanSamenvoeging.Keuze> keuzes = new HashMap<>();
        parameters.forEach((naam, waarde) -> {
            if (naam.startsWith("keuze_") && ("MIJN".equals(waarde) || "HUIDIG".equals(waarde))) {
                keuzes.put(naam.substring("keuze_".length()), PlanSamenvoeging.Keuze.valueOf(waarde));
            }
        });
        try {
            plannen.voegSamenEnSlaOp(id, o.inhoud(), basisVersie, huidigeVersie, keuzes);
            redirect.addFlashAttribute("melding", "Het samengevoegde plan is opgeslagen.");
            return "redirect:/huishoudens/" + id + "/plan";
        } catch (PlanConflictException e) {
            boolean opnieuwGewijzigd = e.huidig().versie() != huidigeVersie;
            List<Fout> fouten = new ArrayList<>();
            if (!opnieuwGewijzigd) {
                List<PlanSamenvoeging.Conflict> conflicten = e.samenvoeging().conflicten();
                for (int i = 0; i < conflicten.size(); i++) {
                    if (e.samenvoeging().onbeslist().contains(conflicten.get(i).sleutel())) {
                        fouten.add(new Fout("keuze", "keuze-" + i + "-mijn",
                                "Kies bij '" + conflicten.get(i).omschrijving() + "' welke versie blijft."));
                    }
                }
            }
            model.addAttribute("keuzes", keuzes);
            return samenvoegen(model, e, formulier, opnieuwGewijzigd, fouten);
        } catch (OngeldigeInvoerException e) {
            List<Fout> fouten = e.fouten().stream().map(f -> new Fout(f.veld(), "samenvoeging", f.reden())).toList();
            Gezinsplan huidig = plannen.lees(id);
            return formulier(model, huidig, PlanFormulier.van(huidig.inhoud(), true), huidig.versie(), fouten);
        }
    }

    private String formulier(Model model, Gezinsplan plan, PlanFormulier formulier, int versie, List<Fout> fouten) {
        model.addAttribute("huishoudenId", plan.huishoudenId());
        model.addAttribute("formulier", formulier);
        model.addAttribute("versie", versie);
        model.addAttribute("fouten", fouten);
        Map<String, String> perVeld = new HashMap<>();
        fouten.forEach(f -> perVeld.putIfAbsent(f.veld(), f.melding()));
        model.addAttribute("foutPerVeld", perVeld);
        // The offer that fits each need (issue 17), from the sociale kaart when it is there.
        model.addAttribute("aanbod", aanbod.orderedStream().flatMap(a -> a.voor(plan.huishoudenId()).stream()).toList());
        return "toegang/plan-bewerken";
    }

    private String samenvoegen(Model model, PlanConflictException e, PlanFormulier mijn, boolean opnieuwGewijzigd, List<Fout> fouten) {
        model.addAttribute("huishoudenId", e.huidig().huishoudenId());
        model.addAttribute("huidig", e.huidig());
        model.addAttribute("basisVersie", e.basisVersie());
        model.addAttribute("samenvoeging", e.samenvoeging());
        model.addAttribute("mijn", mijn);
        model.addAttribute("opnieuwGewijzigd", opnieuwGewijzigd);
        model.addAttribute("fouten", fouten);
        if (!model.containsAttribute("keuzes")) {
            model.addAttribute("keuzes", Map.of());
        }
        return "toegang/plan-samenvoegen";
    }

    private static Fout fout(String veld, String melding) {
        return new Fout(veld, PlanFormulier.veldId(veld), melding);
    }
}
