package nl.maatwerk.waardering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.BrowserBasis;
import nl.maatwerk.TestData;
import nl.maatwerk.toegang.Wet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The resident's voice end to end in a real browser, axe on every page: a resident answers from the link on a phone,
 * unhappy and asking for contact; the team lead sees the aggregates of the team (the demo answers of 2026) and the
 * follow-up task.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class WaarderingBrowserTest extends BrowserBasis {

    @Autowired
    Uitnodigingen uitnodigingen;

    @Autowired
    java.time.Clock klok;

    @AfterEach
    void standaardVenster() {
        driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void aResidentAnswersOnAPhoneAndTheTeamLeadSeesTheAggregateAndTheFollowUpTask() {
        TestData data = new TestData(jdbc);
        String s = letters(6);
        UUID huishouden = data.huishouden("Huishouden Stem " + s, "wijkteam-centrum");
        UUID inwoner = data.inwoner("Stem" + s, LocalDate.of(1961, 6, 6));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2010, 1, 1), null);
        String token = uitnodigingen.schrijf(inwoner, huishouden, "wijkteam-centrum", Wet.WMO, Aanleiding.BESLUIT, UUID.randomUUID(),
                LocalDate.now(klok)).orElseThrow().token();

        // On a phone, without logging in.
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        bezoek("/waardering/" + token);
        assertThat(kop()).isEqualTo("Wat vindt u van de hulp?");
        assertThat(driver().executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;")).isEqualTo(false);
        klik("Versturen");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("U heeft nog niets ingevuld");
        controleerToegankelijkheid();
        driver().findElement(By.cssSelector("label[for=" + Vraag.TOEGANG_SNEL.code() + "-2]")).click();
        driver().findElement(By.cssSelector("label[for=" + Vraag.EFFECT_REDDEN.code() + "-1]")).click();
        new Select(driver().findElement(By.id("cijfer"))).selectByValue("4");
        vulIn("open", "Ik wacht nog steeds op de traplift.");
        driver().findElement(By.cssSelector("label[for=contact]")).click();
        klik("Versturen");
        assertThat(kop()).isEqualTo("Dank u wel");
        controleerToegankelijkheid();
        // The link answered once.
        bezoek("/waardering/" + token);
        assertThat(kop()).isEqualTo("Deze vragenlijst is al verstuurd");
        standaardVenster();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select taak_id from waardering.opvolging where huishouden_id = ?").param(huishouden).query(UUID.class).optional()).isPresent());

        // The team lead: the aggregates of the team, from the menu.
        driver().manage().deleteAllCookies();
        naarInloggen();
        logIn("teamleider");
        driver().findElement(By.linkText("Stem van de inwoner")).click();
        assertThat(kop()).isEqualTo("Stem van de inwoner");
        String pagina = driver().findElement(By.tagName("main")).getText();
        assertThat(pagina).contains("ingevulde vragenlijsten", "Gemiddeld cijfer", Vraag.EFFECT_LEVEN.tekst(), "Per kwartaal", "Terugbellen");
        assertThat(driver().findElements(By.cssSelector("figure.mw-grafiek svg"))).hasSize(1);
        controleerToegankelijkheid();

        // And the follow-up task, without the answer.
        driver().findElement(By.linkText("Taken")).click();
        String taken = driver().findElement(By.tagName("main")).getText();
        assertThat(taken).contains("Bel de inwoner").doesNotContain("traplift");
        controleerToegankelijkheid();
    }

    @Autowired
    Vragenlijstcodes codes;

    @Test
    void aResidentWithoutDigidTypesTheCodeFromTheLetterOnAPhoneAndAnswers() {
        TestData data = new TestData(jdbc);
        String s = letters(6);
        UUID huishouden = data.huishouden("Huishouden Code " + s, "wijkteam-centrum");
        UUID inwoner = data.inwoner("Code" + s, LocalDate.of(1941, 3, 3));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2001, 1, 1), null);
        UUID besluit = UUID.randomUUID();
        uitnodigingen.schrijf(inwoner, huishouden, "wijkteam-centrum", Wet.WMO, Aanleiding.BESLUIT, besluit, LocalDate.now(klok)).orElseThrow();
        nl.maatwerk.platform.Systeemactie.voer("test: de brief is verzonden", () -> uitnodigingen.zetCodeAlsSysteem(besluit, codes.hashVanBesluit(besluit)));

        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        bezoek("/vragenlijst");
        assertThat(kop()).isEqualTo("Vragenlijst invullen met een code");
        vulIn("code", "ZZZZ-ZZZZ");
        klik("Verder");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Deze code werkt niet");
        controleerToegankelijkheid();
        vulIn("code", codes.code(besluit).toLowerCase(java.util.Locale.ROOT));
        klik("Verder");
        assertThat(kop()).isEqualTo("Wat vindt u van de hulp?");
        new Select(driver().findElement(By.id("cijfer"))).selectByValue("8");
        klik("Versturen");
        assertThat(kop()).isEqualTo("Dank u wel");
    }
}
