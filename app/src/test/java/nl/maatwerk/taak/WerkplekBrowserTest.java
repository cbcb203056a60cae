package nl.maatwerk.taak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.BrowserBasis;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15 in a real browser, axe on every page: the start page per role shows the user's work; a professional
 * finds a resident by part of a name, gives a request to a colleague and makes a task for them; the team lead
 * sees it on their start page, reassigns the task and opens the team's figures.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class WerkplekBrowserTest extends BrowserBasis {

    @Autowired
    java.time.Clock klok;

    private String main() {
        return driver().findElement(By.tagName("main")).getText();
    }

    @Test
    void aProfessionalFindsAssignsAndMakesATaskAndTheTeamLeadReassignsIt() {
        TestData data = new TestData(jdbc);
        String s = letters(6);
        String team = "werkplek-" + s;
        String ik = data.account("wp-ik-" + s, "CONSULENT", team);
        String collega = data.account("wp-collega-" + s, "REGISSEUR", team);
        String leider = data.account("wp-leider-" + s, "TEAMLEIDER", team);
        String achternaam = "Werkplek" + s;
        UUID h = data.huishouden("Huishouden " + achternaam, team);
        UUID i = data.inwoner(achternaam, LocalDate.of(1983, 3, 3));
        data.lid(h, i, "aanvrager", LocalDate.of(2020, 1, 1), null);
        UUID vraag = data.aanvraagParticipatiewet(h, i, "Mijn uitkering stopt volgende maand.");
        LocalDate vandaag = LocalDate.now(klok);
        data.klok(vraag, "pw-besluit", vandaag.minusWeeks(7), vandaag.plusDays(2));

        naarInloggen();
        logIn(ik);
        controleerToegankelijkheid();
        assertThat(kop()).startsWith("Goedendag");
        assertThat(main()).contains("Mijn taken", "Laatst geopend", "Termijnen van mijn hulpvragen");

        // Part of the name, no birth date: found within the team, with the household to tell people apart.
        vulIn("start-zoek", achternaam.substring(4, 11).toLowerCase());
        verstuur("start-zoek");
        controleerToegankelijkheid();
        assertThat(main()).contains("1 inwoner gevonden", "Huishouden " + achternaam, "Aanvrager: Test " + achternaam);
        klikLink("Huishouden " + achternaam);
        controleerToegankelijkheid();

        bezoek("/hulpvragen/" + vraag);
        new Select(driver().findElement(By.id("naar"))).selectByVisibleText("Test " + collega);
        vulIn("toewijzingReden", "Zij kent de verhuurder en heeft deze week ruimte.");
        klik("Toewijzen");
        controleerToegankelijkheid();
        assertThat(main()).contains("De hulpvraag is nu van Test " + collega, "Zij kent de verhuurder");

        driver().findElement(By.linkText("Taak maken bij deze hulpvraag")).click();
        controleerToegankelijkheid();
        vulIn("omschrijving", "Verhuurder bellen over de betalingsregeling");
        vulDatumIn("vervaldatum", vandaag);
        new Select(driver().findElement(By.id("eigenaar"))).selectByVisibleText("Test " + ik);
        klik("Taak vastleggen");
        controleerToegankelijkheid();
        assertThat(main()).contains("De taak is vastgelegd voor Test " + ik, "Taak aangemaakt");
        bezoek("/");
        assertThat(main()).contains("Vandaag (1)", "Verhuurder bellen over de betalingsregeling", "Huishouden " + achternaam);
        // The task due today is a badge beside "Taken" in the menu, with its meaning for screen readers.
        WebElement taken = driver().findElement(By.cssSelector("nav#hoofdmenu a[href$='/taken']"));
        assertThat(taken.findElements(By.xpath("../span[contains(@class, 'utrecht-badge-counter')]"))).singleElement()
                .extracting(WebElement::getText).isEqualTo("1");
        assertThat(taken.findElement(By.xpath("..")).getText()).doesNotContain("wachten");
        // The start page's parts are blocks with room between them, and their lists have no bullets (issue 15, walk).
        controleerStartpagina();
        logUit();

        logIn(leider);
        controleerToegankelijkheid();
        assertThat(main()).contains("Werklast per medewerker", "Termijnen in gevaar in het team", "Huishouden " + achternaam,
                "Wacht op uw goedkeuring");
        bezoek("/taken");
        klikLink("Verhuurder bellen over de betalingsregeling");
        controleerToegankelijkheid();
        new Select(driver().findElement(By.id("naar"))).selectByVisibleText("Test " + collega);
        vulIn("reden", "Verdeling van het werk deze week");
        klik("Toewijzen");
        controleerToegankelijkheid();
        assertThat(main()).contains("De taak is nu van Test " + collega, "Van Test " + ik + " naar Test " + collega);
        bezoek("/team/cijfers");
        assertThat(kop()).isEqualTo("Cijfers van het team");
    }

    /** No list item in a part of the start page shows a marker; each part starts at least 16 px below the one before. */
    @SuppressWarnings("unchecked")
    private static void controleerStartpagina() {
        Map<String, Object> uit = (Map<String, Object>) driver().executeScript("""
                const delen = [...document.querySelectorAll('main .mw-start-deel')];
                const markers = [...document.querySelectorAll('main .mw-start-deel li')]
                    .filter(li => getComputedStyle(li).display === 'list-item'
                        && (getComputedStyle(li).listStyleType !== 'none' || !['none', 'normal'].includes(getComputedStyle(li, '::marker').content)))
                    .map(li => li.textContent.trim().slice(0, 40));
                const krap = [];
                for (let i = 1; i < delen.length; i++) {
                  const ruimte = delen[i].getBoundingClientRect().top - delen[i - 1].getBoundingClientRect().bottom;
                  if (ruimte < 16) krap.push(delen[i].querySelector('h2').textContent.trim() + ': ' + Math.round(ruimte) + ' px');
                }
                return {delen: delen.length, markers: markers, krap: krap};
                """);
        assertThat(((Number) uit.get("delen")).intValue()).as("parts on the start page").isGreaterThan(1);
        assertThat((List<String>) uit.get("markers")).as("list items with a bullet on the start page").isEmpty();
        assertThat((List<String>) uit.get("krap")).as("parts of the start page without room above them").isEmpty();
    }

    @Test
    void policyAndTheAuditorHaveAStartPageOfTheirOwn() {
        naarInloggen();
        logIn("beleid");
        controleerToegankelijkheid();
        assertThat(main()).contains("Overzichten voor beleid", "Thermometer sociaal domein").doesNotContain("volgen in een volgende versie");
        logUit();
        logIn("auditor");
        controleerToegankelijkheid();
        assertThat(main()).contains("Recente doorbraken");
    }
}
