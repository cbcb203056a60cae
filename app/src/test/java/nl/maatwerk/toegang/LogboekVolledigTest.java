package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Pseudoniemen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 13, finding 5: every read of personal data leaves a record, also when the household has no
 * current members, also when the read ends in an error, and also when the data goes out with a 409.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
class LogboekVolledigTest {

    @Autowired
    java.time.Clock klok;

    @Autowired
    Gezinsplannen plannen;

    @Autowired
    ZrmMetingen zrm;

    @Autowired
    Hulpvragen hulpvragen;

    @Autowired
    Pseudoniemen pseudoniemen;

    @Autowired
    nl.maatwerk.inwoner.Huishoudens huishoudens;

    @Autowired
    JdbcClient jdbc;

    TestData data;

    @BeforeEach
    void inloggen() {
        data = new TestData(jdbc);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("consulent", "n.v.t.",
                AuthorityUtils.createAuthorityList("ROLE_CONSULENT")));
    }

    @AfterEach
    void uitloggen() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void readingRequestsPlanAndZrmOfAHouseholdWhoseMembersAllLeftIsLoggedForThePeopleWhoLivedThere() {
        UUID huishouden = data.huishouden("Vertrokken gezin", "wijkteam-centrum");
        UUID moeder = data.inwoner("Vertrokken", LocalDate.of(1980, 4, 4));
        UUID zoon = data.inwoner("Vertrokken", LocalDate.of(2004, 8, 8));
        data.lid(huishouden, moeder, "aanvrager", LocalDate.of(2018, 1, 1), LocalDate.now(klok).minusMonths(2));
        data.lid(huishouden, zoon, "kind", LocalDate.of(2018, 1, 1), LocalDate.now(klok).minusMonths(2));
        UUID vraag = data.aanvraagParticipatiewet(huishouden, moeder, "Hulp bij de huur, van voor de verhuizing");

        plannen.lees(huishouden);
        zrm.overzicht(huishouden);
        hulpvragen.lees(vraag);
        hulpvragen.lijst(new Hulpvragen.Filter(huishouden, null, null), 1, 10);

        for (UUID lid : List.of(moeder, zoon)) {
            assertThat(namenVoor(lid)).as("the reads about the household the resident lived in")
                    .contains("gezinsplan.raadplegen", "zrm.raadplegen", "hulpvraag.raadplegen", "hulpvraag.lijst");
        }
    }

    @Test
    void aHouseholdThatNeverHadMembersIsItselfTheSubjectOfTheRecord() {
        UUID huishouden = data.huishouden("Nog zonder leden", "wijkteam-centrum");

        plannen.lees(huishouden);
        huishoudens.lees(huishouden);

        String pseudoniem = pseudoniemen.van(Betrokkene.huishouden(huishouden));
        assertThat(jdbc.sql("select naam from logboek.logboek_record where betrokkene_id = ? and betrokkene_type = 'HUISHOUDEN'")
                .param(pseudoniem).query(String.class).list()).containsExactlyInAnyOrder("gezinsplan.raadplegen", "huishouden.raadplegen");
    }

    @Test
    void aSaveThatEndsInAConflictIsLoggedAsFailedAndThePlanItReturnsAsRead() {
        UUID huishouden = data.huishouden("Conflictgezin", "wijkteam-centrum");
        UUID vader = data.inwoner("Conflict", LocalDate.of(1979, 9, 9));
        data.lid(huishouden, vader, "aanvrager", LocalDate.of(2020, 1, 1), null);
        PlanInhoud inhoud = new PlanInhoud(LocalDate.now(klok).plusMonths(3), List.of(new PlanDoel(null, Levensdomein.FINANCIEN,
                "Overzicht in de rekeningen", List.of(new PlanActie(null, "Post samen openen", PlanEigenaar.NETWERK, "Buurman",
                        null, PlanStatus.OPEN)))));
        plannen.slaOp(huishouden, inhoud, 0);
        long fouten = aantal(vader, "gezinsplan.vastleggen", "ERROR");
        long gelezen = aantal(vader, "gezinsplan.raadplegen", "OK");

        // A colleague still on version 0 saves: nothing is saved and the current plan comes back with the 409.
        assertThatThrownBy(() -> plannen.slaOp(huishouden, inhoud, 0)).isInstanceOf(PlanConflictException.class);

        assertThat(aantal(vader, "gezinsplan.vastleggen", "ERROR") - fouten)
                .as("the failed save, although its transaction was rolled back").isEqualTo(1);
        assertThat(aantal(vader, "gezinsplan.raadplegen", "OK") - gelezen).as("the plan that goes out with the conflict").isEqualTo(1);
    }

    private List<String> namenVoor(UUID inwoner) {
        return jdbc.sql("select naam from logboek.logboek_record where betrokkene_id = ? and actor = 'consulent'")
                .param(pseudoniem(inwoner)).query(String.class).list();
    }

    private long aantal(UUID inwoner, String naam, String status) {
        return jdbc.sql("select count(*) from logboek.logboek_record where betrokkene_id = ? and naam = ? and status = ?")
                .params(pseudoniem(inwoner), naam, status).query(Long.class).single();
    }

    private String pseudoniem(UUID inwoner) {
        return pseudoniemen.van(Betrokkene.bsn(data.bsnVan(inwoner)));
    }
}
