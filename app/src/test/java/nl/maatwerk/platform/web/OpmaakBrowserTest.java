package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.BrowserBasis;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The look of the application layout in a real browser, per role: the theme's font in the header
 * and the body (never the browser's Times New Roman), navigation lists without markers, the current
 * page marked, the team lead's menu in groups with a count, the team queue dense enough to scan.
 * With {@code -Dmaatwerk.schermen=docs/schermen} it also writes screenshots of the main pages per
 * role at 1366×900 and 390×844 into that folder (docs/schermen/README.md lists them).
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class OpmaakBrowserTest extends BrowserBasis {

    private static final String SCHERMEN = System.getProperty("maatwerk.schermen", "");

    @Autowired
    private Clock klok;

    @AfterEach
    void standaardVenster() {
        driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void everyRoleSeesTheThemeFontAndNavigationWithoutMarkers() throws IOException {
        UUID huishouden = voorbeeldhuishouden();
        Map<String, List<String>> paginas = new java.util.LinkedHashMap<>();
        paginas.put("consulent", List.of("/", "/werkvoorraad/team", "/huishoudens/" + huishouden, "/zoeken", "/vroegsignalen"));
        paginas.put("teamleider", List.of("/", "/team/besluiten", "/eerlijkheid"));
        paginas.put("beleid", List.of("/", "/thermometer", "/vroegsignalen/overzicht"));
        paginas.put("auditor", List.of("/logboek"));
        paginas.put("beheerder", List.of("/regelparameters"));
        paginas.put("inwoner", List.of("/mijn-huishouden"));

        naarInloggen();
        controleerOpmaak();
        scherm("inloggen");
        for (var rol : paginas.entrySet()) {
            schoneSessie();
            naarInloggen();
            logIn(rol.getKey());
            for (String pad : rol.getValue()) {
                bezoek(pad);
                controleerOpmaak();
                scherm(rol.getKey() + "-" + naamVanPad(pad));
            }
        }
    }

    @Test
    void theTeamLeadsMenuIsGroupedMarksTheCurrentPageAndCountsWaitingApprovals() {
        naarInloggen();
        logIn("teamleider");
        bezoek("/team/besluiten");
        assertThat(driver().findElements(By.cssSelector("nav#hoofdmenu .mw-menugroep__kop"))).extracting(k -> k.getAttribute("textContent"))
                .containsExactly("Werk", "Team", "Beleid en verantwoording");
        WebElement huidig = driver().findElement(By.cssSelector("nav#hoofdmenu [aria-current=page]"));
        assertThat(huidig.getAttribute("href")).endsWith("/team/besluiten");
        assertThat(huidig.getText()).isEqualTo("Besluiten ter goedkeuring");
        // The badge is the number of decisions on the page, which the team lead may approve.
        int opDePagina = driver().findElements(By.cssSelector("main table tbody tr")).size();
        List<WebElement> teller = huidig.findElements(By.xpath("../span[contains(@class, 'utrecht-badge-counter')]"));
        if (opDePagina == 0) {
            assertThat(teller).isEmpty();
        } else {
            assertThat(teller).singleElement().extracting(WebElement::getText).isEqualTo(String.valueOf(opDePagina));
        }
        // At 1366 px the menu's links do not run over several lines next to each other: they are in a side column.
        venster(1366, 900, false);
        WebElement menu = driver().findElement(By.id("hoofdmenu"));
        WebElement inhoud = driver().findElement(By.id("inhoud"));
        assertThat(menu.getRect().getX() + menu.getRect().getWidth()).as("menu links van de inhoud")
                .isLessThanOrEqualTo(inhoud.getRect().getX());
    }

    @Test
    void theTeamQueueShowsAtLeastTwelveItemsAboveTheFold() throws IOException {
        // A team of its own with fourteen open requests, each with a running legal clock.
        TestData data = new TestData(jdbc);
        String team = "wijkteam-opmaak-" + letters(6);
        String consulent = data.account("opmaak" + letters(6), "CONSULENT", team);
        LocalDate vandaag = LocalDate.now(klok);
        for (int i = 0; i < 14; i++) {
            String achternaam = "Opmaak" + letters(5);
            UUID huishouden = data.huishouden("Huishouden " + achternaam, team);
            UUID inwoner = data.inwoner(achternaam, LocalDate.of(1980 + i, 3, 1));
            data.lid(huishouden, inwoner, "aanvrager", vandaag.minusYears(2), null);
            UUID vraag = data.aanvraagParticipatiewet(huishouden, inwoner, "Ik heb geen inkomen meer sinds mijn ontslag en kan de huur niet betalen");
            data.klok(vraag, "PW_AANVRAAG", vandaag.minusDays(i), vandaag.plusDays(56 - 4 * i));
        }
        naarInloggen();
        logIn(consulent);
        venster(1366, 900, false);
        bezoek("/werkvoorraad/team");
        List<WebElement> rijen = driver().findElements(By.cssSelector("#wachtrij tbody tr"));
        assertThat(rijen.size()).as("rijen in de werkvoorraad van het team").isGreaterThanOrEqualTo(12);
        long zichtbaar = rijen.stream().filter(r -> r.getRect().getY() + r.getRect().getHeight() <= 900).count();
        scherm("consulent-werkvoorraad-team");
        assertThat(zichtbaar).as("rijen boven de vouw bij 1366×900 (bovenkant eerste rij %d, hoogte %d)", rijen.getFirst().getRect().getY(),
                rijen.getFirst().getRect().getHeight()).isGreaterThanOrEqualTo(12);
        // Walk finding (issue 15): the table was wider than the content, "Wie pakt het op" cut off. Also with an item picked up.
        driver().findElement(By.xpath("(//table[@id='wachtrij']//button[starts-with(normalize-space(), 'Ik pak dit op')])[1]")).click();
        venster(1366, 900, false);
        assertThat(((Number) driver().executeScript(SCHUIFT_TABEL)).longValue()).as("px van de wachtrij buiten beeld bij 1366").isLessThanOrEqualTo(0);
        WebElement kop = driver().findElement(By.xpath("//table[@id='wachtrij']//th[normalize-space()='Wie pakt het op']"));
        WebElement inhoud = driver().findElement(By.id("inhoud"));
        assertThat(kop.getRect().getX() + kop.getRect().getWidth()).as("laatste kolom binnen de inhoud")
                .isLessThanOrEqualTo(inhoud.getRect().getX() + inhoud.getRect().getWidth());
        // At 390 the table scrolls inside its frame; the page itself does not scroll sideways.
        venster(390, 844, false);
        assertThat(((Number) driver().executeScript("return document.documentElement.scrollWidth")).longValue())
                .as("breedte van de pagina bij 390").isLessThanOrEqualTo(390);
    }

    /** How far the team queue's table reaches past the frame that holds it (0 or less: it fits). */
    private static final String SCHUIFT_TABEL = """
            const omhulsel = document.getElementById('wachtrij').closest('.mw-tabel-omhulsel');
            return omhulsel.scrollWidth - omhulsel.clientWidth;
            """;

    @Test
    void aNetworkMemberIsRemovedOnlyAfterAConfirmStepThatWorksWithoutJavaScript() {
        TestData data = new TestData(jdbc);
        String achternaam = "Netwerk" + letters(6);
        UUID huishouden = data.huishouden("Huishouden " + achternaam, "wijkteam-centrum");
        UUID inwoner = data.inwoner(achternaam, LocalDate.of(1979, 4, 2));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        jdbc.sql("insert into inwoner.netwerkrelatie (id, huishouden_id, naam, relatie) values (?, ?, 'Tante Riet', 'familie')")
                .params(UUID.randomUUID(), huishouden).update();

        naarInloggen();
        logIn("consulent");
        schakelJavaScript(false);
        try {
            driver().get(url("/huishoudens/" + huishouden + "?tab=netwerk"));
            WebElement netwerk = driver().findElement(By.cssSelector("section[aria-labelledby=netwerk-titel]"));
            // No button that removes at once: the first step only asks.
            assertThat(netwerk.findElements(By.cssSelector("button[type=submit]"))).noneMatch(WebElement::isDisplayed);
            WebElement vraag = netwerk.findElement(By.cssSelector("details.mw-bevestig > summary"));
            assertThat(vraag.getText()).startsWith("Verwijderen");
            assertThat(vraag.getAttribute("class")).contains("utrecht-button--secondary-action").doesNotContain("primary");
            vraag.click();
            assertThat(netwerk.getText()).contains("Tante Riet uit het netwerk halen?");
            klik("Ja, verwijderen");
        } finally {
            schakelJavaScript(true);
        }
        assertThat(jdbc.sql("select count(*) from inwoner.netwerkrelatie where huishouden_id = ?").param(huishouden).query(Long.class).single())
                .isZero();
    }

    /**
     * Issue 15: the household page was 4,500 to 7,300 px tall with only anchors. Now it is in tabs, links rendered on the
     * server: the overview shows the key facts above the fold at 1366×900, every tab is far shorter than the old page,
     * the current tab has aria-current, a tab works without JavaScript, and an old #anchor lands on the link to its tab.
     * On the notes tab the "Delen met de inwoner" box stands before its text, in line with the field (walk finding).
     */
    @Test
    void theHouseholdPageIsInTabsThatWorkWithoutJavaScriptAndOldAnchorsLeadToTheirTab() throws IOException {
        UUID huishouden = voorbeeldhuishouden();
        naarInloggen();
        logIn("consulent");
        venster(1366, 900, false);
        bezoek("/huishoudens/" + huishouden);
        List<WebElement> tabs = driver().findElements(By.cssSelector("nav.mw-tabs a"));
        assertThat(tabs).extracting(WebElement::getText).containsExactly("Overzicht", "Plan en ZRM", "Besluiten en geld",
                "Signalen en veiligheid", "Netwerk", "Notities en documenten", "Geschiedenis");
        assertThat(driver().findElements(By.cssSelector("nav.mw-tabs [aria-current=page]"))).extracting(WebElement::getText)
                .containsExactly("Overzicht");
        // The key facts above the fold: who lives there, the regisseur and the open requests with their deadlines.
        for (String id : List.of("leden-titel", "regie-titel")) {
            assertThat(driver().findElement(By.id(id)).getRect().getY()).as("bovenkant van %s bij 1366×900", id).isLessThan(900);
        }
        scherm("consulent-huishouden-overzicht");
        List<String> hrefs = tabs.stream().map(t -> t.getAttribute("href")).toList();
        for (String href : hrefs) {
            driver().get(href);
            controleerToegankelijkheid();
            controleerOpmaak();
            WebElement huidig = driver().findElement(By.cssSelector("nav.mw-tabs [aria-current=page]"));
            assertThat(huidig.getAttribute("href")).isEqualTo(href);
            assertThat(driver().findElements(By.cssSelector("main h2"))).as("een kop op %s", href).isNotEmpty();
            long hoogte = ((Number) driver().executeScript("return document.documentElement.scrollHeight")).longValue();
            assertThat(hoogte).as("hoogte van %s", href).isLessThan(4500);
            assertThat((List<?>) driver().executeScript(DUBBELE_IDS)).as("dubbele ids op %s", href).isEmpty();
        }
        // An anchor from before the tabs: on the overview it is the link to the tab that holds that part now.
        for (Map.Entry<String, String> anker : Map.of("veiligheid", "Signalen en veiligheid", "deel-plan", "Plan en ZRM",
                "notities", "Notities en documenten", "netwerk-titel", "Netwerk").entrySet()) {
            driver().get(url("/huishoudens/" + huishouden + "#" + anker.getKey()));
            WebElement doel = driver().findElement(By.id(anker.getKey()));
            assertThat(doel.findElement(By.xpath("..")).findElement(By.tagName("a")).getText()).as("#%s", anker.getKey())
                    .isEqualTo(anker.getValue());
        }

        // "Delen met de inwoner": the box first, then its text, and not pulled out of the form's left edge.
        bezoek("/huishoudens/" + huishouden + "?tab=dossier");
        driver().findElement(By.xpath("//summary[normalize-space()='Notitie toevoegen']")).click();
        WebElement label = driver().findElement(By.xpath("//label[contains(normalize-space(), 'Delen met de inwoner')]"));
        WebElement vakje = label.findElement(By.tagName("input"));
        WebElement tekst = label.findElement(By.tagName("span"));
        WebElement veld = label.findElement(By.xpath("ancestor::div[contains(@class, 'utrecht-form-field--checkbox')]"));
        assertThat(vakje.getRect().getX()).as("het vakje staat voor de tekst").isLessThan(tekst.getRect().getX());
        assertThat(vakje.getRect().getX()).as("het vakje springt niet uit naar links").isGreaterThanOrEqualTo(veld.getRect().getX());
        scherm("consulent-huishouden-notities");

        // Without JavaScript a tab is a plain link.
        schakelJavaScript(false);
        try {
            driver().get(url("/huishoudens/" + huishouden));
            driver().findElement(By.linkText("Netwerk")).click();
            assertThat(driver().getCurrentUrl()).endsWith("tab=netwerk");
            assertThat(driver().findElement(By.id("netwerk-titel")).getText()).isEqualTo("Netwerk");
        } finally {
            schakelJavaScript(true);
        }
    }

    private static final String DUBBELE_IDS = """
            const gezien = new Set(), dubbel = [];
            for (const e of document.querySelectorAll('[id]')) { if (gezien.has(e.id)) dubbel.push(e.id); gezien.add(e.id); }
            return dubbel;
            """;

    @Test
    void checkboxAndRadioLabelsStayOnOneLineInTheToets() {
        TestData data = new TestData(jdbc);
        String naam = "Vinkjes " + letters(6);
        UUID huishouden = data.huishouden(naam, "wijkteam-centrum");
        UUID inwoner = data.inwoner(naam, LocalDate.of(1975, 5, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
        naarInloggen();
        logIn("consulent");
        bezoek("/huishoudens/" + huishouden + "?tab=besluiten");
        klikLink("Terugvordering starten");
        vulDatumIn("peildatum", LocalDate.of(2025, 9, 1));
        klik("Terugvordering starten");
        venster(1366, 900, false);
        @SuppressWarnings("unchecked")
        List<String> gebroken = (List<String>) driver().executeScript(REGELS_PER_LABEL);
        assertThat(gebroken).as("korte labels van vinkjes en keuzerondjes die over meer regels lopen").isEmpty();
        assertThat(driver().findElements(By.cssSelector("label.utrecht-form-label--checkbox"))).isNotEmpty();
    }

    /** Labels of checkboxes and radios with a short text (up to 50 characters) whose text takes more than one line. */
    private static final String REGELS_PER_LABEL = """
            const uit = [];
            for (const label of document.querySelectorAll('label.utrecht-form-label--checkbox, label.utrecht-form-label--radio')) {
              const tekst = label.textContent.replace(/\s+/g, ' ').trim();
              if (tekst.length === 0 || tekst.length > 50 || label.getClientRects().length === 0) continue;
              const regels = new Set();
              const loper = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
              while (loper.nextNode()) {
                if (!loper.currentNode.textContent.trim()) continue;
                const r = document.createRange();
                r.selectNodeContents(loper.currentNode);
                for (const rect of r.getClientRects()) { if (rect.width > 0) regels.add(Math.round(rect.top)); }
              }
              if (regels.size > 1) uit.push(tekst + ': ' + regels.size + ' regels');
            }
            return uit;
            """;

    // --- helpers -------------------------------------------------------------------------------

    /** A demo household of the consulent's team with the most members: the long page a professional scrolls. */
    private UUID voorbeeldhuishouden() {
        return jdbc.sql("""
                select h.id from inwoner.huishouden h join inwoner.huishouden_lid l on l.huishouden_id = h.id
                where h.team_id = 'wijkteam-centrum' group by h.id order by count(*) desc, h.id limit 1
                """).query(UUID.class).single();
    }

    private static final String OPMAAK = """
            const stijl = getComputedStyle(document.body);
            const gewoon = f => f.replace(/["']/g, '').replace(/\s*,\s*/g, ', ').trim();
            const thema = gewoon(stijl.getPropertyValue('--denhaag-typography-sans-serif-font-family'));
            const koppen = gewoon(stijl.getPropertyValue('--denhaag-typography-sans-serif-alternate-font-family'));
            const font = e => gewoon(getComputedStyle(e).fontFamily);
            const kop = document.querySelector('header');
            const verkeerd = [...document.querySelectorAll('body, body *')]
                .filter(e => e.getClientRects().length > 0 && !e.closest('pre, code, svg'))
                .filter(e => font(e) !== thema && font(e) !== koppen)
                .map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ': ' + font(e));
            const markers = [...document.querySelectorAll('nav li')]
                .filter(li => getComputedStyle(li).display === 'list-item'
                    && (getComputedStyle(li).listStyleType !== 'none' || !['none', 'normal'].includes(getComputedStyle(li, '::marker').content)))
                .map(li => li.textContent.trim().slice(0, 40) + ': ' + getComputedStyle(li).listStyleType);
            return {thema: thema, body: font(document.body), kop: kop ? font(kop) : thema,
                    verkeerd: [...new Set(verkeerd)].slice(0, 10), markers: markers};
            """;

    /** The theme's font (headings: its alternate font) on every element, and no markers before navigation links. */
    @SuppressWarnings("unchecked")
    private void controleerOpmaak() {
        Map<String, Object> opmaak = (Map<String, Object>) driver().executeScript(OPMAAK);
        String pagina = driver().getCurrentUrl();
        assertThat((String) opmaak.get("thema")).as("lettertype van het thema").contains("TheSans");
        assertThat(opmaak.get("body")).as("lettertype van de body op %s", pagina).isEqualTo(opmaak.get("thema"));
        assertThat(opmaak.get("kop")).as("lettertype van de kop op %s", pagina).isEqualTo(opmaak.get("thema"));
        assertThat((List<String>) opmaak.get("verkeerd")).as("elementen met een ander lettertype op %s", pagina).isEmpty();
        assertThat((List<String>) opmaak.get("markers")).as("opsommingstekens in navigatie op %s", pagina).isEmpty();
    }

    private static void venster(int breedte, int hoogte, boolean mobiel) {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", breedte, "height", hoogte, "deviceScaleFactor", 1, "mobile", mobiel));
    }

    /** With -Dmaatwerk.schermen: this page at 1366×900 and at 390×844, as the viewport shows it. */
    private static void scherm(String naam) throws IOException {
        if (SCHERMEN.isBlank()) {
            return;
        }
        Path map = Path.of(SCHERMEN);
        Files.createDirectories(map);
        venster(1366, 900, false);
        Files.write(map.resolve(naam + "-1366.png"), driver().getScreenshotAs(OutputType.BYTES));
        venster(390, 844, false);
        Files.write(map.resolve(naam + "-390.png"), driver().getScreenshotAs(OutputType.BYTES));
        driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static String naamVanPad(String pad) {
        if (pad.equals("/")) {
            return "start";
        }
        return pad.substring(1).replaceAll("/[0-9a-f-]{36}", "").replace('/', '-');
    }
}
