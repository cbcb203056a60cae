package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.BrowserBasis;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;

/**
 * A stale form in a real browser (docs/conventies.md, "Optimistische vergrendeling"): the alert with what
 * a colleague changed passes axe, the input stays, and saving again works; the same without JavaScript,
 * since these are plain forms.
 */
@EnabledIf(value = "nl.maatwerk.BrowserBasis#chromiumAanwezig", disabledReason = BrowserBasis.OVERGESLAGEN)
class VersieBrowserTest extends BrowserBasis {

    @Test
    void aStaleResidentFormSaysWhatAColleagueChangedKeepsTheInputAndSavesOnTheNextTryWithAndWithoutJavaScript() {
        TestData data = new TestData(jdbc);
        String achternaam = "Versiebrowser" + letters(5);
        UUID inwoner = data.inwoner(achternaam, LocalDate.of(1984, 4, 4));
        UUID huishouden = data.huishouden("Huishouden " + achternaam, "wijkteam-centrum");
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2019, 1, 1), null);
        String collega = jdbc.sql("select naam from platform.gebruiker where gebruikersnaam = 'regisseur'").query(String.class).single();

        naarInloggen();
        logIn("consulent");
        for (boolean metScript : new boolean[] {true, false}) {
            schakelJavaScript(metScript);
            try {
                bezoek("/inwoners/" + inwoner + "/bewerken");
                String telefoon = metScript ? "06 1111 2222" : "06 3333 4444";
                String email = metScript ? "met@voorbeeld.nl" : "zonder@voorbeeld.nl";
                // A colleague saves meanwhile.
                jdbc.sql("update inwoner.inwoner set telefoonnummer = ?, versie = versie + 1, gewijzigd_door = 'regisseur', "
                        + "gewijzigd_op = ? where id = ?").params(telefoon, java.sql.Timestamp.from(java.time.Instant.now()), inwoner).update();
                vulIn("contact.emailadres", email);
                klik("Opslaan");

                assertThat(driver().findElement(By.id("versieconflict")).getText()).contains("Intussen gewijzigd door iemand anders",
                        collega + " heeft de gegevens van deze inwoner", "Telefoonnummer: was", "nu \u201c" + telefoon + "\u201d",
                        "Wat u invulde staat nog in het formulier");
                assertThat(driver().findElement(By.id("contact.emailadres")).getAttribute("value")).isEqualTo(email);
                // One block: heading, text and list of changes under each other, not side by side in columns.
                var kop = driver().findElement(By.id("versieconflict-titel")).getRect();
                var lijst = driver().findElement(By.cssSelector("#versieconflict ul")).getRect();
                assertThat(lijst.getY()).as("de lijst staat onder de kop").isGreaterThanOrEqualTo(kop.getY() + kop.getHeight());
                assertThat(Math.abs(lijst.getX() - kop.getX())).as("kop en lijst beginnen links gelijk").isLessThanOrEqualTo(40);
                if (metScript) {
                    controleerToegankelijkheid();
                }
                klik("Opslaan");
                assertThat(jdbc.sql("select emailadres from inwoner.inwoner where id = ?").param(inwoner).query(String.class).single())
                        .as("saved on the second try, with the current version").isEqualTo(email);
            } finally {
                schakelJavaScript(true);
            }
        }
    }
}
