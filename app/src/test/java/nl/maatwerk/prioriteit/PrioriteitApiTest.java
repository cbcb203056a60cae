package nl.maatwerk.prioriteit;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PrioriteitApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.maatwerk.logboek.Pseudoniemen pseudoniemen;

    @Test
    void aCsvBatchImportsOverTheApiAndOutreachErrorsListEveryField() throws Exception {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden Apisignaal", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Apisignaal", LocalDate.of(1988, 8, 8));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        String csv = "schuldeiserType,schuldeiser,bsn,bedrag,maanden,datum\nzorgverzekeraar,Zorg Api," + data.bsnVan(inwoner) + ",312.00,5,"
                + LocalDate.now().minusDays(1) + "\nzorgverzekeraar,Zorg Api,,12,1,2026-01-01\n";
        mvc.perform(post("/api/v1/vroegsignalen").with(httpBasic("consulent", "demo")).contentType("text/csv").content(csv))
                .andExpect(status().isOk()).andExpect(header().exists("API-Version"))
                .andExpect(jsonPath("$.nieuw").value(1)).andExpect(jsonPath("$.fout").value(1))
                .andExpect(jsonPath("$.uitkomsten[1].regel").value(3));
        String id = jdbc.sql("select id from prioriteit.vroegsignaal where huishouden_id = ?").param(huishouden).query(String.class).single();
        mvc.perform(post("/api/v1/vroegsignalen/" + id + "/contactmomenten").with(httpBasic("consulent", "demo")).header("If-Match", "0")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"soort\":\"telefoon\",\"datum\":\"2999-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", containsInAnyOrder("contact", "datum")));
        mvc.perform(get("/api/v1/werkvoorraad").param("huishouden", huishouden.toString()).with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].waarom[*].factor", hasItem("Betalingsachterstand (bedrag)")));
    }

    @Test
    void aHugePageIsABadRequestAPageBeyondTheEndIsEmptyAndOnlyTheReturnedHouseholdsAreLogged() throws Exception {
        mvc.perform(get("/api/v1/werkvoorraad").param("pagina", "30000000").param("paginagrootte", "100").with(httpBasic("consulent", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("pagina")));
        mvc.perform(get("/api/v1/werkvoorraad").param("pagina", "100000").param("paginagrootte", "100").with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.paginering.totaalAantal").value(org.hamcrest.Matchers.greaterThan(3)));

        long voor = jdbc.sql("select coalesce(max(volgnummer), 0) from logboek.logboek_record").query(Long.class).single();
        String antwoord = mvc.perform(get("/api/v1/werkvoorraad").param("pagina", "2").param("paginagrootte", "3")
                        .with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> getoond = com.jayway.jsonpath.JsonPath.read(antwoord, "$.items[*].huishoudenId");
        java.util.List<String> verwacht = jdbc.sql("""
                select distinct i.bsn from inwoner.huishouden_lid l join inwoner.inwoner i on i.id = l.inwoner_id
                where l.huishouden_id = any(?::uuid[]) and l.vanaf <= current_date and (l.tot_en_met is null or l.tot_en_met >= current_date)
                """).param(nl.maatwerk.platform.SqlLijsten.tekst(getoond)).query(String.class).list().stream()
                .map(bsn -> pseudoniemen.van(nl.maatwerk.logboek.Betrokkene.bsn(bsn))).toList();
        java.util.List<String> gelogd = jdbc.sql("select betrokkene_id from logboek.logboek_record where volgnummer > ? and naam = 'wachtrij.tonen'")
                .param(voor).query(String.class).list();
        org.assertj.core.api.Assertions.assertThat(gelogd).as("the members of the three households on the page, no one else")
                .containsExactlyInAnyOrderElementsOf(verwacht);
    }

    @Test
    void theRegisterPublishesThatWeightsChangedAndWhenButNotTheTeamLeadsReason() throws Exception {
        String reden = "Gezin Jansen aan de Dorpsstraat wacht te lang";
        jdbc.sql("""
                insert into prioriteit.prioriteit_gewichten (team_id, versie, acuut_domein, zwak_domein, schuld, achterstand, veiligheid, termijn, wachttijd,
                    reden, door)
                values ('wijkteam-centrum', (select coalesce(max(versie), 0) + 1 from prioriteit.prioriteit_gewichten where team_id = 'wijkteam-centrum'),
                    30, 8, 2, 3, 100, 40, 3, ?, 'teamleider')
                """).param(reden).update();
        try {
            mvc.perform(get("/api/v1/algoritmeregister")).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Jansen"))))
                    .andExpect(jsonPath("$.technischeWerking.gewichtenPerTeam[?(@.team == 'Wijkteam Centrum')].wijziging",
                            hasItem(startsWith("De teamleider heeft de gewichten aangepast op "))));
            mvc.perform(get("/algoritmeregister")).andExpect(status().isOk())
                    .andExpect(content().string(allOf(not(containsString("Jansen")), containsString("De teamleider heeft de gewichten aangepast op"))));
        } finally {
            jdbc.sql("delete from prioriteit.prioriteit_gewichten where team_id = 'wijkteam-centrum'").update();
        }
    }

    @Test
    void theRegisterEntryIsPublicAndHasTheStandardsFields() throws Exception {
        mvc.perform(get("/api/v1/algoritmeregister")).andExpect(status().isOk())
                .andExpect(jsonPath("$.naam").value("Werkvoorraad op volgorde van nood"))
                .andExpect(jsonPath("$.korteOmschrijving").exists()).andExpect(jsonPath("$.doelEnImpact").exists())
                .andExpect(jsonPath("$.menselijkeTussenkomst").exists()).andExpect(jsonPath("$.risicobeheer").exists())
                .andExpect(jsonPath("$.wettelijkeBasis[0].verwijzing").exists()).andExpect(jsonPath("$.gegevensbronnen").isArray())
                .andExpect(jsonPath("$.broncode").exists())
                .andExpect(jsonPath("$.technischeWerking.nooitGebruikt", hasItem("nationaliteit")))
                .andExpect(jsonPath("$.technischeWerking.gewichtenPerTeam[*].team", hasItem("Wijkteam Centrum")));
        mvc.perform(get("/algoritmeregister")).andExpect(status().isOk());
    }
}
