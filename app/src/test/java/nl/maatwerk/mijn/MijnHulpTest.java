package nl.maatwerk.mijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, ask for help: the resident's online request lands as a melding without a behandelaar in the team's queue,
 * with its legal clock from today; a reported change lands as a melding without a clock; missing fields get B1
 * messages and the form keeps what was typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MijnHulpTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock klok;

    private String inwoner;
    private UUID huishouden;

    @BeforeEach
    void huishoudenMetInwoner() {
        TestData data = new TestData(jdbc);
        String sleutel = UUID.randomUUID().toString().substring(0, 8);
        huishouden = data.huishouden("Huishouden Hulp " + sleutel, "Wijkteam Hulp " + sleutel);
        UUID id = data.inwoner("Hulp", LocalDate.of(1980, 3, 4));
        data.lid(huishouden, id, "aanvrager", LocalDate.of(2020, 1, 1), null);
        inwoner = "hlp-i-" + sleutel;
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id, wachtwoord_hash) values (?, 'Test Hulp', 'INWONER', ?, '{noop}demo')")
                .params(inwoner, id).update();
    }

    @Test
    void aRequestForHelpIsAMeldingInTheTeamsQueueWithItsLegalClock() throws Exception {
        mvc.perform(post("/mijn/hulp").with(user(inwoner).roles("INWONER")).with(csrf()).param("onderwerp", "HULP_THUIS")
                .param("watIsEr", "Ik kan de boodschappen niet meer zelf doen").param("watTelt", "Thuis blijven wonen")
                .param("bereikbaar", "06 1234 5678, liefst 's ochtends")).andExpect(status().is3xxRedirection());

        Map<String, Object> vraag = jdbc.sql("select * from toegang.hulpvraag where huishouden_id = ?").param(huishouden).query().singleRow();
        assertThat(vraag.get("status")).isEqualTo("melding");
        assertThat(vraag.get("kanaal")).isEqualTo("digitaal");
        assertThat(vraag.get("behandelaar")).as("in the team's queue, not assigned").isNull();
        assertThat((String) vraag.get("vraag")).contains("boodschappen", "06 1234 5678");
        List<String> klokken = jdbc.sql("select code from toegang.termijn where hulpvraag_id = ?").param(vraag.get("id")).query(String.class).list();
        assertThat(klokken).containsExactly("wmo-onderzoek");

        mvc.perform(post("/mijn/hulp/wijziging").with(user(inwoner).roles("INWONER")).with(csrf()).param("wijziging", "VERHUISD")
                .param("per", LocalDate.now(klok).plusMonths(1).toString()).param("toelichting", "Nieuw adres: Dorpsstraat 1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from toegang.hulpvraag where huishouden_id = ? and vraag like 'Wijziging doorgegeven%'")
                .param(huishouden).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void missingAnswersGetPlainMessagesAndWhatWasTypedStays() throws Exception {
        String pagina = mvc.perform(post("/mijn/hulp").with(user(inwoner).roles("INWONER")).with(csrf()).param("watIsEr", "Mijn getypte tekst")
                .param("bereikbaar", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("Kies waar uw vraag over gaat.", "Schrijf op hoe we u kunnen bereiken", "Mijn getypte tekst");
        assertThat(jdbc.sql("select count(*) from toegang.hulpvraag where huishouden_id = ?").param(huishouden).query(Long.class).single()).isZero();
    }
}
