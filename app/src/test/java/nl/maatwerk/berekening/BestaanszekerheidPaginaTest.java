package nl.maatwerk.berekening;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class BestaanszekerheidPaginaTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProfessionalSeesNormVoetRepaymentTheSignalAndTheSourcesInDutchAmounts() throws Exception {
        mvc.perform(post("/berekeningen/bestaanszekerheid").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("peildatum", "2025-09-01").param("leden[0].rol", "aanvrager").param("leden[0].geboortedatum", "1990-05-01")
                        .param("bedrag", "7040.00").param("aflossingPerMaand", "250.00"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1.369,06"), containsString("1.300,61"),
                        containsString("103 maanden"), containsString("Let op:"), containsString("Menselijke afweging nodig"),
                        containsString("jci1.3:c:BWBR0015703"))));
    }

    @Test
    void taxesShowWhatIsWaivedAndWhatIsLeftToPayAndABadPercentageIsNamedAtItsField() throws Exception {
        mvc.perform(post("/berekeningen/bestaanszekerheid").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("peildatum", "2025-09-01").param("leden[0].rol", "aanvrager").param("leden[0].geboortedatum", "1990-05-01")
                        .param("aanslagPerJaar", "800.00").param("kostenVanBestaanPercentage", "95")
                        .param("woonlastenBovenDrempelPerMaand", "0.00").param("zorgpremieBovenStandaardPerMaand", "0.00"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kwijtgescholden belasting"), containsString("175,71"),
                        containsString("624,29"), containsString("52,02"))));
        mvc.perform(post("/berekeningen/bestaanszekerheid").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("peildatum", "2025-09-01").param("leden[0].rol", "aanvrager").param("leden[0].geboortedatum", "1990-05-01")
                        .param("aanslagPerJaar", "800.00").param("kostenVanBestaanPercentage", "120"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#kostenVanBestaanPercentage\""),
                        containsString("tussen 90 en 100"))));
    }

    @Test
    void withoutTheExpensesThePageSaysItCannotConcludeNamesWhatIsMissingAndShowsNoAmount() throws Exception {
        mvc.perform(post("/berekeningen/bestaanszekerheid").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("peildatum", "2025-09-01").param("leden[0].rol", "aanvrager").param("leden[0].geboortedatum", "1990-05-01")
                        .param("aanslagPerJaar", "400.00").param("zorgpremieBovenStandaardPerMaand", "0.00"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kan niet concluderen"),
                        containsString("<li>de netto woonlasten boven de drempel</li>"),
                        not(containsString("<li>de premie van de zorgverzekering boven de standaardpremie</li>")),
                        not(containsString("Kwijtgescholden belasting")), not(containsString("Zelf te betalen belasting")),
                        not(containsString("null")))));
    }

    @Test
    void theExpenseFieldsHaveHintsAndABadAmountIsNamedAtItsField() throws Exception {
        mvc.perform(get("/berekeningen/bestaanszekerheid").with(user("consulent").roles("CONSULENT")))
                .andExpect(content().string(allOf(containsString("id=\"woonlastenBovenDrempelPerMaand\""),
                        containsString("aria-describedby=\"woonlastenBovenDrempelPerMaand-hint \""), containsString("min de huurtoeslag"),
                        containsString("id=\"zorgpremieBovenStandaardPerMaand\""), containsString("hoger is dan de standaardpremie"))));
        mvc.perform(post("/berekeningen/bestaanszekerheid").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("peildatum", "2025-09-01").param("leden[0].rol", "aanvrager").param("leden[0].geboortedatum", "1990-05-01")
                        .param("aanslagPerJaar", "400.00").param("woonlastenBovenDrempelPerMaand", "-5")
                        .param("zorgpremieBovenStandaardPerMaand", "1.234"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Controleer deze gegevens"),
                        containsString("href=\"#woonlastenBovenDrempelPerMaand\""), containsString("De woonlasten boven de drempel zijn 0 of meer."),
                        containsString("aria-describedby=\"woonlastenBovenDrempelPerMaand-hint woonlastenBovenDrempelPerMaand-fout\""),
                        containsString("href=\"#zorgpremieBovenStandaardPerMaand\""),
                        containsString("Een bedrag heeft hoogstens twee cijfers achter de komma."))))
                .andExpect(content().string(not(containsString("id=\"uitkomst\""))));
    }

    @Test
    void theDefaultDateIsTodayOrTheLastDayWithKnownNormsWithANote() throws Exception {
        java.time.LocalDate laatste = nl.maatwerk.regels.inkomen.Bijstandsnorm.laatsteDagMetNormen(
                nl.maatwerk.regels.inkomen.Parameters.standaard());
        boolean voorbij = java.time.LocalDate.now().isAfter(laatste);
        mvc.perform(get("/berekeningen/bestaanszekerheid").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + (voorbij ? laatste : java.time.LocalDate.now()) + "\"")))
                .andExpect(content().string(voorbij ? containsString("zijn nog niet ingevoerd")
                        : org.hamcrest.Matchers.not(containsString("zijn nog niet ingevoerd"))));
    }

    @Test
    void mistakesAreNamedAtTheRowWhereTheyWereTypedAndNothingIsCalculated() throws Exception {
        mvc.perform(post("/berekeningen/bestaanszekerheid").with(user("consulent").roles("CONSULENT")).with(csrf())
                        .param("peildatum", "2025-09-01").param("leden[0].rol", "aanvrager").param("leden[0].geboortedatum", "1990-05-01")
                        .param("leden[2].rol", "partner"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Controleer deze gegevens"), containsString("Vul de geboortedatum in."),
                        containsString("href=\"#leden[2].geboortedatum\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"uitkomst\""))));
        mvc.perform(post("/berekeningen/bestaanszekerheid").with(user("beleid").roles("BELEID")).with(csrf())
                        .param("peildatum", "2018-12-31").param("leden[0].rol", "aanvrager").param("leden[0].geboortedatum", "1990-05-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#peildatum\"")));
    }

    @Test
    void aStoredHouseholdFillsInTheFormWithWhoLivedThereOnTheDateAndTheResidentCannotUseIt() throws Exception {
        TestData data = new TestData(jdbc);
        UUID h = data.huishouden("Huishouden Rekentest", "wijkteam-centrum");
        UUID a = data.inwoner("Rekentest", LocalDate.of(1980, 1, 1));
        UUID p = data.inwoner("Rekentest", LocalDate.of(1982, 2, 2));
        data.lid(h, a, "aanvrager", LocalDate.of(2010, 1, 1), null);
        data.lid(h, p, "partner", LocalDate.of(2010, 1, 1), LocalDate.of(2024, 12, 31));
        mvc.perform(get("/huishoudens/" + h + "/bestaanszekerheid").param("peildatum", "2024-06-01").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"1980-01-01\""), containsString("value=\"1982-02-02\""))));
        mvc.perform(get("/huishoudens/" + h + "/bestaanszekerheid").param("peildatum", "2025-06-01").with(user("consulent").roles("CONSULENT")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"1982-02-02\""))));
        mvc.perform(get("/berekeningen/bestaanszekerheid").with(user("inwoner").roles("INWONER"))).andExpect(status().isForbidden());
    }
}
