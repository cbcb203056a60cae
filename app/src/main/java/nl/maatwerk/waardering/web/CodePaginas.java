package nl.maatwerk.waardering.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.waardering.Codetoegang;
import nl.maatwerk.waardering.Uitnodigingen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /vragenlijst}: the short public address in the decision letter, where a resident without DigiD types the code
 * from the letter and goes on to the same questionnaire as the link. One field, no JavaScript, for a phone first. A
 * code that does not work gets one message for unknown, used and expired alike (404); too many of those from one
 * address get 429 with the time to try again.
 */
@Controller
class CodePaginas {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter DATUM_TIJD = DateTimeFormatter.ofPattern("d MMMM 'om' HH:mm", Locale.forLanguageTag("nl"));

    private final Codetoegang toegang;
    private final Clock klok;
    private final String telefoon;

    CodePaginas(Codetoegang toegang, Clock klok, @Value("${maatwerk.gemeente.telefoon:14 070}") String telefoon) {
        this.toegang = toegang;
        this.klok = klok;
        this.telefoon = telefoon;
    }

    @GetMapping("/vragenlijst")
    String formulier(Model model) {
        return pagina("", Map.of(), null, model);
    }

    @PostMapping("/vragenlijst")
    String verstuur(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        String invoer = code == null ? "" : code.strip();
        Map<String, String> fouten = new LinkedHashMap<>();
        String uitleg = null;
        switch (toegang.open(invoer, request.getRemoteAddr())) {
            case Codetoegang.Geopend g -> {
                return "redirect:/waardering/" + g.token();
            }
            case Codetoegang.Vormfout v -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                fouten.put("code", invoer.isEmpty() ? "Vul de code uit de brief in."
                        : "Een code heeft 8 letters en cijfers, zoals K7QM-4XPT. Kijk of u de hele code goed heeft overgenomen.");
            }
            case Codetoegang.WerktNiet w -> {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                fouten.put("code", "Deze code werkt niet. Kijk of u de code goed heeft overgenomen.");
                uitleg = "Klopt de code? Dan is de vragenlijst al ingevuld, of de " + Uitnodigingen.GELDIG_DAGEN
                        + " dagen zijn voorbij. Een code werkt maar één keer."
                        + (w.over() == 0 ? " U kunt nu een uur lang geen code meer proberen."
                                : w.over() <= 3 ? " U kunt nog " + w.over() + " keer een code proberen. Daarna moet u een uur wachten." : "");
            }
            case Codetoegang.TeVaak t -> {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, Duration.between(Instant.now(klok), t.weer()).toSeconds() + 1)));
                fouten.put("code", "U heeft te vaak een code geprobeerd die niet werkt. U kunt het weer proberen " + wanneer(t.weer()) + ".");
                uitleg = "Zo beschermen wij de vragenlijsten van andere inwoners.";
            }
        }
        return pagina(invoer, fouten, uitleg, model);
    }

    private String pagina(String code, Map<String, String> fouten, String uitleg, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("fouten", fouten);
        model.addAttribute("uitleg", uitleg);
        model.addAttribute("dagen", Uitnodigingen.GELDIG_DAGEN);
        model.addAttribute("telefoon", telefoon);
        return "waardering/code";
    }

    /** "om 14:32" today, else "op 8 december om 09:15"; rounded up to the minute, in the municipality's time zone. */
    private String wanneer(Instant weer) {
        ZonedDateTime moment = weer.atZone(Klok.ZONE);
        if (moment.getSecond() > 0 || moment.getNano() > 0) {
            moment = moment.plusMinutes(1).withSecond(0).withNano(0);
        }
        return moment.toLocalDate().equals(LocalDate.now(klok.withZone(Klok.ZONE))) ? "om " + TIJD.format(moment) : "op " + DATUM_TIJD.format(moment);
    }
}
