package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.maatwerk.platform.KleineGroep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The team lead's figures (issue 15): counted per law and month with zero months shown, small groups hidden by the one rule. */
@SpringBootTest
@AutoConfigureMockMvc
class TeamcijfersTest {

    static final YearMonth VAN = YearMonth.of(2026, 1);
    static final YearMonth TOT = YearMonth.of(2026, 3);

    @Autowired
    MockMvc mvc;

    private static List<Teamcijfers.Uitkomst> uitkomsten(Wet wet, YearMonth maand, int gehaald, int overschreden) {
        List<Teamcijfers.Uitkomst> uit = new ArrayList<>(Collections.nCopies(gehaald, new Teamcijfers.Uitkomst(wet, maand, true)));
        uit.addAll(Collections.nCopies(overschreden, new Teamcijfers.Uitkomst(wet, maand, false)));
        return uit;
    }

    @Test
    void everyMonthIsShownWithItsCountsWhenNoGroupIsSmall() {
        List<Teamcijfers.Uitkomst> u = new ArrayList<>(uitkomsten(Wet.WMO, VAN, KleineGroep.MINIMUM, KleineGroep.MINIMUM));
        u.addAll(uitkomsten(Wet.WMO, TOT, KleineGroep.MINIMUM + 2, 0));
        List<Teamcijfers.Duur> duren = new ArrayList<>();
        for (int d = 1; d <= KleineGroep.MINIMUM; d++) {
            duren.add(new Teamcijfers.Duur(Wet.WMO, d * 10L));
        }
        Teamcijfers.PerWet wmo = Teamcijfers.tel(u, duren, VAN, TOT).getFirst();
        assertThat(wmo.totaal()).isEqualTo(3L * KleineGroep.MINIMUM + 2);
        assertThat(wmo.gehaald()).isEqualTo(2L * KleineGroep.MINIMUM + 2);
        assertThat(wmo.overschreden()).isEqualTo(KleineGroep.MINIMUM);
        assertThat(wmo.maanden()).extracting(Teamcijfers.Maand::gehaald)
                .as("February had no deadline and is shown as zero").containsExactly((long) KleineGroep.MINIMUM, 0L, KleineGroep.MINIMUM + 2L);
        // Ten lead times of 10..100 days: the median is the 5th (50), the 90th percentile the 9th (90).
        assertThat(wmo.doorlooptijd()).isEqualTo(new Teamcijfers.Doorlooptijd((long) KleineGroep.MINIMUM, 50, 90));
    }

    @Test
    void oneSmallMonthHidesTheWholeMonthSeriesAndFewDecisionsHideTheLeadTime() {
        List<Teamcijfers.Uitkomst> u = new ArrayList<>(uitkomsten(Wet.JEUGDWET, VAN, KleineGroep.MINIMUM, KleineGroep.MINIMUM));
        u.addAll(uitkomsten(Wet.JEUGDWET, TOT, KleineGroep.MINIMUM - 1, 0));
        Teamcijfers.PerWet jw = Teamcijfers.tel(u, List.of(new Teamcijfers.Duur(Wet.JEUGDWET, 30)), VAN, TOT).getFirst();
        assertThat(jw.totaal()).isEqualTo(3L * KleineGroep.MINIMUM - 1);
        assertThat(jw.gehaald()).isEqualTo(2L * KleineGroep.MINIMUM - 1);
        assertThat(jw.maandenVerborgen()).isTrue();
        assertThat(jw.maanden()).allMatch(m -> m.gehaald() == null && m.overschreden() == null);
        assertThat(jw.doorlooptijd().mediaan()).isNull();

        List<Teamcijfers.Uitkomst> klein = uitkomsten(Wet.WGS, VAN, KleineGroep.MINIMUM + 5, KleineGroep.MINIMUM - 1);
        Teamcijfers.PerWet wgs = Teamcijfers.tel(klein, List.of(), VAN, TOT).getFirst();
        assertThat(wgs.totaal()).as("the total is not small").isEqualTo(2L * KleineGroep.MINIMUM + 4);
        assertThat(wgs.gehaald()).as("met and overrun add up to the total: one small hides both").isNull();
        assertThat(wgs.overschreden()).isNull();
    }

    @Test
    void theLawOfADeadlineFollowsItsCode() {
        assertThat(Teamcijfers.wetVan("wgs-eerste-gesprek-dreiging")).isEqualTo(Wet.WGS);
        assertThat(Teamcijfers.wetVan("pw-besluit")).isEqualTo(Wet.PARTICIPATIEWET);
        assertThat(Teamcijfers.wetVan("wmo-onderzoek")).isEqualTo(Wet.WMO);
        assertThat(Teamcijfers.wetVan("jw-besluit")).isEqualTo(Wet.JEUGDWET);
    }

    @Test
    void theTeamLeadSeesTheFiguresAsChartsWithTablesAndOthersDoNot() throws Exception {
        String html = mvc.perform(get("/team/cijfers").with(user("teamleider").roles("TEAMLEIDER"))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Cijfers van het team", "Wettelijke termijnen: gehaald en overschreden", "Doorlooptijd",
                "Werklast per medewerker", "<svg", "Toon als tabel", "role=\"img\"");
        assertThat(html).contains("id=\"werklast-grafiek\"", "aria-labelledby=\"werklast-grafiek-titel\"");
        // Lead times: each law in the chart, a hidden one saying "verborgen" as the table does.
        List<List<String>> duur = nl.maatwerk.platform.GrafiekHtml.rijen(html.replace("<caption class=\"utrecht-table__caption\">Doorlooptijd per wet",
                "<caption id=\"doorlooptijd-tabel\">"), "doorlooptijd-tabel");
        if (!duur.isEmpty()) {
            String grafiek = nl.maatwerk.platform.GrafiekHtml.svg(html, "doorlooptijd-grafiek");
            for (List<String> wet : duur) {
                assertThat(grafiek).contains(wet.get(2).equals("verborgen") ? ">verborgen</text>"
                        : "<title>" + wet.getFirst() + ", Mediaan: " + wet.get(2) + "</title>");
            }
        }
        // Caseload: each worker's bar says what the table says.
        String werklast = html.substring(html.indexOf("<caption class=\"utrecht-table__caption\">Open hulpvragen per medewerker"));
        java.util.regex.Matcher rij = java.util.regex.Pattern.compile("scope=\"row\">([^<]+)</th>\\s*<td class=\"utrecht-table__cell\">(\\d+)</td>")
                .matcher(werklast.substring(0, werklast.indexOf("</table>")));
        int rijen = 0;
        while (rij.find()) {
            rijen++;
            assertThat(html).contains("<title>" + rij.group(1) + ", Open hulpvragen: " + rij.group(2) + "</title>");
        }
        assertThat(rijen).isPositive();
        assertThat(mvc.perform(get("/team/cijfers").with(user("consulent").roles("CONSULENT"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
