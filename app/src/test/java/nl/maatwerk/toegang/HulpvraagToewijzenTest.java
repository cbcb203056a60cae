package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Assigning a request to a named colleague (issue 15): only within the household's team, with a reason that is
 * logged and stays in the request's history; the behandelaar hands on, the team lead reassigns. Need-to-know
 * first (another team: 404), then who may (a doorbraak gives no say: 403), then the version, then the rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HulpvraagToewijzenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock klok;

    String ik;
    String collega;
    String leider;
    String vreemde;
    UUID huishouden;
    UUID vraag;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        String team = "toewijsteam-" + s;
        ik = data.account("tw-ik-" + s, "CONSULENT", team);
        collega = data.account("tw-collega-" + s, "REGISSEUR", team);
        leider = data.account("tw-leider-" + s, "TEAMLEIDER", team);
        vreemde = data.account("tw-vreemde-" + s, "CONSULENT", "ander-" + team);
        huishouden = data.huishouden("Huishouden Toewijzen " + s, team);
        UUID i = data.inwoner("Toewijzen" + s, LocalDate.of(1981, 1, 1));
        data.lid(huishouden, i, "aanvrager", LocalDate.of(2019, 1, 1), null);
        vraag = data.aanvraagParticipatiewet(huishouden, i, "Ik heb geen inkomen meer sinds vorige maand.");
    }

    /** The shared demo database keeps behandelaars in the demo team only (DemoGegevensTest): this test's team gives its requests back. */
    @org.junit.jupiter.api.AfterEach
    void geefTerug() {
        jdbc.sql("update toegang.hulpvraag set behandelaar = null where huishouden_id = ?").param(huishouden).update();
    }

    private RequestPostProcessor als(String wie, String rol) {
        return user(wie).roles(rol);
    }

    private String versie() {
        return String.valueOf(jdbc.sql("select versie from toegang.hulpvraag where id = ?").param(vraag).query(Integer.class).single());
    }

    private MockHttpServletResponse wijsToe(String wie, String rol, String naar, String reden, String versie) throws Exception {
        var verzoek = post("/hulpvragen/" + vraag + "/toewijzen").with(als(wie, rol)).with(csrf()).param("naar", naar).param("toewijzingReden", reden);
        if (versie != null) {
            verzoek.param("versie", versie);
        }
        return mvc.perform(verzoek).andReturn().getResponse();
    }

    private String behandelaar() {
        return jdbc.sql("select behandelaar from toegang.hulpvraag where id = ?").param(vraag).query(String.class).optional().orElse(null);
    }

    @Test
    void anUnassignedRequestGoesToAColleagueOfTheTeamWithAReasonThatIsLoggedAndShownByName() throws Exception {
        MockHttpServletResponse buiten = wijsToe(ik, "CONSULENT", vreemde, "Zij heeft tijd", versie());
        assertThat(buiten.getContentAsString()).contains("Kies een collega uit het team", "alleen naar iemand van het team van het huishouden");
        assertThat(behandelaar()).isNull();

        assertThat(wijsToe(ik, "CONSULENT", collega, "Zij kent het gezin al", versie()).getStatus()).isEqualTo(302);
        assertThat(behandelaar()).isEqualTo(collega);
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'hulpvraag.toewijzen' and actor = ?").param(ik)
                .query(Long.class).single()).isEqualTo(1);
        String pagina = mvc.perform(get("/hulpvragen/" + vraag).with(als(ik, "CONSULENT"))).andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("Behandelaar", "Test " + collega, "Naar Test " + collega, "Zij kent het gezin al");
        assertThat(pagina).as("users by name, not login").doesNotContain(">" + collega + "<");
    }

    @Test
    void anotherTeamGets404AndADoorbraakGivesNoSayOverTheAssignment() throws Exception {
        assertThat(wijsToe(vreemde, "CONSULENT", vreemde, "Ik neem het over", versie()).getStatus()).isEqualTo(404);
        Instant nu = Instant.now(klok);
        jdbc.sql("insert into inwoner.doorbraak (id, gebruikersnaam, team_id, huishouden_id, reden, tijdstip, geldig_tot) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), vreemde, null, huishouden, "Melding van de huisarts over dit gezin, met spoed",
                        Timestamp.from(nu), Timestamp.from(nu.plus(8, ChronoUnit.HOURS))).update();
        MockHttpServletResponse doorbraak = wijsToe(vreemde, "CONSULENT", vreemde, "Ik neem het over", versie());
        assertThat(doorbraak.getStatus()).isEqualTo(403);
        assertThat(doorbraak.getContentAsString()).contains("Alleen het team van het huishouden wijst deze hulpvraag toe.");
        assertThat(behandelaar()).isNull();
    }

    @Test
    void onlyTheBehandelaarOrTheTeamLeadReassignsOnTheCurrentVersion() throws Exception {
        wijsToe(ik, "CONSULENT", collega, "Zij kent het gezin al", versie());
        MockHttpServletResponse nietVanMij = wijsToe(ik, "CONSULENT", ik, "Toch ik", versie());
        assertThat(nietVanMij.getStatus()).isEqualTo(403);
        assertThat(nietVanMij.getContentAsString()).contains("Alleen die behandelaar of de teamleider");

        assertThat(wijsToe(leider, "TEAMLEIDER", ik, "Verdeling", null).getStatus()).as("without a version").isEqualTo(428);
        String oud = versie();
        wijsToe(collega, "REGISSEUR", ik, "Ik ga met verlof", oud);
        MockHttpServletResponse verouderd = wijsToe(leider, "TEAMLEIDER", collega, "Verdeling na ziekte", oud);
        assertThat(verouderd.getStatus()).isEqualTo(409);
        assertThat(verouderd.getContentAsString()).contains("Intussen gewijzigd door iemand anders", "Verdeling na ziekte");
        assertThat(behandelaar()).isEqualTo(ik);

        assertThat(wijsToe(leider, "TEAMLEIDER", collega, "Verdeling na ziekte", versie()).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select coalesce(van, '-') || '>' || naar || ' door ' || door from toegang.hulpvraag_toewijzing where hulpvraag_id = ? order by op, id")
                .param(vraag).query(String.class).list())
                .containsExactly("->" + collega + " door " + ik, collega + ">" + ik + " door " + collega, ik + ">" + collega + " door " + leider);
    }
}
