package nl.maatwerk.thermometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import nl.maatwerk.BrowserBasis;
import nl.maatwerk.platform.KleineGroep;

/**
 * The Thermometer end to end in a real browser (headless Chromium, Selenium, axe-core on every
 * page, as in {@code BrowserTest}): a policy advisor sets up a round,
 * respondents of every layer answer through their one-time links without logging in, the advisor
 * codes the open answers and reads the heatmap and the report.
 *
 * <p>One respondent walks the whole questionnaire in the browser, with a mistake, save and resume.
 * The others that the small-group threshold needs (ten per layer) send theirs through
 * {@link Beantwoording}, the module API behind the form: 31 more walks through the same pages took
 * most of this test's time and checked nothing the first walk does not.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class ThermometerBrowserTest extends BrowserBasis {

    @Autowired
    Beantwoording beantwoording;

    @Test
    void anAdvisorRunsARoundEndToEndAndEveryPageHasNoAxeViolations() {
        String naam = "Browsermeting " + letters(6);
        naarInloggen();
        logIn("beleid");
        driver().findElement(By.linkText("Thermometer")).click();
        assertThat(kop()).isEqualTo("Thermometer sociaal domein");
        controleerToegankelijkheid();

        // A new round: first with mistakes, then two themes and all layers.
        driver().findElement(By.linkText("Nieuwe meting maken")).click();
        controleerToegankelijkheid();
        klik("Meting maken");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Geef de meting een naam");
        controleerToegankelijkheid();
        vulIn("naam", naam);
        for (String uit : List.of("integraliteit", "financien")) {
            WebElement vak = driver().findElement(By.cssSelector("input[name=themas][value=" + uit + "]"));
            if (vak.isSelected()) {
                vak.click();
            }
        }
        klik("Meting maken");
        assertThat(kop()).isEqualTo(naam);
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("de bedoeling is nog niet ingevuld");
        controleerToegankelijkheid();

        // The intent of eigen kracht, in the advisor's own words.
        driver().findElement(By.partialLinkText("Bedoeling en vragen")).click();
        assertThat(kop()).isEqualTo("Eigen kracht: bedoeling en vragen");
        controleerToegankelijkheid();
        vulIn("bedoeling", "Inwoners doen zelf wat ze kunnen, met hun netwerk. Zo kunnen ze langer thuis wonen.");
        klik("Thema opslaan");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Zo kunnen ze langer thuis wonen.");

        // Links per layer: exactly the small-group threshold for bestuur, uitvoering and partners, one for management and beleid.
        int m = KleineGroep.MINIMUM;
        Map<String, List<String>> links = new java.util.LinkedHashMap<>();
        for (String laag : List.of("bestuur", "management", "beleid", "uitvoering", "partners")) {
            int aantal = laag.equals("management") || laag.equals("beleid") ? 1 : m;
            new Select(driver().findElement(By.id("uitnodiging-laag"))).selectByValue(laag);
            vulIn("uitnodiging-aantal", String.valueOf(aantal));
            klik("Links maken");
            if (laag.equals("bestuur")) {
                controleerToegankelijkheid();
            }
            links.put(laag, driver().findElements(By.cssSelector("#links code")).stream().map(WebElement::getText).toList());
            assertThat(links.get(laag)).hasSize(aantal);
            driver().findElement(By.linkText("Terug naar de meting")).click();
        }
        UUID meting = jdbc.sql("select id from thermometer.thermometer_meting where naam = ?").param(naam).query(UUID.class).single();

        // Respondents: no login. The first one by hand, with a mistake, save and resume.
        driver().manage().deleteAllCookies();
        String eerste = links.get("uitvoering").getFirst();
        driver().get(eerste);
        assertThat(kop()).isEqualTo("Vragenlijst: weet u wat de bedoeling is?");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Uitvoering", "anoniem");
        controleerToegankelijkheid();
        klikLink("Beginnen");
        assertThat(kop()).isEqualTo("Eigen kracht");
        controleerToegankelijkheid();
        klik("Volgende onderwerp");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Kies een antwoord bij vraag 1");
        assertThat(driver().switchTo().activeElement().getAttribute("id")).isEqualTo("foutoverzicht");
        controleerToegankelijkheid();
        // The first statement by keyboard: focus its first choice from the error summary, then arrow to "Mee eens".
        driver().findElement(By.cssSelector("#foutoverzicht a")).click();
        new Actions(driver()).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        assertThat(driver().switchTo().activeElement().getAttribute("value")).isEqualTo("4");
        vulIn("open", "Mensen helpen zichzelf en elkaar.");
        klik("Bewaren en later verder");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Uw antwoorden zijn bewaard");
        controleerToegankelijkheid();
        driver().manage().deleteAllCookies();
        driver().get(eerste);
        klikLink("Verder gaan");
        assertThat(driver().findElement(By.id("open")).getAttribute("value")).isEqualTo("Mensen helpen zichzelf en elkaar.");
        kiesOveral("4");
        klik("Volgende onderwerp");
        assertThat(kop()).isEqualTo("Menselijke maat");
        kiesOveral("3");
        klik("Naar versturen");
        assertThat(kop()).isEqualTo("Versturen");
        controleerToegankelijkheid();
        klik("Vragenlijst versturen");
        assertThat(kop()).isEqualTo("Bedankt, uw antwoorden zijn verstuurd");
        controleerToegankelijkheid();
        // The same link again: used.
        driver().get(eerste);
        assertThat(kop()).isEqualTo("Deze vragenlijst is al verstuurd");
        controleerToegankelijkheid();
        driver().get(eerste.substring(0, eerste.length() - 4) + "AAAA");
        assertThat(kop()).isEqualTo("Deze link kennen we niet");
        controleerToegankelijkheid();

        // The others through the module's API: every layer answers through its own links. Bestuur high, the lower layers lower.
        Map<String, String> scores = Map.of("bestuur", "5", "management", "4", "beleid", "4", "uitvoering", "2", "partners", "3");
        links.forEach((laag, lijst) -> lijst.stream().filter(l -> !l.equals(eerste))
                .forEach(l -> beantwoordAlles(l, scores.get(laag), "Antwoord van " + laag + ": langer thuis wonen")));
        assertThat(jdbc.sql("select count(*) from thermometer.thermometer_uitnodiging where meting_id = ? and ingediend").param(meting)
                .query(Integer.class).single()).isEqualTo(3 * m + 2);

        // Back to the advisor: close the round (results stay hidden while it is open), then code the open answers.
        driver().get(url("/inloggen"));
        logIn("beleid");
        bezoek("/thermometer/metingen/" + meting);
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("De uitkomsten ziet u als de meting gesloten is.");
        klik("Meting nu afsluiten");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("De meting is gesloten.");
        controleerToegankelijkheid();
        driver().get(url("/thermometer/metingen/" + meting + "/codering"));
        assertThat(kop()).isEqualTo("Open antwoorden over eigen kracht");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Zo kunnen ze langer thuis wonen.", "Mensen helpen zichzelf en elkaar.")
                .as("management and beleid have 1 respondent each").doesNotContain("Antwoord van management");
        controleerToegankelijkheid();
        List<WebElement> past = driver().findElements(By.cssSelector("input[type=radio][value=past]"));
        assertThat(past).as("the open answers of bestuur, uitvoering and partners").hasSize(3 * m);
        past.forEach(WebElement::click);
        klik("Beoordeling opslaan");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("is opgeslagen");

        // The results: heatmap with its table, loss, gaps, coding shares.
        driver().findElement(By.linkText("Naar de uitkomsten")).click();
        assertThat(kop()).startsWith("Uitkomsten");
        controleerToegankelijkheid();
        String main = driver().findElement(By.tagName("main")).getText();
        assertThat(driver().findElements(By.cssSelector("svg.mw-tm-heatmap rect"))).hasSize(5 * 2 * 4);
        assertThat(driver().findElement(By.id("verlies")).getText()).contains("Eigen kracht 100");
        assertThat(driver().findElement(By.id("kloven")).getText()).contains("Uitvoering", "Wat u kunt doen:");
        assertThat(driver().findElement(By.id("codering")).getText()).contains("Uitvoering 100% past",
                "Management te weinig antwoorden (minder dan " + m + ")");
        driver().findElement(By.cssSelector("details.mw-zrm-tabel summary")).click();
        assertThat(driver().findElement(By.cssSelector("details.mw-zrm-tabel")).getText()).contains("te weinig antwoorden (minder dan " + m + ")");
        controleerToegankelijkheid();
        assertThat(main).contains("Download het rapport (pdf)");
        assertThat(driver().findElement(By.linkText("Download het rapport (pdf)")).getAttribute("href")).endsWith("/rapport.pdf");
    }

    /**
     * Answers a whole questionnaire of one link through {@link Beantwoording}, as the form does: every
     * statement of every theme the same choice and one open answer per theme, each theme complete,
     * then sent. Afterwards the link is used.
     */
    private void beantwoordAlles(String link, String score, String open) {
        String token = link.substring(link.lastIndexOf('/') + 1);
        Meting m = beantwoording.open(token).meting();
        for (Thema t : m.themas()) {
            Map<String, String> antwoorden = new LinkedHashMap<>();
            m.stellingen(t.code()).forEach(st -> antwoorden.put(st.id().toString(), score));
            beantwoording.bewaar(token, t.code(), antwoorden, open, true);
        }
        beantwoording.verstuur(token);
        assertThatThrownBy(() -> beantwoording.open(token)).isInstanceOfSatisfying(Beantwoording.LinkOngeldigException.class,
                e -> assertThat(e.reden()).isEqualTo(Beantwoording.Reden.GEBRUIKT));
    }

    /** Chooses the same answer on every statement of the page, by clicking the labels as a person would. */
    private static void kiesOveral(String waarde) {
        for (WebElement keuze : driver().findElements(By.cssSelector("input[type=radio][value='" + waarde + "']"))) {
            driver().findElement(By.cssSelector("label[for='" + keuze.getAttribute("id") + "']")).click();
        }
    }
}
