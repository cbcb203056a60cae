package nl.maatwerk.mijn.bericht;

import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.dossier.portaal.BerichtBijlagen;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The resident's messages (/mijn/berichten) and the professional's side on the household (/huishoudens/{id}/berichten). */
@Controller
class BerichtenPaginas {

    /** What was typed; kept when the form comes back. */
    static class Formulier {
        private String tekst;
        private UUID inwonerId;
        private MultipartFile bestand;

        public MultipartFile getBestand() {
            return bestand;
        }

        public void setBestand(MultipartFile bestand) {
            this.bestand = bestand;
        }

        public String getTekst() {
            return tekst;
        }

        public void setTekst(String tekst) {
            this.tekst = tekst;
        }

        public UUID getInwonerId() {
            return inwonerId;
        }

        public void setInwonerId(UUID inwonerId) {
            this.inwonerId = inwonerId;
        }
    }

    private final Berichten berichten;
    private final BerichtBijlagen bijlagen;

    BerichtenPaginas(Berichten berichten, BerichtBijlagen bijlagen) {
        this.berichten = berichten;
        this.bijlagen = bijlagen;
    }

    /** What the upload field says before anyone chooses a file: the kinds and the limit of the workplace's document rules. */
    @ModelAttribute
    void bestandsregels(Model model) {
        model.addAttribute("bestandHint", "Mag leeg blijven. " + bijlagen.toegestaan() + ", hoogstens " + bijlagen.maximum() + ".");
        model.addAttribute("bestandAccept", bijlagen.accept());
    }

    @GetMapping("/mijn/berichten")
    String mijn(Model model, jakarta.servlet.http.HttpServletRequest request) {
        if (!model.containsAttribute("formulier") && !nl.maatwerk.mijn.web.Concepten.herstel(request, model, "/mijn/berichten", "formulier",
                Formulier.class)) {
            model.addAttribute("formulier", new Formulier());
        }
        model.addAttribute("berichten", berichten.vanMij());
        return "mijn/berichten";
    }

    @PostMapping("/mijn/berichten")
    String stuur(@ModelAttribute("formulier") Formulier formulier, BindingResult binding, Model model, RedirectAttributes doorgeven) {
        if (!binding.hasErrors()) {
            try {
                berichten.stuurAlsInwoner(formulier.getTekst(), Berichten.Bestand.van(formulier.getBestand()));
                doorgeven.addFlashAttribute("melding", "Uw bericht is verstuurd. U krijgt antwoord in Mijn Maatwerk.");
                return "redirect:/mijn/berichten";
            } catch (OngeldigeInvoerException fout) {
                Formulierfouten.verwerk(fout, binding, Map.of());
            } catch (java.io.IOException fout) {
                binding.rejectValue("bestand", "unreadable", "Het bestand kon niet worden gelezen. Probeer het opnieuw.");
            }
        }
        model.addAttribute("berichten", berichten.vanMij());
        return "mijn/berichten";
    }

    /** An attachment of the resident's own conversation; another household's (or member's) id: 404. */
    @GetMapping("/mijn/berichten/bijlagen/{bijlageId}")
    ResponseEntity<byte[]> mijnBijlage(@PathVariable UUID bijlageId) {
        return berichten.bijlageVanMij(bijlageId);
    }

    @GetMapping("/huishoudens/{id}/berichten/bijlagen/{bijlageId}")
    ResponseEntity<byte[]> bijlage(@PathVariable UUID id, @PathVariable UUID bijlageId) {
        return berichten.bijlageVanHuishouden(id, bijlageId);
    }

    @GetMapping("/huishoudens/{id}/berichten")
    String huishouden(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("formulier")) {
            model.addAttribute("formulier", new Formulier());
        }
        model.addAttribute("huishoudenId", id);
        model.addAttribute("gesprekken", berichten.vanHuishouden(id));
        model.addAttribute("ontvangers", berichten.ontvangers(id));
        return "mijn/huishouden-berichten";
    }

    @PostMapping("/huishoudens/{id}/berichten")
    String beantwoord(@PathVariable UUID id, @ModelAttribute("formulier") Formulier formulier, BindingResult binding, Model model,
            RedirectAttributes doorgeven) {
        if (!binding.hasErrors()) {
            try {
                berichten.stuurAlsProfessional(id, formulier.getInwonerId(), formulier.getTekst(), Berichten.Bestand.van(formulier.getBestand()));
                doorgeven.addFlashAttribute("melding", "Het bericht is verstuurd. De inwoner krijgt een e-mail dat er een bericht is, zonder inhoud.");
                return "redirect:/huishoudens/" + id + "/berichten";
            } catch (OngeldigeInvoerException fout) {
                Formulierfouten.verwerk(fout, binding, Map.of());
            } catch (java.io.IOException fout) {
                binding.rejectValue("bestand", "unreadable", "Het bestand kon niet worden gelezen. Probeer het opnieuw.");
            }
        }
        model.addAttribute("huishoudenId", id);
        model.addAttribute("gesprekken", berichten.vanHuishouden(id));
        model.addAttribute("ontvangers", berichten.ontvangers(id));
        return "mijn/huishouden-berichten";
    }
}
