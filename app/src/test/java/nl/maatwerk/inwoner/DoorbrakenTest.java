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

    @Autowired
    java.time.Clock klok;

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

    /**
     * A doorbraak opens the household page, where who left is shown by name and period (and the network with its phone
     * numbers): the doorbraak is logged for them too, not only for who lives there now.
     */
    @Test
    void aDoorbraakIsLoggedForEveryoneItOpensToTheProfessionalIncludingWhoLeftAndTheNetwork() {
        TestData data = new TestData(jdbc);
        java.time.LocalDate vandaag = java.time.LocalDate.now(klok);
        UUID elders = data.huishouden("Huishouden Doorbraakvertrokken", "wijkteam-laak");
        UUID bewoner = data.inwoner("Doorbraakbewoner", java.time.LocalDate.of(1980, 3, 3));
        UUID vertrokken = data.inwoner("Doorbraakvertrokken", java.time.LocalDate.of(1982, 4, 4));
        data.lid(elders, bewoner, "aanvrager", java.time.LocalDate.of(2015, 1, 1), null);
        data.lid(elders, vertrokken, "partner", java.time.LocalDate.of(2015, 1, 1), vandaag.minusMonths(3));
        UUID buurvrouw = UUID.randomUUID();
        jdbc.sql("insert into inwoner.netwerkrelatie (id, huishouden_id, naam, relatie, bijdrage, telefoonnummer) values (?, ?, ?, ?, ?, ?)")
                .params(buurvrouw, elders, "Buurvrouw Doorbraak", "buren", "Haalt boodschappen", "06 1111 3333").update();
        als("consulent", "CONSULENT");

        doorbraken.vraagAan(elders, "Inwoner staat aan de balie met een brief van de deurwaarder");

        for (var wie : java.util.List.of(nl.maatwerk.logboek.Betrokkene.bsn(data.bsnVan(bewoner)),
                nl.maatwerk.logboek.Betrokkene.bsn(data.bsnVan(vertrokken)), nl.maatwerk.logboek.Betrokkene.netwerkpersoon(buurvrouw))) {
            assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'huishouden.doorbraak' and actor = 'consulent' "
                    + "and betrokkene_id = ?").param(pseudoniemen.van(wie)).query(Long.class).single()).as("doorbraak logged for %s", wie.type())
                    .isEqualTo(1);
        }
    }

    @Test
    void aDoorbraakOnAHouseholdWithoutMembersIsLoggedForTheHousehold() {
        UUID leeg = new TestData(jdbc).huishouden("Huishouden Doorbraakleeg", "wijkteam-laak");
        als("consulent", "CONSULENT");

        doorbraken.vraagAan(leeg, "Melding van de woningcorporatie over een leegstaande woning");

        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'huishouden.doorbraak' and betrokkene_type = 'HUISHOUDEN' "
                + "and betrokkene_id = ?").param(pseudoniemen.van(nl.maatwerk.logboek.Betrokkene.huishouden(leeg))).query(Long.class).single())
                .isEqualTo(1);
    }
}
