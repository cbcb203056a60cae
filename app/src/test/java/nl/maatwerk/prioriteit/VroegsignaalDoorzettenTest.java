package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 13, finding 10: importing early debt signals must not tell the importer whether a client
 * household of another team lives at an address or has a BSN. What the importer sees of a line that
 * belongs to another team's household (the report, the list, the signal) is the same as for a line
 * that belongs to no household at all; the household's team gets the signal in its own queue, and
 * that routing is in the logboek.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VroegsignaalDoorzettenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock klok;

    private final RequestPostProcessor consulent = httpBasic("consulent", "demo");

    @Test
    void whatTheImporterSeesOfAnotherTeamsHouseholdIsWhatTheySeeOfNoHouseholdAndThatTeamGetsTheSignalLogged() throws Exception {
        TestData data = new TestData(jdbc);
        String anderTeam = "wijkteam-doorzet-" + ThreadLocalRandom.current().nextInt(1_000_000);
        UUID huishouden = data.huishouden("Huishouden Doorzettest", anderTeam);
        String postcode = "7" + ThreadLocalRandom.current().nextInt(100, 1000) + "DZ";
        UUID bewoner = data.inwoner(TestData.nieuwBsn(), "Doorzettest", LocalDate.of(1970, 7, 7), postcode, 5);
        UUID partner = data.inwoner(TestData.nieuwBsn(), "Doorzettest", LocalDate.of(1972, 2, 2), postcode, 5);
        data.lid(huishouden, bewoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        data.lid(huishouden, partner, "partner", LocalDate.of(2020, 1, 1), null);
        String collega = "consulent-" + anderTeam;
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id) values (?, 'Collega Doorzet', 'CONSULENT', ?)")
                .params(collega, anderTeam).update();
        String datum = LocalDate.now(klok).minusDays(2).toString();
        String sleutel = anderTeam.substring(anderTeam.lastIndexOf('-') + 1);

        // Two lines that match the other team's household (by address, by BSN) and two that match nobody.
        String csv = String.join("\n", "schuldeiserType,schuldeiser,bsn,postcode,huisnummer,bedrag,maanden,datum",
                "energie,Adres Anderteam " + sleutel + ",," + postcode + ",5,140.00,2," + datum,
                "energie,Adres Niemand " + sleutel + ",," + postcode + ",7,140.00,2," + datum,
                "water,Bsn Anderteam " + sleutel + "," + data.bsnVan(partner) + ",,,60.00,1," + datum,
                "water,Bsn Niemand " + sleutel + "," + TestData.nieuwBsn() + ",,,60.00,1," + datum);
        long doorgezetVoor = logboek("vroegsignaal.doorzetten");

        String verslag = mvc.perform(post("/api/v1/vroegsignalen").with(consulent).contentType("text/csv").content(csv))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(verslag, "$.nieuw")).isEqualTo(4);
        assertThat(JsonPath.<List<Map<String, Object>>>read(verslag, "$.uitkomsten"))
                .allSatisfy(u -> {
                    assertThat(u).containsEntry("uitkomst", "ingelezen");
                    assertThat(u.get("reden")).isNull();
                });

        // The importer's list: all four, none with a household, each pair alike but for its own address or BSN.
        List<Map<String, Object>> lijst = apiLijst(sleutel);
        Map<String, Object> adresAnder = signaal(lijst, "Adres Anderteam " + sleutel);
        Map<String, Object> adresNiemand = signaal(lijst, "Adres Niemand " + sleutel);
        Map<String, Object> bsnAnder = signaal(lijst, "Bsn Anderteam " + sleutel);
        Map<String, Object> bsnNiemand = signaal(lijst, "Bsn Niemand " + sleutel);
        assertThat(zonderEigenGegevens(adresAnder)).isEqualTo(zonderEigenGegevens(adresNiemand));
        assertThat(zonderEigenGegevens(bsnAnder)).isEqualTo(zonderEigenGegevens(bsnNiemand));
        assertThat(adresAnder.get("huishoudenId")).isNull();
        assertThat(bsnAnder.get("huishoudenId")).isNull();
        assertThat(adresAnder).containsEntry("koppeling", "geen");
        assertThat(bsnAnder).containsEntry("koppeling", "geen");
        assertThat(zonderEigenGegevens(eenSignaal(adresAnder.get("id")))).isEqualTo(zonderEigenGegevens(eenSignaal(adresNiemand.get("id"))));

        // The same on the pages: the list and each signal read alike.
        String pagina = webLijst(sleutel);
        assertThat(pagina).contains("Adres Anderteam " + sleutel, "Adres Niemand " + sleutel, "Bsn Anderteam " + sleutel,
                "Bsn Niemand " + sleutel).doesNotContain("Huishouden Doorzettest");
        String paginaAnder = signaalpagina(adresAnder.get("id")).replace("Adres Anderteam", "X").replace("5 " + postcode, "A");
        String paginaNiemand = signaalpagina(adresNiemand.get("id")).replace("Adres Niemand", "X").replace("7 " + postcode, "A");
        assertThat(paginaAnder).isEqualTo(paginaNiemand);

        // The import page's report of a fresh file says no more than the counts.
        String tweede = "schuldeiserType,schuldeiser,postcode,huisnummer,bedrag,maanden,datum\n"
                + "verhuurder,Web Anderteam " + sleutel + "," + postcode + ",5,900.00,3," + datum + "\n"
                + "verhuurder,Web Niemand " + sleutel + "," + postcode + ",7,900.00,3," + datum + "\n";
        String webverslag = mvc.perform(multipart("/vroegsignalen/inlezen")
                        .file(new MockMultipartFile("bestand", "signalen.csv", "text/csv", tweede.getBytes(StandardCharsets.UTF_8)))
                        .with(user("consulent").roles("CONSULENT")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(webverslag).contains("2 regels gelezen: 2 nieuw ingelezen, 0 dubbel overgeslagen, 0 met een fout.")
                .doesNotContain("Huishouden Doorzettest", "Web Anderteam", "ander team");

        // The household's own team has the signals in its queue, with the household, and the routing is logged.
        String vanHuishouden = mvc.perform(get("/api/v1/vroegsignalen").param("huishouden", huishouden.toString())
                        .with(user(collega).roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(vanHuishouden, "$.vroegsignalen[*].schuldeiser"))
                .containsExactlyInAnyOrder("Adres Anderteam " + sleutel, "Bsn Anderteam " + sleutel, "Web Anderteam " + sleutel);
        assertThat(JsonPath.<List<String>>read(vanHuishouden, "$.vroegsignalen[*].koppeling")).containsExactlyInAnyOrder("adres", "bsn", "adres");
        assertThat(JsonPath.<List<Boolean>>read(vanHuishouden, "$.vroegsignalen[*].doorgezet")).containsOnly(true);
        String kopie = JsonPath.<List<String>>read(vanHuishouden, "$.vroegsignalen[*].id").getFirst();
        assertThat(mvc.perform(get("/vroegsignalen/" + kopie).with(user(collega).roles("CONSULENT"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Huishouden Doorzettest", "Een ander team las dit signaal in");
        assertThat(logboek("vroegsignaal.doorzetten") - doorgezetVoor).as("one logboek record per routed signal's person").isEqualTo(3);
        assertThat(jdbc.sql("select distinct actor from logboek.logboek_record where naam = 'vroegsignaal.doorzetten' order by 1")
                .query(String.class).list()).contains("consulent");
    }

    private Map<String, Object> eenSignaal(Object id) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/vroegsignalen/" + id).with(consulent))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$");
    }

    private long logboek(String naam) {
        return jdbc.sql("select count(*) from logboek.logboek_record where naam = ?").param(naam).query(Long.class).single();
    }

    /** The importer's signals in the API, page by page (other tests add signals on the same day), as far as this test's lines. */
    private List<Map<String, Object>> apiLijst(String sleutel) throws Exception {
        List<Map<String, Object>> alle = new java.util.ArrayList<>();
        for (int p = 1; p <= 100; p++) {
            List<Map<String, Object>> deze = JsonPath.read(mvc.perform(get("/api/v1/vroegsignalen").param("paginagrootte", "100")
                    .param("pagina", Integer.toString(p)).with(consulent)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(), "$.vroegsignalen");
            alle.addAll(deze);
            if (deze.isEmpty() || alle.stream().filter(m -> String.valueOf(m.get("schuldeiser")).endsWith(" " + sleutel)).count() == 4) {
                break;
            }
        }
        return alle;
    }

    /** The importer's list page, page after page, until it has shown this test's four lines. */
    private String webLijst(String sleutel) throws Exception {
        StringBuilder alles = new StringBuilder();
        for (int p = 1; p <= 100; p++) {
            String pagina = mvc.perform(get("/vroegsignalen").param("pagina", Integer.toString(p)).with(user("consulent").roles("CONSULENT")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            alles.append(pagina);
            if (!pagina.contains("id=\"signalen\"") || java.util.regex.Pattern.compile("(Adres|Bsn) (Anderteam|Niemand) " + sleutel)
                    .matcher(alles).results().count() >= 4) {
                break;
            }
        }
        return alles.toString();
    }

    private static Map<String, Object> signaal(List<Map<String, Object>> lijst, String schuldeiser) {
        List<Map<String, Object>> gevonden = lijst.stream().filter(m -> schuldeiser.equals(m.get("schuldeiser"))).toList();
        assertThat(gevonden).as("the importer's list has the signal of " + schuldeiser).hasSize(1);
        return gevonden.getFirst();
    }

    /** A signal as the importer sees it, without what the line itself said about whom and from whom. */
    private static Map<String, Object> zonderEigenGegevens(Map<String, Object> signaal) {
        Map<String, Object> m = new java.util.TreeMap<>(signaal);
        List.of("id", "schuldeiser", "adres", "burgerservicenummer").forEach(m::remove);
        return m;
    }

    /** The page of one signal, without what differs on every request anyway (its own id, the form's token). */
    private String signaalpagina(Object id) throws Exception {
        return mvc.perform(get("/vroegsignalen/" + id).with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replace(id.toString(), "ID").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }
}
