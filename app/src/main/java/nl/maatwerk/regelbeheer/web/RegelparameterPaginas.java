package nl.maatwerk.regelbeheer.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.platform.ConflictException;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Rol;
import nl.maatwerk.platform.VersieOntbreektException;
import nl.maatwerk.regelbeheer.Regelparameter;
import nl.maatwerk.regelbeheer.Regelparameters;
import nl.maatwerk.regelbeheer.Wijzigingsvragen;
import nl.maatwerk.regelbeheer.Regelwaarde;
import nl.maatwerk.regelbeheer.Voorstel;
import nl.maatwerk.regelbeheer.VoorstelStatus;
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
 * The pages of regelbeheer: the overview of the values in force and their history (for everyone who
 * calculates), and for the beheerder the form to propose values, the proposals and the review.
 */
@Controller
class RegelparameterPaginas {

    /** A name with the value in force today (if any) and all its values, newest first. */
    record Naamoverzicht(String naam, Regelparameter vandaag, List<Regelparameter> waarden) {
    }

    /** A value of a proposal beside what now counts on its date. */
    record Vergelijking(Regelwaarde voorgesteld, Regelwaarde nu) {
    }

    private static final Pattern VELD = Pattern.compile("waarden\\[(\\d+)\\](.*)");

    private final Regelparameters regelparameters;
    private final GebruikerRegister gebruikers;
    private final Weergave weergave = new Weergave();

    private static final int MAXIMAAL_VRAGEN = 20;
    private final List<Wijzigingsvragen> vragen;

    RegelparameterPaginas(Regelparameters regelparameters, GebruikerRegister gebruikers, List<Wijzigingsvragen> vragen) {
        this.regelparameters = regelparameters;
        this.gebruikers = gebruikers;
        this.vragen = vragen;
    }

    @ModelAttribute("weergave")
    Weergave weergave() {
        return weergave;
    }

    @GetMapping("/regelparameters")
    String overzicht(Model model) {
        Map<String, Naamoverzicht> perNaam = new LinkedHashMap<>();
        for (Regelparameter r : regelparameters.overzicht(null)) {
            Naamoverzicht n = perNaam.computeIfAbsent(r.waarde().naam(), k -> new Naamoverzicht(k, null, new ArrayList<>()));
            n.waarden().add(r);
            if (r.inGebruik()) {
                perNaam.put(n.naam(), new Naamoverzicht(n.naam(), r, n.waarden()));
            }
        }
        model.addAttribute("namen", perNaam.values());
        model.addAttribute("beheerder", isBeheerder());
        if (isBeheerder()) {
            model.addAttribute("wachtend", regelparameters.voorstellen(VoorstelStatus.VOORGESTELD, 1, 1).totaal());
        }
        return "regelbeheer/overzicht";
    }

    /**
     * One parameter's history, newest date first. Its own page: the history of some sixty parameters
     * on the overview made one page of sixty tables that nobody reads from top to bottom.
     */
    @GetMapping("/regelparameters/{naam}")
    String geschiedenis(@PathVariable String naam, Model model) {
        List<Regelparameter> waarden = regelparameters.overzicht(naam);
        if (waarden.isEmpty()) {
            throw new nl.maatwerk.platform.NietGevondenException("Regelparameter '" + naam + "'");
        }
        model.addAttribute("naam", naam);
        model.addAttribute("waarden", waarden);
        model.addAttribute("vandaag", waarden.stream().filter(Regelparameter::inGebruik).findFirst().orElse(null));
        model.addAttribute("beheerder", isBeheerder());
        return "regelbeheer/geschiedenis";
    }

