package nl.maatwerk.taak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
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
 * Tasks (issue 15) through their pages: made for a named colleague of the household's team only, changed and done
 * on the version the form was opened on, handed on with a reason by the owner or the team lead, within
 * need-to-know, and logged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TakenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock klok;

    String team;
    String ik;
    String collega;
    String leider;
    String vreemde;
    UUID huishouden;

    RequestPostProcessor als(String wie, String rol) {
        return user(wie).roles(rol);
    }

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        team = "taakteam-" + s;
        ik = data.account("taak-ik-" + s, "CONSULENT", team);
        collega = data.account("taak-collega-" + s, "REGISSEUR", team);
        leider = data.account("taak-leider-" + s, "TEAMLEIDER", team);
        vreemde = data.account("taak-vreemde-" + s, "CONSULENT", "ander-" + team);
        huishouden = data.huishouden("Huishouden Taak " + s, team);
        UUID i = data.inwoner("Taak" + s, LocalDate.of(1984, 4, 4));
        data.lid(huishouden, i, "aanvrager", LocalDate.of(2019, 1, 1), null);
    }

    private String maak(String wie, String eigenaar, LocalDate vervaldatum) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/huishoudens/" + huishouden + "/taken/nieuw").with(als(wie, "CONSULENT")).with(csrf())
                .param("omschrijving", "Huisbezoek plannen met de verhuurder").param("vervaldatum", vervaldatum.toString())
                .param("eigenaar", eigenaar).param("hulpvraagId", "")).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
        return r.getRedirectedUrl().substring("/taken/".length());
    }

    private int versie(String taak) {
        return jdbc.sql("select versie from taak.taak where id = ?::uuid").param(taak).query(Integer.class).single();
    }

    private long log(String naam, String actor) {
        return jdbc.sql("select count(*) from logboek.logboek_record where naam = ? and actor = ?").params(naam, actor).query(Long.class).single();
    }

    @Test
    void aTaskGoesOnlyToANamedColleagueOfTheHouseholdsTeamAndItsCreationIsLogged() throws Exception {
        LocalDate morgen = LocalDate.now(klok).plusDays(1);
        String html = mvc.perform(post("/huishoudens/" + huishouden + "/taken/nieuw").with(als(ik, "CONSULENT")).with(csrf())
                        .param("omschrijving", "Bellen").param("vervaldatum", morgen.toString()).param("eigenaar", vreemde))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Kies een collega uit het team " + team, "Werk gaat alleen naar iemand van het team van het huishouden");
        assertThat(jdbc.sql("select count(*) from taak.taak where huishouden_id = ?").param(huishouden).query(Long.class).single()).isZero();

        String taak = maak(ik, collega, morgen);
        assertThat(jdbc.sql("select eigenaar from taak.taak where id = ?::uuid").param(taak).query(String.class).single()).isEqualTo(collega);
        assertThat(log("taak.aanmaken", ik)).isEqualTo(1);
        // Users by name, not login, on the task's page.
        String pagina = mvc.perform(get("/taken/" + taak).with(als(ik, "CONSULENT"))).andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("Test " + collega, "Taak aangemaakt en toegewezen");
        assertThat(log("taak.raadplegen", ik)).isEqualTo(1);
    }

    @Test
    void anotherTeamDoesNotSeeTheTaskAndCannotMakeOne() throws Exception {
        String taak = maak(ik, ik, LocalDate.now(klok).plusDays(3));
        assertThat(mvc.perform(get("/taken/" + taak).with(als(vreemde, "CONSULENT"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/taken/" + taak + "/toewijzen").with(als(vreemde, "CONSULENT")).with(csrf())
                .param("naar", vreemde).param("reden", "Ik neem het over").param("versie", "0")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/huishoudens/" + huishouden + "/taken/nieuw").with(als(vreemde, "CONSULENT")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void onlyTheOwnerOrTheTeamLeadHandsATaskOnWithAReasonThatStaysInItsHistory() throws Exception {
        String taak = maak(ik, ik, LocalDate.now(klok).plusDays(3));
        MockHttpServletResponse nietVanMij = mvc.perform(post("/taken/" + taak + "/toewijzen").with(als(collega, "REGISSEUR")).with(csrf())
                .param("naar", collega).param("reden", "Ik neem het over").param("versie", String.valueOf(versie(taak)))).andReturn().getResponse();
        assertThat(nietVanMij.getStatus()).isEqualTo(403);
        assertThat(nietVanMij.getContentAsString()).contains("Alleen wie de taak heeft of de teamleider geeft deze taak aan een collega.");

        String zonderReden = mvc.perform(post("/taken/" + taak + "/toewijzen").with(als(ik, "CONSULENT")).with(csrf())
                .param("naar", collega).param("reden", "").param("versie", String.valueOf(versie(taak)))).andReturn().getResponse().getContentAsString();
        assertThat(zonderReden).contains("Schrijf op waarom de taak naar deze collega gaat.");

        mvc.perform(post("/taken/" + taak + "/toewijzen").with(als(ik, "CONSULENT")).with(csrf())
                .param("naar", collega).param("reden", "Zij kent de verhuurder").param("versie", String.valueOf(versie(taak))));
        // The team lead reassigns a task that is not theirs.
        MockHttpServletResponse leiding = mvc.perform(post("/taken/" + taak + "/toewijzen").with(als(leider, "TEAMLEIDER")).with(csrf())
                .param("naar", ik).param("reden", "Verdeling na ziekte").param("versie", String.valueOf(versie(taak)))).andReturn().getResponse();
        assertThat(leiding.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select van || '>' || naar || ':' || reden from taak.toewijzing where taak_id = ?::uuid order by op, id").param(taak)
                .query(String.class).list()).containsExactly(null, ik + ">" + collega + ":Zij kent de verhuurder",
                        collega + ">" + ik + ":Verdeling na ziekte");
        assertThat(log("taak.toewijzen", leider)).isEqualTo(1);
        String pagina = mvc.perform(get("/taken/" + taak).with(als(ik, "CONSULENT"))).andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("Van Test " + ik + " naar Test " + collega, "Zij kent de verhuurder", "Verdeling na ziekte");
    }

    @Test
    void aChangeOnAStaleVersionIs409WithoutAVersion428AndADoneTaskStaysDone() throws Exception {
        String taak = maak(ik, ik, LocalDate.now(klok).plusDays(3));
        String datum = LocalDate.now(klok).plusDays(5).toString();
        assertThat(mvc.perform(post("/taken/" + taak).with(als(ik, "CONSULENT")).with(csrf()).param("omschrijving", "Anders")
                .param("vervaldatum", datum)).andReturn().getResponse().getStatus()).isEqualTo(428);
        int oud = versie(taak);
        mvc.perform(post("/taken/" + taak).with(als(collega, "REGISSEUR")).with(csrf()).param("omschrijving", "Eerst de huisarts bellen")
                .param("vervaldatum", datum).param("versie", String.valueOf(oud)));
        MockHttpServletResponse verouderd = mvc.perform(post("/taken/" + taak).with(als(ik, "CONSULENT")).with(csrf())
                .param("omschrijving", "Mijn tekst").param("vervaldatum", datum).param("versie", String.valueOf(oud))).andReturn().getResponse();
        assertThat(verouderd.getStatus()).isEqualTo(409);
        assertThat(verouderd.getContentAsString()).contains("Intussen gewijzigd door iemand anders", "Test " + collega, "Mijn tekst");
        assertThat(jdbc.sql("select omschrijving from taak.taak where id = ?::uuid").param(taak).query(String.class).single())
                .isEqualTo("Eerst de huisarts bellen");

        mvc.perform(post("/taken/" + taak + "/gedaan").with(als(ik, "CONSULENT")).with(csrf()).param("versie", String.valueOf(versie(taak))));
        assertThat(jdbc.sql("select status from taak.taak where id = ?::uuid").param(taak).query(String.class).single()).isEqualTo("gedaan");
        assertThat(mvc.perform(post("/taken/" + taak + "/gedaan").with(als(ik, "CONSULENT")).with(csrf())
                .param("versie", String.valueOf(versie(taak)))).andReturn().getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void theStatusMachineOfATaskOnlyGoesFromOpenToDone() {
        assertThat(TaakStatus.OPEN.volgende()).containsExactly(TaakStatus.GEDAAN);
        assertThat(TaakStatus.GEDAAN.isEindstand()).isTrue();
    }
}
