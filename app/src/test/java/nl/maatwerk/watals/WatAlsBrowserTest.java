package nl.maatwerk.watals;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.BrowserBasis;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The policy advisor in a real browser, axe on every page: from the menu to "Wat als?", a form with an error,
 * a reform of the norm for singles, its progress and its results as charts with tables; and the form that comes back
 * when the advisor has two runs waiting already.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class WatAlsBrowserTest extends BrowserBasis {

    @Autowired
    Clock klok;

    @Autowired
    WatAlsRuns runs;

    @Test
    void aPolicyAdvisorRunsAReformAndReadsWhoGainsAsChartsAndTables() {
        naarInloggen();
        logIn("beleid");
        klikLink("Wat als?");
        assertThat(kop()).isEqualTo("Wat als?");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("pw-norm-alleenstaande", "kostendeler-minimumleeftijd");
        controleerToegankelijkheid();

        // A value that is no number, and no name: both named, the form keeps what was chosen.
        new Select(driver().findElement(By.id("varianten[0].wijzigingen[0].parameter"))).selectByValue("pw-norm-alleenstaande");
        vulIn("varianten[0].wijzigingen[0].waarde", "veel");
        klik("Doorrekenen");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Geef de berekening een naam", "De waarde is een getal");
        controleerToegankelijkheid();

        vulIn("naam", "Norm alleenstaande 1500");
        vulIn("varianten[0].wijzigingen[0].waarde", "1500");
        klik("Doorrekenen");
        assertThat(kop()).isEqualTo("Wat als: Norm alleenstaande 1500");
        controleerToegankelijkheid();
        String pad = driver().getCurrentUrl().substring(driver().getCurrentUrl().indexOf("/wat-als/"));
        // The browser belongs to this thread, so the test polls here, as a person would press "Voortgang bijwerken".
        long tot = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (driver().findElements(By.id("kop-totaal")).isEmpty() && System.nanoTime() < tot) {
            pauze();
            driver().get(url(pad));
        }
        String pagina = driver().findElement(By.tagName("main")).getText();
        assertThat(pagina).contains("Alle huishoudens", "Per huishoudtype", "Per wijk", "Per inkomensdeciel", "Winnaars", "Onder het minimum, basis");
        assertThat(driver().findElements(By.cssSelector("figure.mw-grafiek svg")).size()).isGreaterThanOrEqualTo(3);
        assertThat(driver().findElements(By.cssSelector("table.utrecht-table")).size()).isGreaterThanOrEqualTo(4);
        controleerToegankelijkheid();

        // Back to the list: the run is there.
        klikLink("Wat als?");
        assertThat(driver().findElement(By.linkText("Norm alleenstaande 1500")).isDisplayed()).isTrue();
    }

    @Test
    void twoVariantsAreComposedWithoutJavaScriptAndShownSideBySide() {
        naarInloggen();
        logIn("beleid");
        driver().get(url("/wat-als"));
        vulIn("naam", "Twee ideeen");
        vulIn("varianten[0].naam", "Norm 1450");
        new Select(driver().findElement(By.id("varianten[0].wijzigingen[0].parameter"))).selectByValue("pw-norm-alleenstaande");
        vulIn("varianten[0].wijzigingen[0].waarde", "1450");
        klik("Variant toevoegen");
        // What was typed is still there, and the second block is new.
        assertThat(driver().findElement(By.id("varianten[0].wijzigingen[0].waarde")).getAttribute("value")).isEqualTo("1450");
        vulIn("varianten[1].naam", "Geen kostendelers");
        new Select(driver().findElement(By.id("varianten[1].wijzigingen[0].parameter"))).selectByValue("kostendeler-minimumleeftijd");
        vulIn("varianten[1].wijzigingen[0].waarde", "200");
        controleerToegankelijkheid();
        klik("Doorrekenen");
        assertThat(kop()).isEqualTo("Wat als: Twee ideeen");
        String pad = driver().getCurrentUrl().substring(driver().getCurrentUrl().indexOf("/wat-als/"));
        long tot = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (driver().findElements(By.id("totalen")).isEmpty() && System.nanoTime() < tot) {
            pauze();
            driver().get(url(pad));
        }
        assertThat(driver().findElements(By.cssSelector("#totalen thead th")).stream().map(e -> e.getText()).toList())
                .containsExactly("Basis", "Norm 1450", "Geen kostendelers");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Winnaars, Geen kostendelers", "In Maatwerk zelf doorgerekend");
        controleerToegankelijkheid();
    }

    @Test
    void withTwoRunsStillWaitingTheFormComesBackWithLinksToThem() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String account = new TestData(jdbc).account("watals-grens-" + s, "BELEID", null);
        for (String naam : List.of("Eerste wacht " + s, "Tweede wacht " + s)) {
            jdbc.sql("insert into watals.run (id, naam, status, peildatum, gestart_door, gestart_op, totaal) values (?, ?, 'wachtend', ?, ?, ?, 0)")
                    .params(UUID.randomUUID(), naam, runs.peildatum(), account, Timestamp.from(Instant.now(klok)))
                    .update();
        }
        naarInloggen();
        logIn(account);
        driver().get(url("/wat-als"));
        vulIn("naam", "Derde " + s);
        new Select(driver().findElement(By.id("varianten[0].wijzigingen[0].parameter"))).selectByValue("pw-norm-alleenstaande");
        vulIn("varianten[0].wijzigingen[0].waarde", "1450");
        klik("Doorrekenen");
        // Nothing started: the same page, with what was typed and the runs that are busy.
        assertThat(kop()).isEqualTo("Wat als?");
        assertThat(driver().findElement(By.id("te-veel")).getText()).contains("Deze berekening is niet gestart", "Eerste wacht " + s,
                "Tweede wacht " + s);
        assertThat(driver().findElement(By.id("naam")).getAttribute("value")).isEqualTo("Derde " + s);
        controleerToegankelijkheid();
        driver().findElement(By.linkText("Eerste wacht " + s)).click();
        assertThat(kop()).isEqualTo("Wat als: Eerste wacht " + s);
    }

    private static void pauze() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
