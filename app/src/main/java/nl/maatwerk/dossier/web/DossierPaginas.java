package nl.maatwerk.dossier.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.maatwerk.dossier.Document;
import nl.maatwerk.dossier.Documenten;
import nl.maatwerk.dossier.Documenttype;
import nl.maatwerk.dossier.Kanaal;
import nl.maatwerk.dossier.Notitie;
import nl.maatwerk.dossier.Notities;
import nl.maatwerk.inwoner.Huishoudens;
import jakarta.servlet.http.HttpServletRequest;
import nl.maatwerk.platform.Formulierbinding;
import nl.maatwerk.platform.Formulierfouten;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dossier's pages: all notes of a household (or of one request) with the form to add one, all
 * documents with the upload form, a download, and withdrawing a document after a confirmation. The
 * short forms on the household, request and decision pages post here; on an error the form comes back
 * here with what was typed and the message at the field.
 */
@Controller
class DossierPaginas {

    /** Every field as text, so that a garbled value becomes a message at its field instead of a binding error. */
    record NotitieFormulier(String kanaal, String tekst, String gedeeld, String hulpvraagId, String corrigeert, String terug) {
    }

    /** With the file itself as a field, so that a message about the file sits at the file input. */
    record UploadFormulier(MultipartFile bestand, String documenttype, String gedeeld, String hulpvraagId, String besluitId, String terug) {
    }

    record Intrekking(String reden) {
    }

    static final int GROOTTE = 20;

    private final Notities notities;
    private final Documenten documenten;
    private final Huishoudens huishoudens;
    private final Formulierbinding binding;

    DossierPaginas(Notities notities, Documenten documenten, Huishoudens huishoudens, Formulierbinding binding) {
        this.notities = notities;
        this.documenten = documenten;
        this.huishoudens = huishoudens;
        this.binding = binding;
    }

    // --- notes -----------------------------------------------------------------------------------

    @GetMapping("/huishoudens/{id}/notities")
    String notities(@PathVariable UUID id, @RequestParam(required = false) UUID hulpvraag, @RequestParam(defaultValue = "1") int pagina,
            Model model) {
        model.addAttribute("notitie", new NotitieFormulier(null, null, null, hulpvraag == null ? null : hulpvraag.toString(), null, "notities"));
        return notitiesPagina(id, hulpvraag, pagina, model);
    }

