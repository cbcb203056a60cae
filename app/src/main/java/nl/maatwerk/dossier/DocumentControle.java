package nl.maatwerk.dossier;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.maatwerk.dossier.scan.Virusscanner;
import nl.maatwerk.platform.OngeldigeInvoerException;

/**
 * What an upload must be before it is stored, as a pure function: not empty, not too large, one of the
 * kinds we accept as its content shows (magic bytes, and for Office files the parts inside the zip), not
 * only its name; a file name without a path; and passed by every virus scanner. Each refusal is a Dutch
 * message on the field {@code bestand}.
 */
final class DocumentControle {

    /** The kinds of file we accept, each with the extensions that go with it. */
    enum Bestandssoort {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        ODT("application/vnd.oasis.opendocument.text", "odt"),
        ODS("application/vnd.oasis.opendocument.spreadsheet", "ods");

        final String mediatype;
        final List<String> extensies;

        Bestandssoort(String mediatype, String... extensies) {
            this.mediatype = mediatype;
            this.extensies = List.of(extensies);
        }
    }

    /** What the form and the API say about the kinds we accept. */
    static final String TOEGESTAAN = "PDF, foto (JPG of PNG) of Office-document (DOCX, XLSX, ODT of ODS)";
    static final String ACCEPT = ".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.ods";

    record Gecontroleerd(String bestandsnaam, Bestandssoort soort) {
    }

    private DocumentControle() {
    }

    static Gecontroleerd controleer(String naam, byte[] inhoud, long maxBytes, List<Virusscanner> scanners) {
        if (inhoud == null || inhoud.length == 0) {
            throw fout("required", "Kies een bestand. Het bestand dat u koos, is leeg.");
        }
        if (inhoud.length > maxBytes) {
            throw fout("size", "Het bestand is te groot (" + megabytes(inhoud.length) + "). Het mag hoogstens " + megabytes(maxBytes) + " zijn.");
        }
        Bestandssoort soort = herken(inhoud);
        if (soort == null) {
            throw fout("type", "Dit soort bestand kan niet worden opgeslagen. Kies een " + TOEGESTAAN + ".");
        }
        if (soort == Bestandssoort.DOCX || soort == Bestandssoort.XLSX) {
            if (zipNamen(inhoud).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
                throw fout("type", "Het bestand bevat macro's. Sla het op zonder macro's of als PDF, en probeer het opnieuw.");
            }
        }
        String veilig = veiligeNaam(naam);
        String extensie = extensie(veilig);
        if (extensie.isEmpty()) {
            veilig = veilig + "." + soort.extensies.getFirst();
        } else if (!soort.extensies.contains(extensie)) {
            throw fout("type", "De naam eindigt op ." + extensie + ", maar de inhoud is een " + soort.name()
                    + "-bestand. Kies het goede bestand of geef het de goede naam.");
        }
        for (Virusscanner scanner : scanners) {
            Virusscanner.Uitslag uitslag;
            try {
                uitslag = scanner.scan(veilig, inhoud);
            } catch (RuntimeException e) {
                // A scanner that cannot answer does not let a file through.
                throw fout("virus", "Het bestand kon niet op virussen worden gecontroleerd en is niet opgeslagen. Probeer het later opnieuw.");
            }
            if (uitslag == null || !uitslag.schoon()) {
                String reden = uitslag == null || uitslag.reden() == null ? "" : " (" + uitslag.reden() + ")";
                throw fout("virus", "Het bestand is niet opgeslagen: de virusscanner keurde het af" + reden
                        + ". Open het niet opnieuw en vraag de afzender om een nieuw bestand.");
            }
        }
        return new Gecontroleerd(veilig, soort);
    }

    private static OngeldigeInvoerException fout(String code, String reden) {
        return new OngeldigeInvoerException("bestand", code, reden);
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb >= 10 || mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f", mb) : String.format(Locale.ROOT, "%.1f", mb).replace('.', ','))
                + " MB";
    }

