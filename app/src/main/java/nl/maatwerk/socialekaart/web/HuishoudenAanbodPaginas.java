package nl.maatwerk.socialekaart.web;

import java.util.UUID;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.socialekaart.Aanbod;
import nl.maatwerk.socialekaart.Dienst;
import nl.maatwerk.socialekaart.Verwijzingen;
import nl.maatwerk.socialekaart.Verwijzingstatus;
import nl.maatwerk.toegang.AanbodInPlan;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.PlanConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a professional does with the offer on the household page: add a matched offer to the plan as an action with
 * that organisation, refer the household, record the organisation's answer. And the organisation's one-time link.
 */
@Controller
class HuishoudenAanbodPaginas {

    private final Aanbod aanbod;
    private final AanbodInPlan plan;
    private final Verwijzingen verwijzingen;

    HuishoudenAanbodPaginas(Aanbod aanbod, AanbodInPlan plan, Verwijzingen verwijzingen) {
        this.aanbod = aanbod;
        this.plan = plan;
        this.verwijzingen = verwijzingen;
    }

    @PostMapping("/huishoudens/{id}/sociale-kaart/plan")
    String inPlan(@PathVariable UUID id, @RequestParam(required = false) String dienstId, @RequestParam(required = false) String doelId,
            @RequestParam(required = false) String domein, @RequestParam(required = false) String versie,
            @RequestParam(required = false) String terug, RedirectAttributes flash) {
        Dienst d = dienst(dienstId);
        Levensdomein l = domein == null || domein.isBlank() ? null : keuze(Levensdomein.class, domein, "domein");
        try {
            plan.voegActieToe(id, versie(versie), uuid(doelId, "doelId"), l, "Contact met " + d.naam(), d.organisatie().naam(), null);
            flash.addFlashAttribute("melding", d.naam() + " staat nu in het plan, als actie van " + d.organisatie().naam() + ".");
        } catch (PlanConflictException e) {
            flash.addFlashAttribute("fout", "Het plan is intussen door iemand anders gewijzigd. Bekijk het aanbod opnieuw en kies nog een keer.");
        }
        // From the plan editor back to the editor, which now shows the new action.
        return "bewerken".equals(terug) ? "redirect:/huishoudens/" + id + "/plan/bewerken#sociale-kaart"
                : "redirect:/huishoudens/" + id + "?tab=plan#sociale-kaart";
    }

    @PostMapping("/huishoudens/{id}/sociale-kaart/verwijzingen")
    String verwijs(@PathVariable UUID id, @RequestParam(required = false) String dienstId, @RequestParam(required = false) String toelichting,
            RedirectAttributes flash) {
        Verwijzingen.Nieuw n = verwijzingen.verwijs(id, dienst(dienstId).id(), toelichting);
        String link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/sociale-kaart/verwijzing/{t}").buildAndExpand(n.token()).toUriString();
        flash.addFlashAttribute("melding", "Verwijzing " + n.verwijzing().nummer() + " naar " + n.verwijzing().dienst()
                + " is vastgelegd. Stuur deze link naar " + n.verwijzing().organisatie() + ", zodat zij kunnen laten weten of het gelukt is: "
                + link + " (de link werkt 30 dagen en één keer; u ziet hem alleen nu).");
        return "redirect:/huishoudens/" + id + "?tab=plan#verwijzingen";
    }

    @PostMapping("/huishoudens/{id}/sociale-kaart/verwijzingen/{verwijzingId}")
    String antwoord(@PathVariable UUID id, @PathVariable UUID verwijzingId, @RequestParam(required = false) String status,
            @RequestParam(required = false) String versie, RedirectAttributes flash) {
        Verwijzingstatus s = status == null || status.isBlank() ? null : keuze(Verwijzingstatus.class, status, "status");
        Verwijzingen.Verwijzing v = verwijzingen.antwoord(id, verwijzingId, s, versie(versie));
        flash.addFlashAttribute("melding", "Antwoord op verwijzing " + v.nummer() + ": " + v.status().omschrijving().toLowerCase(java.util.Locale.ROOT) + ".");
        return "redirect:/huishoudens/" + id + "?tab=plan#verwijzingen";
    }

    @GetMapping("/sociale-kaart/verwijzing/{token}")
    String link(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse antwoord) {
        var v = verwijzingen.viaLink(token);
        if (v.isEmpty()) {
            antwoord.setStatus(HttpStatus.GONE.value());
            return "socialekaart/link-verlopen";
        }
        model.addAttribute("v", v.get());
        model.addAttribute("opties", Keuze.opties(new Verwijzingstatus[] {Verwijzingstatus.GEHOLPEN, Verwijzingstatus.NIET_GEHOLPEN,
            Verwijzingstatus.WACHTLIJST}, null));
        return "socialekaart/link";
    }

    @PostMapping("/sociale-kaart/verwijzing/{token}")
    String linkAntwoord(@PathVariable String token, @RequestParam(required = false) String status, Model model,
            jakarta.servlet.http.HttpServletResponse antwoord) {
        var v = verwijzingen.viaLink(token);
        if (v.isEmpty()) {
            antwoord.setStatus(HttpStatus.GONE.value());
            return "socialekaart/link-verlopen";
        }
        Verwijzingstatus s = status == null || status.isBlank() ? null : keuze(Verwijzingstatus.class, status, "status");
        if (s == null || s == Verwijzingstatus.VERSTUURD) {
            model.addAttribute("v", v.get());
            model.addAttribute("opties", Keuze.opties(new Verwijzingstatus[] {Verwijzingstatus.GEHOLPEN, Verwijzingstatus.NIET_GEHOLPEN,
                Verwijzingstatus.WACHTLIJST}, null));
            model.addAttribute("fout", "Kies wat er met verwijzing " + v.get().nummer() + " is gebeurd.");
            antwoord.setStatus(HttpStatus.BAD_REQUEST.value());
            return "socialekaart/link";
        }
        if (!verwijzingen.antwoordViaLink(token, s)) {
            antwoord.setStatus(HttpStatus.GONE.value());
            return "socialekaart/link-verlopen";
        }
        model.addAttribute("nummer", v.get().nummer());
        model.addAttribute("status", s);
        return "socialekaart/link-bedankt";
    }

    private Dienst dienst(String dienstId) {
        UUID id = uuid(dienstId, "dienstId");
        if (id == null) {
            throw new OngeldigeInvoerException("dienstId", "required", "Kies een dienst van de sociale kaart.");
        }
        return aanbod.lees(id).orElseThrow(() -> new OngeldigeInvoerException("dienstId", "invalid", "Deze dienst staat niet (meer) op de sociale kaart."));
    }

    private static Integer versie(String versie) {
        if (versie == null || versie.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(versie.strip());
        } catch (NumberFormatException e) {
            throw new OngeldigeInvoerException("versie", "invalid", "De versie is geen getal.");
        }
    }

    private static UUID uuid(String s, String veld) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException(veld, "invalid", "Dit kenmerk bestaat niet.");
        }
    }

    private static <E extends Enum<E> & Keuze> E keuze(Class<E> type, String code, String veld) {
        try {
            return Keuze.vanCode(type, code.strip(), "Onbekende keuze");
        } catch (RuntimeException e) {
            throw new OngeldigeInvoerException(veld, "invalid", "Deze keuze bestaat niet: " + code.strip() + ".");
        }
    }
}
