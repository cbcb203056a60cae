package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in a real browser (see {@link BrowserBasis}): login, search, households, requests and
 * calculations, with axe on every page.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class BrowserTest extends BrowserBasis {

    private static final String TEAM = "wijkteam-centrum";
    private static final String ANDER_TEAM = "wijkteam-laak";

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
        bezoek("/inloggen");
        new Actions(driver()).sendKeys(Keys.TAB).perform();
        WebElement eerste = driver().switchTo().activeElement();
        assertThat(eerste.getText()).isEqualTo("Ga direct naar de inhoud");
        assertThat(eerste.getAttribute("href")).endsWith("#inhoud");
        assertThat(eerste.isDisplayed()).as("de skiplink is zichtbaar zodra hij focus heeft").isTrue();
        assertThat(eerste.getSize().getHeight()).as("hoogte van de skiplink met focus").isGreaterThanOrEqualTo(16);
        assertThat(eerste.getSize().getWidth()).as("breedte van de skiplink met focus").isGreaterThanOrEqualTo(100);

        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        WebElement doel = driver().switchTo().activeElement();
        assertThat(doel.getTagName()).isEqualTo("main");
        assertThat(doel.getAttribute("id")).isEqualTo("inhoud");
    }

    @Test
    void consulentLogsInSearchesOpensAndEditsAHousehold() {
        TestData data = new TestData(jdbc);
        String achternaam = "Browser" + letters(6);
        String postcode = (ThreadLocalRandom.current().nextInt(1000, 9999)) + "QX";
        int huisnummer = ThreadLocalRandom.current().nextInt(1, 999);
        String bsn = TestData.nieuwBsn();
        UUID inwoner = data.inwoner(bsn, achternaam, LocalDate.of(1984, 6, 15), postcode, huisnummer);
        UUID huishouden = data.huishouden("Huishouden " + achternaam, TEAM);
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2020, 1, 1), null);

        naarInloggen();
        logIn("consulent");
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/"));
        assertThat(kop()).startsWith("Goedendag");
        controleerToegankelijkheid();

        // By BSN, from the start page.
        driver().findElement(By.id("start-zoek")).sendKeys(bsn);
        verstuur("start-zoek");
        assertThat(resultaatKop()).isEqualTo("1 inwoner gevonden");
        controleerToegankelijkheid();

        // A BSN that fails the 11-proef: the error summary links to the field.
        vulIn("bsn", "123456789");
        klik("Zoek op BSN");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Dit is geen geldig BSN");
        assertThat(driver().switchTo().activeElement().getAttribute("id")).isEqualTo("foutoverzicht");
        assertThat(driver().findElement(By.id("bsn")).getAttribute("aria-invalid")).isEqualTo("true");
        controleerToegankelijkheid();

        // By surname and birth date.
        vulIn("achternaam", achternaam);
        vulDatumIn("geboortedatum", LocalDate.of(1984, 6, 15));
        klik("Zoek op naam");
        assertThat(resultaatKop()).isEqualTo("1 inwoner gevonden");
        assertThat(resultaten()).contains(bsn);
        controleerToegankelijkheid();

        // By postcode and house number.
        vulIn("postcode", postcode.substring(0, 4) + " " + postcode.substring(4).toLowerCase());
        vulIn("huisnummer", String.valueOf(huisnummer));
        klik("Zoek op adres");
        assertThat(resultaten()).contains(achternaam, bsn);
        controleerToegankelijkheid();

        // The resident, and from there the household.
        driver().findElement(By.partialLinkText(achternaam)).click();
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/inwoners/" + inwoner));
        assertThat(kop()).isEqualTo("Test " + achternaam);
        controleerToegankelijkheid();
        driver().findElement(By.linkText("Huishouden " + achternaam)).click();
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/huishoudens/" + huishouden));
        assertThat(kop()).isEqualTo("Huishouden " + achternaam);
        controleerToegankelijkheid();

        // Edit: an empty name is refused, with a Dutch error summary that reaches the field by keyboard.
        driver().findElement(By.linkText("Naam wijzigen")).click();
        assertThat(kop()).isEqualTo("Naam van het huishouden wijzigen");
        controleerToegankelijkheid();
        driver().findElement(By.id("naam")).clear();
        klik("Opslaan");
        WebElement overzicht = driver().findElement(By.id("foutoverzicht"));
        assertThat(overzicht.getText()).contains("Controleer deze gegevens", "Vul een naam voor het huishouden in.");
        assertThat(driver().switchTo().activeElement().getAttribute("id"))
                .as("na een fout staat de focus op het foutoverzicht").isEqualTo("foutoverzicht");
        assertThat(driver().findElement(By.id("naam")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver().findElement(By.id("naam")).getAttribute("aria-describedby")).contains("naam-fout");
        controleerToegankelijkheid();
        new Actions(driver()).sendKeys(Keys.TAB).perform();
        WebElement link = driver().switchTo().activeElement();
        assertThat(link.getText()).isEqualTo("Vul een naam voor het huishouden in.");
        assertThat(link.getAttribute("href")).endsWith("#naam");
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        assertThat(driver().switchTo().activeElement().getAttribute("id")).isEqualTo("naam");
        assertThat(naamVan(huishouden)).isEqualTo("Huishouden " + achternaam);

        // A good name is saved.
        new Actions(driver()).sendKeys("Familie " + achternaam).perform();
        klik("Opslaan");
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/huishoudens/" + huishouden));
        assertThat(kop()).isEqualTo("Familie " + achternaam);
        assertThat(naamVan(huishouden)).isEqualTo("Familie " + achternaam);
        controleerToegankelijkheid();

        // The list of the team's households, filtered on the new name.
        driver().findElement(By.linkText("Huishoudens")).click();
        controleerToegankelijkheid();
        vulIn("f-naam", achternaam);
        klik("Filteren");
        assertThat(driver().findElement(By.tagName("table")).getText()).contains("Familie " + achternaam, "Test " + achternaam);
        controleerToegankelijkheid();
    }

    @Test
    void consulentEditsAResidentAndSeesEveryProblemInTheForm() {
        TestData data = new TestData(jdbc);
        String achternaam = "Wijzig" + letters(6);
        UUID inwoner = data.inwoner(achternaam, LocalDate.of(1990, 2, 3));
        UUID huishouden = data.huishouden("Huishouden " + achternaam, TEAM);
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2021, 1, 1), null);

        naarInloggen();
        logIn("consulent");
        bezoek("/inwoners/" + inwoner);
        driver().findElement(By.linkText("Gegevens wijzigen")).click();
        assertThat(kop()).isEqualTo("Gegevens van de inwoner wijzigen");
        controleerToegankelijkheid();

        vulIn("verblijfplaats.postcode", "2511");
        vulIn("naam.voornamen", "");
        klik("Opslaan");
        WebElement overzicht = driver().findElement(By.id("foutoverzicht"));
        assertThat(overzicht.getText()).contains("Vul de voornamen in.", "Vul een postcode in zoals 2511 AB.");
        assertThat(overzicht.findElements(By.tagName("a"))).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#naam.voornamen"))
                .anySatisfy(h -> assertThat(h).endsWith("#verblijfplaats.postcode"));
        assertThat(driver().switchTo().activeElement().getAttribute("id")).isEqualTo("foutoverzicht");
        controleerToegankelijkheid();
        overzicht.findElement(By.partialLinkText("postcode")).click();
        assertThat(driver().switchTo().activeElement().getAttribute("id")).isEqualTo("verblijfplaats.postcode");

        vulIn("naam.voornamen", "Sanne");
        vulIn("verblijfplaats.postcode", "2511 CV");
        vulIn("contact.telefoonnummer", "0612345678");
        klik("Opslaan");
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/inwoners/" + inwoner));
        assertThat(kop()).isEqualTo("Sanne " + achternaam);
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("2511CV", "0612345678");
        controleerToegankelijkheid();
    }

    @Test
    void consulentOpensAnotherTeamsHouseholdByDoorbraakAndTheTeamleiderSeesIt() {
        TestData data = new TestData(jdbc);
        String achternaam = "Elders" + letters(6);
        String bsn = TestData.nieuwBsn();
        UUID inwoner = data.inwoner(bsn, achternaam, LocalDate.of(1975, 11, 30), "2525AA", 3);
        UUID huishouden = data.huishouden("Huishouden " + achternaam, ANDER_TEAM);
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2019, 1, 1), null);
        String reden = "Inwoner " + achternaam + " staat aan de balie met een acute huurschuld";

        naarInloggen();
        logIn("consulent");
        bezoek("/zoeken?bsn=" + bsn);
        driver().findElement(By.partialLinkText("Doorbraak aanvragen")).click();
        assertThat(kop()).startsWith("Doorbraak");
        controleerToegankelijkheid();
        vulIn("reden", "kort");
        klik("Doorbraak vastleggen en openen");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Schrijf de reden in 20 tot 2000 tekens.");
        controleerToegankelijkheid();
        vulIn("reden", reden);
        klik("Doorbraak vastleggen en openen");
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/huishoudens/" + huishouden));
        controleerToegankelijkheid();

        logUit();
        logIn("teamleider");
        controleerToegankelijkheid();
        driver().findElement(By.linkText("Doorbraken in mijn team")).click();
        assertThat(kop()).isEqualTo("Doorbraken in mijn team");
        assertThat(driver().findElement(By.tagName("table")).getText()).contains(reden);
        controleerToegankelijkheid();
    }

    @Test
    void consulentUsesTheOtherHouseholdFormsAndTheNetworkShowsAsEcomap() {
        TestData data = new TestData(jdbc);
        String achternaam = "Netwerk" + letters(6);
        UUID inwoner = data.inwoner(achternaam, LocalDate.of(1980, 8, 8));
        UUID huishouden = data.huishouden("Huishouden " + achternaam, TEAM);
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 3, 1), null);

        naarInloggen();
        logIn("consulent");
        bezoek("/inwoners/nieuw");
        bezoek("/huishoudens/nieuw");
        klik("Huishouden aanmaken");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Vul een naam voor het huishouden in.");
        controleerToegankelijkheid();

        bezoek("/huishoudens/" + huishouden);
        driver().findElement(By.linkText("Lid toevoegen")).click();
        controleerToegankelijkheid();
        klik("Toevoegen");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Kies de rol in het huishouden.");
        assertThat(driver().findElement(By.id("rol")).getAttribute("aria-invalid")).isEqualTo("true");
        controleerToegankelijkheid();

        // The network has its own tab on the household page (issue 15); adding someone returns to it.
        bezoek("/huishoudens/" + huishouden + "?tab=netwerk");
        driver().findElement(By.linkText("Persoon aan het netwerk toevoegen")).click();
        controleerToegankelijkheid();
        vulIn("naam", "Tante Wil");
        new Select(driver().findElement(By.id("relatie"))).selectByValue("MANTELZORGER");
        vulIn("bijdrage", "kookt twee keer per week");
        klik("Toevoegen");
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/huishoudens/" + huishouden + "?tab=netwerk"));
        assertThat(driver().findElement(By.cssSelector("svg.mw-ecomap")).getAttribute("aria-labelledby")).isNotBlank();
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Tante Wil", "kookt twee keer per week");
        controleerToegankelijkheid();

        bezoek("/huishoudens/" + huishouden);

        driver().findElement(By.partialLinkText("Vertrek vastleggen")).click();
        controleerToegankelijkheid();
        bezoek("/huishoudens/" + UUID.randomUUID());
        assertThat(driver().getTitle()).as("de pagina voor een onbekend huishouden").containsIgnoringCase("niet gevonden");
        bezoek("/toegankelijkheid");
    }

    @Test
    void consulentRecordsAZrmAssessmentAndReadsTheHistoryAsChartsAndAsATable() {
        TestData data = new TestData(jdbc);
        String achternaam = "Zrm" + letters(6);
        UUID inwoner = data.inwoner(achternaam, LocalDate.of(1978, 6, 6));
        UUID huishouden = data.huishouden("Huishouden " + achternaam, TEAM);
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 3, 1), null);
        for (int m = 0; m < 2; m++) {
            UUID meting = UUID.randomUUID();
            jdbc.sql("insert into toegang.zrm_meting (id, huishouden_id, datum, door_naam) values (?, ?, ?, 'Sanne de Wit')")
                    .params(meting, huishouden, LocalDate.of(2025, 1 + 5 * m, 10)).update();
            for (nl.maatwerk.toegang.Levensdomein d : nl.maatwerk.toegang.Levensdomein.values()) {
                Integer score = d == nl.maatwerk.toegang.Levensdomein.JUSTITIE ? null : 2 + m;
                jdbc.sql("insert into toegang.zrm_score (meting_id, domein, score) values (?, ?, ?)").params(meting, d.code(), score).update();
            }
        }

        naarInloggen();
        logIn("consulent");
        bezoek("/huishoudens/" + huishouden + "?tab=plan");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Zelfredzaamheid (ZRM)", "1 hoger (beter)");
        driver().findElement(By.linkText("Nieuwe ZRM-meting vastleggen")).click();
        controleerToegankelijkheid();
        // The ZRM scores one adult per assessment (issue 15): choose who.
        new Select(driver().findElement(By.id("inwonerId"))).selectByIndex(1);
        assertThat(driver().findElement(By.id("scores[0].score-3")).isSelected()).as("pre-filled with the previous score").isTrue();
        vulDatumIn("datum", LocalDate.now().plusDays(5));
        driver().findElement(By.id("scores[1].score-nb")).click();
        klik("Meting opslaan");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("De datum ligt in de toekomst.");
        assertThat(driver().findElement(By.id("datum")).getAttribute("aria-invalid")).isEqualTo("true");
        controleerToegankelijkheid();

        vulDatumIn("datum", LocalDate.now());
        driver().findElement(By.id("scores[0].score-4")).click();
        klik("Meting opslaan");
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/huishoudens/" + huishouden + "/zrm"));
        assertThat(driver().findElements(By.cssSelector("svg.mw-zrm-svg[role=img]"))).hasSize(13);
        driver().findElement(By.xpath("//summary[normalize-space()='Toon als tabel']")).click();
        assertThat(driver().findElement(By.cssSelector("details.mw-zrm-tabel")).getText()).contains("4 voldoende zelfredzaam");
        controleerToegankelijkheid();
    }

    @Test
    void aRequestGoesFromIntakeToRegieZrmAndAnAgreedPlanAndTheHouseholdPageShowsItAll() {
        TestData data = new TestData(jdbc);
        String achternaam = "Flow" + letters(6);
        UUID inwoner = data.inwoner(achternaam, LocalDate.of(1984, 2, 14));
        UUID huishouden = data.huishouden("Huishouden " + achternaam, TEAM);
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2016, 5, 1), null);

        naarInloggen();
        logIn("consulent");
        bezoek("/huishoudens/" + huishouden);

        // Intake: first with mistakes, then complete.
        driver().findElement(By.linkText("Nieuwe hulpvraag (intake)")).click();
        controleerToegankelijkheid();
        klik("Hulpvraag vastleggen");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText())
                .contains("Kies hoe de vraag binnenkwam.", "Schrijf de vraag op, in de woorden van de inwoner.", "Kies minstens één levensdomein.");
        controleerToegankelijkheid();
        new Select(driver().findElement(By.id("kanaal"))).selectByVisibleText("Huisbezoek");
        new Select(driver().findElement(By.id("vorm"))).selectByVisibleText("Aanvraag: de inwoner vraagt om een besluit");
        vulIn("vraag", "Er ligt een brief van de verhuurder: we moeten eruit als de achterstand niet betaald wordt.");
        vulIn("watTelt", "Dat mijn dochter op haar school kan blijven.");
        driver().findElement(By.xpath("//label[normalize-space()='Financiën']")).click();
        driver().findElement(By.xpath("//label[normalize-space()='Huisvesting']")).click();
        driver().findElement(By.xpath("//label[normalize-space()='Wet gemeentelijke schuldhulpverlening']")).click();
        new Select(driver().findElement(By.id("dreiging"))).selectByVisibleText("Ontruiming van de woning dreigt");
        new Select(driver().findElement(By.id("urgentie"))).selectByVisibleText("Acuut");
        vulDatumIn("ontvangenOp", LocalDate.now());
        klik("Hulpvraag vastleggen");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("De hulpvraag is vastgelegd.", "Eerste gesprek bij dreigende ontruiming", "Let op");
        controleerToegankelijkheid();

        // Regie: the regisseur of the team takes it on.
        driver().findElement(By.linkText("Huishouden " + achternaam)).click();
        driver().findElement(By.linkText("Regisseur kiezen")).click();
        controleerToegankelijkheid();
        new Select(driver().findElement(By.id("regisseur"))).selectByVisibleText("Mohamed El Amrani (Wijkteam Centrum)");
        vulIn("reden", "Schulden en huisvesting tegelijk: één aanspreekpunt voor het gezin.");
        klik("Regie vastleggen");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Mohamed El Amrani");

        // ZRM: a first assessment, every domain filled in; from the household page's tab with the plan and the ZRM.
        driver().findElement(By.linkText("Plan en ZRM")).click();
        driver().findElement(By.linkText("Nieuwe ZRM-meting vastleggen")).click();
        controleerToegankelijkheid();
        // The ZRM scores one adult per assessment (issue 15): choose who.
        new Select(driver().findElement(By.id("inwonerId"))).selectByIndex(1);
        for (int d = 0; d < nl.maatwerk.toegang.Levensdomein.values().length; d++) {
            // The first choice (score 1) carries the field id itself, so the error summary can link to it.
            driver().findElement(By.id(d < 2 ? "scores[" + d + "].score" : "scores[" + d + "].score-3")).click();
        }
        vulDatumIn("datum", LocalDate.now());
        klik("Meting opslaan");
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/huishoudens/" + huishouden + "/zrm"));
        controleerToegankelijkheid();

        // Plan: a goal in the household's own words with an action for the network.
        bezoek("/huishoudens/" + huishouden + "?tab=plan");
        driver().findElement(By.linkText("Plan maken")).click();
        controleerToegankelijkheid();
        new Select(driver().findElement(By.id("doelen-0-levensdomein"))).selectByVisibleText("Financiën");
        vulIn("doelen-0-doel", "We willen in ons huis blijven wonen en weer rust hebben over geld.");
        vulIn("doelen-0-acties-0-omschrijving", "Samen met de verhuurder een betalingsregeling afspreken");
        new Select(driver().findElement(By.id("doelen-0-acties-0-eigenaarType"))).selectByVisibleText("Netwerk");
        vulIn("doelen-0-acties-0-eigenaar", "Zus Samira");
        vulDatumIn("doelen-0-acties-0-uiterlijk", LocalDate.now().plusWeeks(2));
        klik("Plan opslaan");
        controleerToegankelijkheid();

        // The household page now shows the whole picture, over its tabs: overview, plan and history.
        bezoek("/huishoudens/" + huishouden);
        String pagina = driver().findElement(By.tagName("main")).getText();
        for (String tab : List.of("Plan en ZRM", "Geschiedenis")) {
            driver().findElement(By.linkText(tab)).click();
            assertThat(driver().findElement(By.cssSelector("nav.mw-tabs [aria-current=page]")).getText()).isEqualTo(tab);
            controleerToegankelijkheid();
            pagina += "\n" + driver().findElement(By.tagName("main")).getText();
        }
        assertThat(pagina).contains("Mohamed El Amrani", "Open hulpvragen", "Let op", "Zelfredzaamheid (ZRM)",
                "We willen in ons huis blijven wonen", "1 actie loopt nog", "Wat er gebeurde", "wordt regisseur", "Hulpvraag binnengekomen",
                "ZRM-meting door");
        bezoek("/huishoudens/" + huishouden + "/plan");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Zus Samira", "Samen met de verhuurder een betalingsregeling");

        // The clock shows in the work list of whoever handles the request.
        bezoek("/werkvoorraad");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Huishouden " + achternaam);
    }

    @Test
    void aProfessionalCalculatesWhatAHouseholdKeepsAndChangesOneInput() {
        naarInloggen();
        logIn("consulent");
        bezoek("/berekeningen/bestaanszekerheid");
        vulDatumIn("peildatum", LocalDate.of(2025, 9, 1));
        vulDatumIn("leden[0].geboortedatum", LocalDate.of(1990, 5, 1));
        vulIn("bedrag", "7040.00");
        vulIn("aflossingPerMaand", "250.00");
        klik("Bereken");
        assertThat(driver().findElement(By.id("uitkomst")).getText()).contains("1.369,06", "103 maanden", "Let op:");
        controleerToegankelijkheid();
        vulIn("aflossingPerMaand", "50.00");
        klik("Bereken");
        assertThat(driver().findElement(By.id("uitkomst")).getText()).contains("103 maanden").doesNotContain("Let op:");
        controleerToegankelijkheid();
    }

    @Test
    void aResidentSeesOnlyTheirOwnHouseholdPage() {
        naarInloggen();
        logIn("inwoner");
        // Issue 16: the resident has an area of their own, not the professionals' household page without buttons.
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/mijn"));
        assertThat(driver().findElement(By.id("mijnmenu")).getText()).contains("Mijn aanvragen")
                .doesNotContain("Inwoner zoeken");
        controleerToegankelijkheid();
        bezoek("/zoeken");
        assertThat(kop()).isEqualTo("U heeft geen toegang tot deze pagina");
    }

    @Test
    void auditorReadsAndSearchesTheLogboekAndVerifiesTheChain() {
        naarInloggen();
        logIn("auditor");
        controleerToegankelijkheid();
        driver().findElement(By.linkText("Logboek")).click();
        assertThat(kop()).isEqualTo("Logboek verwerkingen");
        controleerToegankelijkheid();

        vulIn("bsn", "123");
        vulIn("actor", "consulent");
        vulDatumIn("van", LocalDate.of(2025, 9, 2));
        vulDatumIn("tot", LocalDate.of(2025, 9, 1));
        klik("Zoeken");
        assertThat(driver().findElement(By.id("bsn-fout")).getText()).contains("Dit is geen geldig BSN");
        assertThat(driver().findElement(By.id("tot-fout")).getText()).isEqualTo("De einddatum ligt voor de begindatum.");
        WebElement overzicht = driver().switchTo().activeElement();
        assertThat(overzicht.getAttribute("id")).isEqualTo("foutoverzicht");
        assertThat(overzicht.findElements(By.tagName("a"))).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("#bsn"))
                .anySatisfy(h -> assertThat(h).endsWith("#tot"));
        controleerToegankelijkheid();

        klik("Controleer of het logboek ongewijzigd is");
        assertThat(driver().getCurrentUrl()).isEqualTo(url("/logboek/verificatie"));
        controleerToegankelijkheid();
    }

    @Test
    void theHouseholdPagesWorkWithoutJavaScript() {
        TestData data = new TestData(jdbc);
        String achternaam = "Zonderjs" + letters(6);
        UUID inwoner = data.inwoner(achternaam, LocalDate.of(1988, 4, 4));
        UUID huishouden = data.huishouden("Huishouden " + achternaam, TEAM);
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2018, 5, 1), null);

        schakelJavaScript(false);
        try {
            naarInloggen();
            logIn("consulent");
            bezoek("/huishoudens/" + huishouden);
            assertThat(driver().executeScript("return typeof window.htmx")).as("htmx draait niet").isEqualTo("undefined");

            // With htmx this form swaps part of the page; without JavaScript it is a plain GET. It is folded away until asked.
            driver().findElement(By.xpath("//summary[normalize-space()='Wie woonde er op een andere dag?']")).click();
            vulDatumIn("peildatum", LocalDate.of(2019, 1, 1));
            klik("Toon samenstelling");
            assertThat(driver().getCurrentUrl()).contains("peildatum=2019-01-01");
            assertThat(driver().findElement(By.id("samenstelling")).getText()).contains("woonden hier:", achternaam);

            driver().findElement(By.linkText("Naam wijzigen")).click();
            vulIn("naam", "Zonder script " + achternaam);
            klik("Opslaan");
            assertThat(kop()).isEqualTo("Zonder script " + achternaam);
            assertThat(naamVan(huishouden)).isEqualTo("Zonder script " + achternaam);
        } finally {
            schakelJavaScript(true);
        }
    }

    /** The check itself can fail: axe, as BrowserBasis puts it into every page, finds a field without a label. */
    @Test
    void theAccessibilityCheckFailsOnAPageWithAFieldWithoutALabel() {
        bezoek("/inloggen");
        driver().executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=\"text\" id=\"zonder-label\">')");
        assertThatThrownBy(BrowserBasis::controleerToegankelijkheid).isInstanceOf(AssertionError.class)
                .hasMessageContaining("label").hasMessageContaining("#zonder-label");
    }

    private static String resultaatKop() {
        return driver().findElement(By.id("resultaten")).getText();
    }

    private static String resultaten() {
        return driver().findElement(By.cssSelector("section[aria-labelledby=resultaten]")).getText();
    }
}