    /**
     * The file name without any path (a browser or client may send {@code C:\Users\..\a.pdf} or
     * {@code ../../etc/passwd}), without control characters and characters that mean something to a file
     * system or a header, at most 100 characters with its extension kept; "document" when nothing is left.
     */
    static String veiligeNaam(String naam) {
        String n = naam == null ? "" : naam;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = Normalizer.normalize(n, Normalizer.Form.NFC);
        StringBuilder schoon = new StringBuilder();
        n.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || "<>:\"|?*;%".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT) {
                schoon.append('_');
            } else {
                schoon.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
            }
        });
        n = schoon.toString().strip().replaceAll(" +", " ");
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.length() > 100) {
            String ext = extensie(n);
            int ruimte = 100 - (ext.isEmpty() ? 0 : ext.length() + 1);
            n = n.substring(0, Math.min(ruimte, n.length())).strip() + (ext.isEmpty() || ext.length() > 10 ? "" : "." + ext);
        }
        String zonderExtensie = extensie(n).isEmpty() ? n : n.substring(0, n.length() - extensie(n).length() - 1);
        return zonderExtensie.isBlank() ? "document" + (extensie(n).isEmpty() ? "" : "." + extensie(n)) : n;
    }

    private static String extensie(String naam) {
        int punt = naam.lastIndexOf('.');
        return punt <= 0 || punt == naam.length() - 1 ? "" : naam.substring(punt + 1).toLowerCase(Locale.ROOT);
    }

    /** The kind of file by its content, or null when it is none of the kinds we accept. */
    static Bestandssoort herken(byte[] b) {
        if (begint(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Bestandssoort.PDF;
        }
        if (begint(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Bestandssoort.PNG;
        }
        if (begint(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Bestandssoort.JPEG;
        }
        if (begint(b, new byte[] {'P', 'K', 3, 4})) {
            // OpenDocument: the first entry is "mimetype", stored uncompressed, with the kind as its content.
            String odf = b.length <= 30 ? "" : new String(b, 30, Math.min(b.length - 30, 8 + 60), StandardCharsets.US_ASCII);
            if (odf.startsWith("mimetypeapplication/vnd.oasis.opendocument.text") && !odf.startsWith("mimetypeapplication/vnd.oasis.opendocument.text-")) {
                return Bestandssoort.ODT;
            }
            if (odf.startsWith("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")
                    && !odf.startsWith("mimetypeapplication/vnd.oasis.opendocument.spreadsheet-")) {
                return Bestandssoort.ODS;
            }
            List<String> namen = zipNamen(b);
            if (namen.contains("[Content_Types].xml") && namen.contains("word/document.xml")) {
                return Bestandssoort.DOCX;
            }
            if (namen.contains("[Content_Types].xml") && namen.contains("xl/workbook.xml")) {
                return Bestandssoort.XLSX;
            }
        }
        return null;
    }

    private static boolean begint(byte[] b, byte[] met) {
        if (b.length < met.length) {
            return false;
        }
        for (int i = 0; i < met.length; i++) {
            if (b[i] != met[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names in a zip's central directory, read without unpacking anything (a zip bomb costs nothing
     * here); empty when the directory is not where a zip keeps it.
     */
    static List<String> zipNamen(byte[] b) {
        List<String> namen = new ArrayList<>();
        int eind = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
            if (u32(b, i) == 0x06054b50L) {
                eind = i;
                break;
            }
        }
        if (eind < 0) {
            return namen;
        }
        int aantal = u16(b, eind + 10);
        long p = u32(b, eind + 16);
        for (int k = 0; k < aantal && k < 10_000; k++) {
            if (p < 0 || p + 46 > b.length || u32(b, (int) p) != 0x02014b50L) {
                break;
            }
            int i = (int) p;
            int naamLengte = u16(b, i + 28);
            int extra = u16(b, i + 30);
            int commentaar = u16(b, i + 32);
            if (i + 46 + naamLengte > b.length) {
                break;
            }
            namen.add(new String(b, i + 46, naamLengte, StandardCharsets.UTF_8));
            p = (long) i + 46 + naamLengte + extra + commentaar;
        }
        return namen;
    }

    private static int u16(byte[] b, int i) {
        return i < 0 || i + 2 > b.length ? 0 : (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int i) {
        return i < 0 || i + 4 > b.length ? -1 : (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24;
    }
}
