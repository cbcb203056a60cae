package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search as professionals expect (issue 15): part of a name without a birth date and a postcode alone find the
 * residents of the households the user may see, never someone elsewhere; each result shows address, applicant
 * and members, so two people of the same name can be told apart; every search is logged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ZoekenZonderGeboortedatumTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.maatwerk.logboek.Pseudoniemen pseudoniemen;

    @Test
    void partOfANameWithoutBirthDateFindsOnlyWithinTheTeamAndShowsTheHouseholdToTellPeopleApart() throws Exception {
        TestData data = new TestData(jdbc);
        String s = UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        String team = "zoekteam-" + s;
        String ik = data.account("zoek-" + s, "CONSULENT", team);
        String naam = "Zoekdeel" + s;
        UUID hier = data.huishouden("Huishouden Zoek Hier", team);
        UUID moeder = data.inwoner(TestData.nieuwBsn(), naam, LocalDate.of(1980, 1, 1), "2512CC", 7);
        UUID kind = data.inwoner(TestData.nieuwBsn(), "Kindnaam" + s, LocalDate.of(2014, 1, 1), "2512CC", 7);
        data.lid(hier, moeder, "aanvrager", LocalDate.of(2020, 1, 1), null);
        data.lid(hier, kind, "kind", LocalDate.of(2020, 1, 1), null);
        UUID elders = data.huishouden("Huishouden Zoek Elders", "ander-" + team);
        UUID ander = data.inwoner(TestData.nieuwBsn(), naam, LocalDate.of(1990, 2, 2), "2512CC", 9);
        data.lid(elders, ander, "aanvrager", LocalDate.of(2020, 1, 1), null);
        long voor = jdbc.sql("select count(*) from logboek.logboek_record where actor = ? and naam = 'inwoner.zoeken'").param(ik)
                .query(Long.class).single();

        String html = mvc.perform(get("/zoeken").param("achternaam", naam.substring(2).toLowerCase()).param("geboortedatum", "")
                .with(user(ik).roles("CONSULENT"))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("1 inwoner gevonden", "Huishouden Zoek Hier", "Aanvrager: <span>Test " + naam + "</span>", "Test Kindnaam" + s + " (kind)",
                "Teststraat 7");
        assertThat(html).as("no one elsewhere, and no hint of them").doesNotContain(data.bsnVan(ander), "Huishouden Zoek Elders", "doorbraak");

        // The start page's one field takes part of a name as well.
        assertThat(mvc.perform(get("/zoeken").param("q", naam.substring(3)).with(user(ik).roles("CONSULENT"))).andReturn().getResponse()
                .getContentAsString()).contains("1 inwoner gevonden", "Huishouden Zoek Hier");

        String perPostcode = mvc.perform(get("/zoeken").param("postcode", "2512 cc").param("huisnummer", "")
                .with(user(ik).roles("CONSULENT"))).andReturn().getResponse().getContentAsString();
        assertThat(perPostcode).contains("2 inwoners gevonden", "Test " + naam, "Test Kindnaam" + s).doesNotContain(data.bsnVan(ander));

        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where actor = ? and naam = 'inwoner.zoeken'").param(ik)
                .query(Long.class).single() - voor).as("each search in the log, with everyone it showed").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where actor = ? and naam = 'inwoner.zoeken' and betrokkene_id = ?")
                .params(ik, pseudoniemen.van(nl.maatwerk.logboek.Betrokkene.bsn(data.bsnVan(kind)))).query(Long.class).single())
                .as("the members shown beside a result are logged too, in each of the three searches").isEqualTo(3);

        String teKort = mvc.perform(get("/zoeken").param("achternaam", "Z").param("geboortedatum", "")
                .with(user(ik).roles("CONSULENT"))).andReturn().getResponse().getContentAsString();
        assertThat(teKort).contains("Vul minstens 2 letters van de naam in.");
    }
}
