package nl.maatwerk.socialekaart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.BrowserBasis;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;

/**
 * The sociale kaart in a real browser, one story: a resident on a phone (390 px, no JavaScript, not logged in) searches
 * in her own words, narrows to free offers and opens one; then the consulent sees the matched offers on the plan tab of
 * a household and adds one to the plan. axe-core checks every page; no page scrolls sideways at 390 px.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class SocialeKaartBrowserTest extends BrowserBasis {

    private static String hoofd() {
        return driver().findElement(By.tagName("main")).getText();
    }

    private static void venster(int breedte, int hoogte, boolean mobiel) {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", breedte, "height", hoogte, "deviceScaleFactor", 1, "mobile", mobiel));
    }

    private static void pastInBreedte() {
        Object breed = driver().executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(breed).as("horizontal scrolling on %s", driver().getCurrentUrl()).isEqualTo(false);
    }

    @Test
    void aResidentFindsAnOfferOnHerPhoneAndAProfessionalAddsAMatchedOfferToAPlan() throws Exception {
        venster(390, 844, true);
        // Without JavaScript first: nothing on these pages needs it. axe runs in the page, so it checks them after.
        schakelJavaScript(false);
        String zoeken;
        String detail;
        try {
            bezoek("/sociale-kaart");
            assertThat(hoofd()).contains("Sociale kaart", "Waar zoekt u hulp bij?");
            pastInBreedte();
            vulIn("q", "ik kan de huur niet betalen");
            driver().findElement(By.id("kosten-gratis")).click();
            klik("Zoeken");
            assertThat(hoofd()).contains("resultaten", "Gratis");
            pastInBreedte();
            zoeken = driver().getCurrentUrl();
            String eerste = driver().findElement(By.cssSelector(".mw-kaarten a")).getText();
            klikLink(eerste);
            assertThat(kop()).isEqualTo(eerste);
            assertThat(hoofd()).contains("Voor wie", "Kosten", "Laatst gecontroleerd", "Hoe kom ik er?");
            pastInBreedte();
            detail = driver().getCurrentUrl();
        } finally {
            schakelJavaScript(true);
        }
        for (String pagina : new String[] {url("/sociale-kaart"), zoeken, detail}) {
            driver().get(pagina);
            controleerToegankelijkheid();
        }
        driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

        TestData data = new TestData(jdbc);
        String achternaam = "Kaartbrowser" + letters(5);
        UUID huishouden = data.huishouden("Huishouden " + achternaam, "wijkteam-centrum");
        data.lid(huishouden, data.inwoner(achternaam, LocalDate.of(1983, 4, 4)), "aanvrager", LocalDate.of(2021, 1, 1), null);
        var plan = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/huishoudens/" + huishouden + "/plan")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("consulent:demo".getBytes()))
                .header("If-Match", "\"0\"").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"doelen\":[{\"levensdomein\":\"financien\",\"doel\":\"Grip op de rekeningen\",\"acties\":[]}]}"))
                .build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            assertThat(http.send(plan, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }

        naarInloggen();
        logIn("consulent");
        bezoek("/huishoudens/" + huishouden + "?tab=plan");
        assertThat(hoofd()).contains("Aanbod in de buurt", "Doel: Grip op de rekeningen", "bij geldzorgen");
        controleerToegankelijkheid();
        String dienst = driver().findElement(By.cssSelector("#sociale-kaart .mw-kaart a.utrecht-link")).getText();
        driver().findElement(By.cssSelector("#sociale-kaart .mw-kaart button")).click();
        assertThat(hoofd()).contains(dienst + " staat nu in het plan");
        controleerToegankelijkheid();
        bezoek("/huishoudens/" + huishouden + "/plan");
        assertThat(hoofd()).contains("Contact met " + dienst);
    }
}
