package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.IAxeScriptProvider;
import com.deque.html.axecore.providers.StringAxeScriptProvider;
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
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every browser test shares: Debian's headless Chromium driven by Selenium, one browser per
 * test class, axe-core checking every page visited, and the small steps a person takes (log in,
 * fill in, click and wait for the next page).
 *
 * <p>Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (other paths: system
 * properties {@code maatwerk.chromium} and {@code maatwerk.chromedriver}) the tests are skipped
 * with a message, unless {@code MAATWERK_CI=true} (set by {@code .ci/run}), in which case they
 * fail: CI must never skip them silently. Subclasses carry
 * {@code @EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(AxeBron.class)
public abstract class BrowserBasis {

    private static final Path CHROMIUM = Path.of(System.getProperty("maatwerk.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("maatwerk.chromedriver", "/usr/bin/chromedriver"));

    /**
     * One Chromium per test class. Failsafe runs two classes at a time, each on its own thread with its
     * methods after each other (app/pom.xml), so what a class's browser holds is kept per thread.
     */
    private static final class Browser {
        private ChromeDriverService service;
        private ChromeDriver driver;
        private Path profiel;
        private int axeRuns;
        private long axeMillis;
        private int axeOvergeslagen;
        private boolean javaScriptAan = true;
    }

    private static final ThreadLocal<Browser> BROWSER = ThreadLocal.withInitial(Browser::new);

    /** This test class's browser. */
    protected static ChromeDriver driver() {
        return BROWSER.get().driver;
    }

    @LocalServerPort
    protected int poort;

    @Autowired
    protected JdbcClient jdbc;

    public static final String OVERGESLAGEN = "Chromium ontbreekt: installeer chromium en chromium-driver "
            + "(of draai .ci/run); browsertests overgeslagen";

    /** Checked before Spring starts, so a machine without Chromium does not pay for the context. */
    public static boolean chromiumAanwezig() {
        boolean aanwezig = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!aanwezig && "true".equalsIgnoreCase(System.getenv("MAATWERK_CI"))) {
            throw new IllegalStateException("Chromium ontbreekt (" + CHROMIUM + " of " + CHROMEDRIVER
                    + ") terwijl MAATWERK_CI=true: installeer chromium en chromium-driver");
        }
        if (!aanwezig) {
            System.err.println("BrowserTest: " + OVERGESLAGEN + " (gezocht: " + CHROMIUM + ", " + CHROMEDRIVER + ")");
        }
        return aanwezig;
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        // Never let Selenium Manager look for, or download, a driver or a browser.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Browser browser = new Browser();
        BROWSER.set(browser);
        browser.profiel = Files.createTempDirectory("maatwerk-chromium-");
        browser.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("SE_OFFLINE", "true"))
                .build();
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1024",
                "--user-data-dir=" + browser.profiel,
                // Less for Chromium to do per page: no page kept alive for the back button, no accessibility tree (axe reads
                // the DOM), no translate or media services. About a fifth of Chromium's CPU time in a browser class.
                "--disable-features=BackForwardCache,Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,PaintHolding",
                "--disable-extensions", "--mute-audio", "--disable-renderer-accessibility");
        browser.driver = new ChromeDriver(browser.service, opties);
        browser.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        Browser browser = BROWSER.get();
        BROWSER.remove();
        if (browser.axeRuns > 0) {
            System.out.printf("axe-core controleerde %d pagina's in %d ms; %d pagina's waren gelijk aan een al goedgekeurde%n",
                    browser.axeRuns, browser.axeMillis, browser.axeOvergeslagen);
        }
        if (browser.driver != null) {
            browser.driver.quit();
        }
        if (browser.service != null) {
            browser.service.stop();
        }
        if (browser.profiel != null) {
            try (Stream<Path> paden = Files.walk(browser.profiel)) {
                paden.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    protected void schoneSessie() {
        schakelJavaScript(true);
        driver().get(url("/inloggen"));
        driver().manage().deleteAllCookies();
    }

    // --- helpers -------------------------------------------------------------------------------

    protected String url(String pad) {
        return "http://localhost:" + poort + pad;
    }

    protected void bezoek(String pad) {
        driver().get(url(pad));
        if (BROWSER.get().javaScriptAan) {
            controleerToegankelijkheid();
        }
    }

    /** The login page without a new axe run: the skip-link test and the logout step check it. */
    protected void naarInloggen() {
        driver().get(url("/inloggen"));
    }

    protected void logIn(String gebruiker) {
        assertThat(kop()).isEqualTo("Inloggen");
        vulIn("username", gebruiker);
        vulIn("password", "demo");
        klik("Inloggen");
        assertThat(driver().findElement(By.tagName("header")).getText()).contains("Ingelogd als");
    }

    protected void logUit() {
        klik("Uitloggen");
        assertThat(driver().getCurrentUrl()).contains("/inloggen");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("U bent uitgelogd.");
        controleerToegankelijkheid();
    }

    protected static String kop() {
        return driver().findElement(By.tagName("h1")).getText();
    }



    protected static void vulIn(String id, String waarde) {
        WebElement veld = driver().findElement(By.id(id));
        veld.clear();
        veld.sendKeys(waarde);
    }

    /**
     * Sets a date input's value. Typing digits would depend on the order of day and month in the
     * browser's locale, which headless Chromium takes from the environment, not from --lang.
     */
    protected static void vulDatumIn(String id, LocalDate datum) {
        driver().executeScript("arguments[0].value = arguments[1]", driver().findElement(By.id(id)), datum.toString());
    }

    /** Clicks the button with this text, the way a person does, and waits for the next page. */
    protected static void klik(String tekst) {
        List<WebElement> knoppen = driver().findElements(By.xpath("//button[normalize-space()='" + tekst + "']"));
        assertThat(knoppen).as("knop '%s' op %s", tekst, driver().getCurrentUrl()).hasSize(1);
        WebElement pagina = driver().findElement(By.tagName("html"));
        knoppen.getFirst().click();
        wachtOpNieuwePagina(pagina);
    }

    protected static void verstuur(String id) {
        WebElement pagina = driver().findElement(By.tagName("html"));
        driver().findElement(By.id(id)).submit();
        wachtOpNieuwePagina(pagina);
    }

    /**
     * Waits until the old page is gone. During navigation Chromium sometimes answers "node does not
     * belong to the document" instead of "stale element"; both mean the old page has been left.
     */
    protected static void wachtOpNieuwePagina(WebElement oud) {
        // Selenium looks every 500 ms by default; most pages are there within a few tens of milliseconds.
        new WebDriverWait(driver(), Duration.ofSeconds(10), Duration.ofMillis(20)).until(d -> {
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

    protected String naamVan(UUID huishouden) {
        return jdbc.sql("select naam from inwoner.huishouden where id = ?").param(huishouden).query(String.class).single();
    }

    protected static String letters(int aantal) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < aantal; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    /** Switches the page's own scripts on or off for this tab; WebDriver's scripts keep working. */
    protected static void schakelJavaScript(boolean aan) {
        driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !aan));
        BROWSER.get().javaScriptAan = aan;
    }

    /**
     * All of axe's default rules (WCAG 2.x A and AA plus best practices), none switched off, plus
     * {@code target-size} (WCAG 2.2 AA, 2.5.8), which axe leaves off by default. Our
     * pages have no iframes (the CSP forbids framing), so axe runs with {@code axe.run} in the page
     * itself ("legacy mode") instead of opening a helper tab per page to merge frame results, and
     * it details the nodes of violations only. axe-core is already in the page (see
     * {@link #laadAxe()}): sending its 560 kB over WebDriver before every check cost more than
     * the check itself, so the builder injects nothing.
     */
    private static AxeBuilder axe() {
        AxeRunOptions opties = new AxeRunOptions();
        opties.setResultTypes(List.of("violations"));
        AxeRuleOptions aan = new AxeRuleOptions();
        aan.setEnabled(true);
        opties.setRules(Map.of("target-size", aan));
        return new AxeBuilder().setLegacyMode(true).disableIframeTesting().withOptions(opties).setAxeScriptProvider(AL_IN_DE_PAGINA);
    }

    private static final IAxeScriptProvider AL_IN_DE_PAGINA = new StringAxeScriptProvider("/* axe-core staat al in de pagina */ void 0;");

    /**
     * Puts axe-core into the current page as a script from the app ({@link AxeBron}), which Chromium
     * caches. A page whose own scripts are switched off runs no script element; there WebDriver sends
     * the file itself (it may always run scripts).
     */
    private static void laadAxe() {
        if (!BROWSER.get().javaScriptAan) {
            if (!Boolean.TRUE.equals(driver().executeScript("return !!window.axe"))) {
                driver().executeScript(AxeBron.BRON);
            }
            return;
        }
        Object geladen = driver().executeAsyncScript("""
                const klaar = arguments[arguments.length - 1];
                if (window.axe) { klaar(true); return; }
                const s = document.createElement('script');
                s.src = arguments[0];
                s.onload = () => klaar(!!window.axe);
                s.onerror = () => klaar(false);
                document.head.appendChild(s);
                setTimeout(() => klaar(!!window.axe), 10000);
                """, AxeBron.PAD);
        if (!Boolean.TRUE.equals(geladen)) {
            driver().executeScript(AxeBron.BRON);
        }
    }

    /** axe-core on the current page: zero violations, or a message that tells a developer what to fix. */
    protected static void controleerToegankelijkheid() {
        long start = System.nanoTime();
        String vingerafdruk = vingerafdruk();
        if (GOEDGEKEURD.contains(vingerafdruk)) {
            BROWSER.get().axeOvergeslagen++;
            return;
        }
        laadAxe();
        Results resultaat = axe().analyze(driver());
        BROWSER.get().axeRuns++;
        BROWSER.get().axeMillis += (System.nanoTime() - start) / 1_000_000;
        if (Boolean.getBoolean("maatwerk.axe.log")) {
            Object n = driver().executeScript("return document.getElementsByTagName('*').length + ' ' + document.documentElement.outerHTML.length");
            System.out.printf("AXE %d ms %s nodes/len %s%n", (System.nanoTime() - start) / 1_000_000, driver().getCurrentUrl(), n);
        }
        assertThat(resultaat.isErrored()).as("axe liep niet goed op %s: %s", driver().getCurrentUrl(), resultaat.getErrorMessage())
                .isFalse();
        assertThat(resultaat.getPasses()).as("axe controleerde niets op %s", driver().getCurrentUrl()).isNotEmpty();
        List<Rule> overtredingen = resultaat.getViolations();
        assertThat(overtredingen).withFailMessage(() -> beschrijf(driver().getCurrentUrl(), overtredingen)).isEmpty();
        GOEDGEKEURD.add(vingerafdruk);
    }

    /**
     * Pages that passed axe, by fingerprint, across all browser classes of this run. axe's outcome
     * depends on the document, its styles and the viewport, so a document identical to one that passed
     * passes too; checking it again costs most of a second and finds nothing. The fingerprint is the
     * document's HTML with every UUID replaced by its order of first appearance (a renaming that keeps
     * which ids are equal, and axe never reads what an id means) and the CSRF token left out, plus the
     * viewport and whether the page's scripts ran.
     */
    private static final java.util.Set<String> GOEDGEKEURD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final java.util.regex.Pattern UUID_PATROON =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static String vingerafdruk() {
        String html = (String) driver().executeScript("return innerWidth + 'x' + innerHeight + ' ' + document.documentElement.outerHTML");
        Map<String, Integer> volgorde = new java.util.HashMap<>();
        String zonderIds = UUID_PATROON.matcher(html).replaceAll(m -> "U" + volgorde.computeIfAbsent(m.group().toLowerCase(java.util.Locale.ROOT), u -> volgorde.size()));
        String zonderToken = zonderIds.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((BROWSER.get().javaScriptAan + zonderToken).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /** Clicks the link with this text and waits for the next page. */
    protected static void klikLink(String tekst) {
        WebElement pagina = driver().findElement(By.tagName("html"));
        driver().findElement(By.linkText(tekst)).click();
        wachtOpNieuwePagina(pagina);
    }
}
