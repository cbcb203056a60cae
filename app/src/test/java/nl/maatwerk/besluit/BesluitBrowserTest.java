package nl.maatwerk.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.maatwerk.BrowserBasis;
import nl.maatwerk.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Wijdemeren case end to end in the browser: a consulent proposes to recover 7.040 euro at 250
 * a month from a single resident on bijstand, sees that this goes below the beslagvrije voet and how
 * long it would take, works through the toets and waives part of it for dringende redenen; the team
 * lead approves; the PDF letter holds the reasoning and the way to object; the departure shows up in
 * the register and policy answers it. axe checks every page.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class BesluitBrowserTest extends BrowserBasis {

    @Test
    void theWijdemerenRecoveryIsDecidedWithTheToetsApprovedByTheTeamLeadSentAsALetterAndCountedInTheRegister() throws Exception {
        TestData data = new TestData(jdbc);
        String naam = "Wijdemeren " + letters(6);
        UUID huishouden = data.huishouden(naam, "wijkteam-centrum");
        UUID inwoner = data.inwoner(naam, LocalDate.of(1975, 5, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
        UUID vraag = data.aanvraagParticipatiewet(huishouden, inwoner, "De gemeente wil de boodschappen van mijn moeder terug.");

        // The consulent prepares the decision from the request.
        naarInloggen();
        logIn("consulent");
        bezoek("/hulpvragen/" + vraag);
        klikLink("Besluit voorbereiden over deze hulpvraag");
        controleerToegankelijkheid();
        WebElement terugvordering = driver.findElement(By.cssSelector("input[type=radio][value=PW_TERUGVORDERING]"));
        driver.findElement(By.cssSelector("label[for='" + terugvordering.getAttribute("id") + "']")).click();
        vulDatumIn("peildatum", LocalDate.of(2025, 9, 1));
        klik("Besluit voorbereiden");
        assertThat(kop()).isEqualTo("Terugvordering van bijstand: Concept");
        controleerToegankelijkheid();
        String besluitUrl = driver.getCurrentUrl();

        // The proposal of the rule's letter: the whole claim at 250 a month.
        vulIn("vordering", "7040.00");
        vulIn("beslotenBedrag", "7040.00");
        vulIn("aflossingPerMaand", "250.00");
        klik("Opslaan en opnieuw berekenen");
        String zij = driver.findElement(By.cssSelector("aside")).getText();
        assertThat(zij).contains("minder over dan de beslagvrije voet", "€ 1.300,61", "103 maanden");
        controleerToegankelijkheid();

        // Finalising it like this is refused without a justification for going below the voet.
        klik("Opslaan en definitief maken");
        assertThat(driver.findElement(By.id("foutoverzicht")).getText()).contains("Stap 1", "beslagvrije voet");
        controleerToegankelijkheid();

        // The toets, in its order; then the power to waive part of it.
        vulIn("beoogdEffect", "Rust in haar geldzaken, zodat zij haar moeder kan blijven zien en verzorgen.");
        vulIn("gevolgen", "Een schuld van jaren drukt op haar gezondheid en op het contact met haar moeder.");
        for (String code : new String[] {"bestaanszekerheid", "evenredig"}) {
            WebElement vink = driver.findElement(By.cssSelector("input[type=checkbox][name=bedoelingen][value='" + code + "']"));
            driver.findElement(By.cssSelector("label[for='" + vink.getAttribute("id") + "']")).click();
        }
        vulIn("bedoelingToelichting", "De boodschappen waren zorg van een moeder, geen verborgen inkomen.");
        vulIn("ethiek", "Alles terugvragen voelt niet rechtvaardig. Ik kan het haar en een collega niet uitleggen.");
        vulIn("beslotenBedrag", "2835.41");
        vulIn("aflossingPerMaand", "50.00");
        WebElement afwijking = driver.findElement(By.cssSelector("input[type=checkbox][name=afwijking]"));
        driver.findElement(By.cssSelector("label[for='" + afwijking.getAttribute("id") + "']")).click();
        new Select(driver.findElement(By.id("bevoegdheid"))).selectByVisibleText("Afzien van terugvordering om dringende redenen");
        new Select(driver.findElement(By.id("afwijkingRedensoort"))).selectByValue("ONEVENREDIG");
        vulIn("afwijkingMotivering", "De boodschappen waren hulp van haar moeder. Alles terugvragen houdt haar jaren onder het minimum.");
        vulIn("besluitTekst", "Wij vragen een deel van de bijstand terug.");
        klik("Opslaan en opnieuw berekenen");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("wijkt af van de regel");
        assertThat(driver.findElement(By.cssSelector("aside")).getText()).contains("57 maanden").doesNotContain("Let op");
        controleerToegankelijkheid();
        klik("Opslaan en ter goedkeuring aanbieden");
        assertThat(kop()).isEqualTo("Terugvordering van bijstand: Ter goedkeuring");
        controleerToegankelijkheid();
        logUit();

        // The team lead approves it: a second pair of eyes.
        logIn("teamleider");
        klikLink("Besluiten ter goedkeuring");
        controleerToegankelijkheid();
        klikLink(naam);
        controleerToegankelijkheid();
        klik("Goedkeuren");
        assertThat(kop()).isEqualTo("Terugvordering van bijstand: Goedgekeurd");
        controleerToegankelijkheid();
        logUit();

        // The consulent finalises and reads the letter.
        logIn("consulent");
        driver.get(besluitUrl);
        controleerToegankelijkheid();
        klik("Definitief maken");
        assertThat(kop()).isEqualTo("Terugvordering van bijstand: Definitief");
        controleerToegankelijkheid();
        klikLink("Brief bekijken");
        controleerToegankelijkheid();
        String brief = driver.findElement(By.tagName("main")).getText();
        assertThat(brief).contains("Wij vragen € 2.835,41 terug.", "dringende redenen", "binnen 6 weken", "Petra Jansen");

        // The PDF, fetched with the consulent's session, holds the reasoning and the way to object.
        String sessie = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(besluitUrl + "/brief.pdf"))
                .header("Cookie", sessie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String pdfTekst;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            pdfTekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(pdfTekst).contains("Wat willen we bereiken?", "Rust in haar geldzaken", "De boodschappen waren hulp van haar moeder",
                "Bent u het niet eens met dit besluit?", "binnen 6 weken", "Participatiewet, artikel 58");
        driver.get(besluitUrl);
        klik("Brief verzenden");
        assertThat(kop()).isEqualTo("Terugvordering van bijstand: Verzonden");
        logUit();

        // The departure is in the register, without the person; policy answers it.
        logIn("beleid");
        klikLink("Register van afwijkingen");
        controleerToegankelijkheid();
        String register = driver.findElement(By.tagName("main")).getText();
        assertThat(register).contains("Terugvorderen van te veel betaalde bijstand").doesNotContain(naam);
        WebElement sectie = driver.findElement(By.xpath("//section[.//h2[contains(., 'Terugvorderen van te veel betaalde bijstand')]]"));
        new Select(sectie.findElement(By.tagName("select"))).selectByValue("IN_HERZIENING");
        sectie.findElement(By.tagName("textarea")).sendKeys("Wij bekijken of hulp van familie buiten de terugvordering kan blijven.");
        WebElement pagina = driver.findElement(By.tagName("html"));
        sectie.findElement(By.tagName("button")).click();
        wachtOpNieuwePagina(pagina);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Uw reactie is vastgelegd", "De regel wordt herzien",
                "hulp van familie buiten de terugvordering");
        controleerToegankelijkheid();
    }
}
