package nl.maatwerk.logboek.web;

import java.time.LocalDate;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.LogboekInzage;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.regels.Bsn;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's page: search the log and check the chain. */
@Controller
@RequestMapping("/logboek")
class LogboekPagina {

    private final LogboekInzage inzage;
    private final Logboek logboek;

    LogboekPagina(LogboekInzage inzage, Logboek logboek) {
        this.inzage = inzage;
        this.logboek = logboek;
    }

    @GetMapping
    String toon(@RequestParam(required = false) String bsn, @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            @RequestParam(defaultValue = "1") int pagina, Model model) {
        String schoonBsn = bsn == null ? "" : bsn.replaceAll("\\s", "");
        if (!schoonBsn.isEmpty() && !Bsn.isGeldig(schoonBsn)) {
            model.addAttribute("bsnFout", "Dit is geen geldig BSN. Een BSN heeft 9 cijfers en voldoet aan de 11-proef.");
            schoonBsn = "";
        }
        if (van != null && tot != null && tot.isBefore(van)) {
            model.addAttribute("periodeFout", "De einddatum ligt voor de begindatum.");
            tot = null;
        }
        var filter = new LogboekInzage.Filter(schoonBsn, actor,
                van == null ? null : van.atStartOfDay(Klok.ZONE).toInstant(),
                tot == null ? null : tot.plusDays(1).atStartOfDay(Klok.ZONE).toInstant());
        int nummer = Math.max(1, pagina);
        model.addAttribute("resultaat", LogboekZoeken.zoek(logboek, schoonBsn, () -> inzage.zoek(filter, nummer, 50)));
        model.addAttribute("bsn", bsn);
        model.addAttribute("actor", actor);
        model.addAttribute("van", van);
        model.addAttribute("tot", tot);
        return "logboek/logboek";
    }

    @PostMapping("/verificatie")
    String verifieer(Model model) {
        model.addAttribute("verificatie", inzage.verifieer());
        return "logboek/verificatie";
    }
}
