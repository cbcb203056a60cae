package nl.maatwerk.toegang.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.ZrmMeting;
import nl.maatwerk.toegang.ZrmMetingen;
import nl.maatwerk.toegang.ZrmNiveau;
import nl.maatwerk.toegang.ZrmOverzicht;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ZRM pages of a household: the history with a chart per domain, and the form for a new
 * assessment. Reading the household first gives the same 404 as the household page for a
 * household the user may not see.
 */
@Controller
@RequestMapping("/huishoudens/{id}/zrm")
class ZrmPaginas {

    private final Huishoudens huishoudens;
    private final ZrmMetingen metingen;
    private final Clock klok;

    ZrmPaginas(Huishoudens huishoudens, ZrmMetingen metingen, Clock klok) {
        this.huishoudens = huishoudens;
        this.metingen = metingen;
        this.klok = klok;
    }

    /** One domain's row in the form, with what it needs to show: choice, previous score and errors. */
    record FormRegel(int index, Levensdomein domein, String gekozen, String toelichting, String vorige, String scoreFout,
            String toelichtingFout) {

        public String pad() {
            return "scores[" + index + "]";
        }
    }

    @ModelAttribute("matrix")
    String matrix() {
        return ZrmNiveau.OFFICIELE_MATRIX;
    }

    @GetMapping
    String overzicht(@PathVariable UUID id, Model model) {
        Huishouden h = huishoudens.lees(id);
        ZrmOverzicht overzicht = metingen.overzicht(id);
        model.addAttribute("huishouden", h);
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("domeinen", Levensdomein.values());
        model.addAttribute("grafieken", overzicht.isLeeg() ? List.of()
                : Arrays.stream(Levensdomein.values()).map(d -> ZrmGrafiek.van(d, overzicht.oplopend())).toList());
        return "toegang/zrm-overzicht";
    }

    @GetMapping("/nieuw")
    String nieuw(@PathVariable UUID id, Model model) {
        Huishouden h = huishoudens.lees(id);
        ZrmMeting vorige = metingen.overzicht(id).laatste().orElse(null);
        ZrmFormulier formulier = ZrmFormulier.nieuw(LocalDate.now(klok), vorige);
        model.addAttribute("formulier", formulier);
        return formulier(h, vorige, formulier, null, model);
    }

    @PostMapping("/nieuw")
    String vastleggen(@PathVariable UUID id, @ModelAttribute("formulier") ZrmFormulier formulier, BindingResult resultaat,
            Model model, RedirectAttributes redirect) {
        Huishouden h = huishoudens.lees(id);
        if (!resultaat.hasErrors()) {
            try {
                metingen.vastleggen(id, formulier.alsInvoer());
                redirect.addFlashAttribute("melding", "De ZRM-meting is opgeslagen.");
                return "redirect:/huishoudens/" + id + "/zrm";
            } catch (OngeldigeInvoerException e) {
                voegToe(e.fouten(), resultaat);
            }
        } else {
            // A value that did not convert (a date like "gisteren"): still show every other problem at once.
            voegToe(formulier.alsInvoer().fouten(LocalDate.now(klok)), resultaat);
        }
        ZrmMeting vorige = metingen.overzicht(id).laatste().orElse(null);
        return formulier(h, vorige, formulier, resultaat, model);
    }

    private static void voegToe(List<OngeldigeInvoerException.Fout> fouten, BindingResult resultaat) {
        for (OngeldigeInvoerException.Fout f : fouten) {
            if (resultaat.hasFieldErrors(f.veld())) {
                continue;
            }
            if (f.veld().equals("datum") || f.veld().equals("inwonerId") || f.veld().matches("scores\\[\\d+]\\.(score|toelichting)")) {
                resultaat.rejectValue(f.veld(), f.code(), f.reden());
            } else {
                resultaat.reject(f.code(), f.reden());
            }
        }
    }

    private String formulier(Huishouden h, ZrmMeting vorige, ZrmFormulier formulier, BindingResult resultaat, Model model) {
        LocalDate vandaag = LocalDate.now(klok);
        Map<String, String> leden = new LinkedHashMap<>();
        leden.put("", "Kies een volwassene");
        // The ZRM scores one adult per assessment; children are not scored with it.
        h.ledenOp(vandaag).stream().filter(l -> nl.maatwerk.toegang.Leeftijdsgrenzen.krijgtZrm(l.inwoner().geboortedatum(), vandaag))
                .forEach(l -> leden.put(l.inwoner().id().toString(), l.inwoner().volledigeNaam()));
        Map<String, String> keuzes = new LinkedHashMap<>();
        for (ZrmNiveau n : ZrmNiveau.values()) {
            keuzes.put(String.valueOf(n.score()), n.score() + " " + n.omschrijving());
        }
        keuzes.put(ZrmFormulier.NIET_BEOORDEELD, ZrmNiveau.NIET_BEOORDEELD);
        List<FormRegel> regels = new ArrayList<>();
        Levensdomein[] domeinen = Levensdomein.values();
        for (int i = 0; i < domeinen.length; i++) {
            ZrmFormulier.Regel r = i < formulier.getScores().size() && formulier.getScores().get(i) != null
                    ? formulier.getScores().get(i) : new ZrmFormulier.Regel();
            Levensdomein d = domeinen[i];
            regels.add(new FormRegel(i, d, r.getScore(), r.getToelichting(),
                    vorige == null ? null : ZrmNiveau.tekst(vorige.waarde(d)),
                    fout(resultaat, "scores[" + i + "].score"), fout(resultaat, "scores[" + i + "].toelichting")));
        }
        model.addAttribute("huishouden", h);
        model.addAttribute("vorige", vorige);
        model.addAttribute("leden", leden);
        model.addAttribute("keuzes", keuzes);
        model.addAttribute("regels", regels);
        model.addAttribute("maxToelichting", nl.maatwerk.toegang.ZrmInvoer.MAX_TOELICHTING);
        return "toegang/zrm-nieuw";
    }

    private static String fout(BindingResult resultaat, String veld) {
        if (resultaat == null) {
            return null;
        }
        FieldError f = resultaat.getFieldError(veld);
        return f == null ? null : f.getDefaultMessage();
    }
}
