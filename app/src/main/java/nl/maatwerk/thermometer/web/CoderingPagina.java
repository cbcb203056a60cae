package nl.maatwerk.thermometer.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.thermometer.Codering;
import nl.maatwerk.thermometer.Meting;
import nl.maatwerk.thermometer.Metingen;
import nl.maatwerk.thermometer.Resultaten;
import nl.maatwerk.thermometer.Thema;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy advisor codes each open answer against the stated intent, one theme at a time: the
 * intent on top, the answers below, each with fits / partly / misses.
 */
@Controller
class CoderingPagina {

    private final Metingen metingen;
    private final Resultaten resultaten;
    private final GebruikerRegister gebruikers;

    CoderingPagina(Metingen metingen, Resultaten resultaten, GebruikerRegister gebruikers) {
        this.metingen = metingen;
        this.resultaten = resultaten;
        this.gebruikers = gebruikers;
    }

    private Thema thema(Meting m, String code) {
        if (code == null || code.isBlank()) {
            return m.themas().getFirst();
        }
        return m.thema(code).orElseThrow(() -> new NietGevondenException("Thema"));
    }

    @GetMapping("/thermometer/metingen/{id}/codering")
    String codering(@PathVariable UUID id, @RequestParam(required = false) String thema, Model model) {
        Meting m = metingen.lees(id);
        Thema t = thema(m, thema);
        Map<String, String> keuzes = new LinkedHashMap<>();
        for (Codering c : Codering.values()) {
            keuzes.put(c.code(), c.naam());
        }
        keuzes.put("", "Nog niet beoordeeld");
        model.addAttribute("meting", m);
        model.addAttribute("thema", t);
        model.addAttribute("antwoorden", resultaten.openAntwoorden(id, t.code()));
        model.addAttribute("keuzes", keuzes);
        model.addAttribute("minimaal", nl.maatwerk.platform.KleineGroep.MINIMUM);
        return "thermometer/codering";
    }

    @PostMapping("/thermometer/metingen/{id}/codering")
    String codeer(@PathVariable UUID id, @RequestParam String thema, HttpServletRequest request, RedirectAttributes redirect) {
        Meting m = metingen.lees(id);
        Thema t = thema(m, thema);
        Map<UUID, Codering> coderingen = new LinkedHashMap<>();
        request.getParameterMap().forEach((naam, waarden) -> {
            if (naam.startsWith("c-") && waarden.length > 0) {
                try {
                    UUID antwoord = UUID.fromString(naam.substring(2));
                    coderingen.put(antwoord, waarden[0].isBlank() ? null : Codering.vanCode(waarden[0]));
                } catch (IllegalArgumentException e) {
                    // Not one of ours: ignored, as the page never sends it.
                }
            }
        });
        resultaten.codeer(id, t.code(), coderingen, gebruikers.huidige().gebruikersnaam());
        redirect.addFlashAttribute("melding", "De beoordeling van de antwoorden over " + t.inZin() + " is opgeslagen.");
        return "redirect:/thermometer/metingen/" + id + "/codering?thema=" + t.code();
    }

    /** While a round is open its results stay hidden; back to the list of rounds, with why. */
    @org.springframework.web.bind.annotation.ExceptionHandler(nl.maatwerk.thermometer.Resultaten.NogOpenException.class)
    String nogOpen(nl.maatwerk.thermometer.Resultaten.NogOpenException e, jakarta.servlet.http.HttpServletRequest request) {
        org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request).put("fout", e.getMessage());
        return "redirect:/thermometer";
    }
}