    @PostMapping("/huishoudens/{id}/notities")
    String notitie(@PathVariable UUID id, @ModelAttribute("notitie") NotitieFormulier formulier, BindingResult resultaat, Model model,
            RedirectAttributes redirect) {
        UUID hulpvraag = null;
        try {
            hulpvraag = uuid("hulpvraagId", formulier.hulpvraagId());
            UUID corrigeert = uuid("corrigeert", formulier.corrigeert());
            Kanaal kanaal = keuze("kanaal", formulier.kanaal(), Kanaal.class, "Kies een kanaal uit de lijst.");
            Notitie n = notities.legVast(id, new Notities.Nieuw(kanaal, formulier.tekst(), aan(formulier.gedeeld()), hulpvraag,
                    corrigeert));
            redirect.addFlashAttribute("melding", n.corrigeert() != null ? "De correctie is vastgelegd." : "De notitie is vastgelegd.");
            return "redirect:" + terug(id, formulier.terug(), hulpvraag, null, "notities") + "#notities";
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, Map.of());
        }
        return notitiesPagina(id, hulpvraag, 1, model);
    }

    private String notitiesPagina(UUID id, UUID hulpvraag, int pagina, Model model) {
        int nummer = Math.max(1, Math.min(pagina, 100_000));
        Notities.Pagina lijst = notities.lijst(id, hulpvraag, nummer, GROOTTE);
        model.addAttribute("huishoudenId", id);
        model.addAttribute("huishoudenNaam", naam(id));
        model.addAttribute("hulpvraag", hulpvraag);
        model.addAttribute("lijst", lijst);
        model.addAttribute("aantalPaginas", Math.max(1, (lijst.totaal() + GROOTTE - 1) / GROOTTE));
        model.addAttribute("kanalen", Keuze.opties(Kanaal.values(), "Kies hoe het contact was"));
        return "dossier/notities";
    }

    // --- documents -------------------------------------------------------------------------------

    @GetMapping("/huishoudens/{id}/documenten")
    String documenten(@PathVariable UUID id, @RequestParam(defaultValue = "1") int pagina, Model model) {
        model.addAttribute("upload", new UploadFormulier(null, null, null, null, null, "documenten"));
        return documentenPagina(id, pagina, model);
    }

    @PostMapping("/huishoudens/{id}/documenten")
    String upload(@PathVariable UUID id, @ModelAttribute("upload") UploadFormulier formulier, BindingResult resultaat,
            Model model, RedirectAttributes redirect, HttpServletRequest request) throws IOException {
        if (resultaat.hasErrors()) {
            // A text where the file belongs: Spring built no form; the page shows the other fields with the message.
            binding.herbouw(request, resultaat, UploadFormulier.class, model);
            return documentenPagina(id, 1, model);
        }
        MultipartFile bestand = formulier.bestand();
        try {
            UUID hulpvraag = uuid("hulpvraagId", formulier.hulpvraagId());
            UUID besluit = uuid("besluitId", formulier.besluitId());
            Documenttype type = keuze("documenttype", formulier.documenttype(), Documenttype.class, "Kies een soort document uit de lijst.");
            Document d = documenten.opslaan(id, new Documenten.Upload(type, bestand == null ? null : bestand.getOriginalFilename(),
                    bestand == null ? null : bestand.getBytes(), aan(formulier.gedeeld()), hulpvraag, besluit));
            redirect.addFlashAttribute("melding", "Het document " + d.bestandsnaam() + " is opgeslagen. We bewaren het tot "
                    + Datum.tekst(d.bewarenTot()) + ".");
            return "redirect:" + terug(id, formulier.terug(), hulpvraag, besluit, "documenten") + "#documenten";
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, Map.of());
        }
        return documentenPagina(id, 1, model);
    }

    private String documentenPagina(UUID id, int pagina, Model model) {
        int nummer = Math.max(1, Math.min(pagina, 100_000));
        Documenten.Pagina lijst = documenten.lijst(id, null, null, nummer, GROOTTE);
        model.addAttribute("huishoudenId", id);
        model.addAttribute("huishoudenNaam", naam(id));
        model.addAttribute("lijst", lijst);
        model.addAttribute("aantalPaginas", Math.max(1, (lijst.totaal() + GROOTTE - 1) / GROOTTE));
        model.addAttribute("documenttypen", Keuze.opties(Documenttype.values(), "Kies wat voor document dit is"));
        model.addAttribute("maximum", documenten.maximum());
        model.addAttribute("toegestaan", Documenten.toegestaan());
        model.addAttribute("accept", Documenten.accept());
        return "dossier/documenten";
    }

    @GetMapping("/huishoudens/{id}/documenten/{document}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID document) {
        return Download.als(documenten.download(id, document));
    }

    @GetMapping("/huishoudens/{id}/documenten/{document}/intrekken")
    String intrekkenVragen(@PathVariable UUID id, @PathVariable UUID document, Model model) {
        model.addAttribute("intrekking", new Intrekking(null));
        return intrekkenPagina(id, documenten.lees(id, document), model);
    }

    @PostMapping("/huishoudens/{id}/documenten/{document}/intrekken")
    String intrekken(@PathVariable UUID id, @PathVariable UUID document, @ModelAttribute("intrekking") Intrekking intrekking,
            BindingResult resultaat, Model model, RedirectAttributes redirect) {
        try {
            Document d = documenten.intrekken(id, document, intrekking.reden());
            redirect.addFlashAttribute("melding", "Het document " + d.bestandsnaam() + " is ingetrokken. Het bestand is verwijderd.");
            return "redirect:/huishoudens/" + id + "/documenten";
        } catch (OngeldigeInvoerException e) {
            Formulierfouten.verwerk(e, resultaat, Map.of());
        }
        return intrekkenPagina(id, documenten.lees(id, document), model);
    }

    private String intrekkenPagina(UUID id, Document d, Model model) {
        if (!d.magIntrekken() && !d.ingetrokken()) {
            throw new nl.maatwerk.platform.NietToegestaanException("Alleen wie het document opsloeg, of de teamleider, kan het intrekken.");
        }
        model.addAttribute("huishoudenId", id);
        model.addAttribute("huishoudenNaam", naam(id));
        model.addAttribute("document", d);
        return "dossier/intrekken";
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String naam(UUID id) {
        Huishoudens.Kop kop = huishoudens.koppen(Set.of(id)).get(id);
        return kop == null ? "Huishouden" : kop.naam();
    }

    /** Back to where the short form was: the household, the request or the decision page; else the dossier's own page. */
    private static String terug(UUID huishouden, String terug, UUID hulpvraag, UUID besluit, String eigen) {
        if ("huishouden".equals(terug)) {
            // The household page's tab with the notes and documents (issue 15); the anchor then finds the section.
            return "/huishoudens/" + huishouden + "?tab=dossier";
        }
        if ("hulpvraag".equals(terug) && hulpvraag != null) {
            return "/hulpvragen/" + hulpvraag;
        }
        if ("besluit".equals(terug) && besluit != null) {
            return "/besluiten/" + besluit;
        }
        return "/huishoudens/" + huishouden + "/" + eigen;
    }

    /** A checkbox: "true" (what the form sends) or "on" (a browser's default) is ticked; anything else is not. */
    private static boolean aan(String waarde) {
        return "true".equalsIgnoreCase(waarde) || "on".equalsIgnoreCase(waarde);
    }

    private static UUID uuid(String veld, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(waarde.strip());
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException(veld, "format", "Dit kenmerk klopt niet. Open de pagina opnieuw en probeer het nog eens.");
        }
    }

    private static <E extends Enum<E> & Keuze> E keuze(String veld, String waarde, Class<E> type, String melding) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Keuze.vanCode(type, waarde.strip(), melding);
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException(veld, "unknown", melding);
        }
    }
}
