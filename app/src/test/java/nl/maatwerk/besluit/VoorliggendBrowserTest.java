package nl.maatwerk.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.BrowserBasis;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 17 in a real browser: the consulent adds a matched offer to the plan from the plan editor, then records on a Wmo
 * decision which general offers were considered; a missing reason comes back at the field. axe-core checks every page.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class VoorliggendBrowserTest extends BrowserBasis {

    private static String hoofd() {
        return driver().findElement(By.tagName("main")).getText();
    }

    @Test
    void aConsulentAddsAnOfferFromThePlanEditorAndRecordsTheGeneralOffersConsideredOnAWmoDecision() throws Exception {
        TestData data = new TestData(jdbc);
        String achternaam = "Voorliggend" + letters(5);
        UUID huishouden = data.huishouden("Huishouden " + achternaam, "wijkteam-centrum");
        data.lid(huishouden, data.inwoner(achternaam, LocalDate.of(1950, 4, 4)), "aanvrager", LocalDate.of(2021, 1, 1), null);
        var plan = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/huishoudens/" + huishouden + "/plan")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("consulent:demo".getBytes()))
                .header("If-Match", "\"0\"").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"doelen\":[{\"levensdomein\":\"instrumentele-adl\",\"doel\":\"Zelf de boodschappen blijven doen\",\"acties\":[]}]}"))
                .build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            assertThat(http.send(plan, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        UUID besluit = data.besluit(huishouden, "concept", "consulent", Clock.systemUTC());
        jdbc.sql("update besluit.besluit set soort = 'wmo-maatwerkvoorziening' where id = ?").param(besluit).update();

        naarInloggen();
        logIn("consulent");
        bezoek("/huishoudens/" + huishouden + "/plan/bewerken");
        assertThat(hoofd()).contains("Aanbod in de buurt", "Doel: Zelf de boodschappen blijven doen", "Waarom:");
        String dienst = driver().findElement(By.cssSelector("#sociale-kaart li strong")).getText();
        WebElement pagina = driver().findElement(By.tagName("html"));
        driver().findElement(By.cssSelector("#sociale-kaart li button")).click();
        wachtOpNieuwePagina(pagina);
        assertThat(kop()).isEqualTo("Plan bewerken");
        assertThat(hoofd()).contains(dienst + " staat nu in het plan");
        assertThat(driver().findElements(By.cssSelector("input[value='Contact met " + dienst + "']"))).hasSize(1);
        controleerToegankelijkheid();

        bezoek("/besluiten/" + besluit);
        assertThat(hoofd()).contains("Voorliggend: algemene voorzieningen en hulp in de buurt");
        String eerste = driver().findElement(By.cssSelector("#voorliggend legend")).getText();
        driver().findElement(By.id("voorliggend-0-bekeken")).click();
        klik("Voorliggend opslaan");
        assertThat(hoofd()).contains("Controleer wat u bekeek", "Schrijf waarom " + eerste + " niet (genoeg) helpt.");
        assertThat(driver().findElement(By.id("voorliggend-0-bekeken")).isSelected()).as("the tick comes back").isTrue();
        controleerToegankelijkheid();
        vulIn("voorliggend-0-waaromNiet", "Zij kan niet zelf naar het buurthuis komen.");
        klik("Voorliggend opslaan");
        assertThat(hoofd()).contains("Opgeslagen: 1 algemene voorziening bekeken.", "Zij kan niet zelf naar het buurthuis komen.");
        controleerToegankelijkheid();
    }
}
