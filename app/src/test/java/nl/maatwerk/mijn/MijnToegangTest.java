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
        // The contact page reads whether the household has a regisseur: that is logged too.
        long voor = logboekRecords();
        mvc.perform(get("/mijn/contact").with(g.als())).andExpect(status().isOk());
        assertThat(logboekRecords()).isGreaterThan(voor);
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

    /** A decision sent to {@code aan} (null: to the household), as concept first because a final decision's row never changes. */
    UUID verzonden(UUID huishouden, UUID aan) {
        UUID id = new TestData(jdbc).besluit(huishouden, "concept", "consulent", klok);
        jdbc.sql("update besluit.besluit set status = 'verzonden', definitief_door = 'consulent', definitief_op = ?, verzonden_door = 'consulent',"
                + " verzonden_op = ?, inwoner_id = ? where id = ?").params(java.sql.Timestamp.from(klok.instant()),
                java.sql.Timestamp.from(klok.instant()), aan, id).update();
        return id;
    }

    @Test
    void aResidentReadsTheirDecisionWithItsLetterAndObjectsWithACallFirstWhichTheProfessionalsSee() throws Exception {
        Gezin g = gezin();
        UUID besluit = verzonden(g.huishouden(), g.moeder());
        UUID vanOudsteKind = verzonden(g.huishouden(), g.oud());
        String lijst = mvc.perform(get("/mijn/besluiten").with(g.als())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(lijst).contains("/mijn/besluiten/" + besluit).doesNotContain(vanOudsteKind.toString());
        String pagina = mvc.perform(get("/mijn/besluiten/" + besluit).with(g.als())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(pagina).contains("Bijzondere bijstand is geld van de gemeente", "Bel mij eerst", "tot en met");
        assertThat(mvc.perform(get("/mijn/besluiten/" + besluit + "/brief").with(g.als())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("wasmachine");
        byte[] pdf = mvc.perform(get("/mijn/besluiten/" + besluit + "/brief.pdf").with(g.als())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // A call first needs a phone number: the form comes back with the message, nothing is recorded.
        String fout = mvc.perform(post("/mijn/besluiten/" + besluit + "/bezwaar").with(g.als()).with(csrf()).param("eerstBellen", "ja")
                .param("telefoonnummer", "").param("waarom", "Het bedrag klopt niet.")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(fout).contains("Vul een telefoonnummer in").contains("Het bedrag klopt niet.");
        mvc.perform(post("/mijn/besluiten/" + besluit + "/bezwaar").with(g.als()).with(csrf()).param("eerstBellen", "ja")
                .param("telefoonnummer", "06 12345678").param("waarom", "Het bedrag klopt niet.")).andExpect(redirectedUrl("/mijn/besluiten/" + besluit));
        var rij = jdbc.sql("select eerst_bellen, op_tijd, bezwaartermijn_tot, beslissen_uiterlijk, beslistermijn_bron from besluit.bezwaar where besluit_id = ?")
                .param(besluit).query((rs, i) -> java.util.List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5))).single();
        LocalDate vandaag = LocalDate.now(klok);
        assertThat(rij.get(0)).isEqualTo(true);
        assertThat(rij.get(1)).isEqualTo(true);
        // Awb 6:7/6:8: six weeks after the letter; 7:10: six weeks after that term ends (each moved past a weekend or holiday).
        assertThat((LocalDate) rij.get(2)).isBetween(vandaag.plusWeeks(6), vandaag.plusWeeks(6).plusDays(3));
        assertThat((LocalDate) rij.get(3)).isBetween(((LocalDate) rij.get(2)).plusWeeks(6), ((LocalDate) rij.get(2)).plusWeeks(6).plusDays(3));
        assertThat(rij.get(4)).isEqualTo("jci1.3:c:BWBR0005537&artikel=7:10&lid=1");
        // A second objection against the same decision is refused, with the form.
        assertThat(mvc.perform(post("/mijn/besluiten/" + besluit + "/bezwaar").with(g.als()).with(csrf()).param("eerstBellen", "nee")
                .param("waarom", "Nog een keer.")).andReturn().getResponse().getContentAsString()).contains("al bezwaar gemaakt");
        // The professionals see it on the decision.
        assertThat(mvc.perform(get("/besluiten/" + besluit).with(user("consulent").roles("CONSULENT"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Bezwaar van de inwoner", "Eerst bellen", "06 12345678");
        // The API gives the same decision, with its objection.
        assertThat(mvc.perform(get("/api/v1/mijn/besluiten/" + besluit).with(g.als())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("\"eerstBellen\":true");
        // "Eerst bellen" is work: a task for the team's team lead, due within three working days, made once (after the commit).
        UUID taak = null;
        for (int i = 0; i < 200 && taak == null; i++) {
            taak = jdbc.sql("select terugbeltaak_id from besluit.bezwaar where besluit_id = ?").param(besluit).query(UUID.class).optional()
                    .orElse(null);
            if (taak == null) {
                Thread.sleep(50);
            }
        }
        assertThat(taak).as("the call-first task").isNotNull();
        var t = jdbc.sql("select eigenaar, vervaldatum, omschrijving, huishouden_id from taak.taak where id = ?").param(taak)
                .query((rs, i) -> java.util.List.of(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getObject(4, UUID.class)))
                .single();
        assertThat(jdbc.sql("select rol from platform.gebruiker where gebruikersnaam = ?").param(t.get(0)).query(String.class).single())
                .isEqualTo("TEAMLEIDER");
        assertThat((LocalDate) t.get(1)).isEqualTo(nl.maatwerk.regels.termijn.Werkdagen.plus(vandaag, 3));
        assertThat((String) t.get(2)).contains("eerst een gesprek").doesNotContain("06 12345678", "Het bedrag klopt niet");
        assertThat(t.get(3)).isEqualTo(g.huishouden());
        assertThat(jdbc.sql("select count(*) from taak.taak where huishouden_id = ? and omschrijving like 'Bel de inwoner over het bezwaar%'")
                .param(g.huishouden()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherHouseholdsAnythingIsNotFoundOnEveryPageAndEndpoint() throws Exception {
        Gezin g = gezin();
        Gezin buren = gezin();
        UUID vanBuren = verzonden(buren.huishouden(), buren.moeder());
        UUID aanvraagBuren = new TestData(jdbc).aanvraagParticipatiewet(buren.huishouden(), buren.moeder(), "Vraag van de buren");
        for (String pad : new String[] {"/mijn/besluiten/" + vanBuren, "/mijn/besluiten/" + vanBuren + "/brief",
            "/mijn/besluiten/" + vanBuren + "/brief.pdf", "/mijn/besluiten/" + buren.huishouden(), "/api/v1/mijn/besluiten/" + vanBuren,
            "/api/v1/mijn/besluiten/" + vanBuren + "/brief"}) {
            mvc.perform(get(pad).with(g.als())).andExpect(status().isNotFound());
        }
        mvc.perform(post("/mijn/besluiten/" + vanBuren + "/bezwaar").with(g.als()).with(csrf()).param("eerstBellen", "nee").param("waarom", "x"))
                .andExpect(status().isNotFound());
        for (String pad : new String[] {"/mijn/aanvragen", "/mijn/besluiten", "/api/v1/mijn/hulpvragen", "/api/v1/mijn/besluiten",
            "/api/v1/mijn/huishouden"}) {
            String tekst = mvc.perform(get(pad).with(g.als())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(tekst).as(pad).doesNotContain(vanBuren.toString(), aanvraagBuren.toString(), "Vraag van de buren",
                    buren.huishouden().toString());
        }
        // Acting for a child of another household is not possible either.
        mvc.perform(post("/mijn/voor").param("voor", buren.jong().toString()).with(g.als()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aFormerMemberSeesNothingCurrent() throws Exception {
        Gezin g = gezin();
        UUID besluit = verzonden(g.huishouden(), g.moeder());
        jdbc.sql("update inwoner.huishouden_lid set tot_en_met = ? where huishouden_id = ? and inwoner_id = ?")
                .params(LocalDate.now(klok).minusDays(1), g.huishouden(), g.moeder()).update();
        assertThat(mvc.perform(get("/mijn").with(g.als())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Wij weten niet waar u nu woont").doesNotContain("voor mijn kind");
        assertThat(mvc.perform(get("/mijn/besluiten").with(g.als())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .doesNotContain(besluit.toString());
        mvc.perform(get("/mijn/besluiten/" + besluit).with(g.als())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/mijn/huishouden").with(g.als())).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/api/v1/mijn/besluiten").with(g.als())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).doesNotContain(besluit.toString());
    }

    @Test
    void theDemoResidentHasAStoryARequestInProgressADecisionWithItsLetterAPlanAndConsent() {
        UUID besluit = UUID.nameUUIDFromBytes("demo-besluit-verzonden-inwoner".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        UUID vraag = UUID.nameUUIDFromBytes("demo-mijn-hulpvraag".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(jdbc.sql("select status from besluit.besluit where id = ?").param(besluit).query(String.class).single()).isEqualTo("verzonden");
        UUID huishouden = jdbc.sql("select huishouden_id from toegang.hulpvraag where id = ? and status = 'aanvraag'").param(vraag)
                .query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from toegang.toestemming where huishouden_id = ?").param(huishouden).query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from toegang.gezinsplan where huishouden_id = ?").param(huishouden).query(Long.class).single())
                .isOne();
        assertThat(jdbc.sql("select count(*) from platform.team_openingstijd where team_id = 'wijkteam-centrum'").query(Long.class).single())
                .isPositive();
    }

    private long logboekRecords() {
        return new TestData(jdbc).aantalLogboekRecords();
    }
}
