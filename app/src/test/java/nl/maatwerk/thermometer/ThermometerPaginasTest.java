package nl.maatwerk.thermometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.VerstelbareKlok;
import nl.maatwerk.platform.KleineGroep;
import nl.maatwerk.platform.Klok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The set-up, answering and results pages over MockMvc, with the bad-link and bad-input cases. */
@SpringBootTest
@AutoConfigureMockMvc
class ThermometerPaginasTest {

    static final RequestPostProcessor BELEID = user("beleid").roles("BELEID");
    static final Pattern LINK = Pattern.compile("/thermometer/antwoord/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    MockHttpServletResponse doe(MockHttpServletRequestBuilder verzoek) throws Exception {
        return mvc.perform(verzoek).andReturn().getResponse();
    }

    UUID maakMeting(String naam) throws Exception {
        MockHttpServletResponse r = doe(post("/thermometer/nieuw").with(BELEID).with(csrf()).param("naam", naam)
                .param("einddatum", LocalDate.now(klok).plusDays(10).toString()).param("themas", "eigen-kracht", "financien")
                .param("lagen", "bestuur", "uitvoering"));
        assertThat(r.getStatus()).isEqualTo(302);
        return UUID.fromString(r.getRedirectedUrl().substring("/thermometer/metingen/".length()));
    }

