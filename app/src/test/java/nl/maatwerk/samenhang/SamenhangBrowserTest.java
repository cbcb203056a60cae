package nl.maatwerk.samenhang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.maatwerk.BrowserBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What is coming, in a real browser, axe on every page: policy records a change of its own for Wijkteam Centrum (first
 * with dates that contradict each other, named per field), it shows as a bar on the timeline and in its table, in the
 * load view and in what changed this week; then the consulent of that team sees it on the start page.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class SamenhangBrowserTest extends BrowserBasis {

    @Autowired
    java.time.Clock klok;

    private static String hoofd() {
        return driver().findElement(By.tagName("main")).getText();
    }

    @Test
    void policyRecordsAChangeThatShowsOnTheTimelineAndOnTheStartPageOfTheTeamItHits() {
        String titel = "Nieuwe werkinstructie " + letters(5);
        LocalDate vandaag = LocalDate.now(klok);
        naarInloggen();
        logIn("beleid");
        bezoek("/samenhang/invliegers/nieuw");
        assertThat(kop()).isEqualTo("Nieuwe wijziging vastleggen");
        vulIn("titel", titel);
        new Select(driver().findElement(By.id("soort"))).selectByValue("INTERN_BELEID");
        driver().findElement(By.xpath("//fieldset[@id='herkomst']//label[contains(normalize-space(), 'Gemeente')]")).click();
        new Select(driver().findElement(By.id("fase"))).selectByValue("VASTGESTELD");
        vulDatumIn("aangekondigdOp", vandaag.minusMonths(1));
        vulDatumIn("vastgesteldOp", vandaag.minusMonths(2));
        vulDatumIn("inWerkingOp", vandaag.plusMonths(2));
        vulDatumIn("overgangTot", vandaag.plusMonths(1));
        vulIn("watVerandert", "Bij een aanvraag bijzondere bijstand vraagt het team minder bewijsstukken.");
        driver().findElement(By.xpath("//fieldset[@id='teams']//label[contains(normalize-space(), 'Wijkteam Centrum')]")).click();
        driver().findElement(By.xpath("//fieldset[@id='processen']//label[contains(normalize-space(), 'Bijzondere bijstand')]")).click();
        vulIn("eigenaar", "Team Beleid Inkomen");
        vulIn("bron", "Besluit van het college (demo van de browsertest)");
        klik("Opslaan");
        String fouten = driver().findElement(By.id("foutoverzicht")).getText();
        assertThat(fouten).contains("vóór de aankondiging", "niet na de inwerkingtreding");
        controleerToegankelijkheid();
        // Fix the dates: adopted after the announcement, the transition ends after the start.
        vulDatumIn("vastgesteldOp", vandaag.minusDays(3));
        vulDatumIn("overgangTot", vandaag.plusMonths(5));
        klik("Opslaan");
        assertThat(kop()).isEqualTo(titel);
        assertThat(hoofd()).contains("staat in het overzicht", "Wijkteam Centrum", "Nog te bekijken");
        controleerToegankelijkheid();

        bezoek("/samenhang");
        assertThat(driver().findElement(By.cssSelector("svg.mw-tijdlijn-svg")).getText()).contains(titel.substring(0, 20));
        assertThat(driver().findElement(By.cssSelector("table")).getText()).contains(titel);
        bezoek("/samenhang?indeling=wet");
        bezoek("/samenhang/belasting");
        assertThat(hoofd()).contains("Wijkteam Centrum", titel);
        bezoek("/samenhang/wijzigingen");
        assertThat(hoofd()).contains(titel, "Nieuw");
        logUit();

        naarInloggen();
        logIn("consulent");
        bezoek("/");
        String start = driver().findElement(By.id("start-invliegers")).findElement(By.xpath("..")).getText();
        assertThat(start).contains("Wat komt er op uw team af", titel);
        klikLink(titel);
        assertThat(kop()).isEqualTo(titel);
        assertThat(driver().findElements(By.linkText("Wijzigen"))).isEmpty();
        controleerToegankelijkheid();
    }
}
