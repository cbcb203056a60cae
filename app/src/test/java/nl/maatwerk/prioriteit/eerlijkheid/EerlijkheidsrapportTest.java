package nl.maatwerk.prioriteit.eerlijkheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.maatwerk.platform.KleineGroep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
@WithMockUser(username = "beleid", roles = "BELEID")
class EerlijkheidsrapportTest {

    @Autowired
    Eerlijkheidsrapport rapport;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void ageBandsFollowTheBirthDateOnTheDayOfTheReport() {
        LocalDate dag = LocalDate.of(2026, 11, 26);
        assertThat(nl.maatwerk.inwoner.Groepskenmerken.leeftijdsgroep(LocalDate.of(2000, 11, 27), dag)).isEqualTo("18 tot 27");
        assertThat(nl.maatwerk.inwoner.Groepskenmerken.leeftijdsgroep(LocalDate.of(1999, 11, 26), dag)).isEqualTo("27 tot 40");
        assertThat(nl.maatwerk.inwoner.Groepskenmerken.leeftijdsgroep(LocalDate.of(1959, 11, 26), dag)).isEqualTo("67 en ouder");
        assertThat(nl.maatwerk.inwoner.Groepskenmerken.leeftijdsgroep(null, dag)).isEqualTo("onbekend");
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
                    assertThat(g.aantal()).isGreaterThanOrEqualTo(KleineGroep.MINIMUM);
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

    private static Eerlijkheidsrapport.Groep groep(String naam, int aantal) {
        return new Eerlijkheidsrapport.Groep(naam, aantal, 10.0, 10.0, 1.0, 50, List.of(25, 25, 25, 25));
    }

    private static Eerlijkheidsrapport.Groep verborgen(String naam) {
        return new Eerlijkheidsrapport.Groep(naam, null, null, null, null, null, List.of());
    }

    @Test
    void whenOneGroupIsHiddenTheNextSmallestIsHiddenTooSoNoSizeFollowsFromTheTotal() {
        List<Eerlijkheidsrapport.Groep> een = Eerlijkheidsrapport.aanvullendOnderdrukt(
                List.of(groep("Centrum", 40), verborgen("Haven"), groep("Noord", 12), groep("Zuid", 30)));
        assertThat(een).extracting(Eerlijkheidsrapport.Groep::groep, Eerlijkheidsrapport.Groep::onderdrukt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Centrum", false), org.assertj.core.groups.Tuple.tuple("Haven", true),
                org.assertj.core.groups.Tuple.tuple("Noord", true), org.assertj.core.groups.Tuple.tuple("Zuid", false));
        assertThat(een.get(2).aandeelInRij()).isNull();

        List<Eerlijkheidsrapport.Groep> twee = List.of(groep("Centrum", 40), verborgen("Haven"), verborgen("Noord"));
        assertThat(Eerlijkheidsrapport.aanvullendOnderdrukt(twee)).as("two hidden already give away only their sum").isEqualTo(twee);
        List<Eerlijkheidsrapport.Groep> geen = List.of(groep("Centrum", 40), groep("Noord", 12));
        assertThat(Eerlijkheidsrapport.aanvullendOnderdrukt(geen)).isEqualTo(geen);
    }

    @Test
    void theComputedReportNeverHidesExactlyOneGroup() {
        Eerlijkheidsrapport.Rapport r = rapport.bereken();
        for (List<Eerlijkheidsrapport.Groep> groepen : List.of(r.leeftijd(), r.wijk())) {
            assertThat(groepen.stream().filter(Eerlijkheidsrapport.Groep::onderdrukt).count()).isNotEqualTo(1);
        }
    }

    @Test
    @WithMockUser(username = "consulent", roles = "CONSULENT")
    void aConsulentDoesNotComputeIt() {
        assertThatThrownBy(() -> rapport.bereken()).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void thePageDrawsEachGroupingAsAChartBesideItsTableWithTheSameNumbersAndHiddenGroupsHidden() throws Exception {
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/eerlijkheid")).andReturn()
                .getResponse().getContentAsString();
        for (String deel : List.of("leeftijd", "wijk")) {
            List<List<String>> rijen = nl.maatwerk.platform.GrafiekHtml.rijen(html, "eerlijkheid-" + deel);
            String svg = nl.maatwerk.platform.GrafiekHtml.svg(html, "eerlijkheid-" + deel + "-grafiek");
            assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"eerlijkheid-" + deel + "-grafiek-titel\"", "<title id=");

            for (List<String> rij : rijen) {
                if (rij.get(1).startsWith("Niet getoond")) {
                    assertThat(svg).doesNotContain("<title>" + rij.getFirst() + ", ").contains(">verborgen</text>");
                } else {
                    assertThat(svg).contains("<title>" + rij.getFirst() + ", Aandeel in de werkvoorraad: " + rij.get(2) + "</title>",
                            "<title>" + rij.getFirst() + ", Aandeel bovenin: " + rij.get(3) + "</title>");
                }
            }
        }
    }
}
