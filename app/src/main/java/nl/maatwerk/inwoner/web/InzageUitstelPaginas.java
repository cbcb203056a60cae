package nl.maatwerk.inwoner.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.InzageUitstellen;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Formulierfouten;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team lead holds back, for a while, which accesses a resident sees (InzageUitstellen). */
@Controller
class InzageUitstelPaginas {

    /** The form as typed: dates as text, so a wrong date gets a message on its field instead of a failed binding. */
    record Formulier(String vanaf, String tot, String reden) {
    }

    private static final Map<String, String> VELDEN = Map.of("vanaf", "vanaf", "tot", "tot", "reden", "reden");

    private final InzageUitstellen uitstellen;
    private final Inwoners inwoners;

    InzageUitstelPaginas(InzageUitstellen uitstellen, Inwoners inwoners) {
        this.uitstellen = uitstellen;
        this.inwoners = inwoners;
    }

    @GetMapping("/inwoners/{id}/inzage-uitstellen")
    String formulier(@PathVariable UUID id, Model model) {
        model.addAttribute("formulier", new Formulier(null, null, null));
        return toon(id, model);
    }

    @PostMapping("/inwoners/{id}/inzage-uitstellen")
    String leg(@PathVariable UUID id, @ModelAttribute("formulier") Formulier formulier, BindingResult resultaat, Model model,
            RedirectAttributes redirect) {
        try {
            uitstellen.stelUit(id, new InzageUitstellen.Verzoek(datum("vanaf", formulier.vanaf()), datum("tot", formulier.tot()),
                    formulier.reden()));
            redirect.addFlashAttribute("melding", "Vastgelegd. De inwoner ziet deze inzagen pas na de einddatum; tot dan ziet de inwoner "
                    + "hoeveel het er zijn en de reden.");
            return "redirect:/inwoners/" + id;
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, VELDEN);
        }
        return toon(id, model);
    }

    private String toon(UUID id, Model model) {
        model.addAttribute("lopend", uitstellen.lopend(id));
        model.addAttribute("inwoner", inwoners.lees(id));
        return "inwoner/inzage-uitstellen";
    }

    /**
     * An empty field is "not filled in" (the service says so); anything else must be a date as a date field sends it. A
     * browser sends nothing else, so a wrong one gets its own message without the rest of the form's.
     */
    private static LocalDate datum(String veld, String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoerException(veld, "date", "Vul een datum in, bijvoorbeeld 31-12-2026.");
        }
    }
}
