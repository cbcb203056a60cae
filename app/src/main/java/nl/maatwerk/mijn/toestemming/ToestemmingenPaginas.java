package nl.maatwerk.mijn.toestemming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.mijn.Inwonersessie;
import nl.maatwerk.mijn.MijnInwoner;
import nl.maatwerk.platform.ConflictException;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.toegang.Onderdeel;
import nl.maatwerk.toegang.ToestemmingenVanInwoner;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mijn toestemmingen: the resident's consents, give one, stop one. Forms without JavaScript. */
@Controller
class ToestemmingenPaginas {

    /** The form to give a consent; kept as typed when something is wrong. */
    static class Formulier {
        private String partij;
        private List<Onderdeel> onderdelen = new ArrayList<>();
        private String doel;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate geldigTot;

        public String getPartij() {
            return partij;
        }

        public void setPartij(String partij) {
            this.partij = partij;
        }

        public List<Onderdeel> getOnderdelen() {
            return onderdelen;
        }

        public void setOnderdelen(List<Onderdeel> onderdelen) {
            this.onderdelen = onderdelen == null ? new ArrayList<>() : onderdelen;
        }

        public String getDoel() {
            return doel;
        }

        public void setDoel(String doel) {
            this.doel = doel;
        }

        public LocalDate getGeldigTot() {
            return geldigTot;
        }

        public void setGeldigTot(LocalDate geldigTot) {
            this.geldigTot = geldigTot;
        }
    }

    private final ToestemmingenVanInwoner toestemmingen;
    private final MijnInwoner mijn;

    ToestemmingenPaginas(ToestemmingenVanInwoner toestemmingen, MijnInwoner mijn) {
        this.toestemmingen = toestemmingen;
        this.mijn = mijn;
    }

    @GetMapping("/mijn/toestemmingen")
    String toon(Model model) {
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", new Formulier());
        }
        return pagina(model);
    }

    @PostMapping("/mijn/toestemmingen")
    String geef(@ModelAttribute("formulier") Formulier formulier, BindingResult binding, Model model, RedirectAttributes doorgeven) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID huishouden = mijn.vereisHuishouden(s);
        if (binding.hasErrors()) {
            return pagina(model);
        }
        try {
            toestemmingen.geef(huishouden, s.inwonerId(), formulier.getPartij(), formulier.getOnderdelen(), formulier.getDoel(),
                    formulier.getGeldigTot());
        } catch (OngeldigeInvoerException fout) {
            Formulierfouten.verwerk(fout, binding, Map.of("inwonerId", "partij"));
            return pagina(model);
        }
        doorgeven.addFlashAttribute("melding", "Uw toestemming is opgeslagen. U kunt haar altijd weer stoppen.");
        return "redirect:/mijn/toestemmingen";
    }

    @PostMapping("/mijn/toestemmingen/{id}/intrekken")
    String trekIn(@PathVariable UUID id, @RequestParam(required = false) Integer versie, RedirectAttributes doorgeven) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID huishouden = mijn.vereisHuishouden(s);
        try {
            toestemmingen.trekIn(huishouden, s.inwonerId(), id, versie);
            doorgeven.addFlashAttribute("melding", "Uw toestemming is gestopt. Vanaf vandaag delen we hiermee niets meer.");
        } catch (ConflictException | nl.maatwerk.platform.VersieConflictException fout) {
            doorgeven.addFlashAttribute("foutmelding", fout.getMessage());
        }
        return "redirect:/mijn/toestemmingen";
    }

    private String pagina(Model model) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID huishouden = mijn.vereisHuishouden(s);
        model.addAttribute("toestemmingen", toestemmingen.van(huishouden, s.inwonerId()));
        model.addAttribute("opties", Toestemmingwoorden.opties());
        model.addAttribute("woorden", new Woorden());
        return "mijn/toestemmingen";
    }

    /** For the template: a part in the resident's words. */
    static final class Woorden {
        public List<String> van(List<Onderdeel> onderdelen) {
            return Toestemmingwoorden.van(onderdelen);
        }
    }
}
