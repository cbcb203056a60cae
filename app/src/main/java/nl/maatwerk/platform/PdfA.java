package nl.maatwerk.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * A PDF from server-rendered HTML: tagged for screen readers (PDF/UA-1), fit for the archive (PDF/A-2a), with the
 * vendored Liberation Sans embedded so every name prints as written. The letters (besluit.Beschikking) and other
 * modules' exports (issue 16: the resident's "Wie keek in mijn gegevens") are made with it.
 */
public final class PdfA {

    private static final String LETTERTYPE = "Liberation Sans";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final List<Lettertype> LETTERTYPEN = List.of(
            Lettertype.lees("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            Lettertype.lees("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            Lettertype.lees("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            Lettertype.lees("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private PdfA() {
    }

    /** The HTML must be well-formed XHTML with a {@code title} and {@code lang}, as PDF/UA asks. */
    public static byte[] van(String html) {
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            PdfRendererBuilder pdf = new PdfRendererBuilder();
            pdf.useFastMode();
            pdf.usePdfUaAccessibility(true);
            pdf.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
            pdf.useColorProfile(SRGB);
            pdf.withProducer("Maatwerk");
            for (Lettertype l : LETTERTYPEN) {
                // A PDF/A may only use embedded fonts, so this font is also the last resort for any other family.
                pdf.useFont(() -> new ByteArrayInputStream(l.bytes()), LETTERTYPE, l.gewicht(), l.stijl(), true,
                        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
                // The renderer's own name for the generic family "sans-serif": letters stored before this font existed ask for it.
                pdf.useFont(() -> new ByteArrayInputStream(l.bytes()), "SansSerif", l.gewicht(), l.stijl(), true);
            }
            pdf.withHtmlContent(html, null);
            pdf.toStream(uit);
            pdf.run();
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Lettertype(byte[] bytes, int gewicht, FontStyle stijl) {

        static Lettertype lees(String bestand, int gewicht, FontStyle stijl) {
            try (InputStream in = PdfA.class.getResourceAsStream("/fonts/liberation/" + bestand)) {
                if (in == null) {
                    throw new IllegalStateException("Lettertype ontbreekt: " + bestand);
                }
                return new Lettertype(in.readAllBytes(), gewicht, stijl);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
