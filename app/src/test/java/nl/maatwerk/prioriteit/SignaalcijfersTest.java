package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.maatwerk.TestData;
import nl.maatwerk.platform.GrafiekHtml;
import nl.maatwerk.platform.KleineGroep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The signals in figures (issue 15): per creditor and the reach per month, each a chart with its table, small groups hidden. */
@SpringBootTest
@AutoConfigureMockMvc // the context of the other MockMvc tests: one context, one database
class SignaalcijfersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Vroegsignalen signalen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock klok;

    @Test
    void everyMonthIsThereAndAShareOfFewerThanTheMinimumOrOfNothingIsHidden() {
        YearMonth jan = YearMonth.of(2026, 1);
        int m = KleineGroep.MINIMUM;
        List<Vroegsignalen.Bereikmaand> b = SignaalDashboard.bereik(jan, jan.plusMonths(3), List.of(
                new SignaalOpslag.Bereik(jan, 2L * m, m, 2L * m, 3L * m / 2),
                new SignaalOpslag.Bereik(jan.plusMonths(2), m - 1, m - 1, m - 1, m - 1),
                new SignaalOpslag.Bereik(jan.plusMonths(3), m, 0, 0, 0)));

        assertThat(b).extracting(Vroegsignalen.Bereikmaand::maand).containsExactly(jan, jan.plusMonths(1), jan.plusMonths(2), jan.plusMonths(3));
        assertThat(b.get(0)).isEqualTo(new Vroegsignalen.Bereikmaand(jan, 2L * m, 50, 2L * m, 75));
        assertThat(b.get(1)).as("a month without signals is shown, with nothing to share").isEqualTo(
                new Vroegsignalen.Bereikmaand(jan.plusMonths(1), 0L, null, 0L, null));
        assertThat(b.get(2)).as("fewer than the minimum: base and share hidden").isEqualTo(
                new Vroegsignalen.Bereikmaand(jan.plusMonths(2), null, null, null, null));
        assertThat(b.get(3)).as("a real zero share is shown as zero").isEqualTo(new Vroegsignalen.Bereikmaand(jan.plusMonths(3), (long) m, 0, 0L, null));
    }

    @Test
    @WithMockUser(username = "consulent", roles = "CONSULENT")
    void thePageShowsEachChartWithATableThatSaysTheSame() throws Exception {
        // Signals received 40 days ago, six of them reached within 14 days, three more within 28 days: one month of reach.
        LocalDate vandaag = LocalDate.now(klok);
        LocalDate ontvangen = vandaag.minusDays(40);
        StringBuilder csv = new StringBuilder("schuldeiser_type,schuldeiser,bsn,postcode,huisnummer,toevoeging,bedrag,maanden,datum");
        for (int i = 0; i < KleineGroep.MINIMUM + 2; i++) {
            csv.append("\nwater,Dunea,").append(TestData.nieuwBsn()).append(",,,,88.00,1,").append(ontvangen);
        }
        Vroegsignalen.Verslag v = signalen.importeer("bereik.csv", null, csv.toString());
        assertThat(v.nieuw()).isEqualTo(KleineGroep.MINIMUM + 2);
        jdbc.sql("update prioriteit.vroegsignaal set ontvangen_op = ? where import_id = ?").params(ontvangen, v.importId()).update();
        jdbc.sql("update prioriteit.vroegsignaal set eerste_contact_op = ontvangen_op + 10 where import_id = ? and regel <= 7")
                .params(v.importId()).update();
        jdbc.sql("update prioriteit.vroegsignaal set eerste_contact_op = ontvangen_op + 20 where import_id = ? and regel between 8 and 10")
                .params(v.importId()).update();

        String html = mvc.perform(get("/vroegsignalen/overzicht").with(user("beleid").roles("BELEID"))).andReturn().getResponse()
                .getContentAsString();

        String perSchuldeiser = GrafiekHtml.svg(html, "signalen-per-schuldeiser");
        assertThat(perSchuldeiser).contains("role=\"img\"", "aria-labelledby=\"signalen-per-schuldeiser-titel\"",
                "<title id=\"signalen-per-schuldeiser-titel\">Signalen per soort schuldeiser</title>");
        List<List<String>> tabel = GrafiekHtml.rijen(html, "dashboard");
        assertThat(tabel).extracting(r -> r.getFirst()).containsExactly("Verhuurder", "Energieleverancier", "Drinkwaterbedrijf", "Zorgverzekeraar");
        for (List<String> rij : tabel) {
            if (rij.get(1).startsWith("minder dan")) {
                assertThat(perSchuldeiser).doesNotContain("<title>" + rij.getFirst() + ", Signalen:");
            } else {
                assertThat(perSchuldeiser).contains("<title>" + rij.getFirst() + ", Signalen: " + rij.get(1) + "</title>");
            }
        }
        assertThat(tabel.get(2).get(1)).as("our twelve water signals at least").doesNotStartWith("minder dan");

        String bereik = GrafiekHtml.svg(html, "bereik-per-maand");
        assertThat(bereik).contains("role=\"img\"", "<title id=\"bereik-per-maand-titel\">");
        List<List<String>> maanden = GrafiekHtml.rijen(html, "bereik-tabel");
        assertThat(maanden).as("twelve months, this one included").hasSize(12);
        String maandNaam = maanden.stream().map(List::getFirst).filter(n -> n.endsWith(String.valueOf(ontvangen.getYear()))
                && n.startsWith(ontvangen.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag("nl-NL"))))
                .findFirst().orElseThrow();
        for (List<String> rij : maanden) {
            for (int kolom : new int[] {2, 4}) {
                String reeks = kolom == 2 ? "Binnen 14 dagen" : "Binnen 28 dagen";
                if (rij.get(kolom).endsWith("%")) {
                    assertThat(bereik).contains("<title>" + rij.getFirst() + ", " + reeks + ": " + rij.get(kolom) + "</title>");
                } else {
                    assertThat(bereik).doesNotContain("<title>" + rij.getFirst() + ", " + reeks + ":");
                }
            }
            if (rij.getFirst().equals(maandNaam)) {
                assertThat(rij.get(2)).as("a month with our signals has a share").endsWith("%");
            }
        }
        assertThat(html).doesNotContain("Dunea");
    }
}
