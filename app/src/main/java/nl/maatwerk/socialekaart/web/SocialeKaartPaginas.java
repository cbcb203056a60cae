package nl.maatwerk.socialekaart.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.socialekaart.Aanbod;
import nl.maatwerk.socialekaart.Dienst;
import nl.maatwerk.socialekaart.Inlezen;
import nl.maatwerk.socialekaart.Kosten;
import nl.maatwerk.socialekaart.Zoekvraag;
import nl.maatwerk.toegang.Levensdomein;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public sociale kaart (no login, no JavaScript): search by need in the resident's own words, life domain, wijk
 * and cost, and a page per service. And the beheerder's page: the share of fresh offers, the list of offers not
 * checked for 12 months, and importing a file.
 */
@Controller
class SocialeKaartPaginas {

    static final int PAGINAGROOTTE = 20;

    private final Aanbod aanbod;
    private final Inlezen inlezen;

    SocialeKaartPaginas(Aanbod aanbod, Inlezen inlezen) {
        this.aanbod = aanbod;
        this.inlezen = inlezen;
    }

    @GetMapping("/sociale-kaart")
    String zoeken(@RequestParam(required = false) String q, @RequestParam(required = false) String levensdomein,
            @RequestParam(required = false) String wijk, @RequestParam(required = false) String kosten,
            @RequestParam(defaultValue = "1") String pagina, Model model) {
        Levensdomein domein = keuze(Levensdomein.class, levensdomein);
        Kosten k = keuze(Kosten.class, kosten);
        String woorden = q == null ? "" : q.strip();
        if (woorden.length() > 200) {
            woorden = woorden.substring(0, 200);
        }
        int nummer = paginanummer(pagina);
        boolean gezocht = !woorden.isEmpty() || domein != null || (wijk != null && !wijk.isBlank()) || k != null;
        Aanbod.Pagina p = aanbod.zoek(new Zoekvraag(woorden, domein, wijk, k), nummer, PAGINAGROOTTE);
        model.addAttribute("q", woorden);
        model.addAttribute("levensdomein", domein == null ? "" : domein.name());
        model.addAttribute("wijk", wijk == null ? "" : wijk.strip());
        model.addAttribute("kosten", k == null ? "" : k.name());
        model.addAttribute("gezocht", gezocht);
        model.addAttribute("resultaat", p);
        model.addAttribute("domeinen", Keuze.opties(Levensdomein.values(), "Alle onderwerpen"));
        model.addAttribute("wijken", aanbod.wijken());
        model.addAttribute("kostenOpties", Map.of("", "Alles", Kosten.GRATIS.name(), "Alleen gratis"));
        String basis = "/sociale-kaart?q=" + enc(woorden) + "&levensdomein=" + (domein == null ? "" : domein.code()) + "&wijk="
                + enc(wijk == null ? "" : wijk.strip()) + "&kosten=" + (k == null ? "" : k.code()) + "&pagina=";
        model.addAttribute("vorige", basis + (nummer - 1));
        model.addAttribute("volgende", basis + (nummer + 1));
        return "socialekaart/zoeken";
    }

    @GetMapping("/sociale-kaart/diensten/{id}")
    String dienst(@PathVariable UUID id, Model model) {
        Dienst d = aanbod.lees(id).orElseThrow(() -> new NietGevondenException("Deze dienst staat niet (meer) op de sociale kaart."));
        model.addAttribute("d", d);
        return "socialekaart/dienst";
    }

    @GetMapping("/sociale-kaart/beheer")
    String beheer(Model model) {
        model.addAttribute("versheid", aanbod.versheid());
        model.addAttribute("kolommen", String.join(",", Inlezen.KOLOMMEN));
        return "socialekaart/beheer";
    }

    @PostMapping("/sociale-kaart/beheer/import")
    String importeer(@RequestParam(name = "bestand", required = false) MultipartFile bestand, Model model) throws java.io.IOException {
        if (bestand == null || bestand.isEmpty()) {
            model.addAttribute("fout", "Kies een bestand (CSV of JSON) om in te lezen.");
            return beheer(model);
        }
        String naam = bestand.getOriginalFilename() == null ? "" : bestand.getOriginalFilename().toLowerCase(java.util.Locale.ROOT);
        String tekst = new String(bestand.getBytes(), StandardCharsets.UTF_8);
        boolean json = naam.endsWith(".json") || tekst.stripLeading().startsWith("[") || tekst.stripLeading().startsWith("{");
        Inlezen.Verslag v = json ? inlezen.json(tekst) : inlezen.csv(tekst);
        model.addAttribute("verslag", v);
        return beheer(model);
    }

    @PostMapping("/sociale-kaart/beheer/diensten/{id}/gecontroleerd")
    String gecontroleerd(@PathVariable UUID id, @RequestParam(required = false) String versie, RedirectAttributes flash) {
        if (versie == null || versie.isBlank()) {
            throw new nl.maatwerk.platform.VersieOntbreektException("Geef de versie van de dienst mee.");
        }
        int v;
        try {
            v = Integer.parseInt(versie.strip());
        } catch (NumberFormatException e) {
            throw new OngeldigeInvoerException("versie", "invalid", "De versie is geen getal.");
        }
        Dienst d = aanbod.lees(id).orElseThrow(() -> new NietGevondenException("Deze dienst staat niet (meer) op de sociale kaart."));
        if (!aanbod.gecontroleerd(id, v)) {
            flash.addFlashAttribute("fout", "Iemand anders heeft " + d.naam() + " intussen gewijzigd. Bekijk de dienst opnieuw.");
        } else {
            flash.addFlashAttribute("melding", d.naam() + " is gecontroleerd: de datum is vandaag.");
        }
        return "redirect:/sociale-kaart/beheer";
    }

    private static int paginanummer(String s) {
        try {
            int n = Integer.parseInt(s.strip());
            if (n < 1 || n > 100_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new OngeldigeInvoerException("pagina", "invalid", "Het paginanummer is geen getal van 1 of hoger.");
        }
    }

    private static <E extends Enum<E> & Keuze> E keuze(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Keuze.vanCode(type, code.strip(), "Onbekende keuze");
        } catch (RuntimeException e) {
            throw new OngeldigeInvoerException("keuze", "invalid", "Deze keuze bestaat niet: " + code.strip() + ".");
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
