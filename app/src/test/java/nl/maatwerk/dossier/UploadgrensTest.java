package nl.maatwerk.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.Http;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The multipart limits of the real server (Tomcat and Spring, spring.servlet.multipart): an upload over
 * them is refused while the request is read, before any controller. That must still be a Dutch message,
 * a 413 page for people and problem+json for the API, not Tomcat's report and not the 400 that Tomcat's
 * refusal becomes when Spring Security's CSRF filter is the first to read a parameter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadgrensTest {

    private static final Pattern ACTIE = Pattern.compile("enctype=\"multipart/form-data\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*enctype=\"multipart/form-data\"");

    @LocalServerPort
    int poort;

    @Autowired
    JdbcClient jdbc;

    private static byte[] pdfVan(int bytes) {
        byte[] b = new byte[bytes];
        byte[] kop = Voorbeeldbestanden.pdf();
        System.arraycopy(kop, 0, b, 0, kop.length);
        return b;
    }

    @Test
    void anUploadOverTheLimitIsADutch413OnThePageAndInTheApi() {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden Uploadgrens " + UUID.randomUUID().toString().substring(0, 8), "wijkteam-centrum");
        data.lid(huishouden, data.inwoner("Uploadgrens", LocalDate.of(1990, 1, 1)), "aanvrager", LocalDate.of(2020, 1, 1), null);
        String account = data.account("uploadgrens-" + UUID.randomUUID().toString().substring(0, 8), "CONSULENT", "wijkteam-centrum");
        Http http = new Http(poort);
        Http.Sessie sessie = http.sessie(account);

        Http.Antwoord pagina = sessie.get("/huishoudens/" + huishouden + "/documenten");
        assertThat(pagina.body()).as("the limit is on the form before the upload").contains("hoogstens 10 MB");
        Matcher m = ACTIE.matcher(pagina.body());
        assertThat(m.find()).as("an upload form").isTrue();
        String actie = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
        String token = sessie.csrf("/huishoudens/" + huishouden + "/documenten");

        String grens = "----maatwerkgrens";
        // Over the file limit (10 MB) and over the request limit (11 MB).
        for (int grootte : new int[] {10 * 1024 * 1024 + 10, 12 * 1024 * 1024}) {
            Http.Antwoord antwoord = sessie.postMultipart(actie, grens, Http.multipart(grens, "groot.pdf", pdfVan(grootte), "_csrf", token, "documenttype", "INKOMEN"));
            assertThat(antwoord.status()).as(grootte + " bytes: " + antwoord).isEqualTo(413);
            assertThat(antwoord.body()).contains("Het bestand is te groot", "hoogstens 10 MB").doesNotContain("Tomcat", "Apache");
            assertThat(antwoord.header("Content-Type")).startsWith("text/html");

            Http.Antwoord api = http.apiMultipart("/api/v1/huishoudens/" + huishouden + "/documenten", account, grens,
                    Http.multipart(grens, "groot.pdf", pdfVan(grootte), "documenttype", "inkomen"));
            assertThat(api.status()).as(grootte + " bytes: " + api).isEqualTo(413);
            assertThat(api.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.header("API-Version")).isNotNull();
            assertThat(api.body()).contains("Het bestand is te groot. Een bestand mag hoogstens 10 MB zijn.");
        }
        assertThat(jdbc.sql("select count(*) from dossier.document where huishouden_id = ?").param(huishouden).query(Long.class).single()).isZero();

        // Just under the limit it is stored.
        Http.Antwoord goed = sessie.postMultipart(actie, grens, Http.multipart(grens, "net.pdf", pdfVan(10 * 1024 * 1024 - 1024), "_csrf", token, "documenttype", "INKOMEN"));
        assertThat(goed.status()).as(goed.toString()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from dossier.document where huishouden_id = ?").param(huishouden).query(Long.class).single()).isOne();
    }
}
