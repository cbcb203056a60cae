package nl.maatwerk.dossier.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.maatwerk.dossier.Documenten;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document as a download, the same for the page and the API: always an attachment (never shown inline,
 * so a PDF or image cannot run in the app's origin), the stored safe name (an ASCII fallback and the full
 * name in RFC 6266's {@code filename*}), the type we recognised from the content, nosniff, and not cached.
 */
public final class Download {

    private Download() {
    }

    public static ResponseEntity<byte[]> als(Documenten.Bestand bestand) {
        String naam = bestand.document().bestandsnaam();
        String ascii = naam.codePoints().mapToObj(c -> c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? "_" : Character.toString(c))
                .reduce("", String::concat);
        String utf8 = URLEncoder.encode(naam, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(bestand.document().mediatype()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(bestand.inhoud());
    }
}
