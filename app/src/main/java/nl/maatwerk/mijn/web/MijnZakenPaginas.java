package nl.maatwerk.mijn.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.besluit.BesluitenVoorInwoner;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.mijn.Inwonersessie;
import nl.maatwerk.mijn.MijnInwoner;
import nl.maatwerk.mijn.Woorden;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Teamcontact;
import nl.maatwerk.toegang.HulpvragenVoorInwoner;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resident's requests, decisions with their letters, the objection form and contact (issue 16). Every page takes
 * the resident and household from {@link MijnInwoner}; an id in the path is only looked up among the resident's own.
 */
@Controller
class MijnZakenPaginas {

    private final MijnInwoner mijn;
    private final HulpvragenVoorInwoner hulpvragen;
    private final BesluitenVoorInwoner besluiten;
    private final Huishoudens huishoudens;
    private final Teamcontact teamcontact;
    private final nl.maatwerk.logboek.Logboek logboek;

    MijnZakenPaginas(MijnInwoner mijn, HulpvragenVoorInwoner hulpvragen, BesluitenVoorInwoner besluiten, Huishoudens huishoudens,
            Teamcontact teamcontact, nl.maatwerk.logboek.Logboek logboek) {
        this.logboek = logboek;
        this.mijn = mijn;
        this.hulpvragen = hulpvragen;
        this.besluiten = besluiten;
        this.huishoudens = huishoudens;
        this.teamcontact = teamcontact;
    }

    /** The people whose decisions the resident sees: themselves, or the child they act for. */
    static List<UUID> wie(Inwonersessie s) {
        return List.of(s.betrokkeneId());
    }

    static List<Betrokkene> voor(Inwonersessie s) {
        return List.of(MijnInwoner.betrokkene(s));
    }

    @GetMapping("/mijn/aanvragen")
    String aanvragen(Model model) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        if (!s.heeftHuishouden()) {
            model.addAttribute("aanvragen", List.of());
            model.addAttribute("acties", List.of());
            return "mijn/aanvragen";
        }
        UUID h = s.huishoudenId();
        model.addAttribute("aanvragen", hulpvragen.aanvragen(h, wie(s), voor(s)).stream()
                .map(a -> Map.of("aanvraag", a, "stappen", Woorden.stappen(a.status(), a.allesGeregeld()),
                        "stap", Woorden.huidigeStap(a.status(), a.allesGeregeld())))
                .toList());
        model.addAttribute("acties", hulpvragen.eigenActies(h, voor(s)));
        model.addAttribute("uitleg", Woorden.UITLEG);
        return "mijn/aanvragen";
    }

    @GetMapping("/mijn/besluiten")
    String besluiten(Model model) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        model.addAttribute("besluiten", s.heeftHuishouden() ? besluiten.verzonden(s.huishoudenId(), wie(s), voor(s)) : List.of());
        model.addAttribute("uitleg", Woorden.UITLEG);
        return "mijn/besluiten";
    }

    @GetMapping("/mijn/besluiten/{id}")
    String besluit(@PathVariable UUID id, Model model, jakarta.servlet.http.HttpServletRequest request) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID h = mijn.vereisHuishouden(s);
        vulBesluit(model, besluiten.lees(h, wie(s), id, voor(s)));
        if (!model.containsAttribute("formulier")
                && !Concepten.herstel(request, model, "/mijn/besluiten/" + id + "/bezwaar", "formulier", Bezwaarformulier.class)) {
            model.addAttribute("formulier", new Bezwaarformulier(null, null, null));
        }
        return "mijn/besluit";
    }

    private void vulBesluit(Model model, BesluitenVoorInwoner.Besluitbrief b) {
        model.addAttribute("besluit", b);
        model.addAttribute("soortUitleg", Woorden.uitlegBijSoort(b.soort().code()));
        model.addAttribute("uitleg", Woorden.UITLEG);
    }

    /** The letter as it was sent, as a web page in the resident's layout (the body of the letter's own HTML). */
    @GetMapping("/mijn/besluiten/{id}/brief")
    String brief(@PathVariable UUID id, Model model) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID h = mijn.vereisHuishouden(s);
        vulBesluit(model, besluiten.lees(h, wie(s), id, voor(s)));
        model.addAttribute("briefInhoud", lichaam(besluiten.briefHtml(h, wie(s), id, voor(s))));
        return "mijn/brief";
    }

    /** What is between the body tags of the letter, which besluit generated (escaped) itself; its print styles stay behind. */
    static String lichaam(String html) {
        int open = html.indexOf("<body");
        int begin = open < 0 ? 0 : html.indexOf('>', open) + 1;
        int eind = html.lastIndexOf("</body>");
        return html.substring(begin, eind < begin ? html.length() : eind);
    }

    @GetMapping("/mijn/besluiten/{id}/brief.pdf")
    ResponseEntity<byte[]> briefPdf(@PathVariable UUID id) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID h = mijn.vereisHuishouden(s);
        byte[] pdf = besluiten.briefPdf(besluiten.briefHtml(h, wie(s), id, voor(s)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("besluit-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    /** The objection form: {@code eerstBellen} "ja" when the resident wants a call first. */
    record Bezwaarformulier(String eerstBellen, String telefoonnummer, String waarom) {
    }

    @PostMapping("/mijn/besluiten/{id}/bezwaar")
    String bezwaar(@PathVariable UUID id, @ModelAttribute("formulier") Bezwaarformulier formulier, BindingResult resultaat, Model model,
            RedirectAttributes redirect) {
        Inwonersessie s = mijn.vereisGegevenstoegang();
        UUID h = mijn.vereisHuishouden(s);
        try {
            besluiten.dienBezwaarIn(h, wie(s), id, s.betrokkeneId(),
                    new BesluitenVoorInwoner.Bezwaarschrift("ja".equals(formulier.eerstBellen()), formulier.telefoonnummer(), formulier.waarom()),
                    voor(s));
            redirect.addFlashAttribute("melding", "ja".equals(formulier.eerstBellen())
                    ? "Wij hebben uw bezwaar ontvangen. Wij bellen u eerst om erover te praten."
                    : "Wij hebben uw bezwaar ontvangen.");
            return "redirect:/mijn/besluiten/" + id;
        } catch (nl.maatwerk.platform.BotsingException e) {
            // Already objected (the form is gone from the page): say so at the top.
            model.addAttribute("fout", e.fouten().getFirst().reden());
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, Map.of("waarom", "waarom", "telefoonnummer", "telefoonnummer"));
        }
        vulBesluit(model, besluiten.lees(h, wie(s), id, voor(s)));
        model.addAttribute("inwonersessie", s);
        return "mijn/besluit";
    }

    @GetMapping("/mijn/contact")
    String contact(Model model) {
        Inwonersessie s = mijn.vereis();
        if (s.heeftHuishouden()) {
            var kop = huishoudens.koppen(List.of(s.huishoudenId())).get(s.huishoudenId());
            model.addAttribute("team", kop == null ? null : teamcontact.van(kop.teamId()).orElse(null));
            // The regisseur's name says that the household has help: shown only at the level that opens data, and logged.
            if (s.magGegevensZien()) {
                model.addAttribute("regisseur", logboek.verwerk("mijn.contact", nl.maatwerk.logboek.Verwerkingsactiviteit.HUISHOUDEN_RAADPLEGEN,
                        voor(s), () -> hulpvragen.regisseur(s.huishoudenId()).orElse(null)));
            }
        }
        model.addAttribute("uitleg", Woorden.UITLEG);
        return "mijn/contact";
    }
}
