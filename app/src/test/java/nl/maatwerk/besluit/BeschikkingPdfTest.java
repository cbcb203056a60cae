package nl.maatwerk.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The PDF itself, without a database: archivable, accessible, with its own font embedded. */
class BeschikkingPdfTest {

    private final Beschikking beschikking = new Beschikking(null, null, null, null, null, null, null, null, "Gemeente Den Haag (demo)", "Postbus 1, 2500 AA Den Haag",
            "14 070", "sociaal@example.nl");

    @Test
    void aLetterStoredBeforeTheFontWasVendoredStillRendersAndComplies() throws IOException {
        String oud;
        try (InputStream in = getClass().getResourceAsStream("/besluit/brief-oud.html")) {
            oud = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] pdf = beschikking.pdf(oud);
        assertThat(PdfKeuring.tekst(pdf)).contains("Daphne Aydın-Şahin", "€ 2.835,41");
        assertThat(PdfKeuring.nietIngebeddeLettertypen(pdf)).isEmpty();
        assertThat(PdfKeuring.overtredingen(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a").isEmpty();
        assertThat(PdfKeuring.overtredingen(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    }

    /** Guards against a validator that passes everything: a plain PDF, untagged and with a standard font, fails. */
    @Test
    void theValidatorRejectsAnUntaggedPdfWithoutEmbeddedFonts() throws IOException {
        PdfRendererBuilder gewoon = new PdfRendererBuilder();
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        gewoon.withHtmlContent("<html><head><title>Gewoon</title></head><body><p>Tekst</p></body></html>", null);
        gewoon.toStream(uit);
        gewoon.run();
        byte[] pdf = uit.toByteArray();
        assertThat(PdfKeuring.nietIngebeddeLettertypen(pdf)).isNotEmpty();
        assertThat(PdfKeuring.overtredingen(pdf, PDFAFlavour.PDFA_2_A)).isNotEmpty();
        assertThat(PdfKeuring.overtredingen(pdf, PDFAFlavour.PDFUA_1)).isNotEmpty();
    }
}
