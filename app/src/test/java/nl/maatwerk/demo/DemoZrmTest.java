package nl.maatwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import nl.maatwerk.demo.DemoGenerator.DemoHuishouden;
import org.junit.jupiter.api.Test;

class DemoZrmTest {

    private static List<DemoHuishouden> genereer(long seed, int aantal) {
        DemoGenerator g = new DemoGenerator(seed);
        return IntStream.range(0, aantal).mapToObj(i -> g.volgende()).toList();
    }

    @Test
    void aboutAQuarterOfTheHouseholdsHasOneToFourAssessmentsInTheTwoYearsBeforeThePeildatum() {
        List<DemoHuishouden> huishoudens = genereer(20261123, 4_000);
        long met = huishoudens.stream().filter(h -> !h.zrm().isEmpty()).count();
        assertThat(met).isBetween(800L, 1_200L);
        for (DemoHuishouden h : huishoudens) {
            assertThat(h.zrm().size()).isBetween(0, 4);
            for (int i = 0; i < h.zrm().size(); i++) {
                DemoZrm.Meting m = h.zrm().get(i);
                assertThat(m.datum()).isBetween(DemoGenerator.PEILDATUM.minusYears(2), DemoGenerator.PEILDATUM)
                        .isAfterOrEqualTo(h.leden().getFirst().vanaf());
                if (i > 0) {
                    assertThat(m.datum()).isAfter(h.zrm().get(i - 1).datum());
                }
                assertThat(m.scores()).hasSize(13).allSatisfy(s -> assertThat(s == null || s >= 1 && s <= 5).isTrue());
                assertThat(m.toelichtingen()).hasSize(13).allSatisfy(t -> assertThat(t == null || t.length() <= 500).isTrue());
                if (m.inwonerId() != null) {
                    assertThat(m.inwonerId()).isEqualTo(h.leden().getFirst().persoon().id());
                }
            }
        }
    }

    @Test
    void scoresMostlyImproveSlowlyAndSomeDomainsAreNotAssessed() {
        List<DemoHuishouden> huishoudens = genereer(7, 4_000);
        long omhoog = 0;
        long omlaag = 0;
        long nietBeoordeeld = 0;
        long scores = 0;
        for (DemoHuishouden h : huishoudens) {
            for (int i = 0; i < h.zrm().size(); i++) {
                List<Integer> nu = h.zrm().get(i).scores();
                nietBeoordeeld += nu.stream().filter(Objects::isNull).count();
                scores += nu.size();
                if (i == 0) {
                    continue;
                }
                List<Integer> vorige = h.zrm().get(i - 1).scores();
                for (int d = 0; d < 13; d++) {
                    if (nu.get(d) != null && vorige.get(d) != null) {
                        assertThat(Math.abs(nu.get(d) - vorige.get(d))).as("slowly: one step at a time").isLessThanOrEqualTo(1);
                        omhoog += nu.get(d) > vorige.get(d) ? 1 : 0;
                        omlaag += nu.get(d) < vorige.get(d) ? 1 : 0;
                    }
                }
            }
        }
        assertThat(omhoog).isGreaterThan(2 * omlaag);
        assertThat(omlaag).isPositive();
        assertThat((double) nietBeoordeeld / scores).isBetween(0.03, 0.15);
    }

    @Test
    void theSameSeedGivesTheSameHistoriesAndTwoThousandHouseholdsTakeLittleTime() {
        assertThat(genereer(11, 500)).extracting(DemoHuishouden::zrm).isEqualTo(genereer(11, 500).stream().map(DemoHuishouden::zrm).toList());
        long start = System.nanoTime();
        genereer(20261123, 2_000);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 2,000 households").isLessThan(2_000);
    }
}
