package nl.maatwerk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.maatwerk.dossier.scan.GeenVirusscan;
import nl.maatwerk.dossier.scan.Virusscanner;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

/** What an upload must be before it is stored: checked by content, size and name, and past every virus scanner. */
class DocumentControleTest {

    private static final long MAX = 10L * 1024 * 1024;
    private static final List<Virusscanner> STANDAARD = List.of(new GeenVirusscan());

    private static OngeldigeInvoerException.Fout weigering(String naam, byte[] inhoud, List<Virusscanner> scanners) {
        var fout = org.assertj.core.api.Assertions.catchThrowableOfType(OngeldigeInvoerException.class,
                () -> DocumentControle.controleer(naam, inhoud, MAX, scanners));
        assertThat(fout).as("refused: " + naam).isNotNull();
        assertThat(fout.fouten()).hasSize(1);
        assertThat(fout.fouten().getFirst().veld()).isEqualTo("bestand");
        return fout.fouten().getFirst();
    }

    @Test
    void theKindComesFromTheContentNotFromTheName() {
        assertThat(DocumentControle.controleer("brief.pdf", Voorbeeldbestanden.pdf(), MAX, STANDAARD).soort()).isEqualTo(DocumentControle.Bestandssoort.PDF);
        assertThat(DocumentControle.controleer("foto.PNG", Voorbeeldbestanden.png(), MAX, STANDAARD).soort()).isEqualTo(DocumentControle.Bestandssoort.PNG);
        assertThat(DocumentControle.controleer("plan.docx", Voorbeeldbestanden.docx(false), MAX, STANDAARD).soort())
                .isEqualTo(DocumentControle.Bestandssoort.DOCX);
        assertThat(DocumentControle.controleer("verslag.odt", Voorbeeldbestanden.odt(), MAX, STANDAARD).soort())
                .isEqualTo(DocumentControle.Bestandssoort.ODT);

        assertThat(weigering("loonstrook.pdf", Voorbeeldbestanden.exe(), STANDAARD).reden())
                .isEqualTo("Dit soort bestand kan niet worden opgeslagen. Kies een PDF, foto (JPG of PNG) of Office-document (DOCX, XLSX, ODT of ODS).");
        assertThat(weigering("foto.jpg", Voorbeeldbestanden.pdf(), STANDAARD).reden())
                .isEqualTo("De naam eindigt op .jpg, maar de inhoud is een PDF-bestand. Kies het goede bestand of geef het de goede naam.");
        assertThat(weigering("geheim.zip.docx", new byte[] {'P', 'K', 3, 4, 0, 0}, STANDAARD).code()).isEqualTo("type");
        assertThat(weigering("met-macro.docx", Voorbeeldbestanden.docx(true), STANDAARD).reden()).contains("macro's");
    }

    @Test
    void anEmptyOrTooLargeFileIsRefusedWithItsSize() {
        assertThat(weigering("leeg.pdf", new byte[0], STANDAARD).reden()).isEqualTo("Kies een bestand. Het bestand dat u koos, is leeg.");
        assertThat(weigering("niets.pdf", null, STANDAARD).code()).isEqualTo("required");
        byte[] groot = new byte[(int) MAX + 1];
        System.arraycopy(Voorbeeldbestanden.pdf(), 0, groot, 0, Voorbeeldbestanden.pdf().length);
        assertThat(weigering("groot.pdf", groot, STANDAARD).reden()).isEqualTo("Het bestand is te groot (10 MB). Het mag hoogstens 10 MB zijn.");
        byte[] precies = new byte[(int) MAX];
        System.arraycopy(Voorbeeldbestanden.pdf(), 0, precies, 0, Voorbeeldbestanden.pdf().length);
        assertThat(DocumentControle.controleer("precies.pdf", precies, MAX, STANDAARD).bestandsnaam()).isEqualTo("precies.pdf");
    }

    @Test
    void aNameKeepsNoPathAndNoCharactersThatMeanSomethingElsewhere() {
        assertThat(DocumentControle.controleer("../../etc/passwd", Voorbeeldbestanden.pdf(), MAX, STANDAARD).bestandsnaam()).isEqualTo("passwd.pdf");
        assertThat(DocumentControle.controleer("a\\b.pdf", Voorbeeldbestanden.pdf(), MAX, STANDAARD).bestandsnaam()).isEqualTo("b.pdf");
        assertThat(DocumentControle.controleer("C:\\Users\\jan\\..\\brief.pdf", Voorbeeldbestanden.pdf(), MAX, STANDAARD).bestandsnaam())
                .isEqualTo("brief.pdf");
        assertThat(DocumentControle.controleer("..", Voorbeeldbestanden.pdf(), MAX, STANDAARD).bestandsnaam()).isEqualTo("document.pdf");
        assertThat(DocumentControle.controleer("rapport\"; filename=x.exe\r\n.pdf", Voorbeeldbestanden.pdf(), MAX, STANDAARD).bestandsnaam())
                .isEqualTo("rapport__ filename=x.exe__.pdf");
        assertThat(DocumentControle.controleer("Ünïcode brief.pdf", Voorbeeldbestanden.pdf(), MAX, STANDAARD).bestandsnaam())
                .isEqualTo("Ünïcode brief.pdf");
        String lang = "x".repeat(300) + ".pdf";
        assertThat(DocumentControle.controleer(lang, Voorbeeldbestanden.pdf(), MAX, STANDAARD).bestandsnaam()).hasSize(100).endsWith(".pdf");
    }

    @Test
    void everyScannerIsCalledAndOneRefusalStopsTheUploadWithADutchMessage() {
        List<String> gescand = new ArrayList<>();
        Virusscanner teller = (naam, inhoud) -> {
            gescand.add(naam);
            return Virusscanner.Uitslag.goedgekeurd();
        };
        DocumentControle.controleer("../brief.pdf", Voorbeeldbestanden.pdf(), MAX, List.of(new GeenVirusscan(), teller));
        assertThat(gescand).as("the scanner sees the safe name").containsExactly("brief.pdf");

        Virusscanner weigert = (naam, inhoud) -> Virusscanner.Uitslag.geweigerd("EICAR-testbestand gevonden");
        assertThat(weigering("brief.pdf", Voorbeeldbestanden.pdf(), List.of(new GeenVirusscan(), weigert)))
                .isEqualTo(new OngeldigeInvoerException.Fout("bestand", "virus", "Het bestand is niet opgeslagen: de virusscanner keurde het af "
                        + "(EICAR-testbestand gevonden). Open het niet opnieuw en vraag de afzender om een nieuw bestand."));

        Virusscanner kapot = (naam, inhoud) -> {
            throw new IllegalStateException("clamd niet bereikbaar");
        };
        assertThat(weigering("brief.pdf", Voorbeeldbestanden.pdf(), List.of(kapot)).reden())
                .isEqualTo("Het bestand kon niet op virussen worden gecontroleerd en is niet opgeslagen. Probeer het later opnieuw.");
    }
}
