package nl.maatwerk.besluit;

import static nl.maatwerk.besluit.BesluitenTest.PEIL;
import static nl.maatwerk.besluit.BesluitenTest.als;
import static nl.maatwerk.besluit.BesluitenTest.consulent;
import static nl.maatwerk.besluit.BesluitenTest.wijdemeren;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every amount the letter writes itself is also on the decision screen the professional saw, for
 * every kind of decision: both come from the same rules result, so they cannot tell two stories.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BriefEnSchermTest {

    private static final Pattern BEDRAG = Pattern.compile("€\\s?\\d{1,3}(?:\\.\\d{3})*,\\d{2}");

    @Autowired
    MockMvc mvc;

    @Autowired
    Besluiten besluiten;

    @Autowired
    Beschikking beschikking;

    @Autowired
    JdbcClient jdbc;

    UUID huishouden;
    UUID vraag;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        huishouden = data.huishouden("Huishouden Brief en scherm", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Briefscherm", LocalDate.of(1975, 5, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
        vraag = data.aanvraagParticipatiewet(huishouden, inwoner, "Hulp thuis en een wasmachine");
    }

    private static BesluitGegevens voorziening(BesluitSoort soort, boolean wmoBijdrage) {
        BesluitGegevens t = wijdemeren("0.00", null, false, null);
        String bedoeling = switch (soort) {
            case WMO_MAATWERKVOORZIENING -> "zelfredzaamheid";
            case JEUGDWET_VOORZIENING -> "passende-hulp";
            default -> "bijzondere-kosten";
        };
        boolean metVoorziening = soort != BesluitSoort.PW_BIJZONDERE_BIJSTAND;
        return new BesluitGegevens(PEIL, t.beoogdEffect(), t.gevolgen(), List.of(bedoeling), "Past bij de bedoeling.", t.ethiek(),
                "Toekennen.", null, null, null, wmoBijdrage, false, null, null, null, null, "Wij kennen de hulp toe.", null, null, null, null,
                null, null, null, "U kunt thuis niet meer alles zelf. Daarom krijgt u hulp.", null, null, null, null,
                metVoorziening ? "Hulp bij het huishouden, 3 uur per week" : null, metVoorziening ? Leveringsvorm.ZIN : null,
                metVoorziening ? "Thuiszorg Centrum" : null, metVoorziening ? LocalDate.of(2025, 10, 1) : null, null);
    }

    private Besluit definitief(BesluitSoort soort) {
        if (soort.isTerugvordering()) {
            Besluit b = consulent(() -> besluiten.maakTerugvordering(huishouden, PEIL));
            Besluit gevuld = consulent(() -> besluiten.wijzig(b.id(), wijdemeren("2835.41", "50.00", true, null), b.versie()));
            Besluit ingediend = consulent(() -> besluiten.dienIn(b.id(), gevuld.versie()));
            Besluit goedgekeurd = als("teamleider", "TEAMLEIDER", () -> besluiten.beoordeel(b.id(), true, null, ingediend.versie()));
            return consulent(() -> besluiten.maakDefinitief(b.id(), goedgekeurd.versie()));
        }
        Besluit b = consulent(() -> besluiten.maak(vraag, soort, PEIL));
        Besluit gevuld = consulent(() -> besluiten.wijzig(b.id(), voorziening(soort, soort == BesluitSoort.WMO_MAATWERKVOORZIENING), b.versie()));
        return consulent(() -> besluiten.maakDefinitief(b.id(), gevuld.versie()));
    }

    private static List<String> bedragen(String tekst) {
        List<String> gevonden = new ArrayList<>();
        Matcher m = BEDRAG.matcher(tekst.replace('\u00a0', ' '));
        while (m.find()) {
            gevonden.add(m.group().replace("€", "€ ").replaceAll("\\s+", " "));
        }
        return gevonden;
    }

    @Test
    void everyAmountTheLetterWritesIsOnTheDecisionScreenForEveryKindOfDecision() throws Exception {
        for (BesluitSoort soort : BesluitSoort.values()) {
            Besluit b = definitief(soort);
            String brief = consulent(() -> beschikking.bouw(b, besluiten.controle(b))).gegenereerdeTekst();
            String scherm = mvc.perform(get("/besluiten/" + b.id()).with(user("consulent").roles("CONSULENT"))).andReturn().getResponse()
                    .getContentAsString().replace("&nbsp;", " ");
            List<String> inBrief = bedragen(brief);
            if (soort.isTerugvordering()) {
                assertThat(inBrief).as("a recovery letter speaks of money").contains("€ 2.835,41", "€ 68,45", "€ 1.319,06");
            }
            if (soort == BesluitSoort.WMO_MAATWERKVOORZIENING) {
                assertThat(inBrief).as("the Wmo letter names the contribution").isNotEmpty();
            }
            assertThat(bedragen(scherm)).as("the screen of a %s decision shows every amount of its letter", soort).containsAll(inBrief);
        }
        // A second decision of a kind that already stands on the request is refused on the page with the way out, not an error page.
        mvc.perform(post("/hulpvragen/" + vraag + "/besluiten").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("soort", "WMO_MAATWERKVOORZIENING").param("peildatum", "2025-09-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Maak dan een correctiebesluit op dat besluit.")));
    }
}
