package nl.maatwerk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * axe-core for the browser tests, served by the app under test (test sources only, so never in the
 * jar). A page that is checked loads it as an ordinary script: Chromium keeps the file in its cache
 * and, after a few loads, the compiled code too. Putting the 560 kB into every new document instead
 * (DevTools' addScriptToEvaluateOnNewDocument) cost about 60 ms of Chromium's CPU per page, also on
 * the two pages in three that are never checked. Under {@code /js/}, which every visitor may read,
 * and from the app's own origin, as its content security policy demands.
 */
@RestController
class AxeBron {

    static final String PAD = "/js/axe-core-voor-tests.js";

    static final String BRON = lees();

    private static String lees() {
        try (InputStream in = com.deque.html.axecore.selenium.AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(PAD)
    ResponseEntity<String> axe() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/javascript"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(BRON);
    }
}
