package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page that only answers a form (the auditor's chain check) opened by its address, as the browser's
 * back and forward buttons do: a Dutch page in the app's layout, through the real error dispatch of Tomcat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FoutpaginaTest {

    @LocalServerPort
    int poort;

    @Test
    void openingTheResultOfAFormByItsAddressGivesADutchPageNotAFallback() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String basis = "http://localhost:" + poort;
        String inlogpagina = http.send(HttpRequest.newBuilder(URI.create(basis + "/inloggen")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(inlogpagina);
        assertThat(token.find()).isTrue();
        String formulier = "username=auditor&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(basis + "/inloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(), HttpResponse.BodyHandlers.discarding());

        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + "/logboek/verificatie"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(antwoord.statusCode()).isEqualTo(405);
        assertThat(antwoord.body()).contains("Dit kan zo niet").contains("lang=\"nl\"").doesNotContain("Whitelabel");
    }
}
