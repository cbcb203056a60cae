package nl.maatwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a proxy that ends TLS, the session cookie is Secure, so a browser never sends it over plain
 * http. Through the real Tomcat, because its RemoteIpValve decides which proxies are believed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AchterEenProxyTest {

    @LocalServerPort
    int poort;

    @Test
    void theSessionCookieIsSecureWhenTheProxyOnLoopbackSaysTheRequestCameInOverHttps() throws Exception {
        assertThat(sessiekoekje("https")).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void overPlainHttpWithoutAProxyTheCookieIsNotMarkedSecure() throws Exception {
        assertThat(sessiekoekje(null)).doesNotContain("Secure").contains("HttpOnly");
    }

    private String sessiekoekje(String protocol) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/inloggen"));
        if (protocol != null) {
            verzoek.header("X-Forwarded-Proto", protocol);
        }
        HttpResponse<Void> antwoord = HttpClient.newHttpClient().send(verzoek.build(), HttpResponse.BodyHandlers.discarding());
        return antwoord.headers().allValues("Set-Cookie").stream().filter(k -> k.startsWith("SESSION=")).findFirst().orElseThrow();
    }
}
