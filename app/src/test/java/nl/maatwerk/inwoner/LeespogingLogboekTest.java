package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Pseudoniemen;
import nl.maatwerk.regels.Bsn;
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
 * Issue 13 follow-up: trying to read about a person is a processing of their data, also when the answer
 * is "nothing": a BRP lookup of a BSN the register does not know, a search on a BSN that shows no one,
 * and the composition of a household on a day nobody lived there each leave a record, for the BSN
 * asked about (pseudonymised like every BSN in the log) or for the members whose periods gave the answer.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
class LeespogingLogboekTest {

    @Autowired
    Inwoners inwoners;

    @Autowired
    Huishoudens huishoudens;

    @Autowired
    Pseudoniemen pseudoniemen;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void inloggen() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("consulent", "n.v.t.",
                AuthorityUtils.createAuthorityList("ROLE_CONSULENT")));
    }

    @AfterEach
    void uitloggen() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBrpLookupOfABsnTheRegisterDoesNotKnowIsLoggedForThatBsn() {
        // The demo BRP knows only numbers in the 999 test range.
        String onbekend = String.format("%09d", Bsn.volgendeGeldige(123_456_000L));
        long voor = aantal(onbekend, "brp.bevragen");

        assertThat(inwoners.vraagOpInBrp(onbekend)).isEmpty();

        assertThat(aantal(onbekend, "brp.bevragen") - voor).isEqualTo(1);
    }

    @Test
    void aSearchOnABsnThatShowsNoOneIsLoggedForThatBsn() {
        String nergens = TestData.nieuwBsn();
        long voor = aantal(nergens, "inwoner.zoeken");

        assertThat(inwoners.zoekOpBsn(nergens).inwoners()).isEmpty();

        assertThat(aantal(nergens, "inwoner.zoeken") - voor).isEqualTo(1);
    }

    @Test
    void theCompositionOnADayNobodyLivedThereIsLoggedForTheMembersWhosePeriodsSaySo() {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Leeg op peildatum", "wijkteam-centrum");
        UUID bewoner = data.inwoner("Leegoppeildatum", LocalDate.of(1985, 5, 5));
        data.lid(huishouden, bewoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
        String bsn = data.bsnVan(bewoner);
        long voor = aantal(bsn, "huishouden.samenstelling");

        assertThat(huishoudens.samenstellingOp(huishouden, LocalDate.of(2019, 6, 1))).isEmpty();

        assertThat(aantal(bsn, "huishouden.samenstelling") - voor).isEqualTo(1);
    }

    @Test
    void theCompositionOfAHouseholdThatNeverHadMembersIsLoggedForTheHousehold() {
        UUID huishouden = new TestData(jdbc).huishouden("Nooit bewoond", "wijkteam-centrum");

        assertThat(huishoudens.samenstellingOp(huishouden, LocalDate.of(2019, 6, 1))).isEmpty();

        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'huishouden.samenstelling' "
                        + "and betrokkene_type = 'HUISHOUDEN' and betrokkene_id = ?")
                .param(pseudoniemen.van(Betrokkene.huishouden(huishouden))).query(Long.class).single()).isEqualTo(1);
    }

    private long aantal(String bsn, String naam) {
        return jdbc.sql("select count(*) from logboek.logboek_record where naam = ? and betrokkene_type = 'BSN' and betrokkene_id = ? "
                        + "and actor = 'consulent'")
                .params(naam, pseudoniemen.van(Betrokkene.bsn(bsn))).query(Long.class).single();
    }
}
