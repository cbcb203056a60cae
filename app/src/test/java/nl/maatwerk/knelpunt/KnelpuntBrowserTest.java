package nl.maatwerk.knelpunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.BrowserBasis;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The loop from practice to policy and back in a real browser, axe on every page: a consulent reports a knelpunt from a
 * decision (first with the household's name in it, which is refused and marked), policy sees it in the dossier of the
 * decision's rule beside the departures from that rule, answers, and the consulent sees the answer on the start page.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class KnelpuntBrowserTest extends BrowserBasis {

    @Test
    void aConsulentReportsFromADecisionPolicyAnswersInTheDossierAndTheConsulentSeesTheAnswer() {
        String s = letters(6);
        String naam = "Knelpuntmans" + s;
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden " + naam, "wijkteam-centrum");
        UUID inwoner = data.inwoner(naam, LocalDate.of(1975, 5, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);

        naarInloggen();
        logIn("consulent");
        bezoek("/huishoudens/" + huishouden + "/terugvorderingen/nieuw");
        vulDatumIn("peildatum", LocalDate.of(2025, 9, 1));
        klik("Terugvordering starten");
        assertThat(kop()).isEqualTo("Terugvordering van bijstand: Concept");

        // From the decision: the rule is chosen already.
        klikLink("Meld een knelpunt");
        assertThat(kop()).isEqualTo("Knelpunt melden");
        assertThat(new Select(driver().findElement(By.id("dossier"))).getFirstSelectedOption().getText()).contains("Terugvorderen van te veel betaalde bijstand");
        controleerToegankelijkheid();
        String onderwerp = "Giften van familie " + s;
        vulIn("onderwerp", onderwerp);
        vulIn("wat", "Mevrouw " + naam + " kreeg boodschappen van haar moeder en moest terugbetalen.");
        vulIn("watZouHelpen", "Ruimte om kleine giften niet mee te tellen.");
        new Select(driver().findElement(By.id("hoeVaak"))).selectByValue("PER_WEEK");
        klik("Knelpunt melden");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Haal de persoonsgegevens weg");
        assertThat(driver().findElement(By.tagName("mark")).getText()).isEqualTo(naam);
        controleerToegankelijkheid();
        vulIn("wat", "Een moeder kreeg boodschappen van haar eigen moeder en moest terugbetalen.");
        klik("Knelpunt melden");
        assertThat(kop()).isEqualTo("Mijn knelpunten");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains(onderwerp, "Uw knelpunt is gemeld");
        controleerToegankelijkheid();
        logUit();

        // Policy: the dossier of the rule, with the departures from it and the story.
        logIn("beleid");
        klikLink("Beleidsdossiers");
        assertThat(kop()).isEqualTo("Beleidsdossiers");
        controleerToegankelijkheid();
        klikLink("Terugvorderen van te veel betaalde bijstand");
        assertThat(kop()).isEqualTo("Beleidsdossier: Terugvorderen van te veel betaalde bijstand");
        String dossier = driver().findElement(By.tagName("main")).getText();
        assertThat(dossier).contains(onderwerp, "Afwijkingen van de regel", "Voor en na de wijziging").doesNotContain(naam).doesNotContain("consulent");
        assertThat(driver().findElements(By.cssSelector("figure.mw-grafiek svg.mw-grafiek__svg"))).hasSize(1);
        controleerToegankelijkheid();
        String antwoord = "We passen de werkinstructie aan " + s;
        new Select(driver().findElement(By.id("soort"))).selectByValue("UITGELEGD");
        vulIn("toelichting", antwoord);
        klik("Reactie vastleggen");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Uw reactie is vastgelegd", antwoord);
        controleerToegankelijkheid();
        bezoek("/beleidsdossiers/kwartaalrapport");
        assertThat(kop()).startsWith("Kwartaalrapport");
        logUit();

        // The consulent sees the answer on the start page and beside the knelpunt.
        logIn("consulent");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Antwoorden van beleid op knelpunten", antwoord);
        controleerToegankelijkheid();
        bezoek("/knelpunten");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains(onderwerp, antwoord);
    }

    /** From a dossier: a what-if with a missing value comes back named, then starts a run the dossier links to; then the theme. */
    @Test
    void policyStartsAWhatIfFromADossierFollowsItsLinkAndChoosesTheDossiersTheme() {
        String naam = "Dossierberekening " + letters(6);
        naarInloggen();
        logIn("beleid");
        bezoek("/beleidsdossiers/procedure-termijnen");
        vulIn("vraag", "Wat kost een hogere norm voor alleenstaanden?");
        vulIn("naam", naam);
        new Select(driver().findElement(By.id("parameter"))).selectByValue("pw-norm-alleenstaande");
        klik("Aanvragen");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Vul een waarde in.");
        assertThat(driver().findElement(By.id("naam")).getAttribute("value")).isEqualTo(naam);
        controleerToegankelijkheid();
        vulIn("waarde", "1500");
        klik("Aanvragen");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("De wat-als-berekening is gestart", naam);
        klikLink(naam);
        assertThat(kop()).isEqualTo("Wat als: " + naam);

        bezoek("/beleidsdossiers/procedure-termijnen");
        new Select(driver().findElement(By.id("thema"))).selectByValue("financien");
        klik("Thema opslaan");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Het thema van dit dossier is nu financiën", "Thermometer: Financiën");
        controleerToegankelijkheid();
    }
}
