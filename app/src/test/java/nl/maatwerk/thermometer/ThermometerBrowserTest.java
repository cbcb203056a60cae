package nl.maatwerk.thermometer;

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

/**
 * The Thermometer end to end in a real browser (headless Chromium, Selenium, axe-core on every
 * page, as in {@code BrowserTest}, whose set-up this copies): a policy advisor sets up a round,
 * respondents of every layer answer through their one-time links without logging in, the advisor
 * codes the open answers and reads the heatmap and the report.
 */
@EnabledIf(value = "chromiumAanwezig", disabledReason = ThermometerBrowserTest.OVERGESLAGEN)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ThermometerBrowserTest {

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
            System.err.println("ThermometerBrowserTest: " + OVERGESLAGEN + " (gezocht: " + CHROMIUM + ", " + CHROMEDRIVER + ")");
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
    void anAdvisorRunsARoundEndToEndAndEveryPageHasNoAxeViolations() {
        String naam = "Browsermeting " + letters(6);
        naarInloggen();
        logIn("beleid");
        driver.findElement(By.linkText("Thermometer")).click();
        assertThat(kop()).isEqualTo("Thermometer sociaal domein");
        controleerToegankelijkheid();

        // A new round: first with mistakes, then two themes and all layers.
        driver.findElement(By.linkText("Nieuwe meting maken")).click();
        controleerToegankelijkheid();
        klik("Meting maken");
        assertThat(driver.findElement(By.id("foutoverzicht")).getText()).contains("Geef de meting een naam");
        controleerToegankelijkheid();
        vulIn("naam", naam);
        for (String uit : List.of("integraliteit", "financien")) {
            WebElement vak = driver.findElement(By.cssSelector("input[name=themas][value=" + uit + "]"));
            if (vak.isSelected()) {
                vak.click();
            }
        }
        klik("Meting maken");
        assertThat(kop()).isEqualTo(naam);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("de bedoeling is nog niet ingevuld");
        controleerToegankelijkheid();

        // The intent of eigen kracht, in the advisor's own words.
        driver.findElement(By.partialLinkText("Bedoeling en vragen")).click();
        assertThat(kop()).isEqualTo("Eigen kracht: bedoeling en vragen");
        controleerToegankelijkheid();
        vulIn("bedoeling", "Inwoners doen zelf wat ze kunnen, met hun netwerk. Zo kunnen ze langer thuis wonen.");
        klik("Thema opslaan");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Zo kunnen ze langer thuis wonen.");

        // Links per layer: five for bestuur, uitvoering and partners, one for management and beleid.
        Map<String, List<String>> links = new java.util.LinkedHashMap<>();
        for (String laag : List.of("bestuur", "management", "beleid", "uitvoering", "partners")) {
            int aantal = laag.equals("management") || laag.equals("beleid") ? 1 : 5;
            new Select(driver.findElement(By.id("uitnodiging-laag"))).selectByValue(laag);
            vulIn("uitnodiging-aantal", String.valueOf(aantal));
            klik("Links maken");
            if (laag.equals("bestuur")) {
                controleerToegankelijkheid();
            }
            links.put(laag, driver.findElements(By.cssSelector("#links code")).stream().map(WebElement::getText).toList());
            assertThat(links.get(laag)).hasSize(aantal);
            driver.findElement(By.linkText("Terug naar de meting")).click();
        }
        UUID meting = jdbc.sql("select id from thermometer_meting where naam = ?").param(naam).query(UUID.class).single();

        // Respondents: no login. The first one by hand, with a mistake, save and resume.
        driver.manage().deleteAllCookies();
        String eerste = links.get("uitvoering").getFirst();
        driver.get(eerste);
        assertThat(kop()).isEqualTo("Vragenlijst: weet u wat de bedoeling is?");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Uitvoering", "anoniem");
        controleerToegankelijkheid();
        klikLink("Beginnen");
        assertThat(kop()).isEqualTo("Eigen kracht");
        controleerToegankelijkheid();
        klik("Volgende onderwerp");
        assertThat(driver.findElement(By.id("foutoverzicht")).getText()).contains("Kies een antwoord bij vraag 1");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("foutoverzicht");
        controleerToegankelijkheid();
        // The first statement by keyboard: focus its first choice from the error summary, then arrow to "Mee eens".
        driver.findElement(By.cssSelector("#foutoverzicht a")).click();
        new Actions(driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("value")).isEqualTo("4");
        vulIn("open", "Mensen helpen zichzelf en elkaar.");
        klik("Bewaren en later verder");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Uw antwoorden zijn bewaard");
        controleerToegankelijkheid();
        driver.manage().deleteAllCookies();
        driver.get(eerste);
        klikLink("Verder gaan");
        assertThat(driver.findElement(By.id("open")).getAttribute("value")).isEqualTo("Mensen helpen zichzelf en elkaar.");
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
        driver.get(eerste);
        assertThat(kop()).isEqualTo("Deze vragenlijst is al verstuurd");
        controleerToegankelijkheid();
        driver.get(eerste.substring(0, eerste.length() - 4) + "AAAA");
        assertThat(kop()).isEqualTo("Deze link kennen we niet");
        controleerToegankelijkheid();

        // The others, quicker: every layer answers through its own links. Bestuur high, the lower layers lower.
        Map<String, String> scores = Map.of("bestuur", "5", "management", "4", "beleid", "4", "uitvoering", "2", "partners", "3");
        links.forEach((laag, lijst) -> lijst.stream().filter(l -> !l.equals(eerste))
                .forEach(l -> vulAllesIn(l, scores.get(laag), "Antwoord van " + laag + ": langer thuis wonen")));
        assertThat(jdbc.sql("select count(*) from thermometer_uitnodiging where meting_id = ? and ingediend").param(meting)
                .query(Integer.class).single()).isEqualTo(17);

        // Back to the advisor: code the open answers of eigen kracht.
        driver.get(url("/inloggen"));
        logIn("beleid");
        driver.get(url("/thermometer/metingen/" + meting + "/codering"));
        assertThat(kop()).isEqualTo("Open antwoorden over eigen kracht");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Zo kunnen ze langer thuis wonen.", "Mensen helpen zichzelf en elkaar.")
                .as("management and beleid have 1 respondent each").doesNotContain("Antwoord van management");
        controleerToegankelijkheid();
        List<WebElement> past = driver.findElements(By.cssSelector("input[type=radio][value=past]"));
        assertThat(past).hasSize(15);
        past.forEach(WebElement::click);
        klik("Beoordeling opslaan");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("is opgeslagen");

        // The results: heatmap with its table, loss, gaps, coding shares.
        driver.findElement(By.linkText("Naar de uitkomsten")).click();
        assertThat(kop()).startsWith("Uitkomsten");
        controleerToegankelijkheid();
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(driver.findElements(By.cssSelector("svg.mw-tm-heatmap rect"))).hasSize(5 * 2 * 4);
        assertThat(driver.findElement(By.id("verlies")).getText()).contains("Eigen kracht 100");
        assertThat(driver.findElement(By.id("kloven")).getText()).contains("Uitvoering", "Wat u kunt doen:");
        assertThat(driver.findElement(By.id("codering")).getText()).contains("Uitvoering 100% past", "Management te weinig antwoorden (minder dan 5)");
        driver.findElement(By.cssSelector("details.mw-zrm-tabel summary")).click();
        assertThat(driver.findElement(By.cssSelector("details.mw-zrm-tabel")).getText()).contains("te weinig antwoorden (minder dan 5)");
        controleerToegankelijkheid();
        assertThat(main).contains("Download het rapport (pdf)");
        assertThat(driver.findElement(By.linkText("Download het rapport (pdf)")).getAttribute("href")).endsWith("/rapport.pdf");
    }

    /** Answers a whole questionnaire through its link: every statement the same choice, one open answer per page. */
    private void vulAllesIn(String link, String score, String open) {
        driver.manage().deleteAllCookies();
        driver.get(link);
        klikLink("Beginnen");
        while (!kop().equals("Versturen")) {
            // Through the real form, but checked by script: 24 label clicks per page made this test slow.
            driver.executeScript("document.querySelectorAll(\"input[type=radio][value='\" + arguments[0] + \"']\").forEach(r => r.checked = true)", score);
            vulIn("open", open);
            WebElement verder = driver.findElement(By.cssSelector("button[value=volgende]"));
            WebElement pagina = driver.findElement(By.tagName("html"));
            verder.click();
            wachtOpNieuwePagina(pagina);
        }
        klik("Vragenlijst versturen");
        assertThat(kop()).isEqualTo("Bedankt, uw antwoorden zijn verstuurd");
    }

    /** Chooses the same answer on every statement of the page, by clicking the labels as a person would. */
    private static void kiesOveral(String waarde) {
        for (WebElement keuze : driver.findElements(By.cssSelector("input[type=radio][value='" + waarde + "']"))) {
            driver.findElement(By.cssSelector("label[for='" + keuze.getAttribute("id") + "']")).click();
        }
    }

    private static void klikLink(String tekst) {
        WebElement pagina = driver.findElement(By.tagName("html"));
        driver.findElement(By.linkText(tekst)).click();
        wachtOpNieuwePagina(pagina);
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
