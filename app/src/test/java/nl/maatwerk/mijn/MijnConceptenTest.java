package nl.maatwerk.mijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 16, "a session that expires keeps what was typed": a form of Mijn Maatwerk posted without a logged-in session
 * (the session expired) sends the resident to log in, and after logging in they are back on the form with their text,
 * once; the text never appears in a URL and nothing is sent. A post from another site is not kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MijnConceptenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock klok;

    private String inwoner;
    private UUID huishouden;

    @BeforeEach
    void inwonerMetPlan() throws Exception {
        TestData data = new TestData(jdbc);
        String sleutel = UUID.randomUUID().toString().substring(0, 8);
        String team = "Wijkteam Concept " + sleutel;
        String consulent = data.account("cpt-c-" + sleutel, "CONSULENT", team);
        huishouden = data.huishouden("Huishouden Concept " + sleutel, team);
        UUID id = data.inwoner("Concept", LocalDate.of(1980, 3, 4));
        data.lid(huishouden, id, "aanvrager", LocalDate.of(2020, 1, 1), null);
        inwoner = "cpt-i-" + sleutel;
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id, wachtwoord_hash) values (?, 'Test Concept', 'INWONER', ?, '{noop}demo')")
                .params(inwoner, id).update();
        String plan = """
                {"evaluatiedatum":"%s","doelen":[{"levensdomein":"huisvesting","doel":"In het huis blijven wonen","acties":[]}]}
                """.formatted(LocalDate.now(klok).plusMonths(2));
        mvc.perform(put("/api/v1/huishoudens/{id}/plan", huishouden).with(user(consulent).roles("CONSULENT")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(plan).header("If-Match", "\"0\"")).andExpect(status().isOk());
    }

    /** Posts the form with an expired session, logs in again, and returns the form's page as the resident then sees it. */
    private String naVerlopenSessie(String post, Map<String, String> velden, String pagina) throws Exception {
        var verzoek = post(post).header("Origin", "http://localhost").param("_csrf", "van-de-verlopen-sessie");
        velden.forEach(verzoek::param);
        MvcResult verlopen = mvc.perform(verzoek).andExpect(status().isSeeOther()).andReturn();
        assertThat(verlopen.getResponse().getRedirectedUrl()).isEqualTo(pagina);
        // The web session is Spring Session's, found by its cookie: the draft is kept server-side, with the pending login.
        Cookie sessie = verlopen.getResponse().getCookie("SESSION");
        assertThat(sessie).as("a session for the pending login").isNotNull();

        MvcResult inloggen = mvc.perform(get(pagina).cookie(sessie)).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(inloggen.getResponse().getRedirectedUrl()).endsWith("/inloggen");
        MvcResult ingelogd = mvc.perform(post("/inloggen").cookie(sessie).with(csrf()).param("username", inwoner).param("password", "demo"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String terug = ingelogd.getResponse().getRedirectedUrl();
        assertThat(terug).as("back on the form").contains(pagina);
        velden.values().forEach(w -> assertThat(terug).doesNotContain(w));
        Cookie na = ingelogd.getResponse().getCookie("SESSION") != null ? ingelogd.getResponse().getCookie("SESSION") : sessie;
        String html = mvc.perform(get(pagina).cookie(na)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String nogEens = mvc.perform(get(pagina).cookie(na)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(nogEens).as("restored once").doesNotContain("Wat u typte, staat er nog");
        return html;
    }

    @Test
    void aMessageTypedBeforeTheSessionExpiredIsBackAfterLoggingIn() throws Exception {
        String pagina = naVerlopenSessie("/mijn/berichten", Map.of("tekst", "Mijn huur is omhoog gegaan en ik kan het niet betalen"),
                "/mijn/berichten");
        assertThat(pagina).contains("Wat u typte, staat er nog", "Mijn huur is omhoog gegaan en ik kan het niet betalen");
        assertThat(jdbc.sql("select count(*) from mijn.bericht where huishouden_id = ?").param(huishouden).query(Integer.class).single())
                .as("nothing sent without the resident pressing the button").isZero();
    }

    @Test
    void theHelpFormAndThePlanCommentComeBackToo() throws Exception {
        String hulp = naVerlopenSessie("/mijn/hulp", Map.of("onderwerp", "geld", "watIsEr", "Ik heb een brief van de deurwaarder gekregen",
                "watTelt", "Dat mijn kinderen niets merken", "bereikbaar", "Na drie uur"), "/mijn/hulp");
        assertThat(hulp).contains("Ik heb een brief van de deurwaarder gekregen", "Dat mijn kinderen niets merken", "Na drie uur");

        String plan = naVerlopenSessie("/mijn/plan/instemming", Map.of("keuze", "oneens", "opmerking", "Ik wil liever eerst zelf bellen",
                "versie", "1"), "/mijn/plan");
        assertThat(plan).contains("Wat u typte, staat er nog", "Ik wil liever eerst zelf bellen");
    }

    @Test
    void aPostFromAnotherSiteIsNotKept() throws Exception {
        MvcResult r = mvc.perform(post("/mijn/berichten").header("Origin", "https://kwaadwillend.example").param("tekst", "Stuur mij uw pincode"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as("refused as before: no draft, no way back to the form").isEqualTo(403);
        assertThat(r.getResponse().getRedirectedUrl()).isNull();
    }
}
