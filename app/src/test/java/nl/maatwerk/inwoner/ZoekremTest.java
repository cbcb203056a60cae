package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.VerstelbareKlok;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Pseudoniemen;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.TeVaakGezochtException;
import nl.maatwerk.platform.Zoekrem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Searching residents by BSN or by name and birth date is limited per account (issue 13): web and
 * API share the limit, over it the API answers 429 with Retry-After and the page says when it can
 * again, and the refused search is in the log. Its own accounts, so the demo accounts that the other
 * tests search with keep their own count; the app's limits, not raised for the tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ZoekremTest {

    static final String ACCOUNT = "zoekrem-consulent";
    static final String COLLEGA = "zoekrem-collega";
    static final String DAG = "zoekrem-dag";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerstelbareKlok klok;

    @Autowired
    Pseudoniemen pseudoniemen;

    @Autowired
    Zoekrem zoekrem;

    @Value("${maatwerk.zoeken.max-per-minuut}")
    int perMinuut;

    @Value("${maatwerk.zoeken.max-per-dag}")
    int perDag;

    @BeforeEach
    void accounts() {
        new TestData(jdbc).team("wijkteam-centrum");
        for (String account : new String[] {ACCOUNT, COLLEGA, DAG}) {
            jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, team_id) values (?, ?, 'CONSULENT', 'wijkteam-centrum') "
                    + "on conflict do nothing").params(account, "Zoekrem " + account).update();
            jdbc.sql("delete from platform.zoekpoging where gebruikersnaam = ?").param(account).update();
        }
    }

    @Test
    void webAndApiShareOneLimitPerAccountAndARefusedSearchIsLoggedAndSaysWhenItCanAgain() throws Exception {
        // On a whole minute, so "weer om" is that minute plus one (the message rounds up to the minute).
        Instant begin = Instant.now(klok).truncatedTo(ChronoUnit.MINUTES);
        klok.zet(begin);
        String bsn = TestData.nieuwBsn();
        RequestPostProcessor consulent = user(ACCOUNT).roles("CONSULENT");
        for (int i = 0; i < perMinuut - 1; i++) {
            mvc.perform(get("/api/v1/inwoners").param("burgerservicenummer", bsn).with(consulent)).andExpect(status().isOk());
        }
        // The last one of this minute on the page: the same count.
        mvc.perform(get("/zoeken").param("achternaam", "Zoekrem").param("geboortedatum", "1980-01-01").with(consulent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 inwoners gevonden")));

        String weer = begin.plus(Duration.ofMinutes(1)).atZone(Klok.ZONE).format(DateTimeFormatter.ofPattern("HH:mm"));
        mvc.perform(get("/api/v1/inwoners").param("burgerservicenummer", bsn).with(consulent))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.title").value("Te veel zoekvragen"))
                .andExpect(jsonPath("$.detail", containsString("U kunt weer zoeken om " + weer)));
        mvc.perform(get("/zoeken").param("achternaam", "Zoekrem").param("geboortedatum", "1980-01-01").with(consulent))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().string(containsString("U heeft in korte tijd te vaak naar inwoners gezocht")))
                .andExpect(content().string(containsString("U kunt weer zoeken om " + weer)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("inwoners gevonden"))));
        // The BRP look-up on the registration form is a BSN search too: the form stays, with the reason.
        mvc.perform(get("/inwoners/nieuw").param("bsn", bsn).with(consulent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U heeft in korte tijd te vaak naar inwoners gezocht")));

        // The refused BSN searches are in the log, as failed, for the BSN that was asked for.
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'inwoner.zoeken.geweigerd' and actor = ? "
                + "and status = 'ERROR' and betrokkene_id = ?").params(ACCOUNT, pseudoniemen.van(Betrokkene.bsn(bsn))).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'brp.bevragen.geweigerd' and actor = ? "
                + "and status = 'ERROR'").param(ACCOUNT).query(Long.class).single()).isEqualTo(1);

        // Per account: a colleague searches on.
        mvc.perform(get("/api/v1/inwoners").param("burgerservicenummer", bsn).with(user(COLLEGA).roles("CONSULENT")))
                .andExpect(status().isOk());
        // At the time the message named, searching works again.
        klok.zet(begin.plus(Duration.ofMinutes(1)));
        mvc.perform(get("/api/v1/inwoners").param("burgerservicenummer", bsn).with(consulent)).andExpect(status().isOk());
    }

    @Test
    void aRefusedSearchByNameIsLoggedForWhoeverItWouldHaveFound() throws Exception {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden Zoekremnaam", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Zoekremnaam", LocalDate.of(1975, 6, 7));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        klok.zet(Instant.now(klok).truncatedTo(ChronoUnit.SECONDS));
        RequestPostProcessor consulent = user(ACCOUNT).roles("CONSULENT");
        for (int i = 0; i < perMinuut; i++) {
            mvc.perform(get("/api/v1/inwoners").param("geslachtsnaam", "Zoekremnaam").param("geboortedatum", "1975-06-07").with(consulent))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.inwoners.length()").value(1));
        }
        mvc.perform(get("/api/v1/inwoners").param("geslachtsnaam", "Zoekremnaam").param("geboortedatum", "1975-06-07").with(consulent))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.inwoners").doesNotExist());
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'inwoner.zoeken.geweigerd' and actor = ? "
                + "and status = 'ERROR' and betrokkene_id = ?").params(ACCOUNT, pseudoniemen.van(Betrokkene.bsn(data.bsnVan(inwoner))))
                .query(Long.class).single()).isEqualTo(1);
        // An address search finds only who the user may see anyway: not limited.
        mvc.perform(get("/api/v1/inwoners").param("postcode", "2511AB").param("huisnummer", "1").with(consulent)).andExpect(status().isOk());
    }

    @Test
    void overADayTheDailyLimitHoldsAndFreesTheFirstPlaceADayLater() {
        Instant begin = Instant.now(klok).truncatedTo(ChronoUnit.SECONDS);
        // Calmly, never the minute's limit: one search every few seconds, a whole day's worth.
        Duration tussen = Duration.ofSeconds(60 / perMinuut + 1);
        for (int i = 0; i < perDag; i++) {
            klok.zet(begin.plus(tussen.multipliedBy(i)));
            zoekrem.tel(DAG);
        }
        Instant laatste = begin.plus(tussen.multipliedBy(perDag - 1));
        klok.zet(laatste.plus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> zoekrem.tel(DAG)).isInstanceOf(TeVaakGezochtException.class)
                .hasMessageContaining("in de laatste 24 uur al " + perDag + " keer")
                .satisfies(e -> assertThat(((TeVaakGezochtException) e).weerMogelijk()).isEqualTo(begin.plus(Duration.ofDays(1))));
        klok.zet(begin.plus(Duration.ofDays(1)));
        zoekrem.tel(DAG);
        assertThatThrownBy(() -> zoekrem.tel(DAG)).as("only the first place is free").isInstanceOf(TeVaakGezochtException.class);
    }
}
