package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
class WachtrijPaginasTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String gebruiker;

    private String pagina(String nummer) throws Exception {
        return mvc.perform(get("/werkvoorraad/team").param("pagina", nummer).with(user(gebruiker).roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long gelogdSinds(long volgnummer) {
        return jdbc.sql("select count(*) from logboek.logboek_record where volgnummer > ? and naam = 'wachtrij.tonen'").param(volgnummer)
                .query(Long.class).single();
    }

    private long laatste() {
        return jdbc.sql("select coalesce(max(volgnummer), 0) from logboek.logboek_record").query(Long.class).single();
    }

    private static int rijen(String html) {
        return html.split("name=\"item\"", -1).length - 1;  // one "Ik pak dit op" form per row
    }

    @Test
    @Transactional
    void theTeamQueueShowsFiftyPlacesAPageWithLinksAndLogsOnlyThoseShown() throws Exception {
        String team = "team-pagina-" + UUID.randomUUID();
        TestData data = new TestData(jdbc);
        for (int i = 0; i < 55; i++) {
            UUID huishouden = data.huishouden("Huishouden Pagina " + i, team);
            data.lid(huishouden, data.inwoner("Pagina" + i, LocalDate.of(1970, 1, 1)), "aanvrager", LocalDate.of(2020, 1, 1), null);
            jdbc.sql("""
                    insert into toegang.hulpvraag (id, huishouden_id, kanaal, vorm, vraag, urgentie, status, ontvangen_op, geregistreerd_door)
                    values (?, ?, 'balie', 'melding', 'Hulp gevraagd', 'laag', 'onderzoek', current_date - ?, 'consulent')
                    """).params(UUID.randomUUID(), huishouden, i).update();
        }
        gebruiker = "consulent-pagina-" + UUID.randomUUID();
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id) values (?, 'Consulent Pagina', 'CONSULENT', ?)")
                .params(gebruiker, team).update();

        long voor = laatste();
        String eerste = pagina("1");
        assertThat(rijen(eerste)).isEqualTo(50);
        assertThat(gelogdSinds(voor)).as("one resident per household shown, no more").isEqualTo(50);
        assertThat(eerste).contains("55 items", "Hier plaats 1 tot en met 50", "Pagina <span>1</span> van <span>2</span>", "Volgende pagina", "rel=\"next\"")
                .doesNotContain("Vorige pagina");

        voor = laatste();
        String tweede = pagina("2");
        assertThat(rijen(tweede)).isEqualTo(5);
        assertThat(gelogdSinds(voor)).isEqualTo(5);
        assertThat(tweede).contains("Hier plaats 51 tot en met 55", "Vorige pagina").doesNotContain("Volgende pagina");

        voor = laatste();
        String voorbij = pagina("99999999999");
        assertThat(voorbij).contains("Op deze pagina staat niets").doesNotContain("id=\"wachtrij\"");
        assertThat(gelogdSinds(voor)).as("an empty page shows and logs no one").isZero();
    }
}
