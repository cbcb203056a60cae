package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
class GezinsplanPaginasTest {

    private static final RequestPostProcessor CONSULENT = user("consulent").roles("CONSULENT");
    private static final RequestPostProcessor REGISSEUR = user("regisseur").roles("REGISSEUR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    UUID huishouden;
    UUID moeder;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        huishouden = data.huishouden("Plan pagina", "wijkteam-centrum");
        moeder = data.inwoner("PlanPagina", LocalDate.of(1988, 8, 8));
        data.lid(huishouden, moeder, "aanvrager", LocalDate.of(2020, 1, 1), null);
    }

    private long versies() {
        return jdbc.sql("select count(*) from toegang.gezinsplan_versie where huishouden_id = ?").param(huishouden).query(Long.class).single();
    }

    private String doelId() {
        return jdbc.sql("select inhoud->'doelen'->0->>'id' from toegang.gezinsplan where huishouden_id = ?").param(huishouden)
                .query(String.class).single();
    }

    @Test
    void theFormListsEveryProblemInPlainDutchWithLinksToTheFieldsAndSavesNothing() throws Exception {
        mvc.perform(post("/huishoudens/" + huishouden + "/plan/bewerken").with(CONSULENT).with(csrf())
                        .param("versie", "0").param("evaluatiedatum", "gisteren")
                        .param("doelen[0].levensdomein", "").param("doelen[0].doel", "Rust in de post")
                        .param("doelen[0].acties[0].omschrijving", "Post openen").param("doelen[0].acties[0].eigenaarType", "")
                        .param("doelen[0].acties[0].eigenaar", "").param("doelen[0].acties[0].uiterlijk", "31-02-2030")
                        .param("doelen[0].acties[0].status", "open")
                        // An empty row to add a goal: ignored.
                        .param("doelen[1].levensdomein", "").param("doelen[1].doel", "").param("doelen[1].acties[0].status", "open"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"foutoverzicht\""),
                        containsString("De evaluatiedatum is geen datum. Schrijf de datum zoals 31-12-2026."),
                        containsString("Kies bij doel 1 het levensdomein."),
                        containsString("Vul bij actie 1 van doel 1 de naam in van wie het doet."),
                        containsString("De datum bij actie 1 van doel 1 is geen datum"),
                        containsString("href=\"#doelen-0-acties-0-eigenaar\""),
                        containsString("id=\"doelen-0-acties-0-eigenaar\""),
                        containsString("aria-invalid=\"true\""))));
        assertThat(versies()).isZero();
    }

    @Test
    void aStaleSaveShowsTheMergeAndOnlyTheConfirmedMergeIsSaved() throws Exception {
        mvc.perform(post("/huishoudens/" + huishouden + "/plan/bewerken").with(CONSULENT).with(csrf())
                        .param("versie", "0").param("doelen[0].levensdomein", "financien").param("doelen[0].doel", "Rust in de post")
                        .param("doelen[0].acties[0].omschrijving", "Post openen").param("doelen[0].acties[0].eigenaarType", "netwerk")
                        .param("doelen[0].acties[0].eigenaar", "Tante Wil").param("doelen[0].acties[0].status", "open"))
                .andExpect(status().is3xxRedirection());
        String doel = doelId();
        // Both open version 1; the consulent saves first.
        mvc.perform(post("/huishoudens/" + huishouden + "/plan/bewerken").with(CONSULENT).with(csrf())
                        .param("versie", "1").param("doelen[0].id", doel).param("doelen[0].levensdomein", "financien")
                        .param("doelen[0].doel", "Geen nieuwe schulden"))
                .andExpect(status().is3xxRedirection());
        String regisseurDoel = "Rust in huis en in de post";
        mvc.perform(post("/huishoudens/" + huishouden + "/plan/bewerken").with(REGISSEUR).with(csrf())
                        .param("versie", "1").param("evaluatiedatum", LocalDate.now().plusMonths(2).toString())
                        .param("doelen[0].id", doel).param("doelen[0].levensdomein", "financien").param("doelen[0].doel", regisseurDoel))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Iemand anders heeft het plan net gewijzigd"),
                        containsString("Er is nog niets van u opgeslagen."), containsString("Geen nieuwe schulden"),
                        containsString(regisseurDoel), containsString("name=\"keuze_doel:" + doel + ".doel\""))));
        assertThat(versies()).isEqualTo(2);

        // Confirming without choosing shows the merge again with an error.
        mvc.perform(post("/huishoudens/" + huishouden + "/plan/samenvoegen").with(REGISSEUR).with(csrf())
                        .param("basisVersie", "1").param("huidigeVersie", "2").param("evaluatiedatum", LocalDate.now().plusMonths(2).toString())
                        .param("doelen[0].id", doel).param("doelen[0].levensdomein", "financien").param("doelen[0].doel", regisseurDoel))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("welke versie blijft")));
        assertThat(versies()).isEqualTo(2);

        mvc.perform(post("/huishoudens/" + huishouden + "/plan/samenvoegen").with(REGISSEUR).with(csrf())
                        .param("basisVersie", "1").param("huidigeVersie", "2").param("evaluatiedatum", LocalDate.now().plusMonths(2).toString())
                        .param("doelen[0].id", doel).param("doelen[0].levensdomein", "financien").param("doelen[0].doel", regisseurDoel)
                        .param("keuze_doel:" + doel + ".doel", "MIJN"))
                .andExpect(status().is3xxRedirection());
        assertThat(versies()).isEqualTo(3);
        mvc.perform(get("/huishoudens/" + huishouden + "/plan").with(CONSULENT))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(regisseurDoel), containsString("Wie veranderde wat"),
                        containsString("Evaluatiedatum gezet op"))));
        mvc.perform(get("/huishoudens/" + huishouden).param("tab", "plan").with(CONSULENT))
                .andExpect(content().string(allOf(containsString("Plan van het huishouden"), containsString(regisseurDoel))));
        mvc.perform(get("/huishoudens/" + huishouden).param("tab", "geschiedenis").with(CONSULENT))
                .andExpect(content().string(containsString("Plan gewijzigd door")));
    }

    @Test
    void theResidentReadsThePlanAndThePrintViewButCannotEditAndOthersHouseholdsAreNotFound() throws Exception {
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values (?, 'Inwoner Plan', 'INWONER', ?)")
                .params("inwoner-pp-" + huishouden, moeder).update();
        RequestPostProcessor inwoner = user("inwoner-pp-" + huishouden).roles("INWONER");
        mvc.perform(get("/huishoudens/" + huishouden + "/plan").with(inwoner))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
        mvc.perform(get("/huishoudens/" + huishouden + "/plan/afdruk").with(inwoner))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
        mvc.perform(get("/huishoudens/" + huishouden + "/plan/bewerken").with(inwoner))
                .andExpect(status().isForbidden()); // issue 16: a resident has Mijn Maatwerk, not the professionals' pages
        mvc.perform(post("/huishoudens/" + huishouden + "/plan/bewerken").with(inwoner).with(csrf()).param("versie", "0"))
                .andExpect(status().isForbidden());
        UUID elders = new TestData(jdbc).huishouden("Plan elders pagina", "wijkteam-escamp");
        mvc.perform(get("/huishoudens/" + elders + "/plan").with(CONSULENT)).andExpect(status().isNotFound());
        mvc.perform(get("/huishoudens/" + huishouden + "/plan").with(user("beleid").roles("BELEID"))).andExpect(status().isForbidden());
    }
}
