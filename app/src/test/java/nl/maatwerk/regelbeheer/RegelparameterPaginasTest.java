package nl.maatwerk.regelbeheer;

import static nl.maatwerk.regelbeheer.RegelparameterTestdata.alsBeheerder;
import static nl.maatwerk.regelbeheer.RegelparameterTestdata.nieuwHalfjaar;
import static nl.maatwerk.regelbeheer.RegelparameterTestdata.normen;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RegelparameterPaginasTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Regelparameters regelparameters;

    @Test
    void eachParameterHasAPageWithItsWholeHistoryAndAnUnknownNameGetsTheNotFoundPage() throws Exception {
        for (String rol : new String[] {"consulent", "beleid", "beheerder"}) {
            mvc.perform(get("/regelparameters/pw-norm-gehuwden").with(user(rol).roles(rol.toUpperCase())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Regelparameter pw-norm-gehuwden"), containsString("Alle waarden van pw-norm-gehuwden"),
                            containsString("(geldt nu)"), containsString("€ 1.922,07"),
                            containsString("https://wetten.overheid.nl/jci1.3:c:BWBR0015703&amp;artikel=21"))))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("pw-norm-alleenstaande"))));
        }
        mvc.perform(get("/regelparameters/bestaat-niet").with(user("beleid").roles("BELEID"))).andExpect(status().isNotFound());
    }

    @Test
    void theOverviewShowsTheValueInForceTodayWithItsSourceStatusAndALinkToItsHistory() throws Exception {
        for (String rol : new String[] {"consulent", "beleid", "beheerder"}) {
            mvc.perform(get("/regelparameters").with(user(rol).roles(rol.toUpperCase())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("pw-norm-gehuwden"), containsString("Wat vandaag geldt"),
                            containsString("https://wetten.overheid.nl/jci1.3:c:BWBR0015703&amp;artikel=21"),
                            containsString("utrecht-status-badge"), containsString("href=\"/regelparameters/pw-norm-gehuwden\""))));
        }
        mvc.perform(get("/regelparameters/parameters.csv").with(user("beleid").roles("BELEID")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("pw-norm-gehuwden;1922.07;2025-01-01;")));
    }

    @Test
    void aFormWithMistakesListsThemAllLinkedToTheirFieldsAndStoresNothing() throws Exception {
        long voor = regelparameters.voorstellen(null, 1, 1).totaal();
        mvc.perform(post("/regelparameters/voorstellen/nieuw").with(user("beheerder").roles("BEHEERDER")).with(csrf())
                        .param("reden", "")
                        .param("waarden[0].naam", "pw-norm-gehuwden").param("waarden[0].waarde", "veel").param("waarden[0].geldigVanaf", "2031-03-01")
                        .param("waarden[0].bron", "artikel 21").param("waarden[0].status", "bevestigd").param("waarden[0].toelichting", "")
                        .param("waarden[1].naam", "").param("waarden[1].waarde", "")
                        .param("waarden[2].naam", "vakantietoeslag-aandeel").param("waarden[2].waarde", "1,5").param("waarden[2].geldigVanaf", "2031-03-01")
                        .param("waarden[2].bron", "jci1.3:c:BWBR0015703&artikel=19").param("waarden[2].status", "").param("waarden[2].toelichting", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"foutoverzicht\""), containsString("href=\"#reden\""),
                        containsString("href=\"#waarden[0].waarde\""), containsString("href=\"#waarden[0].geldigVanaf\""),
                        containsString("href=\"#waarden[0].bron\""), containsString("href=\"#waarden[0].toelichting\""),
                        containsString("href=\"#waarden[2].waarde\""), containsString("href=\"#waarden[2].status\""),
                        containsString("1 januari of 1 juli"), containsString("aria-invalid=\"true\""),
                        containsString("aria-describedby=\"waarden[0].bron-hint waarden[0].bron-fout\""))));
        assertThat(regelparameters.voorstellen(null, 1, 1).totaal()).isEqualTo(voor);
    }

    @Test
    void addingARowKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/regelparameters/voorstellen/nieuw").with(user("beheerder").roles("BEHEERDER")).with(csrf())
                        .param("actie", "regel-erbij").param("reden", "Halverwege").param("waarden[0].waarde", "12.34")
                        .param("waarden[1].waarde", "").param("waarden[2].waarde", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Regel 4"), containsString("value=\"12.34\""), containsString("Halverwege"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("foutoverzicht"))));
    }

    @Test
    void aBeheerderProposesAndASecondOneApprovesOnThePages() throws Exception {
        LocalDate vanaf = nieuwHalfjaar();
        mvc.perform(post("/regelparameters/voorstellen/nieuw").with(user("beheerder").roles("BEHEERDER")).with(csrf())
                        .param("reden", "Normen per pagina")
                        .param("waarden[0].naam", "pw-norm-gehuwden").param("waarden[0].waarde", "3.300,00").param("waarden[0].geldigVanaf", vanaf.toString())
                        .param("waarden[0].bron", "jci1.3:c:BWBR0015703&artikel=21").param("waarden[0].status", "bevestigd")
                        .param("waarden[0].toelichting", "Normenbrief")
                        .param("waarden[1].naam", "").param("waarden[2].naam", ""))
                .andExpect(redirectedUrlPattern("/regelparameters/voorstellen/*"));
        Voorstel v = regelparameters.voorstellen(VoorstelStatus.VOORGESTELD, 1, 1).voorstellen().getFirst();
        assertThat(v.reden()).isEqualTo("Normen per pagina");
        assertThat(v.waarden().getFirst().waarde()).isEqualByComparingTo("3300.00");

        mvc.perform(get("/regelparameters/voorstellen/" + v.id()).with(user("beheerder").roles("BEHEERDER")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("U deed dit voorstel zelf"),
                        org.hamcrest.Matchers.not(containsString(">Goedkeuren<")))));
        mvc.perform(get("/regelparameters/voorstellen").with(user("beheerder2").roles("BEHEERDER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Normen per pagina")));
        mvc.perform(get("/regelparameters/voorstellen/" + v.id()).with(user("beheerder2").roles("BEHEERDER")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(">Goedkeuren<"), containsString("€ 3.300,00"))));
        // Rejecting without a reason is refused beside the field.
        mvc.perform(post("/regelparameters/voorstellen/" + v.id() + "/beoordeling").with(user("beheerder2").roles("BEHEERDER")).with(csrf())
                        .param("versie", "1").param("akkoord", "nee").param("toelichting", ""))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("href=\"#toelichting\""),
                        containsString("waarom u het voorstel afwijst"))));
        mvc.perform(post("/regelparameters/voorstellen/" + v.id() + "/beoordeling").with(user("beheerder2").roles("BEHEERDER")).with(csrf())
                        .param("versie", "1").param("akkoord", "ja"))
                .andExpect(redirectedUrlPattern("/regelparameters/voorstellen/*"));
        assertThat(regelparameters.lees(v.id()).status()).isEqualTo(VoorstelStatus.GOEDGEKEURD);
        // A second click on an old page: the proposal is already reviewed.
        mvc.perform(post("/regelparameters/voorstellen/" + v.id() + "/beoordeling").with(user("beheerder2").roles("BEHEERDER")).with(csrf())
                        .param("versie", "1").param("akkoord", "nee").param("toelichting", "Toch niet"))
                .andExpect(redirectedUrlPattern("/regelparameters/voorstellen/*"));
        assertThat(regelparameters.lees(v.id()).status()).isEqualTo(VoorstelStatus.GOEDGEKEURD);
    }

    @Test
    void theMenuLeadsTheBeheerderToTheRuleParameters() throws Exception {
        alsBeheerder(() -> regelparameters.stelVoor(normen(nieuwHalfjaar(), "3000.00", "2100.00")));
        mvc.perform(get("/").with(user("beheerder").roles("BEHEERDER")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("href=\"/regelparameters\""),
                        containsString("href=\"/regelparameters/voorstellen\""), containsString("Functioneel beheerder"))));
    }
}
