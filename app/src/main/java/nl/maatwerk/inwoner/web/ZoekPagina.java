package nl.maatwerk.inwoner.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.platform.TeVaakGezochtException;
import nl.maatwerk.regels.Bsn;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search a resident three ways: by BSN, by name (with a birth date anywhere, without one or with part of a
 * name only within what the user may see), or by postcode (with or without house number). Each way is its own small form, so a person uses the one that fits what they have. A
 * search over the account's limit (platform.Zoekrem) shows why, and when searching is possible again.
 */
@Controller
class ZoekPagina {

    private final Inwoners inwoners;

    ZoekPagina(Inwoners inwoners) {
        this.inwoners = inwoners;
    }

    @GetMapping("/zoeken")
    String zoek(@RequestParam(required = false) String q, @RequestParam(required = false) String bsn,
            @RequestParam(required = false) String achternaam,
            @RequestParam(required = false) String geboortedatum,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String huisnummer,
            Model model, HttpServletResponse response) {
        // The start page's one field: nine digits (with spaces or dots) are a BSN, anything else (part of) a name.
        if (q != null && bsn == null && achternaam == null) {
            if (q.replaceAll("[\\s.]", "").matches("[0-9]{8,9}")) {
                bsn = q;
            } else {
                achternaam = q;
                geboortedatum = "";
            }
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        Inwoners.Zoekresultaat resultaat = null;
        try {
            resultaat = zoekVolgensVraag(bsn, achternaam, geboortedatum, postcode, huisnummer, fouten);
        } catch (TeVaakGezochtException e) {
            // The same page, with the reason and when to try again, instead of a results list.
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.wachtSeconden()));
            model.addAttribute("teVaak", e.getMessage());
        }
        model.addAttribute("fouten", fouten);
        model.addAttribute("resultaat", resultaat);
        model.addAttribute("bsn", bsn);
        model.addAttribute("achternaam", achternaam);
        model.addAttribute("geboortedatum", geboortedatum);
        model.addAttribute("postcode", postcode);
        model.addAttribute("huisnummer", huisnummer);
        return "inwoner/zoeken";
    }

    private Inwoners.Zoekresultaat zoekVolgensVraag(String bsn, String achternaam, String geboortedatum, String postcode, String huisnummer,
            Map<String, String> fouten) {
        Inwoners.Zoekresultaat resultaat = null;
        if (bsn != null) {
            String schoon = bsn.replaceAll("[\\s.]", "");
            if (!Bsn.isGeldig(schoon)) {
                fouten.put("bsn", "Dit is geen geldig BSN. Een BSN heeft 9 cijfers en voldoet aan de 11-proef.");
            } else {
                resultaat = inwoners.zoekOpBsn(schoon);
            }
        } else if (achternaam != null || geboortedatum != null) {
            boolean zonderDatum = geboortedatum == null || geboortedatum.isBlank();
            LocalDate datum = datum(geboortedatum);
            if (achternaam == null || achternaam.isBlank()) {
                fouten.put("achternaam", "Vul de naam in, of een deel ervan.");
            } else if (zonderDatum && achternaam.strip().length() < Inwoners.MINIMAAL_NAAMDEEL) {
                fouten.put("achternaam", "Vul minstens " + Inwoners.MINIMAAL_NAAMDEEL + " letters van de naam in.");
            }
            if (!zonderDatum && datum == null) {
                fouten.put("geboortedatum", "Vul een geldige geboortedatum in, of laat het veld leeg.");
            }
            if (fouten.isEmpty()) {
                // Without a birth date only within the team (issue 15): part of a name finds no one elsewhere.
                resultaat = zonderDatum ? inwoners.zoekOpNaamdeel(achternaam) : inwoners.zoekOpNaam(achternaam, datum);
            }
        } else if (postcode != null || huisnummer != null) {
            String pc = postcode == null ? "" : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
            boolean zonderNummer = huisnummer == null || huisnummer.isBlank();
            Integer nummer = getal(huisnummer);
            if (!pc.matches("[1-9][0-9]{3}[A-Z]{2}")) {
                fouten.put("postcode", "Vul een postcode in zoals 2511 AB.");
            }
            if (!zonderNummer && (nummer == null || nummer < 1)) {
                fouten.put("huisnummer", "Vul een huisnummer in, bijvoorbeeld 12, of laat het veld leeg.");
            }
            if (fouten.isEmpty()) {
                resultaat = zonderNummer ? inwoners.zoekOpPostcode(pc) : inwoners.zoekOpAdres(pc, nummer);
            }
        }
        return resultaat;
    }

    private static LocalDate datum(String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : LocalDate.parse(tekst.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Integer getal(String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : Integer.valueOf(tekst.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
