package nl.maatwerk.mijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 16: who reaches the resident area, and what a resident sees of who they are. Each test builds its own
 * household and resident account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MijnToegangTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock klok;

    /** A household with a mother (logged in as {@code account}), a child of 10, a child of 17; returns the household. */
    record Gezin(UUID huishouden, UUID moeder, UUID jong, UUID oud, String account) {
        RequestPostProcessor als() {
            return user(account).roles("INWONER");
        }
    }

    Gezin gezin() {
        TestData data = new TestData(jdbc);
        LocalDate vandaag = LocalDate.now(klok);
        String naam = "Mijn-" + UUID.randomUUID().toString().substring(0, 8);
        UUID h = data.huishouden(naam, "wijkteam-centrum");
        UUID moeder = data.inwoner("Moeder" + naam, vandaag.minusYears(40));
        UUID jong = data.inwoner("Jong" + naam, vandaag.minusYears(10));
        UUID oud = data.inwoner("Oud" + naam, vandaag.minusYears(17));
        data.lid(h, moeder, "aanvrager", vandaag.minusYears(5), null);
        data.lid(h, jong, "kind", vandaag.minusYears(5), null);
        data.lid(h, oud, "kind", vandaag.minusYears(5), null);
        String account = "inwoner-" + naam.toLowerCase(java.util.Locale.ROOT);
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values (?, 'Test moeder', 'INWONER', ?)")
                .params(account, moeder).update();
        return new Gezin(h, moeder, jong, oud, account);
    }

    @Test
    void aResidentLandsOnMijnAndNoLongerReachesTheProfessionalPages() throws Exception {
        Gezin g = gezin();
        mvc.perform(get("/").with(g.als())).andExpect(redirectedUrl("/mijn"));
        mvc.perform(get("/mijn-huishouden").with(g.als())).andExpect(redirectedUrl("/mijn"));
        String pagina = mvc.perform(get("/mijn").with(g.als())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("Welkom").contains("Menu Mijn Maatwerk").contains("voor mijn kind");
        for (String pad : new String[] {"/huishoudens/" + g.huishouden(), "/huishoudens/" + g.huishouden() + "/plan",
            "/inwoners/" + g.moeder(), "/huishoudens"}) {
            mvc.perform(get(pad).with(g.als())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/mijn").with(user("consulent").roles("CONSULENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/mijn/huishouden").with(user("consulent").roles("CONSULENT"))).andExpect(status().isForbidden());
    }

    @Test
    void aParentMayActForAChildUnder16OnlyAndThePageSaysSo() throws Exception {
        Gezin g = gezin();
        // The choice lives in the web session (Spring Session, by its cookie).
        var eerste = mvc.perform(get("/mijn").with(g.als())).andReturn().getResponse();
        String pagina = eerste.getContentAsString();
        jakarta.servlet.http.Cookie sessie = eerste.getCookie("SESSION");
        if (sessie == null) {
            sessie = mvc.perform(post("/mijn/voor").param("voor", "").with(g.als()).with(csrf())).andReturn().getResponse().getCookie("SESSION");
        }
        assertThat(pagina).contains("Jong").doesNotContain("voor mijn kind <span>Test Oud");
        // The child of 17 decides for themselves: not offered, and refused when sent anyway.
        mvc.perform(post("/mijn/voor").param("voor", g.oud().toString()).with(g.als()).with(csrf()).cookie(sessie))
                .andExpect(status().isNotFound());
        long voor = logboekRecords();
        mvc.perform(post("/mijn/voor").param("voor", g.jong().toString()).with(g.als()).with(csrf()).cookie(sessie))
                .andExpect(redirectedUrl("/mijn"));
        assertThat(logboekRecords()).isGreaterThan(voor);
        pagina = mvc.perform(get("/mijn").with(g.als()).cookie(sessie)).andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("U regelt nu zaken voor uw kind");
        mvc.perform(post("/mijn/voor").param("voor", "").with(g.als()).with(csrf()).cookie(sessie)).andExpect(redirectedUrl("/mijn"));
        pagina = mvc.perform(get("/mijn").with(g.als()).cookie(sessie)).andReturn().getResponse().getContentAsString();
        assertThat(pagina).doesNotContain("U regelt nu zaken voor uw kind");
    }

    @Test
    void aLoginWithoutAKnownResidentGetsAClearPage() throws Exception {
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol) values ('inwoner-onbekend-mijn', 'Onbekend', 'INWONER') on conflict do nothing")
                .update();
        String pagina = mvc.perform(get("/mijn").with(user("inwoner-onbekend-mijn").roles("INWONER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("Wij kennen u nog niet");
    }

    private long logboekRecords() {
        return new TestData(jdbc).aantalLogboekRecords();
    }
}
