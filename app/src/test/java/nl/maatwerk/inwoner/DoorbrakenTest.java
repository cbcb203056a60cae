package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.platform.GebruikerRegister;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
class DoorbrakenTest {

    @Autowired
    Doorbraken doorbraken;

    @Autowired
    GebruikerRegister gebruikers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.maatwerk.logboek.Pseudoniemen pseudoniemen;

    @AfterEach
    void uitloggen() {
        SecurityContextHolder.clearContext();
    }

    private static void als(String gebruiker, String rol) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruiker, "n.v.t.",
                AuthorityUtils.createAuthorityList("ROLE_" + rol)));
    }

    @Test
    void theTeamLeadSeesEachDoorbraakOfTheTeamWithTheProfessionalsNameFromTheRegister() {
        UUID elders = new TestData(jdbc).huishouden("Huishouden Doorbraaktest", "wijkteam-laak");
        als("consulent", "CONSULENT");
        Doorbraken.Doorbraak gedaan = doorbraken.vraagAan(elders, "Inwoner meldt zich met een acute huurschuld aan de balie");

        als("teamleider", "TEAMLEIDER");
        assertThat(doorbraken.vanMijnTeam(50)).filteredOn(d -> d.id().equals(gedaan.id())).singleElement().satisfies(d -> {
            assertThat(d.gebruikersnaam()).isEqualTo("consulent");
            assertThat(d.medewerker()).isEqualTo(gebruikers.zoek("consulent").orElseThrow().naam());
            assertThat(d.huishoudenId()).isEqualTo(elders);
        });
    }

    @Test
    void readingTheReasonsOfDoorbrakenIsLoggedForThePeopleOfThoseHouseholds() {
        TestData data = new TestData(jdbc);
        UUID elders = data.huishouden("Huishouden Doorbraaklog", "wijkteam-laak");
        UUID bewoner = data.inwoner("Doorbraaklog", java.time.LocalDate.of(1980, 3, 3));
        data.lid(elders, bewoner, "aanvrager", java.time.LocalDate.of(2020, 1, 1), null);
        als("consulent", "CONSULENT");
        doorbraken.vraagAan(elders, "Inwoner staat aan de balie met een brief van de deurwaarder");
        String pseudoniem = pseudoniemen.van(nl.maatwerk.logboek.Betrokkene.bsn(data.bsnVan(bewoner)));

        als("teamleider", "TEAMLEIDER");
        doorbraken.vanMijnTeam(50);

        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'doorbraak.raadplegen' and actor = 'teamleider' "
                + "and betrokkene_id = ?").param(pseudoniem).query(Long.class).single()).isEqualTo(1);
    }
}
