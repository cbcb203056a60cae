package nl.maatwerk.waardering.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.waardering.Uitnodigingen;
import nl.maatwerk.waardering.Uitnodigingen.Invulling;
import nl.maatwerk.waardering.Uitnodigingen.LinkOngeldigException;
import nl.maatwerk.waardering.Uitnodigingen.Uitnodiging;
import nl.maatwerk.waardering.Vraag;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questionnaire, reached through the one-time link without logging in (and from the portal, which gives a fresh
 * link): one page, no JavaScript, for a phone first. A link answers once; an unknown link is 404, a used or expired
 * one 410, each with a page that says what happened.
 */
@Controller
class VragenlijstPaginas {

    /** The 5-point scale in words, and "weet niet" (value 0), in the order shown. */
    static final Map<String, String> SCHAAL = schaal();

    private static Map<String, String> schaal() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("5", "Helemaal mee eens");
        m.put("4", "Mee eens");
        m.put("3", "Niet mee eens en niet mee oneens");
        m.put("2", "Niet mee eens");
        m.put("1", "Helemaal niet mee eens");
        m.put("0", "Weet ik niet of geldt niet voor mij");
        return m;
    }

    private final Uitnodigingen uitnodigingen;

    VragenlijstPaginas(Uitnodigingen uitnodigingen) {
        this.uitnodigingen = uitnodigingen;
    }

    @ExceptionHandler(LinkOngeldigException.class)
    String linkOngeldig(LinkOngeldigException e, Model model, HttpServletResponse response) {
        response.setStatus(e.reden() == Uitnodigingen.Reden.ONBEKEND ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("reden", e.reden().name());
        model.addAttribute("dagen", Uitnodigingen.GELDIG_DAGEN);
        return "waardering/link-ongeldig";
    }

    @GetMapping("/waardering/{token}")
    String formulier(@PathVariable String token, Model model) {
        Uitnodiging u = uitnodigingen.open(token);
        return pagina(u, token, Map.of(), null, "", false, Map.of(), model);
    }

    @PostMapping("/waardering/{token}")
    String verstuur(@PathVariable String token, @RequestParam(required = false) String cijfer, @RequestParam(required = false) String open,
            @RequestParam(required = false) String contact, HttpServletRequest request, Model model, HttpServletResponse response) {
        Uitnodiging u = uitnodigingen.open(token);
        Map<String, String> gekozen = new LinkedHashMap<>();
        Map<Vraag, Integer> scores = new EnumMap<>(Vraag.class);
        Map<String, String> fouten = new LinkedHashMap<>();
        for (Vraag v : Vraag.values()) {
            String w = request.getParameter(v.code());
            if (w != null && !w.isBlank()) {
                gekozen.put(v.code(), w);
                Integer s = getal(w);
                if (s == null || s < 0 || s > 5) {
                    fouten.put(v.code(), "Kies een van de antwoorden bij: " + v.tekst());
                } else if (s > 0) {
                    scores.put(v, s);
                }
            }
        }
        Integer c = null;
        if (cijfer != null && !cijfer.isBlank()) {
            c = getal(cijfer);
            if (c == null) {
                fouten.put("cijfer", "Kies een cijfer van 1 tot en met 10.");
            }
        }
        boolean wilContact = "ja".equals(contact);
        if (fouten.isEmpty()) {
            try {
                uitnodigingen.beantwoord(token, new Invulling(scores, c, open, wilContact));
                model.addAttribute("contact", wilContact);
                return "waardering/bedankt";
            } catch (OngeldigeInvoerException e) {
                e.fouten().forEach(f -> fouten.putIfAbsent(f.veld(), f.reden()));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return pagina(u, token, gekozen, cijfer, open == null ? "" : open, wilContact, fouten, model);
    }

    private static Integer getal(String w) {
        try {
            return Integer.valueOf(w.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String pagina(Uitnodiging u, String token, Map<String, String> gekozen, String cijfer, String open, boolean contact,
            Map<String, String> fouten, Model model) {
        Map<String, List<Vraag>> perThema = new LinkedHashMap<>();
        for (Vraag v : Vraag.values()) {
            perThema.computeIfAbsent(v.thema().naam(), k -> new java.util.ArrayList<>()).add(v);
        }
        model.addAttribute("uitnodiging", u);
        model.addAttribute("aanleiding", u.aanleiding().omschrijving().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("token", token);
        model.addAttribute("perThema", perThema);
        model.addAttribute("schaal", SCHAAL);
        model.addAttribute("gekozen", gekozen);
        model.addAttribute("cijfer", cijfer);
        model.addAttribute("openAntwoord", open);
        model.addAttribute("contact", contact);
        model.addAttribute("fouten", fouten);
        model.addAttribute("maxOpen", Uitnodigingen.MAX_OPEN);
        model.addAttribute("toestemming", Uitnodigingen.TOESTEMMING);
        model.addAttribute("minimaal", KleineGroep.MINIMUM);
        model.addAttribute("werkdagen", Uitnodigingen.OPVOLGEN_WERKDAGEN);
        return "waardering/vragenlijst";
    }

}
