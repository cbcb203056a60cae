package nl.maatwerk.besluit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks on a rendered letter: veraPDF against a standard, and what PDFBox reads back from it. */
public final class PdfKeuring {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfKeuring() {
    }

    /** The rules of the standard that the PDF breaks, one line each; empty when it complies. */
    public static List<String> overtredingen(byte[] pdf, PDFAFlavour standaard) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), standaard);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(standaard, false)) {
            ValidationResult r = validator.validate(parser);
            List<String> fouten = new ArrayList<>(r.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage() + " (" + a.getLocationContext() + ")")
                    .distinct().toList());
            if (!r.isCompliant() && fouten.isEmpty()) {
                fouten.add("Niet conform " + standaard.getId() + ": " + r.getJobEndStatus());
            }
            return fouten;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF kon de pdf niet keuren", e);
        }
    }

    public static String tekst(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            // Reading order on the page: the renderer writes inline parts of a line in its own order.
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(d);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every font used on any page, with whether its file is in the PDF. */
    static List<String> nietIngebeddeLettertypen(byte[] pdf) {
        List<String> niet = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage p : d.getPages()) {
                for (var naam : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(naam);
                    if (!f.isEmbedded()) {
                        niet.add(f.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return niet;
    }

    static List<String> lettertypen(byte[] pdf) {
        List<String> namen = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage p : d.getPages()) {
                for (var naam : p.getResources().getFontNames()) {
                    namen.add(p.getResources().getFont(naam).getName());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return namen.stream().distinct().toList();
    }

    /** The document's title and language, as a reader shows and speaks them. */
    static List<String> titelEnTaal(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return List.of(String.valueOf(d.getDocumentInformation().getTitle()), String.valueOf(d.getDocumentCatalog().getLanguage()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int paginas(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
