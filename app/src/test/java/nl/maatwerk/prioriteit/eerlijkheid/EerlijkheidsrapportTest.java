package nl.maatwerk.prioriteit.eerlijkheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.maatwerk.prioriteit.Aggregaten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "beleid", roles = "BELEID")
class EerlijkheidsrapportTest {

    @Autowired
    Eerlijkheidsrapport rapport;

    @Test
    void ageBandsFollowTheBirthDateOnTheDayOfTheReport() {
        LocalDate dag = LocalDate.of(2026, 11, 26);
        assertThat(Eerlijkheidsrapport.leeftijdsgroep(LocalDate.of(2000, 11, 27), dag)).isEqualTo("18 tot 27");
        assertThat(Eerlijkheidsrapport.leeftijdsgroep(LocalDate.of(1999, 11, 26), dag)).isEqualTo("27 tot 40");
        assertThat(Eerlijkheidsrapport.leeftijdsgroep(LocalDate.of(1959, 11, 26), dag)).isEqualTo("67 en ouder");
        assertThat(Eerlijkheidsrapport.leeftijdsgroep(null, dag)).isEqualTo("onbekend");
    }

    @Test
    void theReportIsAggregatedSuppressesSmallGroupsAndItsSharesAddUp() {
        Eerlijkheidsrapport.Rapport r = rapport.bereken();
        assertThat(r.aantalItems()).isPositive();
        assertThat(r.geslachtBekend()).isFalse();
        for (List<Eerlijkheidsrapport.Groep> groepen : List.of(r.leeftijd(), r.wijk())) {
            assertThat(groepen).isNotEmpty();
            for (Eerlijkheidsrapport.Groep g : groepen) {
                if (g.onderdrukt()) {
                    assertThat(g.aandeelInRij()).isNull();
                    assertThat(g.verhouding()).isNull();
                } else {
                    assertThat(g.aantal()).isGreaterThanOrEqualTo(Aggregaten.MINIMALE_GROEP);
                    assertThat(g.kwarten()).hasSize(4);
                    assertThat(g.kwarten().stream().mapToInt(Integer::intValue).sum()).isBetween(98, 102);
                    assertThat(g.verhouding()).isCloseTo(g.aandeelInRij() == 0 ? 0 : g.aandeelInTop() / g.aandeelInRij(),
                            org.assertj.core.data.Offset.offset(0.02));
                }
            }
            int zichtbaar = groepen.stream().filter(g -> !g.onderdrukt()).mapToInt(Eerlijkheidsrapport.Groep::aantal).sum();
            assertThat(zichtbaar).isLessThanOrEqualTo(r.aantalItems());
        }
    }

    @Test
    @WithMockUser(username = "consulent", roles = "CONSULENT")
    void aConsulentDoesNotComputeIt() {
        assertThatThrownBy(() -> rapport.bereken()).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
