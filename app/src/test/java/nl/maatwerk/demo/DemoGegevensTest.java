package nl.maatwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DemoGegevensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoGegevens demo;

    @Autowired
    Clock klok;

    @Value("${maatwerk.demo-data.seed}")
    long seed;

    private long demoHuishoudens() {
        return jdbc.sql("select aantal_huishoudens from demo.demo_stand where seed = ?").param(seed).query(Long.class).single();
    }

    @Test
    void startUpSeedsTheConfiguredNumberOfHouseholdsAndAToppingUpAddsOnlyTheMissingOnes() {
        long voor = demoHuishoudens();
        assertThat(voor).isGreaterThanOrEqualTo(150);
        long huishoudens = jdbc.sql("select count(*) from inwoner.huishouden").query(Long.class).single();
        assertThat(demo.vul((int) voor + 20)).isEqualTo(20);
        assertThat(demo.vul((int) voor + 20)).isZero();
        assertThat(demoHuishoudens()).isEqualTo(voor + 20);
        assertThat(jdbc.sql("select count(*) from inwoner.huishouden").query(Long.class).single()).isEqualTo(huishoudens + 20);
    }

    @Test
    void aShareOfTheDemoHouseholdsHasAZrmHistoryWithAllThirteenDomains() {
        long metZrm = jdbc.sql("select count(distinct huishouden_id) from toegang.zrm_meting where door_gebruikersnaam is null")
                .query(Long.class).single();
        assertThat(metZrm).isBetween(demoHuishoudens() / 8, demoHuishoudens() / 2);
        assertThat(jdbc.sql("select count(*) from toegang.zrm_meting m where (select count(*) from toegang.zrm_score s where s.meting_id = m.id) <> 13")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from toegang.zrm_score where score is null").query(Long.class).single()).isPositive();
    }

    @Test
    void theConsulentSeesTheDemoHouseholdsOfTheOwnTeamThroughTheApi() throws Exception {
        mvc.perform(get("/api/v1/huishoudens").with(httpBasic("consulent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paginering.totaalAantal").value(org.hamcrest.Matchers.greaterThan(10)));
    }

    @Test
    void theDemoResidentAccountBelongsToAFamilyInTheConsulentsTeamAndSeesOnlyThatHousehold() {
        var eigen = jdbc.sql("""
                select h.id from platform.gebruiker g join inwoner.huishouden_lid l on l.inwoner_id = g.inwoner_id
                join inwoner.huishouden h on h.id = l.huishouden_id where g.gebruikersnaam = 'inwoner'
                """).query(java.util.UUID.class).list();
        assertThat(eigen).hasSize(1);
        String team = jdbc.sql("select team_id from inwoner.huishouden where id = ?").param(eigen.getFirst()).query(String.class).single();
        assertThat(team).isEqualTo(DemoOmgeving.TEAM_CENTRUM);
        assertThat(jdbc.sql("select count(*) from inwoner.huishouden_toewijzing where gebruikersnaam = 'regisseur'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theDemoBrpFillsInTheRegistrationFormForATestBsnAndSaysSoForAnUnknownOne() throws Exception {
        var consulent = user("consulent").roles("CONSULENT");
        mvc.perform(get("/inwoners/nieuw").param("bsn", "999990019").with(consulent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("demo-BRP")))
                .andExpect(content().string(containsString("value=\"999990019\"")))
                .andExpect(content().string(containsString("&#39;s-Gravenhage")));
        mvc.perform(get("/inwoners/nieuw").param("bsn", "123456782").with(consulent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kent geen persoon met dit BSN")));
        mvc.perform(get("/inwoners/nieuw").param("bsn", "12345").with(consulent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("geen geldig BSN")));
    }

    @Test
    void theDemoCityHasRequestsWithRunningClocksRegieAndConsentAndTheConsulentHasAWorkList() throws Exception {
        assertThat(jdbc.sql("select count(*) from toegang.hulpvraag").query(Long.class).single()).isGreaterThan(5);
        assertThat(jdbc.sql("select count(*) from toegang.termijn where afgerond_op is null and gestopt_reden is null").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from toegang.regie where tot is null").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from toegang.hulpvraag h join inwoner.huishouden x on x.id = h.huishouden_id where h.behandelaar is not null "
                + "and x.team_id <> 'wijkteam-centrum'").query(Long.class).single()).as("handlers only where demo accounts work").isZero();
        mvc.perform(get("/werkvoorraad").with(user("consulent").roles("CONSULENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mw-termijn")));
    }

    @Test
    void aStartOnTheTemplateAddsTheRequestsOfHouseholdsThatHaveOnlyTheirInwonerPartCountedFromThatDay() {
        int voor = (int) demoHuishoudens();
        LocalDate vandaag = LocalDate.now(klok);
        // The ten households after the ones there now, as the generator makes them.
        DemoGenerator generator = new DemoGenerator(seed);
        for (int i = 0; i < voor; i++) {
            generator.volgende();
        }
        List<DemoGenerator.DemoHuishouden> tien = java.util.stream.IntStream.range(0, 10).mapToObj(i -> generator.volgende()).toList();
        UUID[] ids = tien.stream().map(DemoGenerator.DemoHuishouden::id).toArray(UUID[]::new);

        // What the build's template holds: the households, without what counts from the day.
        assertThat(demo.vulInwoner(voor + 10).nieuw()).isEqualTo(10);
        assertThat(vragen(ids)).isZero();
        assertThat(jdbc.sql("select count(*) from inwoner.huishouden where id = any(?)").param(ids).query(Long.class).single()).isEqualTo(10);
        assertThatIllegalStateException().isThrownBy(() -> demo.vulToegang(voor + 11, vandaag)).withMessageContaining("huishoudens");

        // The start adds the toegang part, with the requests that toegang's part of each household holds for that day.
        assertThat(demo.vulToegang(voor + 10, vandaag).nieuw()).isEqualTo(10);
        long verwacht = tien.stream().mapToLong(h -> demo.toegangsdeel(h, vandaag).hulpvragen().size()).sum();
        assertThat(vragen(ids)).isEqualTo(verwacht).isPositive();
        assertThat(jdbc.sql("select min(ontvangen_op) from toegang.hulpvraag where huishouden_id = any(?)").param(ids)
                .query(LocalDate.class).single()).isAfter(vandaag.minusDays(71));
        assertThat(demo.vulToegang(voor + 10, vandaag).nieuw()).isZero();
    }

    private long vragen(UUID[] huishoudens) {
        return jdbc.sql("select count(*) from toegang.hulpvraag where huishouden_id = any(?)").param(huishoudens).query(Long.class).single();
    }
}
