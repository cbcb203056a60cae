package nl.maatwerk.mijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * Issue 16, my consent: the resident gives and withdraws consent; a withdrawal stops sharing at once and the
 * professional sees it; another household's consent id is 404; the API follows If-Match; the page validates on the server.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MijnToestemmingenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String consulent;
    private String inwoner;
    private UUID huishouden;

    @BeforeEach
    void huishoudenMetInwoner() {
        TestData data = new TestData(jdbc);
        String sleutel = UUID.randomUUID().toString().substring(0, 8);
        String team = "Wijkteam Toestemming " + sleutel;
        consulent = data.account("tst-c-" + sleutel, "CONSULENT", team);
        huishouden = data.huishouden("Huishouden Toestemming " + sleutel, team);
        inwoner = inwonerIn(data, huishouden, "tst-i-" + sleutel);
    }

    private String inwonerIn(TestData data, UUID huishouden, String account) {
        UUID id = data.inwoner("Toestemming", LocalDate.of(1980, 3, 4));
        data.lid(huishouden, id, "aanvrager", LocalDate.of(2020, 1, 1), null);
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id, wachtwoord_hash) values (?, 'Test Inwoner', 'INWONER', ?, '{noop}demo')")
                .params(account, id).update();
        return account;
    }

    @Test
    void aWithdrawalStopsSharingAtOnceAndTheProfessionalSeesIt() throws Exception {
        MockHttpServletResponse gegeven = mvc.perform(post("/api/v1/mijn/toestemmingen").with(httpBasic(inwoner, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"partij\":\"Schuldhulp Test\",\"onderdelen\":[\"plan\"],\"doel\":\"Hulp bij mijn schulden\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse();
        String id = JsonPath.read(gegeven.getContentAsString(), "$.id");
        assertThat(gegeven.getHeader("ETag")).isEqualTo("\"0\"");

        assertThat(delen()).as("shared under the consent").isEqualTo(302);
        assertThat(mvc.perform(post("/api/v1/mijn/toestemmingen/{id}/intrekking", id).with(httpBasic(inwoner, "demo")))
                .andReturn().getResponse().getStatus()).as("without If-Match").isEqualTo(428);
        MockHttpServletResponse gestopt = mvc.perform(post("/api/v1/mijn/toestemmingen/{id}/intrekking", id).with(httpBasic(inwoner, "demo"))
                .header("If-Match", "\"0\"")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(gestopt.getHeader("ETag")).isEqualTo("\"1\"");
        assertThat((Boolean) JsonPath.read(gestopt.getContentAsString(), "$.geldig")).isFalse();
        assertThat(mvc.perform(post("/api/v1/mijn/toestemmingen/{id}/intrekking", id).with(httpBasic(inwoner, "demo"))
                .header("If-Match", "\"0\"")).andReturn().getResponse().getStatus()).as("stale").isEqualTo(409);

        assertThat(delen()).as("nothing shared once withdrawn: the form comes back with the reason").isEqualTo(200);
        String pagina = mvc.perform(get("/huishoudens/{id}/toestemming", huishouden).with(user(consulent).roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("Schuldhulp Test").containsIgnoringCase("ingetrokken");
    }

    @Test
    void anotherHouseholdsConsentIsNotFound() throws Exception {
        String gegeven = mvc.perform(post("/api/v1/mijn/toestemmingen").with(httpBasic(inwoner, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"partij\":\"Schuldhulp Test\",\"onderdelen\":[\"plan\"],\"doel\":\"Hulp bij mijn schulden\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(gegeven, "$.id");
        TestData data = new TestData(jdbc);
        String ander = inwonerIn(data, data.huishouden("Ander huishouden", "Wijkteam Ander"), "tst-a-" + UUID.randomUUID().toString().substring(0, 8));

        mvc.perform(get("/api/v1/mijn/toestemmingen/{id}", id).with(httpBasic(ander, "demo"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/mijn/toestemmingen/{id}/intrekking", id).with(httpBasic(ander, "demo")).header("If-Match", "\"0\""))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/mijn/toestemmingen/{id}/intrekking", id).with(httpBasic(ander, "demo"))).andExpect(status().isNotFound());
        assertThat((Integer) JsonPath.read(mvc.perform(get("/api/v1/mijn/toestemmingen").with(httpBasic(ander, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.toestemmingen.length()")).isZero();
        mvc.perform(post("/mijn/toestemmingen/{id}/intrekken", id).with(user(ander).roles("INWONER")).with(csrf()).param("versie", "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFormSaysInPlainWordsWhatIsMissingAndKeepsWhatWasTyped() throws Exception {
        String pagina = mvc.perform(post("/mijn/toestemmingen").with(user(inwoner).roles("INWONER")).with(csrf())
                        .param("partij", "Schuldhulp Getypt").param("doel", "").param("geldigTot", "2026-02-30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("Controleer deze gegevens", "Schuldhulp Getypt");

        mvc.perform(post("/mijn/toestemmingen").with(user(inwoner).roles("INWONER")).with(csrf())
                        .param("partij", "Schuldhulp Test").param("onderdelen", "PLAN").param("doel", "Hulp bij mijn schulden"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/mijn/toestemmingen").with(user(inwoner).roles("INWONER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Schuldhulp Test", "Stop deze toestemming");
    }

    private int delen() throws Exception {
        return mvc.perform(post("/huishoudens/{id}/delen", huishouden).with(user(consulent).roles("CONSULENT")).with(csrf())
                .param("deelPartij", "Schuldhulp Test").param("deelOnderdelen", "PLAN")).andReturn().getResponse().getStatus();
    }
}
