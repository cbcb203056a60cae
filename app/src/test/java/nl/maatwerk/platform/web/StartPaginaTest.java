package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.TweedeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The start page shows my work (issue 15), not the team's first ten households by name: my tasks and deadlines
 * by when they are due, the households I opened last; for the team lead what waits across the team; for policy
 * the screens that exist; for the auditor the newest doorbraken.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Execution(ExecutionMode.CONCURRENT) // the second lane of surefire (TweedeContext)
@ResourceLock(TweedeContext.NAAM)
class StartPaginaTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock klok;

    /** Households of this test's own teams; their requests go back to no behandelaar afterwards (DemoGegevensTest). */
    private final java.util.List<UUID> eigen = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void geefTerug() {
        eigen.forEach(h -> jdbc.sql("update toegang.hulpvraag set behandelaar = null where huishouden_id = ?").param(h).update());
    }

    private String start(String wie, String rol) throws Exception {
        return mvc.perform(get("/").with(user(wie).roles(rol))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aProfessionalSeesTheirTasksAndDeadlinesByWhenTheyAreDueAndTheHouseholdsTheyOpenedLast() throws Exception {
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        String team = "startteam-" + s;
        String ik = data.account("start-ik-" + s, "CONSULENT", team);
        LocalDate vandaag = LocalDate.now(klok);
        // Aaa comes first by name, Zzz is the one opened: the page used to list the team's households alphabetically.
        UUID eerste = data.huishouden("Huishouden Aaa " + s, team);
        UUID geopend = data.huishouden("Huishouden Zzz " + s, team);
        eigen.add(geopend);
        UUID i = data.inwoner("Start" + s, LocalDate.of(1980, 1, 1));
        data.lid(geopend, i, "aanvrager", LocalDate.of(2020, 1, 1), null);
        mvc.perform(get("/huishoudens/" + geopend).with(user(ik).roles("CONSULENT")));
        String vooraf = start(ik, "CONSULENT");
        assertThat(vooraf).contains("Laatst geopend", "Huishouden Zzz " + s);
        assertThat(vooraf).as("not the team's households by name").doesNotContain("Huishouden Aaa " + s);

        UUID vraag = data.aanvraagParticipatiewet(geopend, i, "Geen inkomen");
        jdbc.sql("update toegang.hulpvraag set behandelaar = ? where id = ?").params(ik, vraag).update();
        data.klok(vraag, "pw-besluit", vandaag.minusWeeks(9), vandaag.minusDays(1));
        jdbc.sql("""
                insert into taak.taak (id, team_id, huishouden_id, omschrijving, vervaldatum, eigenaar, status, aangemaakt_door, aangemaakt_op)
                values (?, ?, ?, 'Verhuurder terugbellen', ?, ?, 'open', ?, ?)""")
                .params(UUID.randomUUID(), team, geopend, vandaag.minusDays(2), ik, ik, Timestamp.from(Instant.now(klok))).update();

        String html = start(ik, "CONSULENT");
        assertThat(html).contains("Mijn taken", "Te laat (1)", "Verhuurder terugbellen", "Termijnen van mijn hulpvragen", "Verlopen (1)",
                "Laatst geopend", "Huishouden Zzz " + s);
        assertThat(html).as("not the team's households by name").doesNotContain("Huishouden Aaa " + s, "Huishoudens van uw team");
        assertThat(eerste).isNotNull();
        assertThat(jdbc.sql("select distinct naam from logboek.logboek_record where actor = ? and naam in ('taak.lijst', 'hulpvraag.lijst', "
                + "'huishouden.lijst')").param(ik).query(String.class).list()).as("what the start page shows of households is logged")
                .containsExactlyInAnyOrder("taak.lijst", "hulpvraag.lijst", "huishouden.lijst");
    }

    @Test
    void theTeamLeadSeesDeadlinesAtRiskUnassignedRequestsTheCaseloadAndApprovalsWaiting() throws Exception {
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        String team = "leidteam-" + s;
        String leider = data.account("leid-" + s, "TEAMLEIDER", team);
        String medewerker = data.account("mw-" + s, "CONSULENT", team);
        UUID h = data.huishouden("Huishouden Risico " + s, team);
        eigen.add(h);
        UUID i = data.inwoner("Risico" + s, LocalDate.of(1975, 5, 5));
        data.lid(h, i, "aanvrager", LocalDate.of(2020, 1, 1), null);
        UUID zonder = data.aanvraagParticipatiewet(h, i, "Geen behandelaar");
        LocalDate vandaag = LocalDate.now(klok);
        data.klok(zonder, "pw-besluit", vandaag.minusWeeks(7), vandaag.plusDays(3));
        UUID met = data.aanvraagParticipatiewet(h, i, "Wel een behandelaar");
        jdbc.sql("update toegang.hulpvraag set behandelaar = ? where id = ?").params(medewerker, met).update();

        String html = start(leider, "TEAMLEIDER");
        assertThat(html).contains("Wacht op uw goedkeuring", "Termijnen in gevaar in het team", "Huishouden Risico " + s, "Niemand",
                "Hulpvragen zonder behandelaar", "Werklast per medewerker", "Test " + medewerker, "Cijfers van het team");
    }

    @Test
    void theTeamLeadSeesTheTenDeadlinesThatRunOutFirstWithTheCountsAndALinkToTheRestNotAPageOfThemAll() throws Exception {
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        String team = "veelteam-" + s;
        String leider = data.account("veel-" + s, "TEAMLEIDER", team);
        UUID h = data.huishouden("Huishouden Veel " + s, team);
        eigen.add(h);
        UUID i = data.inwoner("Veel" + s, LocalDate.of(1975, 5, 5));
        data.lid(h, i, "aanvrager", LocalDate.of(2020, 1, 1), null);
        LocalDate vandaag = LocalDate.now(klok);
        // Twelve at risk: four overdue, eight within the week; each its own request without behandelaar.
        for (int n = 0; n < 12; n++) {
            UUID v = data.aanvraagParticipatiewet(h, i, "Vraag " + n);
            data.klok(v, "pw-besluit", vandaag.minusWeeks(8), n < 4 ? vandaag.minusDays(4 - n) : vandaag.plusDays(n % 7));
        }

        String html = start(leider, "TEAMLEIDER");
        assertThat(html).contains("De 10 termijnen die het eerst verlopen (van 12)", "12</span> in de werkvoorraad van het team", "En nog");
        String tabel = html.substring(html.indexOf("start-team-termijnen"), html.indexOf("start-niet-toegewezen"));
        assertThat(tabel.split("<tr class=\"utrecht-table__row\"", -1)).as("header row and ten rows").hasSize(1 + 1 + 10);
        assertThat(tabel).containsPattern("<strong>4</strong>\\s*termijnen zijn verlopen en\\s*<strong>8</strong> verlopen binnen");
        String zonder = html.substring(html.indexOf("start-niet-toegewezen"));
        assertThat(zonder.substring(0, zonder.indexOf("</ul>")).split("<li>", -1)).as("ten unassigned requests listed").hasSize(11);
    }

    @Test
    void policySeesTheScreensThatExistAndTheAuditorTheNewestDoorbraken() throws Exception {
        String beleid = start("beleid", "BELEID");
        assertThat(beleid).doesNotContain("volgen in een volgende versie");
        assertThat(beleid).contains("href=\"/thermometer\"", "href=\"/afwijkingen\"", "href=\"/eerlijkheid\"", "href=\"/vroegsignalen/overzicht\"");

        TestData data = new TestData(jdbc);
        UUID h = data.huishouden("Huishouden Doorbraak Start", "wijkteam-centrum");
        String reden = "Acute melding van de politie over huiselijk geweld " + UUID.randomUUID();
        Instant nu = Instant.now(klok);
        jdbc.sql("insert into inwoner.doorbraak (id, gebruikersnaam, team_id, huishouden_id, reden, tijdstip, geldig_tot) values (?, 'consulent', "
                        + "'wijkteam-centrum', ?, ?, ?, ?)")
                .params(UUID.randomUUID(), h, reden, Timestamp.from(nu), Timestamp.from(nu.plusSeconds(3600))).update();
        assertThat(start("auditor", "AUDITOR")).contains("Recente doorbraken", reden, "Naar het logboek");
    }

    /** A signal received for a household, matched to it by BSN. */
    private void signaal(UUID huishouden, UUID inwoner, String team, String schuldeiser, LocalDate ontvangen) {
        jdbc.sql("""
                insert into prioriteit.vroegsignaal (id, sleutel, schuldeiser_type, schuldeiser, bsn, bedrag, maanden, signaaldatum, ontvangen_op,
                    huishouden_id, inwoner_id, koppeling, team_id)
                values (?, ?, 'energie', ?, (select bsn from inwoner.inwoner where id = ?), 312.50, 2, ?, ?, ?, ?, 'bsn', ?)""")
                .params(UUID.randomUUID(), "start-" + UUID.randomUUID(), schuldeiser, inwoner, ontvangen.minusDays(3), ontvangen, huishouden, inwoner, team)
                .update();
    }

    /**
     * Issue 15: "new signals for my households". The households I coordinate or handle an open request of, with a signal of
     * the last 14 days; not a household of my team that is not mine, nor an older signal. What it shows is logged.
     */
    @Test
    void aProfessionalSeesNewSignalsForTheHouseholdsTheyCoordinateOrHandleAndNoOthers() throws Exception {
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        String team = "signaalteam-" + s;
        String ik = data.account("signaal-ik-" + s, "REGISSEUR", team);
        LocalDate vandaag = LocalDate.now(klok);
        UUID regie = data.huishouden("Huishouden Regie " + s, team);
        UUID behandeld = data.huishouden("Huishouden Behandeld " + s, team);
        UUID ander = data.huishouden("Huishouden Ander " + s, team);
        eigen.addAll(java.util.List.of(regie, behandeld, ander));
        java.util.Map<UUID, UUID> lid = new java.util.HashMap<>();
        for (UUID h : java.util.List.of(regie, behandeld, ander)) {
            UUID i = data.inwoner("Signaal" + s, LocalDate.of(1982, 2, 2));
            data.lid(h, i, "aanvrager", LocalDate.of(2020, 1, 1), null);
            lid.put(h, i);
        }
        jdbc.sql("insert into toegang.regie (id, huishouden_id, regisseur, vanaf, reden, door) values (?, ?, ?, ?, 'Eén aanspreekpunt', ?)")
                .params(UUID.randomUUID(), regie, ik, Timestamp.from(Instant.now(klok)), ik).update();
        UUID vraag = data.aanvraagParticipatiewet(behandeld, lid.get(behandeld), "Achterstand energie");
        jdbc.sql("update toegang.hulpvraag set behandelaar = ? where id = ?").params(ik, vraag).update();
        signaal(regie, lid.get(regie), team, "Energie Regie " + s, vandaag.minusDays(2));
        signaal(regie, lid.get(regie), team, "Energie Oud " + s, vandaag.minusDays(20));
        signaal(behandeld, lid.get(behandeld), team, "Energie Behandeld " + s, vandaag);
        signaal(ander, lid.get(ander), team, "Energie Ander " + s, vandaag);

        String html = start(ik, "REGISSEUR");
        assertThat(html).contains("Nieuwe signalen voor mijn huishoudens", "Energie Regie " + s, "Energie Behandeld " + s,
                "Huishouden Regie " + s, "Huishouden Behandeld " + s);
        assertThat(html).as("not a household of the team that is not mine, not a signal older than 14 days")
                .doesNotContain("Energie Ander " + s, "Energie Oud " + s);
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where actor = ? and naam = 'vroegsignaal.start'").param(ik)
                .query(Long.class).single()).as("what the start page shows of signals is logged").isPositive();
    }

    /**
     * Issue 15: "unusual access" on the auditor's start page (docs/begrippen.md): a professional who used the data of more
     * than 50 people on one day, or any at night. Someone who used a few, by day, is not listed.
     */
    @Test
    void theAuditorSeesUnusualAccessManyPeopleOnOneDayOrAtNight() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String nacht = "nachtwerker-" + s;
        String veel = "veellezer-" + s;
        String gewoon = "gewoon-" + s;
        TestData data = new TestData(jdbc);
        for (String a : java.util.List.of(nacht, veel, gewoon)) {
            data.account(a, "CONSULENT", "wijkteam-centrum");
        }
        LocalDate gisteren = LocalDate.now(klok).minusDays(1);
        registreer(nacht, 3, gisteren.atTime(2, 30));
        registreer(veel, 51, gisteren.atTime(12, 0));
        registreer(gewoon, 5, gisteren.atTime(11, 0));

        String html = start("auditor", "AUDITOR");
        assertThat(html).contains("Ongewone toegang", nacht, veel);
        assertThat(html).as("a few people by day is not unusual").doesNotContain(gewoon);
        assertThat(html).containsPattern("(?s)" + veel + ".{0,400}?<td class=\"utrecht-table__cell\">51</td>\\s*<td class=\"utrecht-table__cell\">0</td>");
        assertThat(html).containsPattern("(?s)" + nacht + ".{0,400}?<td class=\"utrecht-table__cell\">3</td>\\s*<td class=\"utrecht-table__cell\">3</td>");
    }

    @Autowired
    nl.maatwerk.logboek.Logboek logboek;

    /** {@code aantal} different households read by {@code actor} at that moment (Dutch time). */
    private void registreer(String actor, int aantal, java.time.LocalDateTime moment) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var vorige = context.getAuthentication();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(actor, null,
                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_CONSULENT"))));
        try {
            java.util.List<nl.maatwerk.logboek.Betrokkene> wie = new java.util.ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                wie.add(nl.maatwerk.logboek.Betrokkene.huishouden(UUID.randomUUID()));
            }
            logboek.registreer("test.raadplegen", nl.maatwerk.logboek.Verwerkingsactiviteit.HUISHOUDEN_RAADPLEGEN, wie,
                    moment.atZone(nl.maatwerk.platform.Klok.ZONE).toInstant(), true);
        } finally {
            context.setAuthentication(vorige);
        }
    }
}
