package nl.maatwerk.mijn.inzage;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.PdfA;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** "Wie keek in mijn gegevens": the page, and the same list as CSV and as PDF. */
@Controller
class InzagenPaginas {

    static final int PAGINAGROOTTE = 25;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL"));

    private final Inzagen inzagen;
    private final TemplateEngine sjablonen;

    InzagenPaginas(Inzagen inzagen, TemplateEngine sjablonen) {
        this.inzagen = inzagen;
        this.sjablonen = sjablonen;
    }

    @GetMapping("/mijn/inzagen")
    String toon(@RequestParam(defaultValue = "1") int pagina, Model model) {
        model.addAttribute("overzicht", inzagen.overzicht(Math.max(1, Math.min(pagina, 100_000)), PAGINAGROOTTE));
        return "mijn/inzagen";
    }

    @GetMapping(value = "/mijn/inzagen.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("wie-keek-in-mijn-gegevens.csv").build().toString())
                .body(alsCsv(inzagen.alles()).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/mijn/inzagen.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf() {
        Context c = new Context(Locale.forLanguageTag("nl-NL"));
        c.setVariable("overzicht", inzagen.alles());
        c.setVariable("tijdzone", Klok.ZONE);
        byte[] pdf = PdfA.van(sjablonen.process("mijn/inzagen-pdf", c));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("wie-keek-in-mijn-gegevens.pdf").build().toString())
                .body(pdf);
    }

    /** Semicolons and a BOM, as Dutch spreadsheet programs open a CSV; every field quoted, so a comma or quote in a reason stays one field. */
    static String alsCsv(Inzagen.Overzicht o) {
        StringBuilder uit = new StringBuilder("\uFEFF");
        regel(uit, "Wanneer", "Organisatie", "Team", "Rol", "Naam", "Welke gegevens", "Waarvoor", "Doorbraak", "Reden doorbraak");
        for (Inzagen.Inzage i : o.inzagen()) {
            regel(uit, MOMENT.format(i.op().atZone(Klok.ZONE)), i.organisatie(), i.team(), i.rol(), i.naam(), String.join(" | ", i.watGegevens()),
                    String.join(" | ", i.waarvoor()), i.doorbraak() ? "ja" : "nee", i.doorbraakReden());
        }
        for (var a : o.achtergehouden()) {
            regel(uit, "", "", "", "", "", a.aantal() + " keer later te zien (vanaf " + DateTimeFormatter.ofPattern("d MMMM yyyy",
                    Locale.forLanguageTag("nl-NL")).format(a.zichtbaarVanaf()) + ")", a.reden(), "", "");
        }
        return uit.toString();
    }

    private static void regel(StringBuilder uit, String... velden) {
        for (int i = 0; i < velden.length; i++) {
            String v = velden[i] == null ? "" : velden[i];
            // A field starting with = + - @ would run as a formula in a spreadsheet: a quote first keeps it text.
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            uit.append(i == 0 ? "" : ";").append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        uit.append("\r\n");
    }
}
