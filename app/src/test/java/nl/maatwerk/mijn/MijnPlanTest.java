package nl.maatwerk.mijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, my plan: the resident reads the household plan, agrees or disagrees with a comment, marks their own action
 * done (not a professional's: 403), adds an action of their own; a stale version is 409 with a plain message and the
 * typed text kept; the regisseur sees it all on the plan page; another household's action is 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MijnPlanTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock klok;

    private String consulent;
    private String inwoner;
    private UUID huishouden;

    @BeforeEach
    void huishoudenMetPlan() throws Exception {
        TestData data = new TestData(jdbc);
        String sleutel = UUID.randomUUID().toString().substring(0, 8);
        String team = "Wijkteam Plan " + sleutel;
        consulent = data.account("pln-c-" + sleutel, "CONSULENT", team);
        huishouden = data.huishouden("Huishouden Plan " + sleutel, team);
        inwoner = inwonerIn(data, huishouden, "pln-i-" + sleutel);
        slaPlanOp(consulent, huishouden, "De huur op tijd betalen", 0);
    }

    private String inwonerIn(TestData data, UUID huishouden, String account) {
        UUID id = data.inwoner("Planmaker", LocalDate.of(1980, 3, 4));
        data.lid(huishouden, id, "aanvrager", LocalDate.of(2020, 1, 1), null);
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id, wachtwoord_hash) values (?, 'Test Planmaker', 'INWONER', ?, '{noop}demo')")
                .params(account, id).update();
        return account;
    }

    /** The plan as a professional saves it: one goal, the resident's action ("Test", their first name) and the regisseur's. */
    private void slaPlanOp(String wie, UUID h, String doel, int versie) throws Exception {
        LocalDate vandaag = LocalDate.now(klok);
        String json = """
                {"evaluatiedatum":"%s","doelen":[{"levensdomein":"financien","doel":"%s","acties":[
                  {"omschrijving":"Bankafschriften sturen","eigenaarType":"inwoner","eigenaar":"Test","uiterlijk":"%s","status":"open"},
                  {"omschrijving":"Schuldhulp bellen","eigenaarType":"professional","eigenaar":"Regisseur wijkteam","uiterlijk":"%s","status":"bezig"}]}]}
                """.formatted(vandaag.plusMonths(2), doel, vandaag.plusDays(7), vandaag.plusDays(14));
        mvc.perform(put("/api/v1/huishoudens/{id}/plan", h).with(user(wie).roles("CONSULENT")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json).header("If-Match", "\"" + versie + "\"")).andExpect(status().isOk());
    }

    private String plan(String account) throws Exception {
        return mvc.perform(get("/api/v1/mijn/plan").with(httpBasic(account, "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theResidentWorksOnThePlanAndTheRegisseurSeesIt() throws Exception {
        String plan = plan(inwoner);
        assertThat((Integer) JsonPath.read(plan, "$.versie")).isEqualTo(1);
        assertThat((String) JsonPath.read(plan, "$.doelen[0].levensdomeinInWoorden")).isEqualTo("Geld");
        List<Boolean> vanMij = JsonPath.read(plan, "$.doelen[0].acties[*].vanMij");
        assertThat(vanMij).containsExactly(true, false);
        String eigen = JsonPath.read(plan, "$.doelen[0].acties[0].id");
        String vanRegisseur = JsonPath.read(plan, "$.doelen[0].acties[1].id");
        String doel = JsonPath.read(plan, "$.doelen[0].id");

        MockHttpServletResponse geweigerd = mvc.perform(post("/api/v1/mijn/plan/acties/{id}/klaar", vanRegisseur).with(httpBasic(inwoner, "demo"))
                .header("If-Match", "\"1\"")).andExpect(status().isForbidden()).andReturn().getResponse();
        assertThat(geweigerd.getContentAsString(StandardCharsets.UTF_8)).contains("U kunt alleen uw eigen acties afvinken");
        mvc.perform(post("/mijn/plan/acties/{id}/klaar", vanRegisseur).with(user(inwoner).roles("INWONER")).with(csrf()).param("versie", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/mijn/plan/acties/{id}/klaar", eigen).with(httpBasic(inwoner, "demo"))).andExpect(status().is(428));

        MockHttpServletResponse klaar = mvc.perform(post("/api/v1/mijn/plan/acties/{id}/klaar", eigen).with(httpBasic(inwoner, "demo"))
                .header("If-Match", "\"1\"")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(klaar.getHeader("ETag")).isEqualTo("\"2\"");
        assertThat((String) JsonPath.read(klaar.getContentAsString(), "$.doelen[0].acties[0].status")).isEqualTo("gedaan");

        mvc.perform(post("/mijn/plan/acties").with(user(inwoner).roles("INWONER")).with(csrf()).param("versie", "2").param("doelId", doel)
                .param("omschrijving", "Ik open elke week samen met mijn zus de post")).andExpect(status().is3xxRedirection());
        String leeg = mvc.perform(post("/mijn/plan/instemming").with(user(inwoner).roles("INWONER")).with(csrf()).param("versie", "3")
                .param("keuze", "oneens")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(leeg).contains("Schrijf op waar u het niet mee eens bent.");
        mvc.perform(post("/api/v1/mijn/plan/instemming").with(httpBasic(inwoner, "demo")).header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"akkoord\":false,\"opmerking\":\"De datum voor de afschriften is te vroeg\"}"))
                .andExpect(status().isOk());

        String pagina = mvc.perform(get("/huishoudens/{id}/plan", huishouden).with(user(consulent).roles("CONSULENT"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("Ik open elke week samen met mijn zus de post", "Toegevoegd door Test Planmaker (inwoner)",
                "Klaar gemeld door Test Planmaker (inwoner)", "niet eens met het plan", "De datum voor de afschriften is te vroeg");
        assertThat((Integer) jdbc.sql("select count(*) from logboek.logboek_record where naam = 'mijn.plan'").query(Integer.class).single())
                .as("the resident's reads are logged").isPositive();
    }

    @Test
    void aStaleVersionIsAConflictInPlainWordsAndWhatWasTypedStays() throws Exception {
        slaPlanOp(consulent, huishouden, "De huur elke maand op tijd betalen", 1);

        String pagina = mvc.perform(post("/mijn/plan/instemming").with(user(inwoner).roles("INWONER")).with(csrf()).param("versie", "1")
                        .param("keuze", "oneens").param("opmerking", "Ik wil eerst met mijn zus praten"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("Uw regisseur heeft het plan veranderd nadat u het opende", "Ik wil eerst met mijn zus praten",
                "De huur elke maand op tijd betalen");
        String plan = plan(inwoner);
        String doel = JsonPath.read(plan, "$.doelen[0].id");
        mvc.perform(post("/api/v1/mijn/plan/acties").with(httpBasic(inwoner, "demo")).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"doelId\":\"" + doel + "\",\"omschrijving\":\"Post openen\"}"))
                .andExpect(status().isConflict());
        assertThat((Integer) JsonPath.read(plan(inwoner), "$.versie")).as("nothing saved").isEqualTo(2);
    }

    @Test
    void anotherHouseholdsActionIsNotFound() throws Exception {
        String eigen = JsonPath.read(plan(inwoner), "$.doelen[0].acties[0].id");
        TestData data = new TestData(jdbc);
        String sleutel = UUID.randomUUID().toString().substring(0, 8);
        String team = "Wijkteam Ander Plan " + sleutel;
        String andereConsulent = data.account("pln-x-" + sleutel, "CONSULENT", team);
        UUID ander = data.huishouden("Ander huishouden plan", team);
        String anderInwoner = inwonerIn(data, ander, "pln-a-" + sleutel);
        slaPlanOp(andereConsulent, ander, "Iets anders", 0);

        mvc.perform(post("/api/v1/mijn/plan/acties/{id}/klaar", eigen).with(httpBasic(anderInwoner, "demo")).header("If-Match", "\"1\""))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mijn/plan/acties/{id}/klaar", eigen).with(user(anderInwoner).roles("INWONER")).with(csrf()).param("versie", "1"))
                .andExpect(status().isNotFound());
        assertThat((String) JsonPath.read(plan(inwoner), "$.doelen[0].acties[0].status")).isEqualTo("open");
    }
}
