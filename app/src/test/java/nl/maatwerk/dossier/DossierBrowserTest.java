package nl.maatwerk.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.BrowserBasis;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The contactjournaal and documents in a real browser as the consulent: a note and an upload from the household
 * page, the upload limit shown before choosing a file, a refused file with its message at the field, the
 * dossier's own pages and the confirmation before withdrawing; axe-core checks every page.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class DossierBrowserTest extends BrowserBasis {

    private static String hoofd() {
        return driver().findElement(By.tagName("main")).getText();
    }

    private static void open(String samenvatting) {
        driver().findElement(By.xpath("//summary[normalize-space()='" + samenvatting + "']")).click();
    }

    @Test
    void theConsulentAddsANoteAndUploadsADocumentFromTheHouseholdPage() throws IOException {
        TestData data = new TestData(jdbc);
        String achternaam = "Dossierbrowser" + letters(5);
        UUID huishouden = data.huishouden("Huishouden " + achternaam, "wijkteam-centrum");
        data.lid(huishouden, data.inwoner(achternaam, LocalDate.of(1979, 9, 9)), "aanvrager", LocalDate.of(2021, 1, 1), null);

        naarInloggen();
        logIn("consulent");
        bezoek("/huishoudens/" + huishouden + "?tab=dossier");
        assertThat(hoofd()).contains("Contactjournaal", "Er zijn nog geen notities.", "Documenten");

        open("Notitie toevoegen");
        new Select(driver().findElement(By.id("notitie-kanaal"))).selectByVisibleText("Telefoon");
        vulIn("notitie-tekst", "Mevrouw gebeld over de huurachterstand. Afgesproken: donderdag huisbezoek.");
        klik("Notitie vastleggen");
        assertThat(hoofd()).contains("De notitie is vastgelegd.", "Mevrouw gebeld over de huurachterstand.", "alleen voor het team");
        controleerToegankelijkheid();

        open("Document toevoegen");
        assertThat(driver().findElement(By.id("document-bestand-hint")).getText())
                .as("the limit and the kinds are on the form before a file is chosen").contains("hoogstens 10 MB", "PDF");
        Path pdf = Files.createTempDirectory("dossier-").resolve("huurcontract.pdf");
        Files.write(pdf, Voorbeeldbestanden.pdf());
        driver().findElement(By.id("document-bestand")).sendKeys(pdf.toAbsolutePath().toString());
        new Select(driver().findElement(By.id("document-documenttype"))).selectByVisibleText(Documenttype.INKOMEN.omschrijving());
        klik("Document opslaan");
        assertThat(hoofd()).contains("Het document huurcontract.pdf is opgeslagen.", "Bewaren tot",
                LocalDate.now(nl.maatwerk.platform.Klok.ZONE).plusYears(7).getYear() + "");
        controleerToegankelijkheid();

        // A program with a PDF's name is refused, with the message at the file field.
        bezoek("/huishoudens/" + huishouden + "/documenten");
        Path nep = pdf.resolveSibling("loonstrook.pdf");
        Files.write(nep, Voorbeeldbestanden.exe());
        driver().findElement(By.id("bestand")).sendKeys(nep.toAbsolutePath().toString());
        new Select(driver().findElement(By.id("documenttype"))).selectByVisibleText(Documenttype.INKOMEN.omschrijving());
        klik("Document opslaan");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("Dit soort bestand kan niet worden opgeslagen.");
        assertThat(driver().findElement(By.id("bestand-fout")).getText()).contains("Dit soort bestand kan niet worden opgeslagen.");
        controleerToegankelijkheid();

        bezoek("/huishoudens/" + huishouden + "/notities");
        assertThat(hoofd()).contains("1 notitie", "Mevrouw gebeld over de huurachterstand.");

        UUID document = jdbc.sql("select id from dossier.document where huishouden_id = ?").param(huishouden).query(UUID.class).single();
        bezoek("/huishoudens/" + huishouden + "/documenten/" + document + "/intrekken");
        assertThat(hoofd()).contains("Weet u zeker dat u huurcontract.pdf", "wilt intrekken?");
        vulIn("reden", "Per ongeluk het oude contract opgeslagen.");
        klik("Ja, document intrekken");
        assertThat(hoofd()).contains("Het document huurcontract.pdf is ingetrokken.", "Ingetrokken door");
        controleerToegankelijkheid();
    }
}
