package nl.maatwerk.inwoner;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.VerstelbareKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Who lives here" is counted on the app's today (its clock), so a test can pin the day a member
 * moves out and another moves in. The dates lie in 2025, before any run of this test: counted from
 * the system clock, the day before the move would already show the new composition.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SamenstellingVandaagTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerstelbareKlok klok;

    String naam;
    UUID huishouden;
    UUID vertrekt;
    UUID komt;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        naam = "Huishouden Verhuisproef " + UUID.randomUUID().toString().substring(0, 8);
        huishouden = data.huishouden(naam, "wijkteam-centrum");
        vertrekt = data.inwoner("Vertrekproef", LocalDate.of(1970, 5, 1));
        komt = data.inwoner("Komstproef", LocalDate.of(1990, 8, 15));
        data.lid(huishouden, vertrekt, "aanvrager", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30));
        data.lid(huishouden, komt, "aanvrager", LocalDate.of(2025, 7, 1), null);
    }

    @Test
    void theHouseholdListGivesWhoLivesThereOnTheAppsTodayTheMoverOnHerLastDayAndTheNewcomerTheDayAfter() throws Exception {
        klok.zetOp(LocalDate.of(2025, 6, 30));
        mvc.perform(get("/api/v1/huishoudens").param("naam", naam).with(httpBasic("consulent", "demo")))
                .andExpect(jsonPath("$.huishoudens[*].id", contains(huishouden.toString())))
                .andExpect(jsonPath("$.huishoudens[0].leden[*].inwonerId", contains(vertrekt.toString())));

        klok.zetOp(LocalDate.of(2025, 7, 1));
        mvc.perform(get("/api/v1/huishoudens").param("naam", naam).with(httpBasic("consulent", "demo")))
                .andExpect(jsonPath("$.huishoudens[0].leden[*].inwonerId", contains(komt.toString())));

        // Without a reference date one household is the whole history, whatever the day.
        mvc.perform(get("/api/v1/huishoudens/" + huishouden).with(httpBasic("consulent", "demo")))
                .andExpect(jsonPath("$.leden[*].inwonerId", containsInAnyOrder(vertrekt.toString(), komt.toString())));
    }

    @Test
    void theHouseholdPageShowsTheCompositionOfTheAppsTodayAndTheNewcomerStillToCome() throws Exception {
        klok.zetOp(LocalDate.of(2025, 6, 30));
        mvc.perform(get("/huishoudens/" + huishouden).with(user("consulent").roles("CONSULENT")))
                .andExpect(content().string(containsString("Leden van het huishouden op <span>30 juni 2025</span>")))
                .andExpect(content().string(containsString("komt op <span>1 juli 2025</span>")));
    }
}