    /** The managed set as {@code parameters.csv}, for a logged-in user (the API has the same under /bestand). */
    @GetMapping(value = "/regelparameters/parameters.csv", produces = "text/csv")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<String> bestand() {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"parameters.csv\"").body(regelparameters.alsBestand());
    }

    @GetMapping("/regelparameters/voorstellen")
    String voorstellen(Model model) {
        model.addAttribute("wachtend", regelparameters.voorstellen(VoorstelStatus.VOORGESTELD, 1, 200).voorstellen());
        List<Voorstel> beoordeeld = new ArrayList<>(regelparameters.voorstellen(VoorstelStatus.GOEDGEKEURD, 1, 20).voorstellen());
        beoordeeld.addAll(regelparameters.voorstellen(VoorstelStatus.AFGEWEZEN, 1, 20).voorstellen());
        beoordeeld.sort((a, b) -> b.beoordeeldOp().compareTo(a.beoordeeldOp()));
        model.addAttribute("beoordeeld", beoordeeld.subList(0, Math.min(20, beoordeeld.size())));
        model.addAttribute("ik", gebruikers.huidige().gebruikersnaam());
        model.addAttribute("vragen", vragen.stream().flatMap(v -> v.recent(MAXIMAAL_VRAGEN).stream())
                .sorted(java.util.Comparator.comparing(Wijzigingsvragen.Vraag::op).reversed()).limit(MAXIMAAL_VRAGEN).toList());
        return "regelbeheer/voorstellen";
    }

    @GetMapping("/regelparameters/voorstellen/nieuw")
    String nieuw(Model model) {
        model.addAttribute("formulier", VoorstelFormulier.leeg());
        return formulier(model);
    }

    private String formulier(Model model) {
        model.addAttribute("namen", regelparameters.namen());
        return "regelbeheer/nieuw";
    }

    @PostMapping("/regelparameters/voorstellen/nieuw")
    String stelVoor(@ModelAttribute("formulier") VoorstelFormulier formulier, BindingResult resultaat,
            @RequestParam(required = false) String actie, Model model, RedirectAttributes redirect) {
        if ("regel-erbij".equals(actie)) {
            if (formulier.getWaarden().size() < 50) {
                formulier.getWaarden().add(new VoorstelFormulier.Rij());
            }
            return formulier(model);
        }
        List<Integer> rijen = new ArrayList<>();
        var voorstel = formulier.alsVoorstel(resultaat, rijen);
        try {
            Voorstel v = regelparameters.stelVoor(voorstel);
            if (!resultaat.hasErrors()) {
                redirect.addFlashAttribute("melding", "Uw voorstel is opgeslagen. Een andere beheerder keurt het goed of wijst het af.");
                return "redirect:/regelparameters/voorstellen/" + v.id();
            }
            throw new IllegalStateException("Een voorstel met onleesbare velden is opgeslagen");
        } catch (OngeldigeInvoerException e) {
            for (OngeldigeInvoerException.Fout f : e.fouten()) {
                String veld = f.veld();
                Matcher m = VELD.matcher(veld);
                if (m.matches()) {
                    veld = "waarden[" + rijen.get(Integer.parseInt(m.group(1))) + "]" + m.group(2);
                }
                if (resultaat.hasFieldErrors(veld)) {
                    continue; // what someone typed did not read; that message says enough
                }
                if (veld.matches("waarden\\[\\d+\\]")) {
                    resultaat.rejectValue("waarden", f.code(), f.reden());
                } else {
                    resultaat.rejectValue(veld, f.code(), f.reden());
                }
            }
        }
        return formulier(model);
    }

    @GetMapping("/regelparameters/voorstellen/{id}")
    String voorstel(@PathVariable UUID id, Model model) {
        Voorstel v = regelparameters.lees(id);
        if (!model.containsAttribute("beoordeling")) {
            VoorstelFormulier.Beoordeling b = new VoorstelFormulier.Beoordeling();
            b.setVersie(v.versie());
            model.addAttribute("beoordeling", b);
        }
        return voorstelPagina(v, model);
    }

    private String voorstelPagina(Voorstel v, Model model) {
        var actueel = regelparameters.actueel();
        model.addAttribute("voorstel", v);
        model.addAttribute("waarden", v.waarden().stream().map(w -> new Vergelijking(w, actueel.geldig(w.naam(), w.geldigVanaf())
                .filter(p -> !(v.status() == VoorstelStatus.GOEDGEKEURD && p.geldigVanaf().equals(w.geldigVanaf())))
                .map(p -> new Regelwaarde(p.naam(), p.waarde(), p.geldigVanaf(), p.bron(), p.status(), p.toelichting())).orElse(null))).toList());
        model.addAttribute("eigen", v.voorgesteldDoor().equals(gebruikers.huidige().gebruikersnaam()));
        return "regelbeheer/voorstel";
    }

    @PostMapping("/regelparameters/voorstellen/{id}/beoordeling")
    String beoordeel(@PathVariable UUID id, @ModelAttribute("beoordeling") VoorstelFormulier.Beoordeling beoordeling, BindingResult resultaat,
            @RequestParam(required = false) String akkoord, Model model, RedirectAttributes redirect) {
        Boolean ja = "ja".equals(akkoord) ? Boolean.TRUE : "nee".equals(akkoord) ? Boolean.FALSE : null;
        try {
            Voorstel v = regelparameters.beoordeel(id, ja, beoordeling.getToelichting(), beoordeling.getVersie());
            redirect.addFlashAttribute("melding", v.status() == VoorstelStatus.GOEDGEKEURD
                    ? "Het voorstel is goedgekeurd. Vanaf de datum van elke waarde rekenen berekeningen ermee."
                    : "Het voorstel is afgewezen. De waarden tellen niet mee.");
            return "redirect:/regelparameters/voorstellen/" + id;
        } catch (nl.maatwerk.platform.VersieConflictException e) {
            // Someone else reviewed it meanwhile; the page then shows their decision in place of the form.
            redirect.addFlashAttribute("fout", e.getMessage() + " Uw beoordeling is niet opgeslagen.");
            return "redirect:/regelparameters/voorstellen/" + id;
        } catch (OngeldigeInvoerException e) {
            e.fouten().forEach(f -> {
                if (f.veld().equals("toelichting")) {
                    resultaat.rejectValue("toelichting", f.code(), f.reden());
                } else {
                    resultaat.reject(f.code(), f.reden());
                }
            });
            return voorstelPagina(regelparameters.lees(id), model);
        } catch (ConflictException | NietToegestaanException | VersieOntbreektException e) {
            redirect.addFlashAttribute("fout", e.getMessage());
            return "redirect:/regelparameters/voorstellen/" + id;
        }
    }

    private boolean isBeheerder() {
        return gebruikers.huidigeOptioneel().map(g -> g.rol() == Rol.BEHEERDER).orElse(false);
    }
}
