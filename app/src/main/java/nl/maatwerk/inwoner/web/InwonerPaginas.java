package nl.maatwerk.inwoner.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.inwoner.Inwoner;
import nl.maatwerk.inwoner.InwonerGegevens;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.platform.Formulierbinding;
import nl.maatwerk.regels.Bsn;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.Momentopname;
import nl.maatwerk.platform.VersieConflictException;
import nl.maatwerk.platform.Versieconflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Register and change a resident. Nothing is saved while any field is wrong. */
@Controller
@RequestMapping("/inwoners")
class InwonerPaginas {

    private static final Map<String, String> VELDEN = Map.of("burgerservicenummer", "burgerservicenummer");

    private final Inwoners inwoners;
    private final Huishoudens huishoudens;
    private final Formulierbinding binding;

    InwonerPaginas(Inwoners inwoners, Huishoudens huishoudens, Formulierbinding binding) {
        this.inwoners = inwoners;
        this.huishoudens = huishoudens;
        this.binding = binding;
    }

    /** An empty form, or with {@code bsn} one filled in from the BRP so the professional only checks it. */
    @GetMapping("/nieuw")
    String nieuw(@RequestParam(required = false) String bsn, Model model) {
        InwonerGegevens gegevens = InwonerGegevens.leeg();
        if (bsn != null && !bsn.isBlank()) {
            String schoon = bsn.replaceAll("[\\s.]", "");
            if (!Bsn.isGeldig(schoon)) {
                model.addAttribute("fout", "Dit is geen geldig BSN. Een BSN heeft 9 cijfers en haalt de elfproef.");
            } else {
                gegevens = new InwonerGegevens(schoon, InwonerGegevens.Naam.leeg(), null,
                        InwonerGegevens.Verblijfplaats.leeg(), InwonerGegevens.Contact.leeg());
                try {
                    var persoon = inwoners.vraagOpInBrp(schoon);
                    if (persoon.isPresent()) {
                        gegevens = persoon.get();
                        model.addAttribute("melding", "De gegevens komen uit de " + inwoners.brp().bron()
                                + ". Controleer ze, vul de contactgegevens aan en sla op.");
                    } else {
                        model.addAttribute("fout", "De " + inwoners.brp().bron() + " kent geen persoon met dit BSN. Vul de gegevens zelf in.");
                    }
                } catch (nl.maatwerk.platform.TeVaakGezochtException e) {
                    // The form with only the BSN, and why: the professional can still type the data in.
                    model.addAttribute("fout", e.getMessage());
                }
            }
        }
        model.addAttribute("inwoner", gegevens);
        model.addAttribute("versie", null);
        model.addAttribute("brp", inwoners.brp());
        model.addAttribute("brpBsn", bsn);
        return "inwoner/formulier";
    }

