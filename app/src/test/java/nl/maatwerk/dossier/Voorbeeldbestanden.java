package nl.maatwerk.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind for upload tests, built in code so the tests need no binary fixtures. */
public final class Voorbeeldbestanden {

    private Voorbeeldbestanden() {
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    }

    public static byte[] docx(boolean metMacro) {
        return zip(metMacro ? new String[] {"[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"}
                : new String[] {"[Content_Types].xml", "word/document.xml"});
    }

    public static byte[] odt() {
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(uit)) {
            byte[] soort = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(soort.length);
            CRC32 crc = new CRC32();
            crc.update(soort);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(soort);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Windows program: what someone might send with a .pdf name. */
    public static byte[] exe() {
        return new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    }

    private static byte[] zip(String... namen) {
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (String naam : namen) {
                zip.putNextEntry(new ZipEntry(naam));
                zip.write(("<x>" + naam + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
