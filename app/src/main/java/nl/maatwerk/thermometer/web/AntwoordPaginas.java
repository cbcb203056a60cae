package nl.maatwerk.thermometer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.thermometer.Beantwoording;
import nl.maatwerk.thermometer.Beantwoording.LinkOngeldigException;
import nl.maatwerk.thermometer.Beantwoording.Sessie;
import nl.maatwerk.thermometer.Dimensie;
import nl.maatwerk.thermometer.Thema;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The respondent's questionnaire, reached through a one-time link without logging in: a start page,
 * one page per theme, and a page to send. Answers are kept as a draft with the link until sent.
 */
@Controller
class AntwoordPaginas {

    /** The 5-point scale in words, and "weet ik niet" (value 0), in the order shown. */
    static final Map<String, String> SCHAAL = schaal();

    private static Map<String, String> schaal() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("1", "Helemaal niet mee eens");
        m.put("2", "Niet mee eens");
        m.put("3", "Neutraal");
        m.put("4", "Mee eens");
        m.put("5", "Helemaal mee eens");
        m.put("0", "Weet ik niet");
        return m;
    }

    private final Beantwoording beantwoording;

    AntwoordPaginas(Beantwoording beantwoording) {
        this.beantwoording = beantwoording;
    }

    @ExceptionHandler(LinkOngeldigException.class)
    String linkOngeldig(LinkOngeldigException e, Model model, HttpServletResponse response) {
        response.setStatus(e.reden() == Beantwoording.Reden.ONBEKEND ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("reden", e.reden().name());
        return "thermometer/link-ongeldig";
    }

    @GetMapping("/thermometer/antwoord/{token}")
    String start(@PathVariable String token, Model model) {
        Sessie s = beantwoording.open(token);
        model.addAttribute("sessie", s);
        model.addAttribute("token", token);
        model.addAttribute("minimaal", nl.maatwerk.platform.KleineGroep.MINIMUM);
        return "thermometer/antwoord-start";
    }

    @GetMapping("/thermometer/antwoord/{token}/{nr:\\d{1,3}}")
    String thema(@PathVariable String token, @PathVariable int nr, Model model) {
        Sessie s = beantwoording.open(token);
        return themaPagina(s, token, nr, null, null, model);
    }

    private String themaPagina(Sessie s, String token, int nr, Map<String, String> ingevuld, List<OngeldigeInvoerException.Fout> fouten,
            Model model) {
        List<Thema> themas = s.meting().themas();
        if (nr < 1 || nr > themas.size()) {
            throw new LinkOngeldigException(Beantwoording.Reden.ONBEKEND);
        }
        Thema t = themas.get(nr - 1);
        Map<String, String> gekozen = new LinkedHashMap<>();
        s.meting().stellingen(t.code()).forEach(st -> {
            Integer score = s.score(st);
            gekozen.put(st.id().toString(), score == null ? null : score.toString());
        });
        if (ingevuld != null) {
            gekozen.putAll(ingevuld);
        }
        Map<String, String> foutPerVeld = new LinkedHashMap<>();
        if (fouten != null) {
            fouten.forEach(f -> foutPerVeld.putIfAbsent(f.veld(), f.reden()));
        }
        model.addAttribute("sessie", s);
        model.addAttribute("token", token);
        model.addAttribute("nr", nr);
        model.addAttribute("aantal", themas.size());
        model.addAttribute("thema", t);
        model.addAttribute("dimensies", Dimensie.values());
        model.addAttribute("schaal", SCHAAL);
        model.addAttribute("gekozen", gekozen);
        model.addAttribute("openAntwoord", ingevuld != null ? ingevuld.getOrDefault("__open", "") : s.open(t.code()));
        model.addAttribute("fouten", foutPerVeld);
        model.addAttribute("maxOpen", Beantwoording.MAX_OPEN_ANTWOORD);
        return "thermometer/antwoord-thema";
    }

    @PostMapping("/thermometer/antwoord/{token}/{nr:\\d{1,3}}")
    String bewaar(@PathVariable String token, @PathVariable int nr, @RequestParam(required = false) String open,
            @RequestParam(defaultValue = "volgende") String actie, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Sessie s = beantwoording.open(token);
        List<Thema> themas = s.meting().themas();
        if (nr < 1 || nr > themas.size()) {
            throw new LinkOngeldigException(Beantwoording.Reden.ONBEKEND);
        }
        Thema t = themas.get(nr - 1);
        Map<String, String> antwoorden = new LinkedHashMap<>();
        request.getParameterMap().forEach((naam, waarden) -> {
            if (naam.startsWith("s-") && waarden.length > 0) {
                antwoorden.put(naam.substring(2), waarden[0]);
            }
        });
        boolean verder = "volgende".equals(actie);
        try {
            beantwoording.bewaar(token, t.code(), antwoorden, open, verder);
        } catch (OngeldigeInvoerException e) {
            Map<String, String> ingevuld = new LinkedHashMap<>(antwoorden);
            ingevuld.put("__open", open == null ? "" : open);
            List<OngeldigeInvoerException.Fout> fouten = new ArrayList<>(e.fouten());
            return themaPagina(s, token, nr, ingevuld, fouten, model);
        }
        String basis = "redirect:/thermometer/antwoord/" + token;
        if ("vorige".equals(actie)) {
            return basis + (nr == 1 ? "" : "/" + (nr - 1));
        }
        if ("bewaar".equals(actie)) {
            redirect.addFlashAttribute("melding", "Uw antwoorden zijn bewaard. U kunt later verder gaan met dezelfde link.");
            return basis + "/" + nr;
        }
        return basis + (nr == themas.size() ? "/versturen" : "/" + (nr + 1));
    }

    @GetMapping("/thermometer/antwoord/{token}/versturen")
    String controle(@PathVariable String token, Model model) {
        Sessie s = beantwoording.open(token);
        model.addAttribute("sessie", s);
        model.addAttribute("token", token);
        model.addAttribute("fouten", Map.of());
        return "thermometer/antwoord-versturen";
    }

    @PostMapping("/thermometer/antwoord/{token}/versturen")
    String verstuur(@PathVariable String token, Model model) {
        Sessie s = beantwoording.open(token);
        try {
            beantwoording.verstuur(token);
        } catch (OngeldigeInvoerException e) {
            Map<String, String> fouten = new LinkedHashMap<>();
            e.fouten().forEach(f -> fouten.put(f.veld(), f.reden()));
            model.addAttribute("sessie", s);
            model.addAttribute("token", token);
            model.addAttribute("fouten", fouten);
            return "thermometer/antwoord-versturen";
        }
        model.addAttribute("laag", s.laag());
        return "thermometer/antwoord-klaar";
    }
}
