package nl.maatwerk.knelpunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.platform.KleineGroep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reporting a knelpunt over the API and the page (the check on personal data with the household's names, bad input per
 * field, need-to-know on the household), the dossier for policy with its small groups hidden, and policy's answer on
 * the start page of the reporter's team. MockMvc with the app's own context.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KnelpuntTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock klok;

    String s;
    String team;
    String consulent;
    String collega;
    UUID huishouden;
    UUID elders;
    String achternaam;
    String bsn;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        s = UUID.randomUUID().toString().substring(0, 8);
        team = "knelpuntteam-" + s;
        consulent = data.account("knelpunt-consulent-" + s, "CONSULENT", team);
        collega = data.account("knelpunt-collega-" + s, "REGISSEUR", team);
        huishouden = data.huishouden("Huishouden Knelpunt", team);
        achternaam = "Verhoevenstra";
        UUID lid = data.inwoner(achternaam, LocalDate.of(1980, 1, 2));
        data.lid(huishouden, lid, "aanvrager", LocalDate.of(2018, 1, 1), null);
        bsn = data.bsnVan(lid);
        elders = data.huishouden("Huishouden Elders", "ander-" + team);
    }

    MockHttpServletResponse doe(MockHttpServletRequestBuilder verzoek) throws Exception {
        return mvc.perform(verzoek).andReturn().getResponse();
    }

    RequestPostProcessor als(String wie, String rol) {
        return user(wie).roles(rol);
    }

    MockHttpServletResponse meld(String wie, String json) throws Exception {
        return doe(post("/api/v1/knelpunten").with(als(wie, "CONSULENT")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String json(String onderwerp, String wat, String regel, UUID huishouden) {
        return "{\"onderwerp\":\"" + onderwerp + "\",\"wat\":\"" + wat + "\",\"watZouHelpen\":\"Ruimte om af te wegen.\",\"hoeVaak\":\"per-week\""
                + (regel == null ? "" : ",\"regel\":\"" + regel + "\"") + (huishouden == null ? "" : ",\"huishouden\":\"" + huishouden + "\"") + "}";
    }

    long gemeld() {
        return jdbc.sql("select count(*) from knelpunt.knelpunt where gemeld_door = ?").param(consulent).query(Long.class).single();
    }

    @Test
    void aTextWithTheHouseholdsNameOrABsnIsRefusedWithEveryFieldAndTheWordsAndNothingIsStored() throws Exception {
        String spaties = bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6);
        MockHttpServletResponse r = meld(consulent, json("Giften van familie", "Mevrouw " + achternaam.toLowerCase() + " heeft BSN " + spaties + ".",
                "pw-terugvordering", huishouden));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        String body = r.getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.invalidParams[*].name")).containsExactly("wat");
        assertThat(JsonPath.<List<String>>read(body, "$.persoonsgegevens[*].woorden")).containsExactly(achternaam.toLowerCase(), spaties);
        assertThat(JsonPath.<List<String>>read(body, "$.persoonsgegevens[*].soort")).containsExactly("naam", "bsn");
        assertThat(gemeld()).isZero();
    }

    @Test
    void thePageGivesTheFormBackWithTheWordsMarked() throws Exception {
        String pagina = doe(post("/knelpunten/nieuw").with(als(consulent, "CONSULENT")).with(csrf()).param("dossier", "pw-terugvordering")
                .param("onderwerp", "Giften").param("wat", "Geboren op 12-03-2019 en toch geen hulp.").param("watZouHelpen", "Ruimte.")
                .param("hoeVaak", "PER_WEEK").param("vanuit", "besluit").param("huishouden", huishouden.toString())).getContentAsString();
        assertThat(pagina).contains("Deze woorden lijken op persoonsgegevens").contains("<mark>12-03-2019</mark>").contains("een geboortedatum");
        assertThat(gemeld()).isZero();
    }

    @Test
    void personalDataIsNamedTogetherWithAnEmptyFieldNotInASecondRound() throws Exception {
        String pagina = doe(post("/knelpunten/nieuw").with(als(consulent, "CONSULENT")).with(csrf()).param("dossier", "pw-terugvordering")
                .param("onderwerp", "").param("wat", "Geboren op 12-03-2019 en toch geen hulp.").param("watZouHelpen", "")
                .param("vanuit", "besluit").param("huishouden", huishouden.toString())).getContentAsString();
        assertThat(pagina).contains("<mark>12-03-2019</mark>", "Deze woorden lijken op persoonsgegevens", "Kies hoe vaak u dit tegenkomt.");
        MockHttpServletResponse r = meld(consulent, "{\"onderwerp\":\"Giften\",\"wat\":\"Mevrouw " + achternaam.toLowerCase()
                + " kreeg geen hulp.\",\"huishouden\":\"" + huishouden + "\"}");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(r.getContentAsString(), "$.invalidParams[*].name"))
                .containsExactlyInAnyOrder("watZouHelpen", "hoeVaak", "wat");
        assertThat(JsonPath.<List<String>>read(r.getContentAsString(), "$.persoonsgegevens[*].soort")).containsExactly("naam");
        assertThat(gemeld()).isZero();
    }

    @Test
    void aHouseholdOfAnotherTeamIsNotFoundEvenForTheCheck() throws Exception {
        assertThat(meld(consulent, json("Giften", "De regel past niet.", null, elders)).getStatus()).isEqualTo(404);
        assertThat(gemeld()).isZero();
    }

    @Test
    void anUnknownRuleAndEmptyFieldsAreNamedPerField() throws Exception {
        MockHttpServletResponse r = meld(consulent, "{\"onderwerp\":\" \",\"wat\":\"\",\"regel\":\"jci1.3:c:BWBR0000000&artikel=1\"}");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(r.getContentAsString(), "$.invalidParams[*].name"))
                .containsExactlyInAnyOrder("onderwerp", "wat", "watZouHelpen", "hoeVaak", "regel");
    }

    @Test
    void myKnelpuntenComeInPagesOnTheApiAndThePageAndTheOldestAreNotCutOff() throws Exception {
        for (int i = 1; i <= 12; i++) {
            assertThat(meld(consulent, json("Melding " + i + " " + s, "De regel telde boodschappen als inkomen.",
                    "jci1.3:c:BWBR0015703&artikel=58", null)).getStatus()).isEqualTo(201);
        }
        String eerste = doe(get("/api/v1/knelpunten").param("paginagrootte", "5").with(als(consulent, "CONSULENT"))).getContentAsString();
        assertThat(JsonPath.<List<String>>read(eerste, "$.knelpunten[*].onderwerp")).hasSize(5).first().isEqualTo("Melding 12 " + s);
        assertThat(JsonPath.<Integer>read(eerste, "$.paginering.totaalAantal")).isEqualTo(12);
        assertThat(JsonPath.<Integer>read(eerste, "$.paginering.aantalPaginas")).isEqualTo(3);
        String laatste = doe(get("/api/v1/knelpunten").param("pagina", "3").param("paginagrootte", "5").with(als(consulent, "CONSULENT")))
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(laatste, "$.knelpunten[*].onderwerp")).containsExactly("Melding 2 " + s, "Melding 1 " + s);
        assertThat(doe(get("/api/v1/knelpunten").param("paginagrootte", "0").with(als(consulent, "CONSULENT"))).getStatus()).isEqualTo(400);

        String pagina1 = doe(get("/knelpunten").with(als(consulent, "CONSULENT"))).getContentAsString();
        assertThat(pagina1).contains("Melding 12 " + s, "Melding 3 " + s, "Pagina <span>1</span> van <span>2</span>", "U meldde <span>12</span> knelpunten")
                .doesNotContain("Melding 2 " + s);
        assertThat(doe(get("/knelpunten").param("pagina", "2").with(als(consulent, "CONSULENT"))).getContentAsString())
                .contains("Melding 2 " + s, "Melding 1 " + s).doesNotContain("Melding 3 " + s);
    }

    @Test
    void policyAnswersInTheDossierAndTheReporterAndTheTeamSeeTheAnswer() throws Exception {
        MockHttpServletResponse r = meld(consulent, json("Boodschappen van familie", "De regel telde boodschappen als inkomen.",
                "jci1.3:c:BWBR0015703&artikel=58", huishouden));
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(JsonPath.<String>read(r.getContentAsString(), "$.dossier")).isEqualTo("pw-terugvordering");
        assertThat(jdbc.sql("select team_id from knelpunt.knelpunt where gemeld_door = ?").param(consulent).query(String.class).single()).isEqualTo(team);

        assertThat(doe(get("/api/v1/beleidsdossiers/pw-terugvordering").with(als(consulent, "CONSULENT"))).getStatus()).isEqualTo(403);
        MockHttpServletResponse zonderDatum = doe(post("/api/v1/beleidsdossiers/pw-terugvordering/reacties").with(als("beleid", "BELEID"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"soort\":\"gewijzigd\",\"toelichting\":\"Anders.\"}"));
        assertThat(zonderDatum.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(zonderDatum.getContentAsString(), "$.invalidParams[*].name")).containsExactly("gewijzigdOp");
        String antwoord = "Giften tot 1200 euro tellen niet mee " + s;
        assertThat(doe(post("/api/v1/beleidsdossiers/pw-terugvordering/reacties").with(als("beleid", "BELEID")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"soort\":\"gewijzigd\",\"toelichting\":\"" + antwoord + "\",\"gewijzigdOp\":\"2026-01-01\"}")).getStatus()).isEqualTo(201);

        String dossier = doe(get("/api/v1/beleidsdossiers/pw-terugvordering").with(als("beleid", "BELEID"))).getContentAsString();
        assertThat(JsonPath.<String>read(dossier, "$.reacties[0].toelichting")).isEqualTo(antwoord);
        assertThat(JsonPath.<List<String>>read(dossier, "$.evaluaties[*].gewijzigdOp")).contains("2026-01-01");
        assertThat(dossier).doesNotContain(consulent).doesNotContain(achternaam);

        assertThat(JsonPath.<String>read(doe(get("/api/v1/knelpunten").with(als(consulent, "CONSULENT"))).getContentAsString(),
                "$.knelpunten[0].antwoordVanBeleid.toelichting")).isEqualTo(antwoord);
        assertThat(doe(get("/").with(als(collega, "REGISSEUR"))).getContentAsString()).contains("Antwoorden van beleid op knelpunten").contains(antwoord);
    }

    @Test
    void aDossierWithFewerThanTheMinimumShowsNoNumberPerTeamAndNoStories() throws Exception {
        long al = jdbc.sql("select count(*) from knelpunt.knelpunt where dossier = 'systeem-registratie'").query(Long.class).single();
        for (long i = al; i < KleineGroep.MINIMUM - 1; i++) {
            assertThat(meld(consulent, "{\"onderwerp\":\"Dubbel invoeren " + i + "\",\"wat\":\"Alles twee keer typen.\",\"watZouHelpen\":\"Eén systeem.\","
                    + "\"hoeVaak\":\"dagelijks\",\"procedure\":\"systeem-registratie\"}").getStatus()).isEqualTo(201);
        }
        String klein = doe(get("/api/v1/beleidsdossiers/systeem-registratie").with(als("beleid", "BELEID"))).getContentAsString();
        assertThat(JsonPath.<Object>read(klein, "$.knelpunten")).isNull();
        assertThat(JsonPath.<List<Object>>read(klein, "$.perTeam[*].aantal")).containsOnlyNulls();
        assertThat(JsonPath.<List<Object>>read(klein, "$.verhalen")).isEmpty();
        assertThat(JsonPath.<Integer>read(klein, "$.minimaleGroep")).isEqualTo(KleineGroep.MINIMUM);

        assertThat(meld(consulent, "{\"onderwerp\":\"Dubbel invoeren\",\"wat\":\"Alles twee keer typen.\",\"watZouHelpen\":\"Eén systeem.\","
                + "\"hoeVaak\":\"dagelijks\",\"procedure\":\"systeem-registratie\"}").getStatus()).isEqualTo(201);
        String genoeg = doe(get("/api/v1/beleidsdossiers/systeem-registratie").with(als("beleid", "BELEID"))).getContentAsString();
        assertThat(JsonPath.<Integer>read(genoeg, "$.knelpunten")).isEqualTo(Math.max(KleineGroep.MINIMUM, (int) al + 1));
        assertThat(JsonPath.<List<Object>>read(genoeg, "$.verhalen")).hasSize(Math.max(KleineGroep.MINIMUM, (int) al + 1));
        assertThat(genoeg).doesNotContain(consulent);
    }

    @Test
    void thePagesForPolicyShowTheDemoDossierWithItsEvaluationAndTheQuarterlyReportAlsoAsPdf() throws Exception {
        MockHttpServletResponse lijst = doe(get("/beleidsdossiers").with(als("beleid", "BELEID")));
        assertThat(lijst.getStatus()).isEqualTo(200);
        assertThat(lijst.getContentAsString()).contains("Terugvorderen van te veel betaalde bijstand");
        MockHttpServletResponse dossier = doe(get("/beleidsdossiers/pw-terugvordering").with(als("beleid", "BELEID")));
        assertThat(dossier.getStatus()).isEqualTo(200);
        assertThat(dossier.getContentAsString()).contains("Voor en na de wijziging", "Gewijzigd op", "Afwijkingen van de regel per maand",
                "Thermometer: Financi");
        assertThat(doe(get("/beleidsdossiers/bestaat-niet").with(als("beleid", "BELEID"))).getStatus()).isEqualTo(404);
        assertThat(doe(get("/beleidsdossiers/pw-terugvordering").with(als(consulent, "CONSULENT"))).getStatus()).isEqualTo(403);

        MockHttpServletResponse rapport = doe(get("/beleidsdossiers/kwartaalrapport").with(als("beleid", "BELEID")));
        assertThat(rapport.getStatus()).isEqualTo(200);
        assertThat(rapport.getContentAsString()).contains("Wat de praktijk meldde");
        MockHttpServletResponse pdf = doe(get("/beleidsdossiers/kwartaalrapport.pdf").with(als("beleid", "BELEID")));
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(doe(get("/beleidsdossiers/kwartaalrapport?jaar=2026&kwartaal=9").with(als("beleid", "BELEID"))).getContentAsString())
                .contains("We tonen het vorige kwartaal");
    }

    MockHttpServletResponse alsBeleid(MockHttpServletRequestBuilder verzoek) throws Exception {
        return doe(verzoek.with(als("beleid", "BELEID")));
    }

    long aanvragen(String dossier) {
        return jdbc.sql("select count(*) from knelpunt.aanvraag where dossier = ?").param(dossier).query(Long.class).single();
    }

    @Test
    void aWhatIfAskedFromADossierStartsARealRunWhoseIdTheApiAndThePageShow() throws Exception {
        String naam = "Norm alleenstaande " + s;
        MockHttpServletResponse r = alsBeleid(post("/api/v1/beleidsdossiers/pw-terugvordering/aanvragen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"soort\":\"wat-als\",\"toelichting\":\"Wat kost een hogere norm?\",\"naam\":\"" + naam
                        + "\",\"wijzigingen\":[{\"parameter\":\"pw-norm-alleenstaande\",\"waarde\":1500.00}]}"));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        String id = JsonPath.read(r.getContentAsString(), "$.watAlsId");
        assertThat(id).isNotNull();
        assertThat(JsonPath.<String>read(r.getContentAsString(), "$.watAls.pagina")).isEqualTo("/wat-als/" + id);

        String run = alsBeleid(get("/api/v1/wat-als/" + id)).getContentAsString();
        assertThat(JsonPath.<String>read(run, "$.naam")).isEqualTo(naam);
        assertThat(JsonPath.<List<String>>read(run, "$.wijzigingen[*].parameter")).containsExactly("pw-norm-alleenstaande");
        String dossier = alsBeleid(get("/api/v1/beleidsdossiers/pw-terugvordering")).getContentAsString();
        assertThat(JsonPath.<List<String>>read(dossier, "$.aanvragen[*].watAlsId")).contains(id);
        String pagina = alsBeleid(get("/beleidsdossiers/pw-terugvordering")).getContentAsString();
        assertThat(pagina).contains("href=\"/wat-als/" + id + "\"", naam);
        assertThat(pagina).as("the value now, written as it can be typed back").containsPattern("pw-norm-alleenstaande \\(nu \\d+(,\\d+)?\\)");
    }

    @Test
    void aRequestForAChangeToTheParameterSetReachesTheBeheerderBesideTheProposalsAndNotOtherRoles() throws Exception {
        String vraag = "Kan de giftenvrijlating naar 2400 per jaar? " + s;
        MockHttpServletResponse r = alsBeleid(post("/api/v1/beleidsdossiers/pw-terugvordering/aanvragen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"soort\":\"parameterset\",\"toelichting\":\"" + vraag + "\"}"));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        String voorstellen = doe(get("/regelparameters/voorstellen").with(als("beheerder", "BEHEERDER"))).getContentAsString();
        assertThat(voorstellen).contains("Gevraagd door beleid", vraag, "Terugvorderen van te veel betaalde bijstand");
        assertThat(doe(get("/regelparameters/voorstellen").with(als("beleid", "BELEID"))).getStatus()).isEqualTo(403);
    }

    @Test
    void badInputForAWhatIfIsNamedPerFieldOnTheApiAndThePageAndNothingIsStarted() throws Exception {
        long voor = aanvragen("procedure-aanvraag");
        MockHttpServletResponse leeg = alsBeleid(post("/api/v1/beleidsdossiers/procedure-aanvraag/aanvragen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"soort\":\"wat-als\",\"toelichting\":\" \",\"naam\":\"\",\"wijzigingen\":[{\"parameter\":\"pw-norm-alleenstaande\"}]}"));
        assertThat(leeg.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(leeg.getContentAsString(), "$.invalidParams[*].name"))
                .containsExactlyInAnyOrder("toelichting", "naam", "wijzigingen[0].waarde");
        MockHttpServletResponse fout = alsBeleid(post("/api/v1/beleidsdossiers/procedure-aanvraag/aanvragen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"soort\":\"wat-als\",\"toelichting\":\"Wat als?\",\"naam\":\"Test\",\"wijzigingen\":[{\"parameter\":\"bestaat-niet\",\"waarde\":\"veel\"}]}"));
        assertThat(fout.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(fout.getContentAsString(), "$.invalidParams[*].name"))
                .containsExactlyInAnyOrder("wijzigingen[0].parameter", "wijzigingen[0].waarde");
        MockHttpServletResponse geen = alsBeleid(post("/api/v1/beleidsdossiers/procedure-aanvraag/aanvragen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"soort\":\"wat-als\",\"toelichting\":\"Wat als?\",\"naam\":\"Test\"}"));
        assertThat(JsonPath.<List<String>>read(geen.getContentAsString(), "$.invalidParams[*].name")).containsExactly("wijzigingen[0].parameter");

        String pagina = alsBeleid(post("/beleidsdossiers/procedure-aanvraag/aanvragen").with(csrf()).param("aanvraagSoort", "wat-als")
                .param("vraag", "Wat kost het?").param("naam", "Paginatest " + s).param("parameter", "pw-norm-alleenstaande").param("waarde", "-5"))
                .getContentAsString();
        assertThat(pagina).contains("Controleer deze gegevens", "href=\"#waarde\"", "De waarde is 0 of meer.", "id=\"waarde-fout\"",
                "value=\"Paginatest " + s + "\"");
        assertThat(aanvragen("procedure-aanvraag")).isEqualTo(voor);
    }

    @Test
    void policyChoosesADossiersThemeOnTheVersionItReadAndTheThermometerPartFollowsIt() throws Exception {
        MockHttpServletResponse nu = alsBeleid(get("/api/v1/beleidsdossiers/anders/thema"));
        int versie = JsonPath.read(nu.getContentAsString(), "$.versie");
        assertThat(nu.getHeader("ETag")).isEqualTo("\"" + versie + "\"");
        MockHttpServletRequestBuilder kies = put("/api/v1/beleidsdossiers/anders/thema").contentType(MediaType.APPLICATION_JSON)
                .content("{\"thema\":\"financien\"}");
        assertThat(alsBeleid(kies).getStatus()).isEqualTo(428);
        assertThat(doe(put("/api/v1/beleidsdossiers/anders/thema").with(als(consulent, "CONSULENT")).header("If-Match", "\"" + versie + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"thema\":\"financien\"}")).getStatus()).isEqualTo(403);
        MockHttpServletResponse onbekend = alsBeleid(put("/api/v1/beleidsdossiers/anders/thema").header("If-Match", "\"" + versie + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"thema\":\"geluk\"}"));
        assertThat(onbekend.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(onbekend.getContentAsString(), "$.invalidParams[*].name")).containsExactly("thema");

        MockHttpServletResponse gekozen = alsBeleid(put("/api/v1/beleidsdossiers/anders/thema").header("If-Match", "\"" + versie + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"thema\":\"financien\"}"));
        assertThat(gekozen.getStatus()).isEqualTo(200);
        assertThat(gekozen.getHeader("ETag")).isEqualTo("\"" + (versie + 1) + "\"");
        assertThat(JsonPath.<Boolean>read(gekozen.getContentAsString(), "$.standaard")).isFalse();
        assertThat(alsBeleid(put("/api/v1/beleidsdossiers/anders/thema").header("If-Match", "\"" + versie + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"thema\":\"integraliteit\"}")).getStatus()).isEqualTo(409);
        String dossier = alsBeleid(get("/api/v1/beleidsdossiers/anders")).getContentAsString();
        assertThat(JsonPath.<String>read(dossier, "$.thema")).isEqualTo("financien");
        assertThat(JsonPath.<Integer>read(dossier, "$.themaVersie")).isEqualTo(versie + 1);

        MockHttpServletResponse oud = alsBeleid(post("/beleidsdossiers/anders/thema").with(csrf()).param("thema", "eigen-kracht")
                .param("versie", String.valueOf(versie)).param("basis", ""));
        assertThat(oud.getStatus()).isEqualTo(409);
        assertThat(oud.getContentAsString()).contains("Intussen gewijzigd door iemand anders", "Thermometer: Financi");
    }

    @Test
    void aDossierSaysAnOpenRoundOnItsThemeIsStillRunningWithoutClosingIt() throws Exception {
        String naam = "Lopende meting " + s;
        MockHttpServletResponse m = alsBeleid(post("/api/v1/thermometer/metingen").contentType(MediaType.APPLICATION_JSON).content("{\"naam\":\""
                + naam + "\",\"einddatum\":\"" + LocalDate.now(klok).plusDays(10) + "\",\"lagen\":[\"bestuur\",\"uitvoering\"],\"themas\":[\"integraliteit\"]}"));
        assertThat(m.getStatus()).as(m.getContentAsString()).isEqualTo(201);
        String id = JsonPath.read(m.getContentAsString(), "$.id");

        String dossier = alsBeleid(get("/api/v1/beleidsdossiers/procedure-samenwerking")).getContentAsString();
        assertThat(JsonPath.<List<Boolean>>read(dossier, "$.thermometerNietBekeken[?(@.meting == '" + naam + "')].open")).containsExactly(true);
        assertThat(JsonPath.<List<Integer>>read(dossier, "$.thermometerNietBekeken[?(@.meting == '" + naam + "')].ingediend")).containsExactly(0);
        assertThat(alsBeleid(get("/beleidsdossiers/procedure-samenwerking")).getContentAsString()).contains(naam, "loopt nog tot en met");
        String meting = alsBeleid(get("/api/v1/thermometer/metingen/" + id)).getContentAsString();
        assertThat(meting).as("nobody has seen the results, so the field is left out").doesNotContain("resultatenGezienOp");
        assertThat(JsonPath.<Boolean>read(meting, "$.open")).isTrue();
    }

    @Test
    void theTeamLeadReachesTheirKnelpuntenFromTheStartPage() throws Exception {
        String leider = new TestData(jdbc).account("knelpunt-leider-" + s, "TEAMLEIDER", team);
        assertThat(doe(get("/").with(als(leider, "TEAMLEIDER"))).getContentAsString()).contains("href=\"/knelpunten\"", "Meld een knelpunt");
    }
}