    List<String> links(UUID meting, String laag, int aantal) throws Exception {
        String html = doe(post("/thermometer/metingen/" + meting + "/uitnodigingen").with(BELEID).with(csrf())
                .param("laag", laag).param("aantal", String.valueOf(aantal))).getContentAsString();
        List<String> tokens = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            if (!tokens.contains(m.group(1))) {
                tokens.add(m.group(1));
            }
        }
        return tokens;
    }

    /** Answers every statement of page nr with one score (0 = weet ik niet). */
    MockHttpServletResponse beantwoord(Meting m, String token, int nr, String score, String open, String actie) throws Exception {
        MockHttpServletRequestBuilder p = post("/thermometer/antwoord/" + token + "/" + nr).with(csrf()).param("actie", actie);
        for (Stelling s : m.stellingen(m.themas().get(nr - 1).code())) {
            p.param("s-" + s.id(), score);
        }
        if (open != null) {
            p.param("open", open);
        }
        return doe(p);
    }

    @Autowired
    Metingen metingen;

    @Test
    void anAdvisorSetsUpARoundWritesTheIntentAndMakesOneTimeLinksThatAreStoredOnlyAsHashes() throws Exception {
        String fout = doe(post("/thermometer/nieuw").with(BELEID).with(csrf()).param("naam", "").param("einddatum", "gisteren"))
                .getContentAsString();
        assertThat(fout).contains("Controleer deze gegevens", "Geef de meting een naam", "Vul een geldige datum in", "Kies ten minste één laag",
                "Kies ten minste één thema").doesNotContain("Vul de einddatum in.");

        UUID id = maakMeting("Paginatest " + UUID.randomUUID());
        Meting m = metingen.lees(id);
        assertThat(m.themas()).extracting(Thema::naam).containsExactly("Eigen kracht", "Financiën");
        assertThat(m.stellingen("financien")).hasSize(12).first().extracting(Stelling::tekst)
                .isEqualTo("Ik weet welk effect de gemeente met financiën wil bereiken.");
        assertThat(m.themas().get(1).openVraag()).isEqualTo("Wat is volgens u, in uw eigen woorden, de bedoeling van financiën?");

        MockHttpServletRequestBuilder wijzig = post("/thermometer/metingen/" + id + "/thema/eigen-kracht").with(BELEID).with(csrf())
                .param("naam", "Eigen kracht").param("bedoeling", "Inwoners doen mee en helpen elkaar; de gemeente helpt waar het echt nodig is.")
                .param("openVraag", "Wat is volgens u de bedoeling van eigen kracht?");
        List<Stelling> stellingen = m.stellingen("eigen-kracht");
        for (int i = 0; i < stellingen.size(); i++) {
            wijzig.param("stellingen[" + i + "].id", stellingen.get(i).id().toString())
                    .param("stellingen[" + i + "].tekst", i == 0 ? "Ik weet wat eigen kracht moet opleveren." : stellingen.get(i).tekst());
        }
        assertThat(doe(wijzig).getStatus()).isEqualTo(302);
        assertThat(metingen.lees(id).stellingen("eigen-kracht").getFirst().tekst()).isEqualTo("Ik weet wat eigen kracht moet opleveren.");

        List<String> tokens = links(id, "uitvoering", 3);
        assertThat(tokens).hasSize(3).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from thermometer.thermometer_uitnodiging where meting_id = ? and laag = 'uitvoering'").param(id)
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from thermometer.thermometer_uitnodiging where encode(token_hash, 'escape') like ?")
                .param("%" + tokens.getFirst() + "%").query(Integer.class).single()).as("no token in clear text").isZero();
        assertThat(links(id, "partners", 2)).as("a layer that is not part of the round").isEmpty();

        String pagina = doe(get("/thermometer/metingen/" + id).with(BELEID)).getContentAsString();
        assertThat(pagina).contains("Links per laag", "Eigen kracht", "Inwoners doen mee");
        assertThat(doe(get("/thermometer/nieuw").with(user("teamleider").roles("TEAMLEIDER"))).getStatus()).isEqualTo(403);
        assertThat(doe(get("/thermometer").with(user("consulent").roles("CONSULENT"))).getStatus()).isEqualTo(403);
    }

    @Test
    void aRespondentAnswersPageByPageSavesResumesAndSendsOnceWithOnlyTheLayerStored() throws Exception {
        UUID id = maakMeting("Antwoordtest " + UUID.randomUUID());
        Meting m = metingen.lees(id);
        String token = links(id, "uitvoering", 1).getFirst();

        MockHttpServletResponse start = doe(get("/thermometer/antwoord/" + token));
        assertThat(start.getStatus()).isEqualTo(200);
        assertThat(start.getContentAsString()).contains("Uitvoering", "anoniem", "Beginnen");

        // Out of range is refused and nothing is kept.
        MockHttpServletResponse buiten = beantwoord(m, token, 1, "7", null, "bewaar");
        assertThat(buiten.getContentAsString()).contains("Controleer uw antwoorden", "een antwoord van 1 tot en met 5");
        assertThat(jdbc.sql("select concept is null from thermometer.thermometer_uitnodiging where meting_id = ?").param(id).query(Boolean.class).single())
                .isTrue();
        // Moving on needs every statement answered.
        MockHttpServletResponse leeg = doe(post("/thermometer/antwoord/" + token + "/1").with(csrf()).param("actie", "volgende"));
        assertThat(leeg.getContentAsString()).contains("Kies een antwoord bij vraag 1");

        // Save and come back: the choice is still there.
        assertThat(beantwoord(m, token, 1, "4", "Mensen doen zelf wat ze kunnen.", "bewaar").getRedirectedUrl())
                .isEqualTo("/thermometer/antwoord/" + token + "/1");
        String terug = doe(get("/thermometer/antwoord/" + token + "/1")).getContentAsString();
        assertThat(terug).contains("value=\"4\" checked", "Mensen doen zelf wat ze kunnen.");
        assertThat(doe(get("/thermometer/antwoord/" + token)).getContentAsString()).contains("Verder gaan");
        // The questionnaire is fixed once a draft exists.
        assertThat(metingen.heeftAntwoorden(id)).isTrue();

        // Sending too early names the unfinished theme.
        assertThat(doe(post("/thermometer/antwoord/" + token + "/versturen").with(csrf())).getContentAsString())
                .contains("Nog niet klaar", "Beantwoord eerst alle vragen over financiën");
        assertThat(beantwoord(m, token, 1, "4", "Mensen doen zelf wat ze kunnen.", "volgende").getRedirectedUrl()).endsWith("/2");
        assertThat(beantwoord(m, token, 2, "0", null, "volgende").getRedirectedUrl()).endsWith("/versturen");
        MockHttpServletResponse klaar = doe(post("/thermometer/antwoord/" + token + "/versturen").with(csrf()));
        assertThat(klaar.getContentAsString()).contains("Bedankt, uw antwoorden zijn verstuurd");
        // One questionnaire waits with its link until its layer has enough or the round closes (ADR 0009). Closing moves it;
        // nobody saw results yet, so the round may open again.
        assertThat(jdbc.sql("select count(*) from thermometer.thermometer_antwoord where meting_id = ?").param(id).query(Integer.class).single())
                .as("not moved while it is the only one").isZero();
        doe(post("/thermometer/metingen/" + id + "/afsluiten").with(BELEID).with(csrf()));
        doe(post("/thermometer/metingen/" + id + "/einddatum").with(BELEID).with(csrf()).param("einddatum", LocalDate.now(klok).plusDays(10).toString()));
        assertThat(metingen.lees(id).isOpen(LocalDate.now(Klok.ZONE))).isTrue();

        assertThat(jdbc.sql("select count(*) from thermometer.thermometer_antwoord where meting_id = ?").param(id).query(Integer.class).single())
                .as("12 scores; 'weet ik niet' is no score").isEqualTo(12);
        assertThat(jdbc.sql("select count(distinct laag) || '/' || count(distinct respons_id) from thermometer.thermometer_antwoord where meting_id = ?")
                .param(id).query(String.class).single()).isEqualTo("1/1");
        assertThat(jdbc.sql("select concept is null and ingediend from thermometer.thermometer_uitnodiging where meting_id = ?").param(id)
                .query(Boolean.class).single()).isTrue();

        // Used: a clear message, 410, also on every page of the questionnaire.
        MockHttpServletResponse gebruikt = doe(get("/thermometer/antwoord/" + token + "/1"));
        assertThat(gebruikt.getStatus()).isEqualTo(410);
        assertThat(gebruikt.getContentAsString()).contains("Deze vragenlijst is al verstuurd");
        assertThat(doe(post("/thermometer/antwoord/" + token + "/versturen").with(csrf())).getStatus()).isEqualTo(410);
        // Forged: 404 with its own message.
        MockHttpServletResponse vals = doe(get("/thermometer/antwoord/" + "A".repeat(43)));
        assertThat(vals.getStatus()).isEqualTo(404);
        assertThat(vals.getContentAsString()).contains("Deze link kennen we niet");
        assertThat(doe(get("/thermometer/antwoord/kort")).getStatus()).isEqualTo(404);
        // Expired: 410 with its own message.
        String verlopen = links(id, "bestuur", 1).getFirst();
        jdbc.sql("update thermometer.thermometer_meting set einddatum = current_date - 1 where id = ?").param(id).update();
        MockHttpServletResponse dicht = doe(get("/thermometer/antwoord/" + verlopen));
        assertThat(dicht.getStatus()).isEqualTo(410);
        assertThat(dicht.getContentAsString()).contains("De vragenlijst is gesloten");
        // Without CSRF token a form post is refused.
        assertThat(doe(post("/thermometer/antwoord/" + verlopen + "/1").param("actie", "bewaar")).getStatus()).isEqualTo(403);
    }

    @Test
    void afterAnswersArrivedOnlyLayersAndALaterEndDateCanBeAdded() throws Exception {
        UUID id = maakMeting("Slottest " + UUID.randomUUID());
        Meting m = metingen.lees(id);
        String token = links(id, "uitvoering", 1).getFirst();
        beantwoord(m, token, 1, "3", null, "bewaar");
        MockHttpServletRequestBuilder wijzig = post("/thermometer/metingen/" + id + "/thema/eigen-kracht").with(BELEID).with(csrf())
                .param("naam", "Anders").param("openVraag", "Vraag?");
        assertThat(doe(wijzig).getContentAsString()).contains("Er zijn al antwoorden binnen");
        assertThat(metingen.lees(id).themas().getFirst().naam()).isEqualTo("Eigen kracht");

        doe(post("/thermometer/metingen/" + id + "/lagen").with(BELEID).with(csrf()).param("laag", "partners"));
        assertThat(metingen.lees(id).lagen()).contains(Laag.PARTNERS);
        doe(post("/thermometer/metingen/" + id + "/einddatum").with(BELEID).with(csrf()).param("einddatum", LocalDate.now(klok).plusDays(5).toString()));
        assertThat(metingen.lees(id).einddatum()).as("not earlier").isEqualTo(LocalDate.now(klok).plusDays(10));
        doe(post("/thermometer/metingen/" + id + "/einddatum").with(BELEID).with(csrf()).param("einddatum", LocalDate.now(klok).plusDays(30).toString()));
        assertThat(metingen.lees(id).einddatum()).isEqualTo(LocalDate.now(klok).plusDays(30));
    }

    @Test
    void theDemoRoundShowsScoresLossAComparisonAndASuppressedGroup() throws Exception {
        String html = doe(get("/thermometer/metingen/" + ThermometerDemo.LAATSTE + "/resultaten").with(BELEID)).getContentAsString();
        assertThat(html).contains("Thermometer voorjaar (demo)", "Vergelijking met de vorige meting", "Thermometer najaar (demo)",
                "punten lager", "Wat u kunt doen:", "% past");
        Uitslag u = resultaten.uitslag(ThermometerDemo.LAATSTE);
        assertThat(u.cel(Laag.PARTNERS, "menselijke-maat", Dimensie.EFFECTEN).onderdrukt()).isTrue();
        assertThat(u.cel(Laag.PARTNERS, "eigen-kracht", Dimensie.EFFECTEN).getoond()).isTrue();
        assertThat(u.verliezen().getFirst().naarUitvoering()).isPositive();

        // In both rounds exactly one group is too small to show (the few partners who scored the human measure); every other cell has a score.
        for (UUID ronde : List.of(ThermometerDemo.VORIGE, ThermometerDemo.LAATSTE)) {
            Uitslag uitslag = resultaten.uitslag(ronde);
            List<String> onderdrukt = new ArrayList<>();
            List<String> zonderScore = new ArrayList<>();
            for (Laag l : uitslag.lagen()) {
                assertThat(uitslag.respondenten(l)).as(l.naam()).isGreaterThanOrEqualTo(KleineGroep.MINIMUM);
                for (Thema t : uitslag.themas()) {
                    List<Waarde> waarden = new ArrayList<>(List.of(uitslag.thema(l, t.code())));
                    for (Dimensie d : Dimensie.values()) {
                        waarden.add(uitslag.cel(l, t.code(), d));
                    }
                    if (waarden.stream().anyMatch(Waarde::onderdrukt)) {
                        onderdrukt.add(l.code() + "/" + t.code());
                    }
                    if (waarden.stream().anyMatch(w -> !w.getoond())) {
                        zonderScore.add(l.code() + "/" + t.code());
                    }
                }
            }
            assertThat(onderdrukt).containsExactly("partners/menselijke-maat");
            assertThat(zonderScore).containsExactly("partners/menselijke-maat");
            assertThat(uitslag.coderingen()).allMatch(Coderingsaandeel::getoond);
        }
    }

    @Autowired
    Resultaten resultaten;

    @Autowired
    VerstelbareKlok klok;

    /**
     * A round runs up to and including its end date, by the app's clock: on that day a link still
     * opens and the results stay hidden; the day after the link is closed and the results are there.
     * The days lie long before any run of this test, so the system clock would already call them past.
     */
    @Test
    void aRoundIsOpenOnItsEndDateAndClosedWithResultsTheDayAfter() throws Exception {
        klok.zetOp(LocalDate.of(2025, 3, 3));
        assertThat(doe(get("/thermometer/nieuw").with(BELEID)).getContentAsString()).as("four weeks to answer by default")
                .contains("value=\"2025-03-31\"");
        MockHttpServletResponse gemaakt = doe(post("/thermometer/nieuw").with(BELEID).with(csrf()).param("naam", "Einddatumtest " + UUID.randomUUID())
                .param("einddatum", "2025-03-31").param("themas", "eigen-kracht").param("lagen", "uitvoering"));
        assertThat(gemaakt.getStatus()).as("an end date that is not past on the app's today").isEqualTo(302);
        UUID id = UUID.fromString(gemaakt.getRedirectedUrl().substring("/thermometer/metingen/".length()));
        Meting m = metingen.lees(id);
        List<String> tokens = links(id, "uitvoering", 2);
        String token = tokens.getFirst();
        String later = tokens.getLast();

        klok.zetOp(LocalDate.of(2025, 3, 31));
        assertThat(doe(get("/thermometer/antwoord/" + later)).getStatus()).isEqualTo(200);
        assertThat(beantwoord(m, token, 1, "4", null, "volgende").getRedirectedUrl()).endsWith("/versturen");
        assertThat(doe(post("/thermometer/antwoord/" + token + "/versturen").with(csrf())).getContentAsString())
                .contains("Bedankt, uw antwoorden zijn verstuurd");
        assertThat(doe(get("/thermometer/metingen/" + id).with(BELEID)).getContentAsString()).contains("Mensen kunnen antwoorden tot en met");
        assertThat(doe(get("/api/v1/thermometer/metingen/" + id).with(BELEID)).getContentAsString()).contains("\"open\":true");
        assertThatThrownBy(() -> resultaten.uitslag(id)).isInstanceOf(Resultaten.NogOpenException.class);

        klok.zetOp(LocalDate.of(2025, 4, 1));
        MockHttpServletResponse dicht = doe(get("/thermometer/antwoord/" + later));
        assertThat(dicht.getStatus()).isEqualTo(410);
        assertThat(dicht.getContentAsString()).contains("De vragenlijst is gesloten");
        assertThatThrownBy(() -> metingen.maakUitnodigingen(id, Laag.UITVOERING, 1)).hasMessageContaining("gesloten");
        assertThat(doe(get("/thermometer/metingen/" + id).with(BELEID)).getContentAsString()).contains("Deze meting is gesloten sinds");
        assertThat(doe(get("/api/v1/thermometer/metingen/" + id).with(BELEID)).getContentAsString()).contains("\"open\":false");
        assertThat(resultaten.uitslag(id).respondenten(Laag.UITVOERING)).isEqualTo(1);
    }

    @Test
    void resultsCsvAndPdfShowAggregatesAndSuppressSmallGroups() throws Exception {
        UUID id = maakMeting("Uitkomsttest " + UUID.randomUUID());
        Meting m = metingen.lees(id);
        // The uitvoering exactly at the threshold (shown), a bestuur of two (hidden).
        int minimum = KleineGroep.MINIMUM;
        for (String token : links(id, "uitvoering", minimum)) {
            beantwoord(m, token, 1, "5", "Zelf doen wat je kunt", "volgende");
            beantwoord(m, token, 2, "3", null, "volgende");
            doe(post("/thermometer/antwoord/" + token + "/versturen").with(csrf()));
        }
        for (String token : links(id, "bestuur", 2)) {
            beantwoord(m, token, 1, "5", "Geheim van het bestuur", "volgende");
            beantwoord(m, token, 2, "5", null, "volgende");
            doe(post("/thermometer/antwoord/" + token + "/versturen").with(csrf()));
        }
        MockHttpServletResponse nogOpen = doe(get("/thermometer/metingen/" + id + "/resultaten").with(user("teamleider").roles("TEAMLEIDER")));
        assertThat(nogOpen.getRedirectedUrl()).as("no results while the round is open").isEqualTo("/thermometer");
        assertThat(doe(get("/thermometer/metingen/" + id + "/codering").with(BELEID)).getRedirectedUrl()).isEqualTo("/thermometer");
        doe(post("/thermometer/metingen/" + id + "/afsluiten").with(BELEID).with(csrf()));
        assertThat(metingen.lees(id).isOpen(LocalDate.now(Klok.ZONE))).isFalse();
        String html = doe(get("/thermometer/metingen/" + id + "/resultaten").with(user("teamleider").roles("TEAMLEIDER"))).getContentAsString();
        assertThat(html).contains("Heatmap", "Toon als tabel", "<svg", ">100<", ">50<", "te weinig antwoorden (minder dan " + minimum + ")", "&lt;" + minimum)
                .doesNotContain("Open antwoorden beoordelen");

        String codering = doe(get("/thermometer/metingen/" + id + "/codering").param("thema", "eigen-kracht").with(BELEID)).getContentAsString();
        assertThat(codering).contains("Zelf doen wat je kunt").as("the bestuur has 2 respondents").doesNotContain("Geheim van het bestuur");
        assertThat(doe(get("/thermometer/metingen/" + id + "/codering").with(user("teamleider").roles("TEAMLEIDER"))).getStatus()).isEqualTo(403);

        MockHttpServletResponse csv = doe(get("/thermometer/metingen/" + id + "/resultaten.csv").with(BELEID));
        assertThat(csv.getContentType()).startsWith("text/csv");
        String tekst = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(tekst).contains("Laag;Thema;Onderdeel;Aantal mensen;Score (0-100)", "Uitvoering;Eigen kracht;Effecten;" + minimum + ";100",
                "Uitvoering;Financiën;Hele thema;" + minimum + ";50",
                "Bestuur;Eigen kracht;Effecten;minder dan " + minimum + ";te weinig antwoorden (minder dan " + minimum + ")");

        MockHttpServletResponse pdf = doe(get("/thermometer/metingen/" + id + "/rapport.pdf").with(BELEID));
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aThemeNamedLikeAFormulaIsTextInTheCsvExport() throws Exception {
        UUID id = maakMeting("Formuletest " + UUID.randomUUID());
        Meting m = metingen.lees(id);
        String formule = "=HYPERLINK(\"https://voorbeeld.invalid\";\"klik\")";
        MockHttpServletRequestBuilder wijzig = post("/thermometer/metingen/" + id + "/thema/eigen-kracht").with(BELEID).with(csrf())
                .param("naam", formule).param("bedoeling", "Inwoners doen mee.").param("openVraag", "Wat is de bedoeling?");
        List<Stelling> stellingen = m.stellingen("eigen-kracht");
        for (int i = 0; i < stellingen.size(); i++) {
            wijzig.param("stellingen[" + i + "].id", stellingen.get(i).id().toString()).param("stellingen[" + i + "].tekst", stellingen.get(i).tekst());
        }
        assertThat(doe(wijzig).getStatus()).isEqualTo(302);
        m = metingen.lees(id);
        for (String token : links(id, "uitvoering", KleineGroep.MINIMUM)) {
            verstuur(m, token, "4");
        }
        doe(post("/thermometer/metingen/" + id + "/afsluiten").with(BELEID).with(csrf()));

        String tekst = doe(get("/thermometer/metingen/" + id + "/resultaten.csv").with(BELEID)).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(tekst).contains("Uitvoering;\"'=HYPERLINK(\"\"https://voorbeeld.invalid\"\";\"\"klik\"\")\";Effecten;");
        for (String regel : tekst.split("\r\n")) {
            assertThat(regel.split(";")).as(regel).noneMatch(veld -> veld.startsWith("=") || veld.startsWith("\"="));
        }
    }

    /** Sends a whole questionnaire through a link, every score the same. */
    void verstuur(Meting m, String token, String score) throws Exception {
        for (int nr = 1; nr <= m.themas().size(); nr++) {
            beantwoord(m, token, nr, score, nr == 1 ? "Antwoord " + score : null, "volgende");
        }
        assertThat(doe(post("/thermometer/antwoord/" + token + "/versturen").with(csrf())).getContentAsString())
                .contains("Bedankt, uw antwoorden zijn verstuurd");
    }

    int themascore(String id, String laag, String thema) throws Exception {
        MockHttpServletResponse r = doe(get("/api/v1/thermometer/metingen/" + id + "/resultaten").with(user("teamleider").roles("TEAMLEIDER")));
        assertThat(r.getStatus()).isEqualTo(200);
        var cellen = new tools.jackson.databind.ObjectMapper().readTree(r.getContentAsString()).path("cellen");
        for (var c : cellen) {
            if (c.path("laag").asString().equals(laag) && c.path("thema").asString().equals(thema) && !c.hasNonNull("dimensie")) {
                return c.path("score").asInt();
            }
        }
        throw new AssertionError("no theme score");
    }

    /**
     * The attack from the review (issue 13, finding 4): close the round, read the results, reopen it,
     * let one more person answer, close again and compare; the difference is that person's answers.
     * Once anyone has seen the results the round never takes an answer again: reopening is refused
     * (a message on the page, 409 in the API for new links), an unused link stays closed, and the
     * results stay what they were.
     */
    @Test
    void afterResultsWereSeenTheRoundCannotBeReopenedForOneMoreAnswer() throws Exception {
        UUID id = maakMeting("Verschiltest " + UUID.randomUUID());
        Meting m = metingen.lees(id);
        List<String> tokens = links(id, "uitvoering", KleineGroep.MINIMUM + 1);
        String laatste = tokens.removeLast();
        for (String token : tokens) {
            verstuur(m, token, "3");
        }
        doe(post("/thermometer/metingen/" + id + "/afsluiten").with(BELEID).with(csrf()));
        int voor = themascore(id.toString(), "uitvoering", "eigen-kracht");
        assertThat(voor).isEqualTo(50);
        assertThat(metingen.lees(id).resultatenGezienOp()).as("results first seen at").isNotNull();

        // Reopen: refused, with why.
        var verleng = mvc.perform(post("/thermometer/metingen/" + id + "/einddatum").with(BELEID).with(csrf())
                .param("einddatum", LocalDate.now(klok).plusDays(30).toString())).andReturn();
        assertThat(verleng.getFlashMap().get("fout")).asString().contains("De uitkomsten van deze meting zijn al bekeken");
        assertThat(metingen.lees(id).isOpen(LocalDate.now(Klok.ZONE))).as("still closed").isFalse();
        assertThat(metingen.lees(id).einddatum()).isBefore(LocalDate.now(klok));
        String pagina = doe(get("/thermometer/metingen/" + id).with(BELEID)).getContentAsString();
        assertThat(pagina).contains("voorgoed gesloten", "voor het eerst bekeken op").doesNotContain("Einddatum verlengen");

        // New links: 409 problem+json in the API, a message on the page.
        MockHttpServletResponse api = doe(post("/api/v1/thermometer/metingen/" + id + "/uitnodigingen").with(user("beleid").roles("BELEID"))
                .with(csrf()).contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"laag\":\"uitvoering\",\"aantal\":1}"));
        assertThat(api.getStatus()).isEqualTo(409);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("al bekeken");
        assertThat(links(id, "uitvoering", 1)).isEmpty();

        // Even with the end date pushed past the refusal (straight in the database), the unused link takes no answer.
        jdbc.sql("update thermometer.thermometer_meting set einddatum = ? where id = ?").params(java.sql.Date.valueOf(LocalDate.now(klok).plusDays(30)), id)
                .update();
        assertThat(doe(get("/thermometer/antwoord/" + laatste)).getStatus()).isEqualTo(410);
        assertThat(doe(post("/thermometer/antwoord/" + laatste + "/versturen").with(csrf())).getStatus()).isEqualTo(410);
        jdbc.sql("update thermometer.thermometer_meting set einddatum = ? where id = ?").params(java.sql.Date.valueOf(LocalDate.now(klok).minusDays(1)), id)
                .update();
        assertThat(themascore(id.toString(), "uitvoering", "eigen-kracht")).as("the same results as before").isEqualTo(voor);
        assertThat(resultaten.uitslag(id).respondenten(Laag.UITVOERING)).isEqualTo(KleineGroep.MINIMUM);
    }

    /**
     * Storage: a sent questionnaire waits with its link; only when MINIMUM of a layer wait do they move,
     * together and shuffled, in one transaction that also touches every used link. No answer row then
     * shares a transaction id with a link other than all of them, and no answer row has a time.
     */
    @Test
    void answersMoveInBatchesSoNoTransactionIdOrTimeTiesThemToALink() throws Exception {
        UUID id = maakMeting("Partijtest " + UUID.randomUUID());
        Meting m = metingen.lees(id);
        List<String> tokens = links(id, "uitvoering", KleineGroep.MINIMUM + 2);
        String xminAntwoorden = "select count(distinct xmin::text) || '/' || count(distinct respons_id) from thermometer.thermometer_antwoord where meting_id = ?";
        for (int i = 0; i < KleineGroep.MINIMUM - 1; i++) {
            verstuur(m, tokens.get(i), String.valueOf(1 + i % 5));
        }
        assertThat(jdbc.sql(xminAntwoorden).param(id).query(String.class).single()).as("fewer than MINIMUM wait: nothing moved").isEqualTo("0/0");
        assertThat(jdbc.sql("select count(*) from thermometer.thermometer_uitnodiging where meting_id = ? and ingediend and concept is not null")
                .param(id).query(Integer.class).single()).isEqualTo(KleineGroep.MINIMUM - 1);

        verstuur(m, tokens.get(KleineGroep.MINIMUM - 1), "4");
        assertThat(jdbc.sql(xminAntwoorden).param(id).query(String.class).single()).as("one batch, one transaction")
                .isEqualTo("1/" + KleineGroep.MINIMUM);
        String partij = jdbc.sql("select distinct xmin::text from thermometer.thermometer_antwoord where meting_id = ?").param(id).query(String.class)
                .single();
        assertThat(jdbc.sql("select distinct xmin::text from thermometer.thermometer_uitnodiging where meting_id = ? and ingediend").param(id)
                .query(String.class).list()).as("every used link carries the batch's transaction id").containsExactly(partij);
        assertThat(jdbc.sql("select count(*) from thermometer.thermometer_uitnodiging where meting_id = ? and concept is not null").param(id)
                .query(Integer.class).single()).isZero();

        // Two more, then closing moves them and touches every used link again.
        verstuur(m, tokens.get(KleineGroep.MINIMUM), "5");
        verstuur(m, tokens.get(KleineGroep.MINIMUM + 1), "5");
        assertThat(jdbc.sql(xminAntwoorden).param(id).query(String.class).single()).isEqualTo("1/" + KleineGroep.MINIMUM);
        doe(post("/thermometer/metingen/" + id + "/afsluiten").with(BELEID).with(csrf()));
        assertThat(jdbc.sql(xminAntwoorden).param(id).query(String.class).single()).isEqualTo("2/" + (KleineGroep.MINIMUM + 2));
        assertThat(jdbc.sql("select count(distinct xmin::text) from thermometer.thermometer_uitnodiging where meting_id = ? and ingediend").param(id)
                .query(Integer.class).single()).as("all used links share one transaction id").isEqualTo(1);

        // No column of the answer tables holds a time.
        assertThat(jdbc.sql("""
                select count(*) from information_schema.columns where table_schema = 'thermometer'
                and table_name in ('thermometer_antwoord', 'thermometer_open_antwoord') and column_name <> 'gecodeerd_op'
                and data_type in ('date', 'timestamp with time zone', 'timestamp without time zone', 'time without time zone')
                """).query(Integer.class).single()).isZero();
    }

    /** Who made how many links of a layer is there for everyone who sees the round, page and API. */
    @Test
    void makingLinksIsCountedPerPersonAndLayerAndShown() throws Exception {
        UUID id = maakMeting("Uitgiftetest " + UUID.randomUUID());
        links(id, "uitvoering", 3);
        links(id, "uitvoering", 4);
        links(id, "bestuur", 2);
        assertThat(metingen.uitgiftenPerPersoon(id)).containsExactly(new Metingen.UitgifteDoor("beleid", Laag.BESTUUR, 2, 2),
                new Metingen.UitgifteDoor("beleid", Laag.UITVOERING, 7, 7));
        assertThat(metingen.uitgiften(id)).hasSize(3).allSatisfy(u -> assertThat(u.door()).isEqualTo("beleid"));
        String pagina = doe(get("/thermometer/metingen/" + id).with(BELEID)).getContentAsString();
        assertThat(pagina).contains("Wie maakte de links", "Links per persoon en laag", "(meer dan de helft)");
        String api = doe(get("/api/v1/thermometer/metingen/" + id).with(user("teamleider").roles("TEAMLEIDER"))).getContentAsString();
        assertThat(api).contains("\"uitgiften\"", "\"door\":\"beleid\"", "\"aantal\":4");
    }
}
