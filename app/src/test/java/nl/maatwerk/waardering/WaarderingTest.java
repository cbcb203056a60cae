package nl.maatwerk.waardering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.VerstelbareKlok;
import nl.maatwerk.besluit.BesluitSoort;
import nl.maatwerk.besluit.BesluitVerzonden;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.toegang.Wet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations from events, the one-time link (used, expired, wrong), the public form with its validation, anonymity,
 * the follow-up task and who may see the aggregates, over MockMvc with the app's own context.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WaarderingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerstelbareKlok klok;

    @Autowired
    Uitnodigingen uitnodigingen;

    @Autowired
    ApplicationEventPublisher gebeurtenissen;

    @Autowired
    TransactionTemplate transactie;

    String team;
    String consulent;
    String leider;
    String leiderElders;
    UUID huishouden;
    UUID inwoner;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 8);
        team = "waarderingteam-" + s;
        consulent = data.account("waardering-consulent-" + s, "CONSULENT", team);
        leider = data.account("waardering-leider-" + s, "TEAMLEIDER", team);
        leiderElders = data.account("waardering-leider-elders-" + s, "TEAMLEIDER", "ander-" + team);
        huishouden = data.huishouden("Huishouden Waardering " + s, team);
        inwoner = data.inwoner("Waardering" + s, LocalDate.of(1970, 2, 3));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2018, 1, 1), null);
    }

    MockHttpServletResponse doe(MockHttpServletRequestBuilder verzoek) throws Exception {
        return mvc.perform(verzoek).andReturn().getResponse();
    }

    String nieuweLink(LocalDate op) {
        return uitnodigingen.schrijf(inwoner, huishouden, team, Wet.WMO, Aanleiding.BESLUIT, UUID.randomUUID(), op).orElseThrow().token();
    }

    RequestPostProcessor als(String wie, String rol) {
        return user(wie).roles(rol);
    }

    @Autowired
    Uitnodigingsluisteraar luisteraar;

    @Test
    void aSentDecisionInvitesTheApplicantOnceEvenWhenTheEventComesTwice() {
        UUID besluit = UUID.randomUUID();
        BesluitVerzonden verzonden = new BesluitVerzonden(besluit, huishouden, null, BesluitSoort.WMO_MAATWERKVOORZIENING, Instant.now(klok));
        transactie.executeWithoutResult(t -> gebeurtenissen.publishEvent(verzonden));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                select count(*) from platform.event_publication_archive where listener_id = ? and serialized_event like ?""")
                .params(Uitnodigingsluisteraar.NA_BESLUIT, "%" + besluit + "%").query(Long.class).single()).isEqualTo(1));
        // A second delivery is the same publication handed to the listener again (the registry resubmits it), not a second
        // identical event: publishing one twice makes the registry archive both rows at the first completion and fail the other.
        luisteraar.naBesluit(verzonden);
        assertThat(jdbc.sql("select inwoner_id, wet, aanleiding, geldig_tot - uitgenodigd_op from waardering.uitnodiging where aanleiding_id = ?")
                .param(besluit).query((rs, i) -> rs.getObject(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4)).list())
                .containsExactly(inwoner + " wmo besluit " + (Uitnodigingen.GELDIG_DAGEN - 1));
        // The invitation also arrives as one message from the municipality, also after the second delivery.
        assertThat(jdbc.sql("select afzender || ' ' || tekst from mijn.bericht where inwoner_id = ?").param(inwoner).query(String.class).list())
                .singleElement().asString().startsWith("systeem Wij horen graag wat u vindt van onze hulp (na het besluit over uw aanvraag)")
                .contains("onder Vragenlijst in Mijn Maatwerk").doesNotContain("Wmo");
        // The applicant's age group (born 3 February 1970) is kept for the response by group; never the birth date.
        assertThat(jdbc.sql("select leeftijdsgroep from waardering.uitnodiging where aanleiding_id = ?").param(besluit).query(String.class).single())
                .isEqualTo(nl.maatwerk.inwoner.Groepskenmerken.leeftijdsgroep(LocalDate.of(1970, 2, 3), LocalDate.now(klok)));
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'waardering.uitnodigen' and actor = 'systeem'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void closingARequestPublishesAnEventAndTheResidentIsInvited() throws Exception {
        UUID vraag = new TestData(jdbc).aanvraagParticipatiewet(huishouden, inwoner, "Hulp bij de huur");
        MockHttpServletResponse r = doe(post("/api/v1/hulpvragen/" + vraag + "/statuswijzigingen").with(als(consulent, "CONSULENT")).with(csrf())
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"afgesloten\",\"reden\":\"Geholpen\"}"));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select aanleiding || ' ' || wet from waardering.uitnodiging where aanleiding_id = ? and inwoner_id = ?").params(vraag, inwoner)
                .query(String.class).list()).containsExactly("afsluiting participatiewet"));
    }

    @Test
    void recordingAnEvaluationOfThePlanNamesBadFieldsRefusesAStaleVersionAndThenInvitesTheApplicant() throws Exception {
        LocalDate vandaag = LocalDate.now(klok);
        MockHttpServletResponse plan = doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/huishoudens/" + huishouden + "/plan")
                .with(als(consulent, "CONSULENT")).with(csrf()).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content("""
                        {"evaluatiedatum":"%s","doelen":[{"levensdomein":"financien","doel":"Rust in de post","acties":[]}]}
                        """.formatted(vandaag.plusDays(3))));
        assertThat(plan.getStatus()).as(plan.getContentAsString()).isEqualTo(200);

        // The form starts with the date already planned, so saving without touching it keeps it.
        assertThat(doe(get("/huishoudens/" + huishouden + "/plan/evaluatie").with(als(consulent, "CONSULENT"))).getContentAsString())
                .containsPattern("name=\"volgendeEvaluatie\" value=\"" + vandaag.plusDays(3) + "\"");
        MockHttpServletResponse fout = doe(post("/huishoudens/" + huishouden + "/plan/evaluatie").with(als(consulent, "CONSULENT")).with(csrf())
                .param("versie", "1").param("gesprekOp", vandaag.plusDays(1).toString()).param("samenvatting", " ")
                .param("volgendeEvaluatie", "31-02-2027"));
        assertThat(fout.getStatus()).isEqualTo(400);
        assertThat(fout.getContentAsString()).contains("De volgende evaluatiedatum is geen datum");
        fout = doe(post("/huishoudens/" + huishouden + "/plan/evaluatie").with(als(consulent, "CONSULENT")).with(csrf())
                .param("versie", "1").param("gesprekOp", vandaag.plusDays(1).toString()).param("samenvatting", " ")
                .param("volgendeEvaluatie", vandaag.toString()));
        assertThat(fout.getContentAsString()).contains("Het gesprek ligt in de toekomst").contains("Schrijf kort op wat u samen zag")
                .contains("De volgende evaluatie ligt na vandaag");
        MockHttpServletResponse oud = doe(post("/huishoudens/" + huishouden + "/plan/evaluatie").with(als(consulent, "CONSULENT")).with(csrf())
                .param("versie", "0").param("gesprekOp", vandaag.toString()).param("samenvatting", "Het gaat beter"));
        assertThat(oud.getStatus()).isEqualTo(409);
        assertThat(oud.getContentAsString()).contains("Er is nog niets opgeslagen").contains("Het gaat beter");
        assertThat(jdbc.sql("select count(*) from waardering.uitnodiging where huishouden_id = ?").param(huishouden).query(Long.class).single())
                .isZero();

        MockHttpServletResponse goed = doe(post("/huishoudens/" + huishouden + "/plan/evaluatie").with(als(consulent, "CONSULENT")).with(csrf())
                .param("versie", "1").param("gesprekOp", vandaag.toString()).param("samenvatting", "De post is bij; de huur wordt betaald.")
                .param("volgendeEvaluatie", vandaag.plusMonths(3).toString()));
        assertThat(goed.getStatus()).as(goed.getContentAsString()).isEqualTo(302);
        assertThat(jdbc.sql("select wijzigingen::text from toegang.gezinsplan_versie where huishouden_id = ? and versie = 2").param(huishouden)
                .query(String.class).single()).contains("Samen geëvalueerd op").contains("De post is bij");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select aanleiding || ' ' || wet from waardering.uitnodiging where huishouden_id = ? and inwoner_id = ?").params(huishouden, inwoner)
                .query(String.class).list()).containsExactly("evaluatie geen"));
    }

    @Test
    void theLinkOpensWithoutLoginAnswersOnceAndTheAnswerIsNotLinkedToThePerson() throws Exception {
        String token = nieuweLink(LocalDate.now(klok));
        MockHttpServletResponse formulier = doe(get("/waardering/" + token));
        assertThat(formulier.getStatus()).isEqualTo(200);
        assertThat(formulier.getContentAsString()).contains("Wat vindt u van de hulp?", Vraag.EFFECT_LEVEN.tekst(), "anoniem");

        long voor = jdbc.sql("select count(*) from waardering.antwoord where team_id = ?").param(team).query(Long.class).single();
        MockHttpServletResponse klaar = doe(post("/waardering/" + token).with(csrf()).param(Vraag.TOEGANG_SNEL.code(), "4")
                .param(Vraag.EFFECT_LEVEN.code(), "0").param("cijfer", "8").param("open", "Snel en vriendelijk."));
        assertThat(klaar.getStatus()).isEqualTo(200);
        assertThat(klaar.getContentAsString()).contains("Dank u wel");
        assertThat(jdbc.sql("select count(*) from waardering.antwoord where team_id = ?").param(team).query(Long.class).single()).isEqualTo(voor + 1);
        // The stored answer: team, law, occasion and month, the scores; no person, household, invitation or moment.
        assertThat(jdbc.sql("select column_name from information_schema.columns where table_schema = 'waardering' and table_name = 'antwoord'")
                .query(String.class).list()).noneMatch(k -> k.contains("inwoner") || k.contains("huishouden") || k.contains("uitnodiging")
                        || k.endsWith("_op") || k.contains("token"));
        assertThat(jdbc.sql("select maand from waardering.antwoord where team_id = ? and open_antwoord = 'Snel en vriendelijk.'").param(team)
                .query(LocalDate.class).single()).isEqualTo(YearMonth.now(klok).atDay(1));
        assertThat(jdbc.sql("select toegang_snel::text || '/' || coalesce(effect_leven::text, 'leeg') from waardering.antwoord where team_id = ?")
                .param(team).query(String.class).single()).isEqualTo("4/leeg");
        // The invitation only knows that it was answered.
        assertThat(jdbc.sql("select beantwoord from waardering.uitnodiging where inwoner_id = ?").param(inwoner).query(Boolean.class).single()).isTrue();

        // Used: both the page and a second send say so, with 410, and store nothing more.
        MockHttpServletResponse weer = doe(get("/waardering/" + token));
        assertThat(weer.getStatus()).isEqualTo(410);
        assertThat(weer.getContentAsString()).contains("Deze vragenlijst is al verstuurd");
        assertThat(doe(post("/waardering/" + token).with(csrf()).param("cijfer", "2")).getStatus()).isEqualTo(410);
        assertThat(jdbc.sql("select count(*) from waardering.antwoord where team_id = ?").param(team).query(Long.class).single()).isEqualTo(voor + 1);
    }

    @Test
    void afterYouthCareTheParentIsAskedAboutTheHelpForTheirChildAndTheAnswerCountsInTheSameIndicator() throws Exception {
        String token = uitnodigingen.schrijf(inwoner, huishouden, team, Wet.JEUGDWET, Aanleiding.BESLUIT, UUID.randomUUID(),
                LocalDate.now(klok)).orElseThrow().token();
        assertThat(doe(get("/waardering/" + token)).getContentAsString()).contains("over hulp voor uw kind", "Door de hulp gaat het beter met mijn kind.")
                .doesNotContain(Vraag.EFFECT_LEVEN.tekst());
        assertThat(doe(post("/waardering/" + token).with(csrf()).param(Vraag.EFFECT_LEVEN.code(), "5")).getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select effect_leven from waardering.antwoord where team_id = ? and wet = 'jeugdwet'").param(team)
                .query(Integer.class).list()).containsExactly(5);
    }

    @Test
    void anExpiredOrUnknownLinkGetsAClearPage() throws Exception {
        String oud = nieuweLink(LocalDate.now(klok).minusDays(Uitnodigingen.GELDIG_DAGEN));
        MockHttpServletResponse verlopen = doe(get("/waardering/" + oud));
        assertThat(verlopen.getStatus()).isEqualTo(410);
        assertThat(verlopen.getContentAsString()).contains("Deze link werkt niet meer");
        // The last day still works.
        String laatsteDag = nieuweLink(LocalDate.now(klok).minusDays(Uitnodigingen.GELDIG_DAGEN - 1));
        assertThat(doe(get("/waardering/" + laatsteDag)).getStatus()).isEqualTo(200);

        MockHttpServletResponse fout = doe(get("/waardering/" + "A".repeat(43)));
        assertThat(fout.getStatus()).isEqualTo(404);
        assertThat(fout.getContentAsString()).contains("Deze link kennen wij niet");
        assertThat(doe(get("/waardering/kort")).getStatus()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedOnTheServerWithEveryFieldAndNothingIsStored() throws Exception {
        String token = nieuweLink(LocalDate.now(klok));
        MockHttpServletResponse r = doe(post("/waardering/" + token).with(csrf()).param(Vraag.TOEGANG_SNEL.code(), "9").param("cijfer", "11")
                .param("open", "x".repeat(Uitnodigingen.MAX_OPEN + 1)));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString()).contains("Controleer uw antwoorden", "Kies een van de antwoorden bij: " + Vraag.TOEGANG_SNEL.tekst());
        MockHttpServletResponse leeg = doe(post("/waardering/" + token).with(csrf()));
        assertThat(leeg.getStatus()).isEqualTo(400);
        assertThat(leeg.getContentAsString()).contains("U heeft nog niets ingevuld");
        assertThat(jdbc.sql("select beantwoord from waardering.uitnodiging where inwoner_id = ?").param(inwoner).query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select count(*) from waardering.antwoord where team_id = ?").param(team).query(Long.class).single()).isZero();
    }

    @Test
    void anUnhappyResidentWhoAsksForContactGetsATaskForTheTeamLeadWithoutTheAnswer() throws Exception {
        String token = nieuweLink(LocalDate.now(klok));
        assertThat(doe(post("/waardering/" + token).with(csrf()).param(Vraag.EFFECT_REDDEN.code(), "1").param("cijfer", "4")
                .param("open", "Niemand belde terug.").param("contact", "ja")).getStatus()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select taak_id from waardering.opvolging where huishouden_id = ?").param(huishouden).query(UUID.class).optional()).isPresent());
        UUID taak = jdbc.sql("select taak_id from waardering.opvolging where huishouden_id = ?").param(huishouden).query(UUID.class).single();
        record T(String eigenaar, String omschrijving, LocalDate vervaldatum) {
        }
        T t = jdbc.sql("select eigenaar, omschrijving, vervaldatum from taak.taak where id = ?").param(taak)
                .query((rs, i) -> new T(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class))).single();
        assertThat(t.eigenaar()).isEqualTo(leider);
        assertThat(t.vervaldatum()).isEqualTo(Uitnodigingen.werkdagenNa(LocalDate.now(klok), Uitnodigingen.OPVOLGEN_WERKDAGEN));
        assertThat(t.omschrijving()).contains("toestemming").doesNotContain("Niemand belde terug", "4");
        assertThat(jdbc.sql("select toestemming from waardering.opvolging where huishouden_id = ?").param(huishouden).query(String.class).single())
                .isEqualTo(Uitnodigingen.TOESTEMMING);

        // Happy and ticking the box: no task.
        UUID ander = new TestData(jdbc).huishouden("Tevreden " + team, team);
        UUID tevreden = new TestData(jdbc).inwoner("Tevreden", LocalDate.of(1980, 1, 1));
        String link = uitnodigingen.schrijf(tevreden, ander, team, Wet.WMO, Aanleiding.BESLUIT, UUID.randomUUID(), LocalDate.now(klok)).orElseThrow()
                .token();
        assertThat(doe(post("/waardering/" + link).with(csrf()).param("cijfer", "9").param("contact", "ja")).getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from waardering.opvolging where huishouden_id = ?").param(ander).query(Long.class).single()).isZero();
    }

    /** MINIMUM answers for this test's team in a past year, so the aggregates show numbers there. */
    private void antwoordenIn(int jaar, int aantal) {
        for (int i = 0; i < aantal; i++) {
            jdbc.sql("insert into waardering.antwoord (id, team_id, wet, aanleiding, maand, effect_leven, cijfer, open_antwoord) values (?, ?, 'wmo', 'besluit', ?, ?, 7, ?)")
                    .params(UUID.randomUUID(), team, LocalDate.of(jaar, 1 + i % 12, 1), i % 2 == 0 ? 5 : 2, "Antwoord " + i).update();
        }
    }

    @Test
    void onlyTeamLeadAndPolicySeeTheAggregatesAndATeamLeadSeesOnlyTheirOwnTeam() throws Exception {
        antwoordenIn(2019, KleineGroep.MINIMUM);
        assertThat(doe(get("/waardering").with(als(consulent, "CONSULENT"))).getStatus()).isEqualTo(403);
        assertThat(doe(get("/api/v1/waarderingen").with(als(consulent, "CONSULENT"))).getStatus()).isEqualTo(403);
        assertThat(doe(get("/waardering")).getStatus()).isEqualTo(302);

        MockHttpServletResponse eigen = doe(get("/api/v1/waarderingen").param("jaar", "2019").with(als(leider, "TEAMLEIDER")));
        assertThat(eigen.getStatus()).isEqualTo(200);
        assertThat(eigen.getContentAsString()).contains("\"aantal\":" + KleineGroep.MINIMUM, "\"team\":\"" + team + "\"",
                "\"minimaleGroep\":" + KleineGroep.MINIMUM);
        // A team lead asking for another team still gets their own.
        MockHttpServletResponse ander = doe(get("/api/v1/waarderingen").param("jaar", "2019").param("team", team).with(als(leiderElders, "TEAMLEIDER")));
        assertThat(ander.getContentAsString()).contains("\"team\":\"ander-" + team + "\"").doesNotContain("\"aantal\":" + KleineGroep.MINIMUM + ",");

        // The page: the team lead reads the open answers of a group at the threshold, without dates; policy does not.
        String pagina = doe(get("/waardering").param("jaar", "2019").with(als(leider, "TEAMLEIDER"))).getContentAsString();
        assertThat(pagina).contains("In de woorden van inwoners", "Antwoord 0", "50%");
        String beleid = doe(get("/waardering").param("jaar", "2019").param("team", team).with(als("beleid", "BELEID"))).getContentAsString();
        assertThat(beleid).contains("50%").doesNotContain("Antwoord 0");

        MockHttpServletResponse csv = doe(get("/waardering/indicatoren.csv").param("jaar", "2019").param("wet", "wmo").with(als(leider, "TEAMLEIDER")));
        assertThat(csv.getContentAsString()).startsWith("indicator,omschrijving,wet,periode,teller,noemer,percentage,ondergrens_95,bovengrens_95")
                .contains("ceo-effect-leven,\"Door de hulp heb ik een beter leven.\",wmo,2019,5,10,50.0,23.7,76.3")
                .contains("ceo-toegang-snel,\"Ik werd snel geholpen.\",wmo,2019,,,,,");
        MockHttpServletResponse pdf = doe(get("/waardering/rapport.pdf").param("jaar", "2019").with(als("beleid", "BELEID")));
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes());
    }

    @Test
    void theResponseIsShownPerAgeGroupAndWijkAndAGroupBelowTheThresholdShowsNoNumbers() throws Exception {
        LocalDate dag = LocalDate.of(2017, 5, 1);
        for (int i = 0; i < KleineGroep.MINIMUM; i++) {
            UUID id = uitnodigingen.schrijf(inwoner, huishouden, team, Wet.WMO, Aanleiding.BESLUIT, UUID.randomUUID(), dag,
                    new Uitnodigingen.Groep("27 tot 40", "Noord")).orElseThrow().id();
            if (i < 4) {
                jdbc.sql("update waardering.uitnodiging set beantwoord = true where id = ?").param(id).update();
            }
        }
        for (int i = 0; i < KleineGroep.MINIMUM - 1; i++) {
            uitnodigingen.schrijf(inwoner, huishouden, team, Wet.WMO, Aanleiding.BESLUIT, UUID.randomUUID(), dag,
                    new Uitnodigingen.Groep("67 en ouder", "Noord"));
        }
        String json = doe(get("/api/v1/waarderingen").param("jaar", "2017").with(als(leider, "TEAMLEIDER"))).getContentAsString();
        assertThat(json).contains("{\"indeling\":\"leeftijd\",\"groep\":\"27 tot 40\",\"uitgenodigd\":10,\"beantwoord\":4,\"nietBeantwoord\":6")
                .contains("{\"indeling\":\"leeftijd\",\"groep\":\"67 en ouder\",\"uitgenodigd\":null,\"beantwoord\":null")
                .contains("{\"indeling\":\"wijk\",\"groep\":\"Noord\",\"uitgenodigd\":19,\"beantwoord\":4");
        String pagina = doe(get("/waardering").param("jaar", "2017").with(als(leider, "TEAMLEIDER"))).getContentAsString();
        assertThat(pagina).contains("Uitgenodigd en geantwoord per leeftijdsgroep van de aanvrager", "Uitgenodigd en geantwoord per wijk");
    }

    @Test
    void anUnknownLawOrStatementInTheAddressShowsTheDefaultNotAnErrorPage() throws Exception {
        MockHttpServletResponse r = doe(get("/waardering").param("wet", "onzin").param("vraag", "onzin").with(als(leider, "TEAMLEIDER")));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("Per kwartaal: " + Vraag.EFFECT_LEVEN.tekst());
        assertThat(doe(get("/waardering/indicatoren.csv").param("wet", "onzin").with(als(leider, "TEAMLEIDER"))).getStatus()).isEqualTo(200);
    }

    @Test
    void aGroupOneBelowTheThresholdShowsNoNumbersAnywhere() throws Exception {
        antwoordenIn(2018, KleineGroep.MINIMUM - 1);
        String api = doe(get("/api/v1/waarderingen").param("jaar", "2018").with(als(leider, "TEAMLEIDER"))).getContentAsString();
        assertThat(api).contains("\"aantal\":null", "\"gemiddeldCijfer\":null").doesNotContain("\"percentage\":5");
        String pagina = doe(get("/waardering").param("jaar", "2018").with(als(leider, "TEAMLEIDER"))).getContentAsString();
        assertThat(pagina).contains("minder dan " + KleineGroep.MINIMUM).doesNotContain("Antwoord 0", "In de woorden van inwoners");
        String csv = doe(get("/waardering/indicatoren.csv").param("jaar", "2018").param("wet", "wmo").with(als(leider, "TEAMLEIDER"))).getContentAsString();
        assertThat(csv).contains("ceo-effect-leven,\"Door de hulp heb ik een beter leven.\",wmo,2018,,,,,");
    }

    @Test
    void theResidentFindsTheInvitationOnTheStartPageAndInThePortalAndOpensIt() throws Exception {
        String account = new TestData(jdbc).account("waardering-inwoner-" + team, "INWONER", null);
        jdbc.sql("update platform.gebruiker set inwoner_id = ? where gebruikersnaam = ?").params(inwoner, account).update();
        assertThat(doe(get("/mijn").with(als(account, "INWONER"))).getContentAsString()).doesNotContain("Wij horen graag hoe onze hulp was");
        UUID id = uitnodigingen.schrijf(inwoner, huishouden, team, Wet.WMO, Aanleiding.BESLUIT, UUID.randomUUID(), LocalDate.now(klok)).orElseThrow().id();
        assertThat(doe(get("/mijn").with(als(account, "INWONER"))).getContentAsString())
                .contains("Wij horen graag hoe onze hulp was", "href=\"/mijn/vragenlijst\"", "Vragenlijst invullen");
        String lijst = doe(get("/mijn/vragenlijst").with(als(account, "INWONER"))).getContentAsString();
        assertThat(lijst).contains("Vragenlijst over de hulp", "Na een besluit", "/mijn/vragenlijst/" + id);
        MockHttpServletResponse open = doe(post("/mijn/vragenlijst/" + id).with(als(account, "INWONER")).with(csrf()));
        assertThat(open.getStatus()).isEqualTo(302);
        assertThat(open.getRedirectedUrl()).matches("/waardering/[A-Za-z0-9_-]{43}");
        assertThat(doe(get(open.getRedirectedUrl())).getStatus()).isEqualTo(200);
        // Someone else's invitation is not found.
        assertThat(doe(post("/mijn/vragenlijst/" + UUID.randomUUID()).with(als(account, "INWONER")).with(csrf())).getStatus()).isEqualTo(404);
    }

    // --- the code in the letter -------------------------------------------------------------------

    @Autowired
    Vragenlijstcodes codes;

    @Autowired
    Codetoegang codetoegang;

    /** A client address of this test alone, so attempts of other tests never count against it. */
    static RequestPostProcessor vanaf(String adres) {
        return verzoek -> {
            verzoek.setRemoteAddr(adres);
            return verzoek;
        };
    }

    static String willekeurigAdres() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    /** A decision sent on {@code op} for this test's applicant, as the event reaches waardering; its letter's code. */
    String verzonden(LocalDate op) {
        UUID besluit = UUID.randomUUID();
        stuur(new BesluitVerzonden(besluit, huishouden, null, BesluitSoort.WMO_MAATWERKVOORZIENING,
                op.atTime(12, 0).atZone(nl.maatwerk.platform.Klok.ZONE).toInstant()));
        return codes.voorBesluit(besluit, BesluitSoort.WMO_MAATWERKVOORZIENING).orElseThrow().code();
    }

    /** The event as the listener gets it (on a thread of its own), until the invitation carries the code. */
    void stuur(BesluitVerzonden verzonden) {
        luisteraar.naBesluit(verzonden);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from waardering.uitnodiging where aanleiding_id = ? and code_hash is not null").param(verzonden.besluitId())
                .query(Long.class).single()).isEqualTo(1));
    }

    MockHttpServletResponse metCode(String code, String adres) throws Exception {
        return doe(post("/vragenlijst").with(csrf()).with(vanaf(adres)).param("code", code));
    }

    @Test
    void theCodeFromTheLetterOpensTheQuestionnaireOnceAndTheAnswerCountsInTheAggregates() throws Exception {
        String adres = willekeurigAdres();
        assertThat(doe(get("/vragenlijst")).getContentAsString()).contains("Vragenlijst invullen met een code", "Code uit de brief");
        // Before the letter is sent the code opens nothing: the invitation does not exist yet.
        UUID besluit = UUID.randomUUID();
        String vooraf = codes.voorBesluit(besluit, BesluitSoort.WMO_MAATWERKVOORZIENING).orElseThrow().code();
        assertThat(metCode(vooraf, adres).getStatus()).isEqualTo(404);
        // Sent: the invitation keeps the hash of the code, never the code.
        stuur(new BesluitVerzonden(besluit, huishouden, null, BesluitSoort.WMO_MAATWERKVOORZIENING, Instant.now(klok)));

        // Nine answers of this month already; the one through the code makes the group big enough to show.
        for (int i = 0; i < KleineGroep.MINIMUM - 1; i++) {
            jdbc.sql("insert into waardering.antwoord (id, team_id, wet, aanleiding, maand, effect_leven, cijfer) values (?, ?, 'wmo', 'besluit', ?, 4, 7)")
                    .params(UUID.randomUUID(), team, YearMonth.now(klok).atDay(1)).update();
        }
        // Typed as a resident might: lower case, a space instead of the dash, an O for the zero.
        String getypt = vooraf.toLowerCase(java.util.Locale.ROOT).replace("-", " ").replace('0', 'o');
        MockHttpServletResponse open = metCode(getypt, adres);
        assertThat(open.getStatus()).isEqualTo(302);
        assertThat(open.getRedirectedUrl()).matches("/waardering/[A-Za-z0-9_-]{43}");
        assertThat(doe(post(open.getRedirectedUrl()).with(csrf()).param(Vraag.EFFECT_LEVEN.code(), "5").param("cijfer", "9")).getContentAsString())
                .contains("Dank u wel");
        String json = doe(get("/api/v1/waarderingen").param("jaar", String.valueOf(LocalDate.now(klok).getYear())).with(als(leider, "TEAMLEIDER")))
                .getContentAsString();
        assertThat(json).contains("\"aantal\":" + KleineGroep.MINIMUM);
        assertThat(jdbc.sql("select count(*) from waardering.antwoord where team_id = ? and cijfer = 9").param(team).query(Long.class).single())
                .isEqualTo(1);

        // Used: the same clear message as for an unknown code, and nothing more is stored.
        MockHttpServletResponse weer = metCode(vooraf, adres);
        assertThat(weer.getStatus()).isEqualTo(404);
        assertThat(weer.getContentAsString()).contains("Deze code werkt niet", "al ingevuld", "Een code werkt maar één keer");
    }

    @Test
    void anAnswerThroughTheLinkUsesTheCodeTooAndAnExpiredUnknownOrMistypedCodeGetsAClearMessage() throws Exception {
        String adres = willekeurigAdres();
        String code = verzonden(LocalDate.now(klok));
        // Answered through the link (Mijn Maatwerk gives one): the code no longer works.
        String token = nl.maatwerk.platform.Linktoken.nieuw();
        jdbc.sql("update waardering.uitnodiging set token_hash = ? where inwoner_id = ? and code_hash is not null")
                .params(nl.maatwerk.platform.Linktoken.hash(token), inwoner).update();
        assertThat(doe(post("/waardering/" + token).with(csrf()).param("cijfer", "8")).getStatus()).isEqualTo(200);
        assertThat(metCode(code, adres).getContentAsString()).contains("Deze code werkt niet");

        // The term is the invitation's: the last day works, the day after not.
        String laatsteDag = verzonden(LocalDate.now(klok).minusDays(Uitnodigingen.GELDIG_DAGEN - 1));
        String verlopen = verzonden(LocalDate.now(klok).minusDays(Uitnodigingen.GELDIG_DAGEN));
        assertThat(metCode(verlopen, adres).getStatus()).isEqualTo(404);
        assertThat(metCode(laatsteDag, adres).getStatus()).isEqualTo(302);
        MockHttpServletResponse onbekend = metCode("ZZZZ-ZZZZ", adres);
        assertThat(onbekend.getStatus()).isEqualTo(404);
        assertThat(onbekend.getContentAsString()).contains("Deze code werkt niet");

        // What cannot be a code is named at the field and not counted as a try.
        long pogingen = jdbc.sql("select count(*) from waardering.codepoging where adres_hash = ?")
                .param(codes.adreshash(Vragenlijstcodes.adresgroep(adres))).query(Long.class).single();
        MockHttpServletResponse kort = metCode("K7QM-4XP", adres);
        assertThat(kort.getStatus()).isEqualTo(400);
        assertThat(kort.getContentAsString()).contains("Een code heeft 8 letters en cijfers", "aria-invalid=\"true\"", "href=\"#code\"");
        assertThat(metCode(" ", adres).getContentAsString()).contains("Vul de code uit de brief in.");
        assertThat(jdbc.sql("select count(*) from waardering.codepoging where adres_hash = ?")
                .param(codes.adreshash(Vragenlijstcodes.adresgroep(adres))).query(Long.class).single()).isEqualTo(pogingen);
    }

    @Test
    void guessingIsLimitedPerAddressForAnHourEvenForTheRightCode() throws Exception {
        String code = verzonden(LocalDate.now(klok));
        String adres = willekeurigAdres();
        Instant begin = Instant.now(klok);
        klok.zet(begin);
        try {
            MockHttpServletResponse poging = null;
            for (int i = 0; i < codetoegang.perUur(); i++) {
                poging = metCode(String.format("%08d", i), adres);
                assertThat(poging.getStatus()).as("attempt " + (i + 1)).isEqualTo(404);
                if (i == codetoegang.perUur() - 3) {
                    assertThat(poging.getContentAsString()).contains("U kunt nog 2 keer een code proberen. Daarna moet u een uur wachten.");
                }
            }
            assertThat(poging.getContentAsString()).contains("U kunt nu een uur lang geen code meer proberen.");
            MockHttpServletResponse teVaak = metCode(code, adres);
            assertThat(teVaak.getStatus()).isEqualTo(429);
            assertThat(teVaak.getContentAsString()).contains("U heeft te vaak een code geprobeerd die niet werkt", "U kunt het weer proberen ", " om ");
            assertThat(Long.parseLong(teVaak.getHeader("Retry-After"))).isBetween(3500L, 3601L);
            // Another address is not held back.
            assertThat(metCode("ZZZZ-ZZZY", willekeurigAdres()).getStatus()).isEqualTo(404);
            // An hour after the first failure this address may try again, and the right code works.
            klok.zet(begin.plus(Codetoegang.VENSTER).plusSeconds(1));
            assertThat(metCode(code, adres).getStatus()).isEqualTo(302);
        } finally {
            klok.herstel();
        }
    }
}
