package nl.maatwerk.knelpunt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.knelpunt.Dossiers;
import nl.maatwerk.knelpunt.HoeVaak;
import nl.maatwerk.knelpunt.Knelpunten;
import nl.maatwerk.knelpunt.Persoonsgegevens;
import nl.maatwerk.knelpunt.Procedure;
import nl.maatwerk.knelpunt.Vanuit;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reporting a knelpunt from wherever the professional is (a link on a household, a request, a decision or the work
 * queue brings where it came from and, from a decision, its rule), and the list of one's own knelpunten with
 * policy's answer. A refused text comes back with the words that look like personal data marked.
 */
@Controller
class KnelpuntPaginas {

    /** The form: {@code dossier} is a rule's code or a procedure's code; {@code huishouden} only for the check. */
    record KnelpuntFormulier(String dossier, String onderwerp, String wat, String watZouHelpen, String hoeVaak, String vanuit, String huishouden) {
    }

    private final Knelpunten knelpunten;

    KnelpuntPaginas(Knelpunten knelpunten) {
        this.knelpunten = knelpunten;
    }

    /** Ten per page: each knelpunt is a card with its story and policy's answer. */
    static final int PER_PAGINA = 10;

    @GetMapping("/knelpunten")
    String mijn(@RequestParam(defaultValue = "1") int pagina, Model model) {
        int nummer = Math.max(1, pagina);
        Knelpunten.Pagina p = knelpunten.mijn(nummer, PER_PAGINA);
        long aantal = Math.max(1, (p.totaal() + PER_PAGINA - 1) / PER_PAGINA);
        model.addAttribute("knelpunten", p.knelpunten());
        model.addAttribute("pagina", nummer);
        model.addAttribute("aantalPaginas", aantal);
        model.addAttribute("totaal", p.totaal());
        return "knelpunt/mijn";
    }

    @GetMapping("/knelpunten/nieuw")
    String nieuw(@RequestParam(required = false) String vanuit, @RequestParam(required = false) String huishouden,
            @RequestParam(required = false) String regel, Model model) {
        String dossier = regel == null ? "" : knelpunten.onderwerpen().stream()
                .filter(o -> regel.equals(o.regel()) || regel.equals(o.code())).map(Dossiers.Onderwerp::code).findFirst().orElse("");
        Vanuit v = keuze(vanuit);
        model.addAttribute("knelpunt", new KnelpuntFormulier(dossier, "", "", "", "", v.name(), uuid(huishouden) == null ? "" : huishouden));
        return formulier(model);
    }

    @PostMapping("/knelpunten/nieuw")
    String meld(@ModelAttribute("knelpunt") KnelpuntFormulier f, BindingResult resultaat, Model model, RedirectAttributes redirect) {
        String dossier = f.dossier() == null ? "" : f.dossier();
        boolean isProcedure = java.util.Arrays.stream(Procedure.values()).anyMatch(p -> p.code().equals(dossier) || p.name().equals(dossier));
        try {
            knelpunten.meld(new Knelpunten.Melding(f.onderwerp(), isProcedure ? null : dossier,
                    isProcedure ? Keuze.vanCode(Procedure.class, dossier, "Onbekende procedure") : null, f.wat(), f.watZouHelpen(),
                    hoeVaak(f.hoeVaak()), keuze(f.vanuit()), uuid(f.huishouden())));
        } catch (Knelpunten.PersoonsgegevensGevonden e) {
            Map<String, List<Persoonsgegevens.Deel>> markering = new LinkedHashMap<>();
            Map<String, String> teksten = Map.of("onderwerp", nn(f.onderwerp()), "wat", nn(f.wat()), "watZouHelpen", nn(f.watZouHelpen()));
            for (String veld : List.of("onderwerp", "wat", "watZouHelpen")) {
                List<Persoonsgegevens.Vondst> hier = e.vondsten().stream().filter(v -> v.veld().equals(veld)).toList();
                if (!hier.isEmpty()) {
                    markering.put(veld, Persoonsgegevens.markeer(teksten.get(veld), hier));
                }
            }
            model.addAttribute("markering", markering);
            Formulierfouten.verwerk(e, resultaat, Map.of());
            return formulier(model);
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, Map.of("regel", "dossier"));
            return formulier(model);
        }
        redirect.addFlashAttribute("melding", "Uw knelpunt is gemeld. Beleid ziet het in het dossier; hun antwoord ziet u hier en op uw startpagina.");
        return "redirect:/knelpunten";
    }

    private String formulier(Model model) {
        Map<String, String> over = new LinkedHashMap<>();
        over.put("", "Kies een regel of werkwijze");
        for (Dossiers.Onderwerp o : knelpunten.onderwerpen()) {
            over.put(o.code(), o.isRegel() ? "Regel: " + o.naam() + " (" + o.wet() + ")" : o.naam());
        }
        model.addAttribute("onderwerpen", over);
        model.addAttribute("hoeVaakOpties", Keuze.opties(HoeVaak.values(), "Kies hoe vaak"));
        return "knelpunt/nieuw";
    }

    private static HoeVaak hoeVaak(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Keuze.vanCode(HoeVaak.class, s, "Onbekend hoe vaak");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Vanuit keuze(String s) {
        if (s == null || s.isBlank()) {
            return Vanuit.ELDERS;
        }
        try {
            return Keuze.vanCode(Vanuit.class, s, "Onbekend vanuit");
        } catch (IllegalArgumentException e) {
            return Vanuit.ELDERS;
        }
    }

    private static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
