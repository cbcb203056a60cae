package nl.maatwerk.mijn.hulp;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.mijn.Inwonersessie;
import nl.maatwerk.mijn.MijnInwoner;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.toegang.HulpVanInwoner;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vraag hulp (/mijn/hulp): a short request for help, and reporting a change. Both become a melding for the team. */
@Controller
class HulpPaginas {

    static class Hulpvraag {
        private HulpVanInwoner.Onderwerp onderwerp;
        private String watIsEr;
        private String watTelt;
        private String bereikbaar;

        public HulpVanInwoner.Onderwerp getOnderwerp() {
            return onderwerp;
        }

        public void setOnderwerp(HulpVanInwoner.Onderwerp onderwerp) {
            this.onderwerp = onderwerp;
        }

        public String getWatIsEr() {
            return watIsEr;
        }

        public void setWatIsEr(String watIsEr) {
            this.watIsEr = watIsEr;
        }

        public String getWatTelt() {
            return watTelt;
        }

        public void setWatTelt(String watTelt) {
            this.watTelt = watTelt;
        }

        public String getBereikbaar() {
            return bereikbaar;
        }

        public void setBereikbaar(String bereikbaar) {
            this.bereikbaar = bereikbaar;
        }
    }

    static class Wijziging {
        private HulpVanInwoner.Wijziging wijziging;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate per;
        private String toelichting;

        public HulpVanInwoner.Wijziging getWijziging() {
            return wijziging;
        }

        public void setWijziging(HulpVanInwoner.Wijziging wijziging) {
            this.wijziging = wijziging;
        }

        public LocalDate getPer() {
            return per;
        }

        public void setPer(LocalDate per) {
            this.per = per;
        }

        public String getToelichting() {
            return toelichting;
        }

        public void setToelichting(String toelichting) {
            this.toelichting = toelichting;
        }
    }

    private final HulpVanInwoner hulp;
    private final MijnInwoner mijn;

    HulpPaginas(HulpVanInwoner hulp, MijnInwoner mijn) {
        this.hulp = hulp;
        this.mijn = mijn;
    }

    @GetMapping("/mijn/hulp")
    String toon(Model model, jakarta.servlet.http.HttpServletRequest request) {
        // A form posted after the session expired comes back as typed (issue 16).
        if (!model.containsAttribute("hulpvraag")) {
            nl.maatwerk.mijn.web.Concepten.herstel(request, model, "/mijn/hulp", "hulpvraag", Hulpvraag.class);
        }
        if (!model.containsAttribute("wijziging")) {
            nl.maatwerk.mijn.web.Concepten.herstel(request, model, "/mijn/hulp/wijziging", "wijziging", Wijziging.class);
        }
        return pagina(model);
    }

    @PostMapping("/mijn/hulp")
    String vraag(@ModelAttribute("hulpvraag") Hulpvraag vraag, BindingResult binding, Model model, RedirectAttributes doorgeven) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID huishouden = mijn.vereisHuishouden(s);
        if (binding.hasErrors()) {
            return pagina(model);
        }
        try {
            hulp.vraagHulp(huishouden, s.inwonerId(), vraag.getOnderwerp(), vraag.getWatIsEr(), vraag.getWatTelt(), vraag.getBereikbaar());
        } catch (OngeldigeInvoerException fout) {
            Formulierfouten.verwerk(fout, binding, Map.of());
            return pagina(model);
        }
        doorgeven.addFlashAttribute("melding", "Uw vraag is verstuurd naar het team. Een medewerker neemt contact met u op. U ziet uw vraag ook bij Mijn aanvragen.");
        return "redirect:/mijn/hulp";
    }

    @PostMapping("/mijn/hulp/wijziging")
    String wijziging(@ModelAttribute("wijziging") Wijziging wijziging, BindingResult binding, Model model, RedirectAttributes doorgeven) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID huishouden = mijn.vereisHuishouden(s);
        if (binding.hasErrors()) {
            return pagina(model);
        }
        try {
            hulp.meldWijziging(huishouden, s.inwonerId(), wijziging.getWijziging(), wijziging.getPer(), wijziging.getToelichting());
        } catch (OngeldigeInvoerException fout) {
            Formulierfouten.verwerk(fout, binding, Map.of());
            return pagina(model);
        }
        doorgeven.addFlashAttribute("melding", "Bedankt. Uw wijziging is doorgegeven aan het team.");
        return "redirect:/mijn/hulp";
    }

    private String pagina(Model model) {
        mijn.vereisHuishouden(mijn.vereisGegevenstoegang());
        if (!model.containsAttribute("hulpvraag")) {
            model.addAttribute("hulpvraag", new Hulpvraag());
        }
        if (!model.containsAttribute("wijziging")) {
            model.addAttribute("wijziging", new Wijziging());
        }
        model.addAttribute("onderwerpen", Keuze.opties(HulpVanInwoner.Onderwerp.values(), null));
        model.addAttribute("wijzigingen", Keuze.opties(HulpVanInwoner.Wijziging.values(), null));
        return "mijn/hulp";
    }
}
