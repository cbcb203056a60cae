package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.logboek.Betrokkene;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The grouping attributes of the fairness report: the applicant's birth date and wijk, for aggregate roles only. */
@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
@WithMockUser(username = "beleid", roles = "BELEID")
class GroepskenmerkenTest {

    @Autowired
    Groepskenmerken groepskenmerken;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicantOnTheDayCountsElseTheOldestMember() {
        TestData data = new TestData(jdbc);
        LocalDate dag = LocalDate.of(2026, 6, 1);
        UUID metAanvrager = data.huishouden("Huishouden Groep een", "wijkteam-centrum");
        UUID aanvrager = data.inwoner("Groepaanvrager", LocalDate.of(1995, 1, 1));
        data.lid(metAanvrager, aanvrager, "aanvrager", LocalDate.of(2020, 1, 1), null);
        data.lid(metAanvrager, data.inwoner("Groepouder", LocalDate.of(1950, 1, 1)), "medebewoner", LocalDate.of(2020, 1, 1), null);
        UUID zonder = data.huishouden("Huishouden Groep twee", "wijkteam-centrum");
        UUID vertrokken = data.inwoner("Groepvertrokken", LocalDate.of(1940, 1, 1));
        data.lid(zonder, vertrokken, "aanvrager", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
        UUID oudste = data.inwoner("Groepoudste", LocalDate.of(1960, 1, 1));
        data.lid(zonder, oudste, "medebewoner", LocalDate.of(2020, 1, 1), null);
        data.lid(zonder, data.inwoner("Groepjongste", LocalDate.of(2010, 1, 1)), "kind", LocalDate.of(2020, 1, 1), null);

        Map<UUID, Groepskenmerken.Kenmerken> k = groepskenmerken.vanHuishoudens(List.of(metAanvrager, zonder), dag);

        assertThat(k.get(metAanvrager)).isEqualTo(new Groepskenmerken.Kenmerken(LocalDate.of(1995, 1, 1), "Centrum",
                Betrokkene.bsn(data.bsnVan(aanvrager))));
        assertThat(k.get(zonder).geboortedatum()).as("the applicant had left; the oldest member on the day").isEqualTo(LocalDate.of(1960, 1, 1));
        assertThat(k.get(zonder).betrokkene()).isEqualTo(Betrokkene.bsn(data.bsnVan(oudste)));
    }

    @Test
    @WithMockUser(username = "consulent", roles = "CONSULENT")
    void aProfessionalDoesNotGetThem() {
        assertThatThrownBy(() -> groepskenmerken.vanHuishoudens(List.of(UUID.randomUUID()), LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
