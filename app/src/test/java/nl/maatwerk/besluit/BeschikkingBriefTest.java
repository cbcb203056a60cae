package nl.maatwerk.besluit;

import static nl.maatwerk.besluit.BesluitenTest.PEIL;
import static nl.maatwerk.besluit.BesluitenTest.als;
import static nl.maatwerk.besluit.BesluitenTest.consulent;
import static nl.maatwerk.besluit.BesluitenTest.wijdemeren;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.inwoner.HuishoudenGegevens;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.InwonerGegevens;
import nl.maatwerk.inwoner.Inwoners;
import nl.maatwerk.inwoner.LidRol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A final letter of every kind, for residents whose names need more than ASCII: sent as a real
 * letter (address, date, kenmerk, team, page numbers), archivable and accessible as veraPDF judges it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BeschikkingBriefTest {

    private static final String[] MAANDEN = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december"};

    @Autowired
    Besluiten besluiten;

    @Autowired
    Beschikking beschikking;

    @Autowired
    Inwoners inwoners;

    @Autowired
    Huishoudens huishoudens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Vragenlijstcode vragenlijstcode;

    /** A resident with this name at this address, alone in a household of the demo consulent's team, with an open request. */
    private UUID aanvraag(String voornamen, String achternaam, InwonerGegevens.Verblijfplaats adres) {
        return consulent(() -> {
            var inwoner = inwoners.registreer(new InwonerGegevens(TestData.nieuwBsn(), new InwonerGegevens.Naam(voornamen, null, achternaam),
                    LocalDate.of(1984, 3, 9), adres, null));
            var huishouden = huishoudens.maak(new HuishoudenGegevens("Huishouden " + achternaam,
                    List.of(new HuishoudenGegevens.Lid(inwoner.id(), LidRol.AANVRAGER, null, LocalDate.of(2016, 1, 1), null)), List.of()));
            return new TestData(jdbc).aanvraagParticipatiewet(huishouden.id(), inwoner.id(), "Brief");
        });
    }

    private static BesluitGegevens zonderAfwijking(String bedoeling, String besluitTekst) {
        return new BesluitGegevens(PEIL, "Zij kan thuis blijven wonen en zelf koken.", "Het gezin heeft minder zorgen.", List.of(bedoeling),
                "Dit past bij wat de wet wil.", "Het besluit is eerlijk en past bij haar.", "Zonder afwijking krijgt zij hetzelfde.", null, null,
                null, false, false, null, null, null, null, besluitTekst, null, null, null);
    }

    private Besluit definitief(UUID vraag, BesluitSoort soort, BesluitGegevens gegevens) {
        // A recovery starts from the household (ambtshalve); the other kinds answer the request.
        UUID huishouden = jdbc.sql("select huishouden_id from toegang.hulpvraag where id = ?").param(vraag).query(UUID.class).single();
        Besluit b = consulent(() -> soort.isTerugvordering() ? besluiten.maakTerugvordering(huishouden, PEIL) : besluiten.maak(vraag, soort, PEIL));
        Besluit gevuld = consulent(() -> besluiten.wijzig(b.id(), gegevens, b.versie()));
        Besluit klaar = gevuld;
        if (gevuld.isAfwijking()) {
            Besluit ingediend = consulent(() -> besluiten.dienIn(b.id(), gevuld.versie()));
            klaar = als("teamleider", "TEAMLEIDER", () -> besluiten.beoordeel(b.id(), true, null, ingediend.versie()));
        }
        Besluit goed = klaar;
        return consulent(() -> besluiten.maakDefinitief(b.id(), goed.versie()));
    }

    /** What every final letter must be, whatever its kind. */
    private String keur(Besluit b, String naam, String straat, String plaats) {
        byte[] pdf = beschikking.pdf(beschikking.toonbaar(b, b.briefHtml()));
        assertThat(PdfKeuring.overtredingen(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a, " + b.soort()).isEmpty();
        assertThat(PdfKeuring.overtredingen(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1, " + b.soort()).isEmpty();
        assertThat(PdfKeuring.nietIngebeddeLettertypen(pdf)).as("fonts not embedded").isEmpty();
        assertThat(PdfKeuring.lettertypen(pdf)).allMatch(f -> f.contains("LiberationSans"));
        assertThat(PdfKeuring.titelEnTaal(pdf)).containsExactly("Besluit over " + b.soort().omschrijving().toLowerCase(java.util.Locale.ROOT), "nl");
        String tekst = PdfKeuring.tekst(pdf);
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String datum = vandaag.getDayOfMonth() + " " + MAANDEN[vandaag.getMonthValue() - 1] + " " + vandaag.getYear();
        String kenmerk = "BSL-" + b.aangemaaktOp().atZone(ZoneId.of("Europe/Amsterdam")).getYear() + "-"
                + b.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        int paginas = PdfKeuring.paginas(pdf);
        assertThat(tekst).contains("Beste " + naam + ",", straat, plaats, "Datum", datum, "Kenmerk", kenmerk, "Gemeente Den Haag (demo)",
                "Postbus 1, 2500 AA Den Haag", "Wijkteam Centrum", "070 123 45 67", "wijkteam-centrum@example.nl", "Met vriendelijke groet",
                "Sanne de Wit", "namens het college van burgemeester en wethouders");
        for (int p = 1; p <= paginas; p++) {
            assertThat(tekst).contains("Pagina " + p + " van " + paginas);
        }
        return tekst;
    }

    @Test
    void aRecoveryForDaphneAydinSahinKeepsHerNameTheAmountsAndTheApprover() throws Exception {
        UUID vraag = aanvraag("Daphne", "Aydın-Şahin", new InwonerGegevens.Verblijfplaats("Korte Poten", 7, "a", null, "2511 EB",
                "'s-Gravenhage", "Centrum"));
        Besluit b = definitief(vraag, BesluitSoort.PW_TERUGVORDERING, wijdemeren("2835.41", "50.00", true, null));
        String tekst = keur(b, "Daphne Aydın-Şahin", "Korte Poten 7a", "2511 EB");
        assertThat(tekst).contains("'S-GRAVENHAGE", "U kreeg € 7.040,00 te veel bijstand van 1 januari 2019 tot en met 30 juni 2021.",
                "Wij vragen € 2.835,41 terug.", "Wij houden € 50,00 per maand in op uw bijstand vanaf 1 oktober 2025.", "Petra Jansen", "Besluit over terugvordering van bijstand")
                .as("a recovery is no help to rate: no questionnaire").doesNotContain("Wat vindt u van onze hulp?");
        // The letter page shows the same header and signature as the PDF.
        mvc.perform(get("/besluiten/" + b.id() + "/brief").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Daphne Aydın-Şahin"), containsString("Korte Poten 7a"),
                        containsString("2511 EB"), containsString("&#39;S-GRAVENHAGE"), containsString(Beschikking.kenmerk(b)),
                        containsString("Wijkteam Centrum"), containsString("070 123 45 67"), containsString("wijkteam-centrum@example.nl"),
                        containsString("Sanne de Wit"), containsString("Petra Jansen"))));
    }

    @Test
    void aSpecialAssistanceLetterForLukaszZolc() {
        UUID vraag = aanvraag("Łukasz", "Żółć", new InwonerGegevens.Verblijfplaats("Spui", 70, null, "B2", "2511BT", "Den Haag", "Centrum"));
        Besluit b = definitief(vraag, BesluitSoort.PW_BIJZONDERE_BIJSTAND, zonderAfwijking("bijzondere-kosten",
                "U krijgt € 450,00 voor een nieuwe wasmachine."));
        String tekst = keur(b, "Łukasz Żółć", "Spui 70-B2", "2511 BT");
        assertThat(tekst).contains("DEN HAAG", "U krijgt € 450,00 voor een nieuwe wasmachine.").doesNotContain("Petra Jansen");
    }

    @Test
    void aWmoLetterForSorenOstergaardWeiss() {
        UUID vraag = aanvraag("Søren", "Østergaard-Weiß", new InwonerGegevens.Verblijfplaats("Grote Marktstraat", 12, null, null, "2511 BJ",
                "Den Haag", "Centrum"));
        Besluit b = definitief(vraag, BesluitSoort.WMO_MAATWERKVOORZIENING, zonderAfwijking("zelfredzaamheid",
                "U krijgt een traplift. Die betaalt de gemeente."));
        // The code for a resident without DigiD (issue 17), from waardering: printed in the letter, not kept with it.
        String code = vragenlijstcode.voorBesluit(b.id(), b.soort()).orElseThrow().code();
        // Lines in the PDF break where they fall: compared with the line breaks as spaces.
        assertThat(keur(b, "Søren Østergaard-Weiß", "Grote Marktstraat 12", "2511 BJ").replaceAll("\\s+", " ")).as("the letter says where the questionnaire waits")
                .contains("Wat vindt u van onze hulp?", "/vragenlijst", "Typ daar deze code: " + code + ".", "De code werkt 14 dagen na het versturen van deze brief.", "anoniem", "in Mijn Maatwerk",
                        "onder Vragenlijst");
        assertThat(b.briefHtml()).as("the stored letter keeps a place for the code, not the code").contains(Beschikking.CODE_PLEK)
                .doesNotContain(code);
        assertThat(consulent(() -> beschikking.bouw(b, besluiten.controle(b))).heleTekst()).contains("Typ daar deze code: " + code + ".");
        // A correction gets no code; it points to Mijn Maatwerk as before.
        Besluit correctie = consulent(() -> besluiten.corrigeer(b.id()));
        assertThat(consulent(() -> beschikking.bouw(correctie, besluiten.controle(correctie))).heleTekst()).contains("in Mijn Maatwerk", "onder Vragenlijst")
                .doesNotContain("/vragenlijst", code);
    }

    @Test
    void aConceptNamesNoCodeYet() {
        UUID vraag = aanvraag("Noor", "de Vries", new InwonerGegevens.Verblijfplaats("Spui", 1, null, null, "2511 BT", "Den Haag", "Centrum"));
        Besluit b = consulent(() -> besluiten.maak(vraag, BesluitSoort.WMO_MAATWERKVOORZIENING, PEIL));
        String code = vragenlijstcode.voorBesluit(b.id(), b.soort()).orElseThrow().code();
        assertThat(consulent(() -> beschikking.bouw(b, besluiten.controle(b))).heleTekst()).contains("(de code staat in de definitieve brief)").doesNotContain(code);
    }

    @Test
    void aYouthCareLetterForIlaydaDoganKovari() {
        UUID vraag = aanvraag("İlayda", "Doğan-Kővári", new InwonerGegevens.Verblijfplaats("Prinsegracht", 3, null, null, "2512 EZ",
                "Den Haag", "Centrum"));
        Besluit b = definitief(vraag, BesluitSoort.JEUGDWET_VOORZIENING, zonderAfwijking("gezond-opgroeien",
                "Uw zoon krijgt een jaar lang hulp van een jeugdhulpverlener."));
        keur(b, "İlayda Doğan-Kővári", "Prinsegracht 3", "2512 EZ");
    }
}
