package nl.maatwerk.prioriteit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** What a resident and a professional see of early debt signals on the household page and in its timeline. */
@SpringBootTest
@AutoConfigureMockMvc
class PrioriteitOnderdeelTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private UUID signaal(UUID huishouden, UUID inwoner, String schuldeiser, String notitie) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into prioriteit.vroegsignaal (id, sleutel, schuldeiser_type, schuldeiser, bsn, bedrag, maanden, signaaldatum, ontvangen_op,
                    huishouden_id, inwoner_id, koppeling, team_id)
                values (?, ?, 'energie', ?, (select bsn from inwoner.inwoner where id = ?), 250.00, 2, current_date - 5, current_date - 4,
                    ?, ?, 'bsn', 'wijkteam-centrum')
                """).params(id, "test-" + id, schuldeiser, inwoner, huishouden, inwoner).update();
        jdbc.sql("""
                insert into prioriteit.vroegsignaal_actie (id, signaal_id, soort, contact, notitie, datum, door, door_naam)
                values (?, ?, 'telefoon', true, ?, current_date - 1, 'consulent', 'Sanne de Wit')
                """).params(UUID.randomUUID(), id, notitie).update();
        return id;
    }

    @Test
    void aResidentSeesOnlyTheirOwnSignalsAndNoNotesAProfessionalSeesAll() throws Exception {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden Eigensignaal", "wijkteam-centrum");
        UUID moeder = data.inwoner("Eigensignaal", LocalDate.of(1978, 1, 1));
        UUID zoon = data.inwoner("Eigensignaal", LocalDate.of(2004, 2, 2));
        data.lid(huishouden, moeder, "aanvrager", LocalDate.of(2020, 1, 1), null);
        data.lid(huishouden, zoon, "kind", LocalDate.of(2020, 1, 1), null);
        signaal(huishouden, moeder, "Energie Moeder BV", "Moeder schaamt zich, wil niet dat haar zoon het weet.");
        signaal(huishouden, zoon, "Energie Zoon BV", "Zoon gokt, moeder weet van niets.");
        String naam = "inwoner-es-" + huishouden;
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values (?, 'Inwoner Eigensignaal', 'INWONER', ?)")
                .params(naam, moeder).update();

        mvc.perform(get("/huishoudens/" + huishouden).with(user(naam).roles("INWONER")))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages

        // A professional's page is in tabs (issue 15): the signals on theirs, their outreach in the history.
        String professional = mvc.perform(get("/huishoudens/" + huishouden).param("tab", "signalen").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                + mvc.perform(get("/huishoudens/" + huishouden).param("tab", "geschiedenis").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(professional).contains("Energie Moeder BV", "Energie Zoon BV", "schaamt zich", "gokt");
    }
}
