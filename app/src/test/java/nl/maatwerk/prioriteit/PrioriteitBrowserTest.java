package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import nl.maatwerk.TestData;

/**
 * Prioriteit naar nood in a real browser: importing signals, the team queue with its explanation,
 * outreach, the household page, moving an item, the weights, the fairness report, the dashboard
 * and the public register, with axe-core checking every page. Setup copied from {@code BrowserTest}.
 *
 * <p>The pages in a real browser: Debian's headless Chromium, driven by Selenium, with axe-core
 * checking every page visited for accessibility problems. One browser serves the whole class.
 *
 * <p>Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (other paths: system
 * properties {@code maatwerk.chromium} and {@code maatwerk.chromedriver}) the tests are skipped
 * with a message, unless {@code MAATWERK_CI=true} (set by {@code .ci/run}),
 * in which case they fail: CI must never skip them silently.
 */
@EnabledIf(value = "chromiumAanwezig", disabledReason = PrioriteitBrowserTest.OVERGESLAGEN)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PrioriteitBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("maatwerk.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("maatwerk.chromedriver", "/usr/bin/chromedriver"));
    private static final String TEAM = "wijkteam-centrum";
    private static final String ANDER_TEAM = "wijkteam-laak";

    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static Path profiel;

    @LocalServerPort
    int poort;

    @Autowired
    JdbcClient jdbc;

    static final String OVERGESLAGEN = "Chromium ontbreekt: installeer chromium en chromium-driver "
            + "(of draai .ci/run); browsertests overgeslagen";

    /** Checked before Spring starts, so a machine without Chromium does not pay for the context. */
    static boolean chromiumAanwezig() {
        boolean aanwezig = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!aanwezig && "true".equalsIgnoreCase(System.getenv("MAATWERK_CI"))) {
            throw new IllegalStateException("Chromium ontbreekt (" + CHROMIUM + " of " + CHROMEDRIVER
                    + ") terwijl MAATWERK_CI=true: installeer chromium en chromium-driver");
        }
        if (!aanwezig) {
            System.err.println("PrioriteitBrowserTest: " + OVERGESLAGEN + " (gezocht: " + CHROMIUM + ", " + CHROMEDRIVER + ")");
        }
        return aanwezig;
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        // Never let Selenium Manager look for, or download, a driver or a browser.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profiel = Files.createTempDirectory("maatwerk-chromium-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("SE_OFFLINE", "true"))
                .build();
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1024",
                "--user-data-dir=" + profiel);
        driver = new ChromeDriver(service, opties);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (axeRuns > 0) {
            System.out.printf("axe-core controleerde %d pagina's in %d ms%n", axeRuns, axeMillis);
        }
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profiel != null) {
            try (Stream<Path> paden = Files.walk(profiel)) {
                paden.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void schoneSessie() {
        schakelJavaScript(true);
        driver.get(url("/inloggen"));
        driver.manage().deleteAllCookies();
    }

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
        driver.findElement(By.id("bestand")).sendKeys(bestand.toAbsolutePath().toString());
        klik("Inlezen");
        controleerToegankelijkheid();
        assertThat(driver.findElement(By.id("verslag")).getText()).contains("3 regels gelezen: 1 nieuw ingelezen, 1 dubbel overgeslagen, 1 met een fout");
        assertThat(driver.findElement(By.id("regelfouten")).getText()).contains("regel 2", "Onbekend soort schuldeiser", "geen geldig burgerservicenummer");
        Files.delete(bestand);

        // The household is in the team's queue, with why it is there.
        bezoek("/werkvoorraad/team");
        WebElement rij = driver.findElement(By.xpath("//table[@id='wachtrij']//tr[.//a[normalize-space()='Huishouden " + achternaam + "']]"));
        rij.findElement(By.tagName("summary")).click();
        assertThat(rij.getText()).contains("Waarom hier? 48 punten", "Betalingsachterstand (bedrag): 36 punten",
                "€ 1845 achterstand: 18 keer € 100 × 2 = 36 punten", "Betalingsachterstand (maanden): 12 punten");
        controleerToegankelijkheid();

        // Outreach: a call with contact; the form reports what is missing first.
        UUID signaal = jdbc.sql("select id from vroegsignaal where huishouden_id = ?").param(huishouden).query(UUID.class).single();
        bezoek("/vroegsignalen/" + signaal);
        klik("Stap vastleggen");
        assertThat(driver.findElement(By.id("foutoverzicht")).getText()).contains("Kies wat er is gedaan.");
        controleerToegankelijkheid();
        new Select(driver.findElement(By.id("soort"))).selectByVisibleText("Gebeld");
        driver.findElement(By.cssSelector("input[name=contact][value=true]")).click();
        vulIn("notitie", "Mevrouw gesproken, gesprek bij haar thuis gepland.");
        klik("Stap vastleggen");
        assertThat(driver.findElement(By.id("stappen")).getText()).contains("Gebeld: contact gehad", "Mevrouw gesproken");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Contact gehad");
        controleerToegankelijkheid();

        // The household page shows the signal and its outreach in the timeline.
        bezoek("/huishoudens/" + huishouden);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Signalen van betalingsachterstand", "Woningcorporatie Browser",
                "Gebeld na signaal van Woningcorporatie Browser: contact gehad");

        // Moving the item down takes a reason, which the team then sees.
        bezoek("/werkvoorraad/team/verplaatsen?item=huishouden:" + huishouden);
        new Select(driver.findElement(By.id("richting"))).selectByVisibleText("Onderaan zetten");
        klik("Verplaatsen");
        assertThat(driver.findElement(By.id("foutoverzicht")).getText()).contains("Schrijf op waarom");
        controleerToegankelijkheid();
        vulIn("reden", "Schuldhulp loopt al via de budgetcoach van de corporatie.");
        klik("Verplaatsen");
        controleerToegankelijkheid();
        List<WebElement> rijen = driver.findElements(By.cssSelector("#wachtrij tbody tr"));
        assertThat(rijen.getLast().getText()).contains("Huishouden " + achternaam);
    }

    @Test
    void theTeamLeadSeesWeightsAndFairnessPolicySeesNumbersAndAnyoneTheRegister() {
        naarInloggen();
        logIn("teamleider");
        bezoek("/werkvoorraad/gewichten");
        vulIn("reden", "kort");
        klik("Gewichten opslaan");
        assertThat(driver.findElement(By.id("foutoverzicht")).getText()).contains("Schrijf op waarom de gewichten veranderen");
        controleerToegankelijkheid();
        bezoek("/eerlijkheid");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Verhouding", "Geslacht slaat Maatwerk niet op");
        logUit();
        logIn("beleid");
        bezoek("/vroegsignalen/overzicht");
        assertThat(driver.findElement(By.id("dashboard")).getText()).contains("Verhuurder", "Zorgverzekeraar");
        bezoek("/eerlijkheid");
        logUit();
        bezoek("/algoritmeregister");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Werkvoorraad op volgorde van nood", "Menselijke tussenkomst",
                "Wat nooit meetelt", "Wijkteam Centrum");
    }

    private String url(String pad) {
        return "http://localhost:" + poort + pad;
    }

    private void bezoek(String pad) {
        driver.get(url(pad));
        if (javaScriptAan) {
            controleerToegankelijkheid();
        }
    }

    /** The login page without a new axe run: the skip-link test and the logout step check it. */
    private void naarInloggen() {
        driver.get(url("/inloggen"));
    }

    private void logIn(String gebruiker) {
        assertThat(kop()).isEqualTo("Inloggen");
        vulIn("username", gebruiker);
        vulIn("password", "demo");
        klik("Inloggen");
        assertThat(driver.findElement(By.tagName("header")).getText()).contains("Ingelogd als");
    }

    private void logUit() {
        klik("Uitloggen");
        assertThat(driver.getCurrentUrl()).contains("/inloggen");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("U bent uitgelogd.");
        controleerToegankelijkheid();
    }

    private static String kop() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private static String resultaatKop() {
        return driver.findElement(By.id("resultaten")).getText();
    }

    private static String resultaten() {
        return driver.findElement(By.cssSelector("section[aria-labelledby=resultaten]")).getText();
    }

    private static void vulIn(String id, String waarde) {
        WebElement veld = driver.findElement(By.id(id));
        veld.clear();
        veld.sendKeys(waarde);
    }

    /**
     * Sets a date input's value. Typing digits would depend on the order of day and month in the
     * browser's locale, which headless Chromium takes from the environment, not from --lang.
     */
    private static void vulDatumIn(String id, LocalDate datum) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), datum.toString());
    }

    /** Clicks the button with this text, the way a person does, and waits for the next page. */
    private static void klik(String tekst) {
        List<WebElement> knoppen = driver.findElements(By.xpath("//button[normalize-space()='" + tekst + "']"));
        assertThat(knoppen).as("knop '%s' op %s", tekst, driver.getCurrentUrl()).hasSize(1);
        WebElement pagina = driver.findElement(By.tagName("html"));
        knoppen.getFirst().click();
        wachtOpNieuwePagina(pagina);
    }

    private static void verstuur(String id) {
        WebElement pagina = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(id)).submit();
        wachtOpNieuwePagina(pagina);
    }

    /**
     * Waits until the old page is gone. During navigation Chromium sometimes answers "node does not
     * belong to the document" instead of "stale element"; both mean the old page has been left.
     */
    private static void wachtOpNieuwePagina(WebElement oud) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                oud.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    private String naamVan(UUID huishouden) {
        return jdbc.sql("select naam from huishouden where id = ?").param(huishouden).query(String.class).single();
    }

    private static String letters(int aantal) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < aantal; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    private static boolean javaScriptAan = true;

    /** Switches the page's own scripts on or off for this tab; WebDriver's scripts keep working. */
    private static void schakelJavaScript(boolean aan) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !aan));
        javaScriptAan = aan;
    }

    /** axe-core on the current page: zero violations, or a message that tells a developer what to fix. */
    /**
     * All of axe's default rules (WCAG 2.x A and AA plus best practices), none switched off, plus
     * {@code target-size} (WCAG 2.2 AA, 2.5.8), which axe leaves off by default. Our
     * pages have no iframes (the CSP forbids framing), so axe runs with {@code axe.run} in the page
     * itself ("legacy mode") instead of opening a helper tab per page to merge frame results, and
     * it details the nodes of violations only. Both keep a page check well under a second.
     */
    private static AxeBuilder axe() {
        AxeRunOptions opties = new AxeRunOptions();
        opties.setResultTypes(List.of("violations"));
        AxeRuleOptions aan = new AxeRuleOptions();
        aan.setEnabled(true);
        opties.setRules(Map.of("target-size", aan));
        return new AxeBuilder().setLegacyMode(true).disableIframeTesting().withOptions(opties);
    }

    private static int axeRuns;
    private static long axeMillis;

    private static void controleerToegankelijkheid() {
        long start = System.nanoTime();
        Results resultaat = axe().analyze(driver);
        axeRuns++;
        axeMillis += (System.nanoTime() - start) / 1_000_000;
        assertThat(resultaat.isErrored()).as("axe liep niet goed op %s: %s", driver.getCurrentUrl(), resultaat.getErrorMessage())
                .isFalse();
        assertThat(resultaat.getPasses()).as("axe controleerde niets op %s", driver.getCurrentUrl()).isNotEmpty();
        List<Rule> overtredingen = resultaat.getViolations();
        assertThat(overtredingen).withFailMessage(() -> beschrijf(driver.getCurrentUrl(), overtredingen)).isEmpty();
    }

    private static String beschrijf(String url, List<Rule> overtredingen) {
        return "axe vond " + overtredingen.size() + " toegankelijkheidsproblemen op " + url + ":\n"
                + overtredingen.stream().map(r -> "- " + r.getId() + " (" + r.getImpact() + "): " + r.getHelp()
                        + " " + r.getHelpUrl() + "\n" + r.getNodes().stream()
                                .map(n -> "    " + doel(n) + "  " + samenvatting(n))
                                .collect(Collectors.joining("\n")))
                        .collect(Collectors.joining("\n"));
    }

    private static String doel(CheckedNode n) {
        return String.valueOf(n.getTarget());
    }

    private static String samenvatting(CheckedNode n) {
        String s = n.getFailureSummary();
        return s == null ? "" : s.replace('\n', ' ');
    }
}
