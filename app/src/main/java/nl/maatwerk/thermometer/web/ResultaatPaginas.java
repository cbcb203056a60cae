package nl.maatwerk.thermometer.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.thermometer.Dimensie;
import nl.maatwerk.thermometer.Laag;
import nl.maatwerk.thermometer.Meting;
import nl.maatwerk.thermometer.Metingen;
import nl.maatwerk.thermometer.Resultaten;
import nl.maatwerk.thermometer.Thema;
import nl.maatwerk.thermometer.Uitslag;
import nl.maatwerk.thermometer.Vergelijking;
import nl.maatwerk.thermometer.Waarde;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The results of a round for the policy advisor and team leads: heatmap, doorfluisterverlies, the
 * biggest gaps, coded open answers and the comparison with the previous round; also as CSV and PDF.
 * Everything here comes from {@link Uitslag}, which is already suppressed for small groups.
 */
@Controller
class ResultaatPaginas {

    private final Metingen metingen;
    private final Resultaten resultaten;
    private final TemplateEngine templates;
    private final GebruikerRegister gebruikers;
    private final Clock klok;

    ResultaatPaginas(Metingen metingen, Resultaten resultaten, TemplateEngine templates, GebruikerRegister gebruikers, Clock klok) {
        this.metingen = metingen;
        this.resultaten = resultaten;
        this.templates = templates;
        this.gebruikers = gebruikers;
        this.klok = klok;
    }

    private void vul(UUID id, java.util.function.BiConsumer<String, Object> model) {
        Meting m = metingen.lees(id);
        Uitslag u = resultaten.uitslag(m);
        Optional<Vergelijking> v = resultaten.vergelijking(m, u);
        model.accept("meting", m);
        model.accept("uitslag", u);
        model.accept("vergelijking", v.orElse(null));
        model.accept("dimensies", Dimensie.values());
        model.accept("minimaal", KleineGroep.MINIMUM);
        model.accept("teWeinig", Waarde.TE_WEINIG);
    }

    @GetMapping("/thermometer/metingen/{id}/resultaten")
    String resultaten(@PathVariable UUID id, Model model) {
        vul(id, model::addAttribute);
        model.addAttribute("heatmap", Heatmap.van((Uitslag) model.getAttribute("uitslag")));
        model.addAttribute("magCoderen", gebruikers.huidige().rol() == nl.maatwerk.platform.Rol.BELEID);
        return "thermometer/resultaten";
    }

    @GetMapping("/thermometer/metingen/{id}/resultaten.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id) {
        Meting m = metingen.lees(id);
        Uitslag u = resultaten.uitslag(m);
        StringBuilder b = new StringBuilder("Laag;Thema;Onderdeel;Aantal mensen;Score (0-100)\r\n");
        for (Laag laag : u.lagen()) {
            for (Thema t : u.themas()) {
                for (Dimensie d : Dimensie.values()) {
                    regel(b, laag, t, d.naam(), u.cel(laag, t.code(), d));
                }
                regel(b, laag, t, "Hele thema", u.thema(laag, t.code()));
            }
        }
        // A BOM so that Excel, which Dutch municipalities mostly use, reads ë in "Financiën" correctly.
        byte[] inhoud = ("\uFEFF" + b).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(bestandsnaam(m) + ".csv").build().toString())
                .body(inhoud);
    }

    private static void regel(StringBuilder b, Laag laag, Thema t, String onderdeel, Waarde w) {
        String mensen = w.onderdrukt() && !w.verborgen() ? "minder dan " + KleineGroep.MINIMUM : String.valueOf(w.respondenten());
        b.append(csvVeld(laag.naam())).append(';').append(csvVeld(t.naam())).append(';').append(csvVeld(onderdeel)).append(';')
                .append(csvVeld(mensen)).append(';').append(csvVeld(w.tekst())).append("\r\n");
    }

    /**
     * One field. A field that starts with = + - @ (or a tab or carriage return) is a formula to Excel and
     * LibreOffice: a theme named =HYPERLINK(...) would run when a colleague opens the export. A leading
     * apostrophe keeps it text.
     */
    static String csvVeld(String s) {
        String tekst = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return tekst.contains(";") || tekst.contains("\"") || tekst.contains("\n") ? "\"" + tekst.replace("\"", "\"\"") + "\"" : tekst;
    }

    private static String bestandsnaam(Meting m) {
        String naam = m.naam().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "thermometer-" + (naam.isEmpty() ? "meting" : naam);
    }

    @GetMapping("/thermometer/metingen/{id}/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) throws IOException {
        Context context = new Context(java.util.Locale.forLanguageTag("nl-NL"));
        vul(id, context::setVariable);
        context.setVariable("datum", LocalDate.now(klok));
        String html = templates.process("thermometer/rapport", context);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        PdfRendererBuilder pdf = new PdfRendererBuilder();
        pdf.useFastMode();
        pdf.withHtmlContent(html, null);
        pdf.toStream(uit);
        pdf.run();
        Meting m = (Meting) context.getVariable("meting");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(bestandsnaam(m) + ".pdf").build().toString())
                .body(uit.toByteArray());
    }

    /** While a round is open its results stay hidden; back to the list of rounds, with why. */
    @org.springframework.web.bind.annotation.ExceptionHandler(nl.maatwerk.thermometer.Resultaten.NogOpenException.class)
    String nogOpen(nl.maatwerk.thermometer.Resultaten.NogOpenException e, jakarta.servlet.http.HttpServletRequest request) {
        org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request).put("fout", e.getMessage());
        return "redirect:/thermometer";
    }
}
