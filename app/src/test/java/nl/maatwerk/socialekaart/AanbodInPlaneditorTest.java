package nl.maatwerk.socialekaart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The offer in the plan editor (issue 17): per need of the plan at most two services that fit, with why, and adding one
 * makes it an action with that organisation, back in the editor. Toegang shows it without depending on the sociale kaart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AanbodInPlaneditorTest {

    private static final RequestPostProcessor CONSULENT = user("consulent").roles("CONSULENT");
    private static final Pattern DIENST = Pattern.compile("name=\"dienstId\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Aanbod aanbod;

    @Test
    void theEditorShowsAtMostTwoOffersPerNeedWithWhyAndAddingOneMakesItAnActionWithThatOrganisation() throws Exception {
        TestData data = new TestData(jdbc);
        String code = UUID.randomUUID().toString().substring(0, 8);
        UUID huishouden = data.huishouden("Huishouden Planeditor " + code, "wijkteam-centrum");
        data.lid(huishouden, data.inwoner("Planeditor" + code, LocalDate.of(1980, 1, 1)), "aanvrager", LocalDate.of(2020, 1, 1), null);
        mvc.perform(put("/api/v1/huishoudens/" + huishouden + "/plan").with(httpBasic("consulent", "demo")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"doelen":[{"levensdomein":"financien","doel":"Grip op de rekeningen","acties":[]}]}"""))
                .andExpect(status().isOk());

        String editor = mvc.perform(get("/huishoudens/" + huishouden + "/plan/bewerken").with(CONSULENT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String deel = editor.substring(editor.indexOf("id=\"sociale-kaart\""));
        assertThat(deel).contains("Aanbod in de buurt", "Doel: Grip op de rekeningen", "Waarom:", "bij geldzorgen", "Als actie toevoegen");
        Matcher m = DIENST.matcher(deel);
        int aantal = 0;
        String eerste = null;
        while (m.find()) {
            eerste = eerste == null ? m.group(1) : eerste;
            aantal++;
        }
        assertThat(aantal).as("at most two per need in the editor").isEqualTo(2);
        Dienst dienst = aanbod.lees(UUID.fromString(eerste)).orElseThrow();

        mvc.perform(post("/huishoudens/" + huishouden + "/sociale-kaart/plan").with(CONSULENT).with(csrf()).param("dienstId", eerste)
                        .param("doelId", "").param("domein", "FINANCIEN").param("versie", "1").param("terug", "bewerken"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/huishoudens/" + huishouden + "/plan/bewerken#sociale-kaart"));
        mvc.perform(get("/api/v1/huishoudens/" + huishouden + "/plan").with(httpBasic("consulent", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(2)).andExpect(jsonPath("$.doelen.length()").value(1))
                .andExpect(jsonPath("$.doelen[0].acties[0].omschrijving").value("Contact met " + dienst.naam()))
                .andExpect(jsonPath("$.doelen[0].acties[0].eigenaarType").value("aanbieder"))
                .andExpect(jsonPath("$.doelen[0].acties[0].eigenaar").value(dienst.organisatie().naam()));
        String daarna = mvc.perform(get("/huishoudens/" + huishouden + "/plan/bewerken").with(CONSULENT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(daarna).contains("value=\"Contact met " + dienst.naam().replace("&", "&amp;") + "\"", "name=\"versie\" value=\"2\"");
    }
}
