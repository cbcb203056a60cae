package nl.maatwerk.regelbeheer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.maatwerk.BrowserBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A beheerder proposes the norms of a new half year (first with a mistake), a second beheerder
 * approves them, and a calculation for a date in that half year then works. axe checks every page.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class RegelparameterBrowserTest extends BrowserBasis {

    private static void rij(int i, String naam, String waarde, LocalDate vanaf, String bron, String status, String toelichting) {
        new Select(driver().findElement(By.id("waarden[" + i + "].naam"))).selectByValue(naam);
        vulIn("waarden[" + i + "].waarde", waarde);
        vulDatumIn("waarden[" + i + "].geldigVanaf", vanaf);
        vulIn("waarden[" + i + "].bron", bron);
        new Select(driver().findElement(By.id("waarden[" + i + "].status"))).selectByValue(status);
        vulIn("waarden[" + i + "].toelichting", toelichting);
    }

    @Test
    void aBeheerderProposesNewNormsASecondOneApprovesThemAndACalculationForThatHalfYearWorks() {
        LocalDate vanaf = RegelparameterTestdata.nieuwHalfjaar();
        String reden = "Normen per " + vanaf + " " + letters(5);

        naarInloggen();
        logIn("beheerder");
        controleerToegankelijkheid();
        klikLink("Regelparameters");
        assertThat(kop()).isEqualTo("Regelparameters");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("pw-norm-gehuwden", "Wat vandaag geldt");
        controleerToegankelijkheid();
        klikLink("Nieuwe waarden voorstellen");
        controleerToegankelijkheid();

        vulIn("reden", reden);
        rij(0, "pw-norm-gehuwden", "3400.00", vanaf, "jci1.3:c:BWBR0015703&artikel=21", "bevestigd", "Normenbrief SZW (browsertest)");
        rij(1, "pw-norm-alleenstaande", "2380.00", vanaf, "artikel 21", "te verifiëren", "Normenbrief SZW (browsertest)");
        klik("Voorstel opslaan");
        assertThat(driver().findElement(By.id("foutoverzicht")).getText()).contains("juriconnect").doesNotContain("Regel 1:");
        controleerToegankelijkheid();
        vulIn("waarden[1].bron", "jci1.3:c:BWBR0015703&artikel=21");
        klik("Voorstel opslaan");
        assertThat(kop()).isEqualTo("Voorstel: Wacht op beoordeling");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("U deed dit voorstel zelf", "€ 3.400,00", "€ 2.380,00");
        controleerToegankelijkheid();
        logUit();

        logIn("beheerder2");
        klikLink("Voorstellen regelparameters");
        controleerToegankelijkheid();
        klikLink(reden);
        controleerToegankelijkheid();
        klik("Goedkeuren");
        assertThat(kop()).isEqualTo("Voorstel: Goedgekeurd");
        // The second beheerder (beheerder2) approved; pages show people by name, not login (#15).
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Beoordeeld door\nLotte de Boer");
        controleerToegankelijkheid();
        logUit();

        // Policy calculates for a date in the new half year.
        logIn("beleid");
        bezoek("/berekeningen/bestaanszekerheid");
        vulDatumIn("peildatum", vanaf.plusMonths(2));
        vulDatumIn("leden[0].geboortedatum", vanaf.minusYears(40));
        klik("Bereken");
        assertThat(driver().findElement(By.id("uitkomst")).getText()).contains("2.380,00");
        controleerToegankelijkheid();
        bezoek("/regelparameters");
        klikLink("pw-norm-alleenstaande");
        assertThat(kop()).isEqualTo("Regelparameter pw-norm-alleenstaande");
        assertThat(driver().findElement(By.tagName("main")).getText()).contains("Goedgekeurd door beheer", "€ 2.380,00");
        controleerToegankelijkheid();
    }
}
