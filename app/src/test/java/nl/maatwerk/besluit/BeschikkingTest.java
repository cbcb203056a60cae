package nl.maatwerk.besluit;

import static nl.maatwerk.besluit.BesluitenTest.PEIL;
import static nl.maatwerk.besluit.BesluitenTest.als;
import static nl.maatwerk.besluit.BesluitenTest.consulent;
import static nl.maatwerk.besluit.BesluitenTest.wijdemeren;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.VerstelbareKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The letter is built from the decision's parts, keeps its own sentences at B1, and renders to PDF. */
@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
class BeschikkingTest {

    @Autowired
    Besluiten besluiten;

    @Autowired
    Beschikking beschikking;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerstelbareKlok klok;

    UUID huishouden;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        huishouden = data.huishouden("Huishouden Brieftest", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Brieftest", LocalDate.of(1975, 5, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
    }

    /** The Wijdemeren decision as the team lead approved it: 2.835,41 back at 50 euro a month. */
    private Besluit goedgekeurd() {
        Besluit b = consulent(() -> besluiten.maakTerugvordering(huishouden, PEIL));
        Besluit gevuld = consulent(() -> besluiten.wijzig(b.id(), wijdemeren("2835.41", "50.00", true, null), b.versie()));
        Besluit ingediend = consulent(() -> besluiten.dienIn(b.id(), gevuld.versie()));
        return als("teamleider", "TEAMLEIDER", () -> besluiten.beoordeel(b.id(), true, null, ingediend.versie()));
    }

    @Test
    void theLetterSaysWhatWasDecidedWhyTheMoneyPerMonthTheBasisAndHowToObject() {
        Besluit b = goedgekeurd();
        Beschikking.Brief brief = consulent(() -> beschikking.bouw(b, besluiten.controle(b)));
        String tekst = brief.heleTekst();
        assertThat(brief.delen()).extracting(Beschikking.Deel::kop).containsExactly("Wat hebben wij besloten?",
                "Waarom hebben wij dit besloten?", "Wat betekent dit voor uw geld?", "Bent u het niet eens met dit besluit?", "Heeft u vragen?");
        assertThat(tekst).contains("U kreeg € 7.040,00 te veel bijstand van 1 januari 2019 tot en met 30 juni 2021.",
                "Dat staat in ons besluit van 1 september 2021.", "Wij vragen € 2.835,41 terug.", "Van de rest, € 4.204,59, zien wij af.",
                "Wij houden € 50,00 per maand in op uw bijstand vanaf 1 oktober 2025. U hoeft zelf niets over te maken. Dan bent u na 57 maanden klaar.");
        // The professional's explanation for the resident, and the rule in generated sentences.
        assertThat(tekst).contains("U kreeg elke week boodschappen van uw moeder.",
                "Volgens de regel vragen we € 7.040,00 terug. U kunt hoogstens € 68,45 per maand betalen.",
                "afzien van terugvordering om dringende redenen (Participatiewet, artikel 58)");
        // The file notes of the toets stay in the file.
        assertThat(tekst).doesNotContain("Rust in de financiën", "De boodschappen waren hulp van haar moeder", "voelt niet rechtvaardig",
                "zorg van een moeder");
        assertThat(tekst).contains("Uw bijstandsnorm is € 1.369,06 per maand", "€ 1.300,61", "Na dit besluit houdt u € 1.319,06 per maand over.",
                "Boven de beslagvrije voet ligt alleen het vakantiegeld: € 68,45 per maand.", "12 × € 68,45 = € 821,40 per jaar.");
        assertThat(tekst).contains("Bel of mail ons eerst", "binnen 6 weken");
        assertThat(brief.grondslagen()).extracting(Beschikking.Grondslag::tekst)
                .contains("Participatiewet, artikel 58", "Algemene wet bestuursrecht, artikel 6:7", "Algemene wet bestuursrecht, artikel 3:4 lid 2");
        assertThat(brief.goedgekeurdDoor()).isEqualTo("Petra Jansen");
        assertThat(brief.concept()).isTrue();
    }

    /**
     * A concept carries the day it is read as its date, from the app's clock: a pinned day long
     * before any run of this test, so a date from the system clock would not match.
     */
    @Test
    void aConceptLetterIsDatedTheAppsToday() {
        klok.zetOp(LocalDate.of(2025, 9, 15));
        Besluit b = goedgekeurd();
        Beschikking.Brief brief = consulent(() -> beschikking.bouw(b, besluiten.controle(b)));
        assertThat(brief.concept()).isTrue();
        assertThat(brief.datum()).isEqualTo("15 september 2025");
        klok.zetOp(LocalDate.of(2025, 9, 16));
        assertThat(consulent(() -> beschikking.bouw(b, besluiten.controle(b))).datum()).as("read a day later").isEqualTo("16 september 2025");
    }

    @Test
    void theSentencesTheLetterWritesItselfStayAtB1() {
        Besluit b = goedgekeurd();
        Beschikking.Brief brief = consulent(() -> beschikking.bouw(b, besluiten.controle(b)));
        Leesbaarheid.Meting m = Leesbaarheid.meet(brief.gegenereerdeTekst());
        assertThat(m.isB1()).as(m.samenvatting()).isTrue();
        assertThat(m.langsteZin()).isLessThanOrEqualTo(Leesbaarheid.MAX_ZINSLENGTE);
    }

    @Test
    void anArrangementBelowTheVoetTheResidentAgreedToSaysSoAndHowToStopAndTheFinalLetterIsAFixedPdf() {
        Besluit b = consulent(() -> besluiten.maakTerugvordering(huishouden, PEIL));
        Besluit gevuld = consulent(() -> besluiten.wijzig(b.id(), BesluitenTest.opEigenVerzoek(
                "Zij wil zelf snel aflossen, omdat zij een erfenis verwacht.", LocalDate.of(2025, 8, 20), Instemmingswijze.DIGITAAL), b.versie()));
        Besluit ingediend = consulent(() -> besluiten.dienIn(b.id(), gevuld.versie()));
        Besluit goedgekeurd = als("teamleider", "TEAMLEIDER", () -> besluiten.beoordeel(b.id(), true, null, ingediend.versie()));
        Besluit definitief = consulent(() -> besluiten.maakDefinitief(b.id(), goedgekeurd.versie()));
        assertThat(definitief.briefHtml()).contains("Dat is minder dan de beslagvrije voet. U heeft zelf gevraagd om sneller af te lossen.",
                "20 augustus 2025", "Dan betaalt u hoogstens € 68,45 per maand.", "U betaalt € 250,00 per maand vanaf 1 oktober 2025")
                .doesNotContain("Concept.", "erfenis", "Wij doen dit toch");
        byte[] pdf = beschikking.pdf(definitief.briefHtml());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(2_000);
    }

    @Test
    void aJuriconnectReferenceReadsAsLawAndArticle() {
        assertThat(Beschikking.wetsartikel("jci1.3:c:BWBR0015703&artikel=18&lid=1")).isEqualTo("Participatiewet, artikel 18 lid 1");
        assertThat(Beschikking.wetsartikel("jci1.3:c:BWBR0035362&artikel=2.3.5")).isEqualTo("Wet maatschappelijke ondersteuning 2015, artikel 2.3.5");
        assertThat(List.of(Beschikking.geld(new java.math.BigDecimal("1234.5")))).containsExactly("€ 1.234,50");
    }
}
