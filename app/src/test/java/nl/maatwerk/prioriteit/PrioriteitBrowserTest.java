package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import nl.maatwerk.TestData;

import nl.maatwerk.BrowserBasis;

/**
 * Prioriteit naar nood in a real browser: importing signals, the team queue with its explanation,
 * outreach, the household page, moving an item, the weights, the fairness report, the dashboard
 * and the public register, with axe-core checking every page (see {@link BrowserBasis}).
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class PrioriteitBrowserTest extends BrowserBasis {

    private static final String TEAM = "wijkteam-centrum";

    @Test
    void signalsAreImportedShowInTheQueueWithTheirExplanationAndAnOutreachIsRecorded() throws IOException {
        TestData data = new TestData(jdbc);
        String achternaam = "Signaalbrowser" + letters(5);
        UUID huishouden = data.huishouden("Huishouden " + achternaam, TEAM);
        UUID inwoner = data.inwoner(achternaam, LocalDate.of(1983, 6, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2021, 1, 1), null);
        String bsn = data.bsnVan(inwoner);
        String datum = LocalDate.now().minusDays(2).toString();
        Path bestand = Files.createTempFile("signalen-", ".csv");
        Files.writeString(bestand, String.join("\n",
                "schuldeiserType;schuldeiser;bsn;postcode;huisnummer;bedrag;maanden;datum",
                "verhuurder;Woningcorporatie Browser;" + bsn + ";;;1.845,50;4;" + datum,
                "verhuurder;Woningcorporatie Browser;" + bsn + ";;;1.845,50;4;" + datum,
                "kabel;Kabel BV;123;;;veel;x;gisteren"));

        naarInloggen();
        logIn("consulent");
        bezoek("/vroegsignalen/inlezen");
        driver().findElement(By.id("bestand")).sendKeys(bestand.toAbsolutePath().toString());
        klik("Inlezen");
        controleerToegankelijkheid();
        assertThat(driver().findElement(By.id("verslag")).getText()).contains("3 regels gelezen: 1 nieuw ingelezen, 1 dubbel overgeslagen, 1 met een fout");
        assertThat(driver().findElement(By.id("regelfouten")).getText()).contains("regel 2", "Onbekend soort schuldeiser", "geen geldig burgerservicenummer");
        Files.delete(bestand);

        // The household is in the team's queue, with why it is there.
        bezoek("/werkvoorraad/team");
        WebElement rij = rijVan("Huishouden " + achternaam);
        rij.findElement(By.tagName("summary")).click();
        assertThat(rij.getText()).contains("Waarom hier? 48 punten", "Betalingsachterstand (bedrag): 36 punten",
                "€ 1845 achterstand: 18 keer € 100 × 2 = 36 punten", "Betalingsachterstand (maanden): 12 punten");
        controleerToegankelijkheid();

        // Outreach: a call with contact; the form reports what is missing first.
        UUID signaal = jdbc.sql("select id from prioriteit.vroegsignaal where huishouden_id = ?").param(huishouden).query(UUID.class).single();
        bezoek("/vroegsignalen/" + signaal);
        klik("Stap vastleggen");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Kies wat er is gedaan.");
        controleerToegankelijkheid();
        new Select(driver().findElement(By.id("soort"))).selectByVisibleText("Gebeld");
        driver().findElement(By.cssSelector("input[name=contact][value=true]")).click();
        vulIn("notitie", "Mevrouw gesproken, gesprek bij haar thuis gepland.");
        klik("Stap vastleggen");
        assertThat(driver().findElement(By.id("stappen")).getText()).contains("Gebeld: contact gehad", "Mevrouw gesproken");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Contact gehad");
        controleerToegankelijkheid();

        // The household page shows the signal on its tab, and its outreach in the timeline.
        bezoek("/huishoudens/" + huishouden + "?tab=signalen");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Signalen van betalingsachterstand", "Woningcorporatie Browser");
        bezoek("/huishoudens/" + huishouden + "?tab=geschiedenis");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Gebeld na signaal van Woningcorporatie Browser: contact gehad");

        // Moving the item down takes a reason, which the team then sees.
        bezoek("/werkvoorraad/team/verplaatsen?item=huishouden:" + huishouden);
        new Select(driver().findElement(By.id("richting"))).selectByVisibleText("Onderaan zetten");
        klik("Verplaatsen");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Schrijf op waarom");
        controleerToegankelijkheid();
        vulIn("reden", "Schuldhulp loopt al via de budgetcoach van de corporatie.");
        klik("Verplaatsen");
        controleerToegankelijkheid();
        List<WebElement> rijen = driver().findElements(By.cssSelector("#wachtrij tbody tr"));
        assertThat(rijen.getLast().getText()).contains("Huishouden " + achternaam);
    }

    /** The queue row of a household, following "Volgende pagina" with the keyboard until it is on the page. */
    private static WebElement rijVan(String naam) {
        while (true) {
            List<WebElement> rij = driver().findElements(By.xpath("//table[@id='wachtrij']//tr[.//a[normalize-space()='" + naam + "']]"));
            if (!rij.isEmpty()) {
                return rij.getFirst();
            }
            WebElement pagina = driver().findElement(By.tagName("html"));
            driver().findElement(By.linkText("Volgende pagina")).sendKeys(Keys.ENTER);
            wachtOpNieuwePagina(pagina);
            controleerToegankelijkheid();
        }
    }

    @Test
    void theTeamLeadSeesWeightsAndFairnessPolicySeesNumbersAndAnyoneTheRegister() {
        naarInloggen();
        logIn("teamleider");
        bezoek("/werkvoorraad/gewichten");
        vulIn("reden", "kort");
        klik("Gewichten opslaan");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Schrijf op waarom de gewichten veranderen");
        controleerToegankelijkheid();
        bezoek("/eerlijkheid");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Verhouding", "Geslacht slaat Maatwerk niet op");
        logUit();
        logIn("beleid");
        bezoek("/vroegsignalen/overzicht");
        assertThat(driver().findElement(By.id("dashboard")).getText()).contains("Verhuurder", "Zorgverzekeraar");
        // Every figure that is compared is a chart beside its table (issue 15), axe checked each page; it fits a phone's width.
        grafiekenPassen("signalen-per-schuldeiser", "bereik-per-maand");
        bezoek("/eerlijkheid");
        bezoek("/afwijkingen");
        assertThat(driver().findElements(By.cssSelector("svg.mw-grafiek__svg[role='img']"))).isNotEmpty();
        grafiekenPassen();
        logUit();
        bezoek("/algoritmeregister");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Werkvoorraad op volgorde van nood", "Menselijke tussenkomst",
                "Wat nooit meetelt", "Wijkteam Centrum");
    }

    /**
     * The charts with these ids are there with their title, and every chart of the page scales to 390 px wide
     * without a horizontal scroll bar, its text still at least 8 px.
     */
    private static void grafiekenPassen(String... ids) {
        for (String id : ids) {
            WebElement svg = driver().findElement(By.id(id));
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(driver().findElement(By.id(id + "-titel")).getAttribute("textContent")).isNotBlank();
        }
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1,
                "mobile", false));
        try {
            for (WebElement svg : driver().findElements(By.cssSelector("svg.mw-grafiek__svg"))) {
                assertThat(svg.getRect().getX() + svg.getRect().getWidth()).as("chart within 390 px").isLessThanOrEqualTo(390);
                Number tekst = (Number) driver().executeScript(
                        "const t = arguments[0].querySelector('text'); return t ? t.getBoundingClientRect().height : 99;", svg);
                assertThat(tekst.doubleValue()).as("chart text readable").isGreaterThanOrEqualTo(8);
            }
        } finally {
            driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }
}
