package nl.maatwerk.toegang;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class ToegangPaginasTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final RequestPostProcessor consulent = user("consulent").roles("CONSULENT");
    UUID huishouden;
    UUID lid;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        huishouden = data.huishouden("Huishouden Paginatest", "wijkteam-centrum");
        lid = data.inwoner("Paginatest", LocalDate.of(1979, 2, 2));
        data.lid(huishouden, lid, "aanvrager", LocalDate.of(2018, 1, 1), null);
    }

    @Test
    void theIntakeFormListsEveryProblemInDutchAndSavesNothing() throws Exception {
        mvc.perform(post("/huishoudens/" + huishouden + "/hulpvragen/nieuw").with(consulent).with(csrf())
                        .param("vraag", "").param("ontvangenOp", "morgen").param("urgentie", "HOOG"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Controleer deze gegevens"),
                        containsString("Schrijf de vraag op, in de woorden van de inwoner."),
                        containsString("Kies hoe de vraag binnenkwam."),
                        containsString("Kies minstens één levensdomein."),
                        containsString("Kies minstens één wet"),
                        containsString("href=\"#ontvangenOp\""))));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from toegang.hulpvraag where huishouden_id = ?").param(huishouden)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anIntakeIsSavedAndTheRequestPageAndTheHouseholdPageShowTheClock() throws Exception {
        String locatie = mvc.perform(post("/huishoudens/" + huishouden + "/hulpvragen/nieuw").with(consulent).with(csrf())
                        .param("inwonerId", lid.toString()).param("kanaal", "TELEFOON").param("vorm", "MELDING")
                        .param("vraag", "Ik red het niet meer met het huishouden sinds mijn operatie.")
                        .param("watTelt", "Zelf blijven koken.").param("levensdomeinen", "INSTRUMENTELE_ADL", "LICHAMELIJKE_GEZONDHEID")
                        .param("urgentie", "GEMIDDELD").param("wetten", "WMO").param("dreiging", "")
                        .param("ontvangenOp", LocalDate.now().toString()))
                .andExpect(redirectedUrlPattern("/hulpvragen/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(locatie).with(consulent))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Onderzoek na een melding (Wmo 2015)"),
                        containsString("Op tijd: nog"), containsString("jci1.3:c:BWBR0035362&amp;artikel=2.3.2&amp;lid=1"),
                        containsString("Zelf blijven koken."))));
        mvc.perform(get("/huishoudens/" + huishouden).with(consulent))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Regie en hulpvragen"), containsString("Open hulpvragen"),
                        containsString("Onderzoek na een melding"))));
        mvc.perform(get("/huishoudens/" + huishouden).param("tab", "geschiedenis").with(consulent))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Wat er gebeurde"), containsString("Hulpvraag binnengekomen"))));
    }

    @Test
    void theRegieConsentAndWorkListPagesWorkAndShowDutchErrors() throws Exception {
        mvc.perform(get("/huishoudens/" + huishouden + "/regie").with(consulent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Regie en team")));
        mvc.perform(post("/huishoudens/" + huishouden + "/regie").with(consulent).with(csrf()).param("regisseur", "").param("reden", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kies een professional als regisseur."),
                        containsString("Schrijf op waarom deze persoon de regie krijgt."))));
        mvc.perform(post("/huishoudens/" + huishouden + "/regie").with(consulent).with(csrf()).param("regisseur", "consulent")
                .param("reden", "Eerste aanspreekpunt")).andExpect(redirectedUrlPattern("/huishoudens/*"));
        mvc.perform(get("/werkvoorraad").with(consulent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Huishouden Paginatest")));
        mvc.perform(get("/huishoudens/" + huishouden + "/toestemming").with(consulent)).andExpect(status().isOk());
        mvc.perform(post("/huishoudens/" + huishouden + "/delen").with(consulent).with(csrf())
                        .param("deelPartij", "Buurtteam").param("deelOnderdelen", "PLAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("geen geldige toestemming")));
    }

    @Test
    void aResidentCannotOpenTheIntakeOrTheWorkList() throws Exception {
        var inwoner = user("inwoner").roles("INWONER");
        mvc.perform(get("/huishoudens/" + huishouden + "/hulpvragen/nieuw").with(inwoner)).andExpect(status().isForbidden());
        mvc.perform(get("/werkvoorraad").with(inwoner)).andExpect(status().isForbidden());
        mvc.perform(get("/werkvoorraad").with(user("beleid").roles("BELEID"))).andExpect(status().isForbidden());
    }

    @Test
    void aResidentSeesTheRequestsAndClocksOfTheirHouseholdWithoutLinksToProfessionalPages() throws Exception {
        jdbc.sql("""
                insert into toegang.hulpvraag (id, huishouden_id, kanaal, vorm, vraag, urgentie, wetten, status, ontvangen_op, geregistreerd_door)
                values (?, ?, 'balie', 'melding', 'Hulp bij de administratie graag', 'gemiddeld', '{wmo}', 'melding', current_date, 'x')
                """).params(UUID.randomUUID(), huishouden).update();
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values (?, 'Test', 'INWONER', ?)")
                .params("inwoner-" + huishouden, lid).update();
        mvc.perform(get("/huishoudens/" + huishouden).with(user("inwoner-" + huishouden).roles("INWONER")))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
    }

    @Autowired
    java.time.Clock klok;

    @org.junit.jupiter.api.Test
    void consentIsOfferedAndTakenOnlyFromMembersOf16OrOlderAParentGivesItForAYoungerChild() throws Exception {
        // Issue 15: the form offered every member, a child of 9 included. From 16 one consents oneself (UAVG art. 5).
        java.time.LocalDate vandaag = java.time.LocalDate.now(klok);
        nl.maatwerk.TestData data = new nl.maatwerk.TestData(jdbc);
        UUID h = data.huishouden("Huishouden Toestemmingleeftijd", "wijkteam-centrum");
        UUID ouder = data.inwoner("Toestemmingouder", java.time.LocalDate.of(1984, 4, 4));
        UUID zestien = data.inwoner("Toestemmingzestien", vandaag.minusYears(16));          // 16 today
        UUID vijftien = data.inwoner("Toestemmingvijftien", vandaag.minusYears(16).plusDays(1)); // 16 tomorrow
        data.lid(h, ouder, "aanvrager", java.time.LocalDate.of(2010, 1, 1), null);
        data.lid(h, zestien, "kind", java.time.LocalDate.of(2010, 1, 1), null);
        data.lid(h, vijftien, "kind", java.time.LocalDate.of(2010, 1, 1), null);

        String pagina = mvc.perform(get("/huishoudens/" + h + "/toestemming").with(consulent)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(pagina).contains(">Test Toestemmingouder<", ">Test Toestemmingzestien<")
                .doesNotContain("Test Toestemmingvijftien");
        mvc.perform(post("/huishoudens/" + h + "/toestemming").with(consulent).with(csrf()).param("inwonerId", vijftien.toString())
                        .param("partij", "Buurtteam").param("onderdelen", "plan").param("doel", "Afstemmen van de hulp")
                        .param("gegevenOp", vandaag.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test Toestemmingvijftien is jonger dan 16 en geeft zelf geen toestemming.")));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from toegang.toestemming where huishouden_id = ?").param(h)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/huishoudens/" + h + "/toestemming").with(consulent).with(csrf()).param("inwonerId", zestien.toString())
                        .param("partij", "Buurtteam").param("onderdelen", "plan").param("doel", "Afstemmen van de hulp")
                        .param("gegevenOp", vandaag.toString()))
                .andExpect(status().is3xxRedirection());
    }

    @org.junit.jupiter.api.Test
    void aTermsLegalSourceReadsAsTheArticleWithALinkAndTheHistoryNamesThePersonNotTheLogin() throws Exception {
        // Issue 15: the page showed "Bron: jci1.3:c:BWBR0031331&artikel=4&lid=2" and "— consulent".
        nl.maatwerk.TestData data = new nl.maatwerk.TestData(jdbc);
        UUID h = data.huishouden("Huishouden Bronweergave", "wijkteam-centrum");
        UUID aanvrager = data.inwoner("Bronweergave", java.time.LocalDate.of(1980, 1, 1));
        data.lid(h, aanvrager, "aanvrager", java.time.LocalDate.of(2010, 1, 1), null);
        UUID vraag = data.aanvraagParticipatiewet(h, aanvrager, "Ontruiming dreigt");
        java.time.LocalDate vandaag = java.time.LocalDate.now(klok);
        jdbc.sql("insert into toegang.termijn (id, hulpvraag_id, code, omschrijving, start, uiterste_datum, bron) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), vraag, "wgs-eerste-gesprek-dreiging", "Eerste gesprek bij dreigende ontruiming", vandaag,
                        vandaag.plusDays(3), "jci1.3:c:BWBR0031331&artikel=4&lid=2").update();
        jdbc.sql("insert into toegang.hulpvraag_status (id, hulpvraag_id, van, naar, reden, door) values (?, ?, 'aanvraag', 'onderzoek', 'Huisbezoek gepland', 'consulent')")
                .params(UUID.randomUUID(), vraag).update();
        String naam = jdbc.sql("select naam from platform.gebruiker where gebruikersnaam = 'consulent'").query(String.class).single();

        String pagina = mvc.perform(get("/hulpvragen/" + vraag).with(consulent)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(pagina)
                .contains("href=\"https://wetten.overheid.nl/jci1.3:c:BWBR0031331&amp;artikel=4&amp;lid=2\">Wgs art. 4 lid 2</a>")
                .contains("Huisbezoek gepland</span> — <span>" + naam + "</span>")
                .doesNotContain(">jci1.3:c:", "— <span>consulent</span>");
    }
}
