package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.maatwerk.TestData;
import nl.maatwerk.inwoner.Koppelingen.Grond;
import nl.maatwerk.inwoner.Koppelingen.Koppeling;
import nl.maatwerk.inwoner.Koppelingen.Zoekgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Matching people named in a message from outside (an early debt signal) to residents and households, many at once. */
@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
@WithMockUser(username = "consulent", roles = "CONSULENT")
class KoppelingenTest {

    @Autowired
    Koppelingen koppelingen;

    @Autowired
    JdbcClient jdbc;

    private static String postcode() {
        return "7" + ThreadLocalRandom.current().nextInt(100, 1000) + "KP";
    }

    @Test
    void byBsnToTheCurrentHouseholdElseByAddressOnlyWhenOneHouseholdLivesThereInTheOrderGiven() {
        TestData data = new TestData(jdbc);
        data.team("koppel-elders");
        // By BSN: the resident moved; the current household counts, with its team.
        UUID vroeger = data.huishouden("Huishouden Koppel vroeger", "wijkteam-centrum");
        UUID nu = data.huishouden("Huishouden Koppel nu", "koppel-elders");
        String bsn = TestData.nieuwBsn();
        UUID verhuisd = data.inwoner(bsn, "Koppelbsn", LocalDate.of(1980, 1, 1), postcode(), 3);
        data.lid(vroeger, verhuisd, "aanvrager", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31));
        data.lid(nu, verhuisd, "aanvrager", LocalDate.of(2020, 1, 1), null);
        // By address: one household at 12A; two households at 14.
        String adres = postcode();
        UUID enig = data.huishouden("Huishouden Koppel adres", "wijkteam-centrum");
        UUID opTwaalf = data.inwoner(TestData.nieuwBsn(), "Koppeladres", LocalDate.of(1990, 1, 1), adres, 12);
        jdbc.sql("update inwoner.inwoner set huisletter = 'a' where id = ?").param(opTwaalf).update();
        data.lid(enig, opTwaalf, "aanvrager", LocalDate.of(2020, 1, 1), null);
        for (String naam : List.of("Koppeltwee een", "Koppeltwee ander")) {
            UUID h = data.huishouden("Huishouden " + naam, "wijkteam-centrum");
            UUID i = data.inwoner(TestData.nieuwBsn(), naam, LocalDate.of(1970, 1, 1), adres, 14);
            data.lid(h, i, "aanvrager", LocalDate.of(2020, 1, 1), null);
        }

        List<Koppeling> k = koppelingen.koppel(List.of(
                new Zoekgegevens(bsn, null, null, null),
                new Zoekgegevens(null, adres.substring(0, 4) + " " + adres.substring(4).toLowerCase(), 12, "a"),
                new Zoekgegevens(null, adres, 14, null),
                new Zoekgegevens(TestData.nieuwBsn(), adres, 12, "A"),
                new Zoekgegevens(TestData.nieuwBsn(), null, null, null),
                new Zoekgegevens(null, adres, 12, null)));

        assertThat(k).hasSize(6);
        assertThat(k.get(0)).isEqualTo(new Koppeling(nu, verhuisd, "koppel-elders", Grond.BSN));
        assertThat(k.get(1)).as("postcode written with a space and lower case, the letter as an addition")
                .isEqualTo(new Koppeling(enig, null, "wijkteam-centrum", Grond.ADRES));
        assertThat(k.get(2)).as("two households at one address: no guess").isEqualTo(Koppeling.GEEN);
        assertThat(k.get(3)).as("an unknown BSN falls back on the address").isEqualTo(new Koppeling(enig, null, "wijkteam-centrum", Grond.ADRES));
        assertThat(k.get(4)).isEqualTo(Koppeling.GEEN);
        assertThat(k.get(5)).as("12 is not 12A").isEqualTo(Koppeling.GEEN);
    }

    @Test
    @WithMockUser(username = "beleid", roles = "BELEID")
    void onlyProfessionalsMatch() {
        assertThatThrownBy(() -> koppelingen.koppel(List.of(new Zoekgegevens(TestData.nieuwBsn(), null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Moved here from {@code VroegsignalenTest} with the matching itself. */
    @Test
    @Transactional
    void matchingByAddressUsesTheIndexOnTheNormalisedPostcode() {
        jdbc.sql("set local enable_seqscan = off").update();
        LocalDate vandaag = LocalDate.now();
        String plan = String.join("\n", jdbc.sql("explain " + Koppelingen.OP_ADRES).params("{" + postcode() + "}", "{12}", "{\"\"}", vandaag, vandaag)
                .query(String.class).list());
        assertThat(plan).contains("inwoner_postcode_genormaliseerd");
    }
}
