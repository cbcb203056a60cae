package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.BrowserBasis;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 13 in a real browser, with axe on every page: a professional of another team opens a
 * household with a doorbraak, cannot make themselves regisseur but asks for the regie; the
 * household's own team sees the doorbraak and the request, and agrees with the keyboard alone.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class RegieBrowserTest extends BrowserBasis {

    @Test
    void anotherTeamAsksForTheRegieAndTheHouseholdsTeamSeesTheDoorbraakAndAgreesWithTheKeyboard() {
        TestData data = new TestData(jdbc);
        String achternaam = "Regieverzoek" + letters(6);
        UUID inwoner = data.inwoner(achternaam, LocalDate.of(1986, 6, 6));
        UUID huishouden = data.huishouden("Huishouden " + achternaam, "wijkteam-centrum");
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2018, 1, 1), null);
        // A professional of Wijkteam Laak with the demo password.
        String laak = "laak-" + letters(8);
        jdbc.sql("""
                insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id, wachtwoord_hash)
                select ?, 'Lotte Laak', 'CONSULENT', 'wijkteam-laak', wachtwoord_hash from platform.gebruiker where gebruikersnaam = 'consulent'
                """).param(laak).update();
        String reden = "Melding van de huisarts over gezin " + achternaam + ", zorgen over de kinderen";

        naarInloggen();
        logIn(laak);
        bezoek("/huishoudens/" + huishouden + "/doorbraak");
        vulIn("reden", reden);
        klik("Doorbraak vastleggen en openen");
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/huishoudens/" + huishouden));
        controleerToegankelijkheid();

        driver().findElement(By.linkText("Regie aanvragen")).click();
        assertThat(kop()).isEqualTo("Regie en team");
        controleerToegankelijkheid();
        assertThat(driver().findElements(By.id("regisseur"))).as("no choice of regisseur for someone of another team").isEmpty();
        klik("Regie aanvragen");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Schrijf op waarom u de regie wilt");
        controleerToegankelijkheid();
        vulIn("verzoekReden", "Ik ken het gezin uit de opvang en kan de hulp het best afstemmen.");
        klik("Regie aanvragen");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Uw verzoek om de regie is verstuurd", "Wacht op het team");
        controleerToegankelijkheid();
        logUit();

        logIn("consulent");
        bezoek("/huishoudens/" + huishouden + "?tab=geschiedenis");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Doorbraken op dit huishouden", "Lotte Laak", reden);
        bezoek("/huishoudens/" + huishouden);
        driver().findElement(By.linkText("1 verzoek om de regie wacht op uw team")).click();
        controleerToegankelijkheid();
        // With the keyboard alone: the button takes focus and Enter sends the form.
        WebElement akkoord = driver().findElement(By.xpath("//button[starts-with(normalize-space(), 'Akkoord')]"));
        WebElement pagina = driver().findElement(By.tagName("html"));
        akkoord.sendKeys(Keys.ENTER);
        wachtOpNieuwePagina(pagina);
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("U heeft ingestemd met het verzoek", "Lotte Laak");
        controleerToegankelijkheid();
        assertThat(jdbc.sql("select regisseur from toegang.regie where huishouden_id = ? and tot is null").param(huishouden)
                .query(String.class).single()).isEqualTo(laak);
        assertThat(jdbc.sql("select count(*) from inwoner.huishouden_toewijzing where huishouden_id = ? and gebruikersnaam = ? and tot is null")
                .params(huishouden, laak).query(Long.class).single()).as("access for as long as the regie lasts").isEqualTo(1);
        logUit();

        logIn("teamleider");
        bezoek("/team/doorbraken");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Doorbraken op huishoudens van uw team", reden);
    }
}