    @PostMapping("/nieuw")
    String registreer(@Valid @ModelAttribute("inwoner") InwonerGegevens gegevens, BindingResult resultaat, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        BindingResult fouten = binding.herbouw(request, resultaat, InwonerGegevens.class, model);
        if (!resultaat.hasErrors()) {
            try {
                Inwoner inwoner = inwoners.registreer(gegevens);
                redirect.addFlashAttribute("melding", inwoner.volledigeNaam() + " is vastgelegd.");
                return "redirect:/inwoners/" + inwoner.id();
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, VELDEN);
            }
        }
        aanvullen(model, fouten);
        model.addAttribute("versie", null);
        model.addAttribute("brp", inwoners.brp());
        return "inwoner/formulier";
    }

    /**
     * A post without any name, address or contact field (no browser sends that from this form) has no such part:
     * the form gets empty ones, so it can show its fields with "fill in" beside them instead of failing.
     */
    private static void aanvullen(Model model, BindingResult fouten) {
        if (model.getAttribute("inwoner") instanceof InwonerGegevens g
                && (g.naam() == null || g.verblijfplaats() == null || g.contact() == null)) {
            Formulierbinding.toon(new InwonerGegevens(g.burgerservicenummer(), g.naam() == null ? InwonerGegevens.Naam.leeg() : g.naam(),
                    g.geboortedatum(), g.verblijfplaats() == null ? InwonerGegevens.Verblijfplaats.leeg() : g.verblijfplaats(),
                    g.contact() == null ? InwonerGegevens.Contact.leeg() : g.contact()), fouten, model);
        }
    }

    @GetMapping("/{id}")
    String toon(@PathVariable UUID id, Model model) {
        model.addAttribute("inwoner", inwoners.lees(id));
        model.addAttribute("huishoudens", huishoudens.vanInwoner(id));
        return "inwoner/inwoner";
    }

    @GetMapping("/{id}/bewerken")
    String bewerk(@PathVariable UUID id, Model model) {
        Inwoner inwoner = inwoners.lees(id);
        model.addAttribute("inwoner", inwoner.gegevens());
        model.addAttribute("id", id);
        Versieconflict.geopend(model, inwoner.versie(), momentopname(inwoner.gegevens()));
        return "inwoner/formulier";
    }

    @PostMapping("/{id}/bewerken")
    String wijzig(@PathVariable UUID id, @Valid @ModelAttribute("inwoner") InwonerGegevens gegevens, BindingResult resultaat,
            @RequestParam(required = false) Integer versie, @RequestParam(required = false) String basis, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        Versieconflict.behouden(model, versie, basis);
        BindingResult fouten = binding.herbouw(request, resultaat, InwonerGegevens.class, model);
        if (!resultaat.hasErrors()) {
            try {
                Inwoner inwoner = inwoners.wijzig(id, gegevens, versie);
                redirect.addFlashAttribute("melding", "De gegevens van " + inwoner.volledigeNaam() + " zijn opgeslagen.");
                return "redirect:/inwoners/" + id;
            } catch (VersieConflictException e) {
                // What the colleague changed, above the form that still holds what this user typed.
                Inwoner nu = inwoners.lees(id);
                Versieconflict.toon(model, e, basis, nu.versie(), momentopname(nu.gegevens()), Versieconflict.FORMULIER_BEWAARD);
            } catch (OngeldigeInvoerException e) {
                Formulierfouten.verwerk(e, resultaat, VELDEN);
            }
        }
        aanvullen(model, fouten);
        model.addAttribute("id", id);
        return "inwoner/formulier";
    }

    private static final java.time.format.DateTimeFormatter DATUM =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));

    /** The fields of the form as a person reads them, to say after a stale save which of them someone else changed. */
    static Momentopname momentopname(InwonerGegevens g) {
        InwonerGegevens.Naam n = g.naam() == null ? InwonerGegevens.Naam.leeg() : g.naam();
        InwonerGegevens.Verblijfplaats v = g.verblijfplaats() == null ? InwonerGegevens.Verblijfplaats.leeg() : g.verblijfplaats();
        InwonerGegevens.Contact c = g.contact() == null ? InwonerGegevens.Contact.leeg() : g.contact();
        return Momentopname.met().waarde("BSN", g.burgerservicenummer()).waarde("Voornamen", n.voornamen())
                .waarde("Voorvoegsel", n.voorvoegsel()).waarde("Achternaam", n.geslachtsnaam())
                .waarde("Geboortedatum", g.geboortedatum() == null ? null : DATUM.format(g.geboortedatum()))
                .waarde("Straat", v.straat()).waarde("Huisnummer", v.huisnummer()).waarde("Huisletter", v.huisletter())
                .waarde("Toevoeging", v.huisnummertoevoeging()).waarde("Postcode", v.postcodeGenormaliseerd())
                .waarde("Woonplaats", v.woonplaats()).waarde("Wijk", v.wijk())
                .waarde("Telefoonnummer", c.telefoonnummer()).waarde("E-mailadres", c.emailadres()).klaar();
    }
}
