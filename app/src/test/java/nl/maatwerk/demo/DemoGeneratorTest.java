package nl.maatwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import nl.maatwerk.demo.DemoGenerator.DemoHuishouden;
import nl.maatwerk.demo.DemoGenerator.Lid;
import nl.maatwerk.demo.DemoGenerator.Soort;
import nl.maatwerk.regels.Bsn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class DemoGeneratorTest {

    private static List<DemoHuishouden> genereer(long seed, int aantal) {
        DemoGenerator g = new DemoGenerator(seed);
        return IntStream.range(0, aantal).mapToObj(i -> g.volgende()).toList();
    }

    @Test
    void theSameSeedGivesTheSameHouseholdsAndAnotherSeedOthers() {
        assertThat(genereer(7, 300)).isEqualTo(genereer(7, 300));
        assertThat(genereer(8, 300)).isNotEqualTo(genereer(7, 300));
    }

    @Test
    void everyBsnPassesTheElevenTestIsUniqueAndLiesInTheTestRangeOutsideTheBlockTheTestsUse() {
        Set<String> gezien = new HashSet<>();
        for (DemoHuishouden h : genereer(20261123, 5_000)) {
            for (Lid lid : h.leden()) {
                String bsn = lid.persoon().bsn();
                assertThat(Bsn.isGeldig(bsn)).as(bsn).isTrue();
                assertThat(bsn).startsWith("999");
                assertThat(Long.parseLong(bsn) >= DemoGenerator.TESTREEKS_VAN && Long.parseLong(bsn) <= DemoGenerator.TESTREEKS_TOT).as(bsn).isFalse();
                assertThat(gezien.add(bsn)).as("dubbel BSN " + bsn).isTrue();
            }
        }
    }

    @Test
    void whenTheTestRangeRunsOutBsnsStayValidAndUniqueInTheReserveRange() {
        DemoGenerator g = new DemoGenerator(1);
        Set<String> gezien = new HashSet<>();
        while (!g.buitenTestreeks()) {
            g.volgende().leden().forEach(l -> assertThat(gezien.add(l.persoon().bsn())).isTrue());
        }
        for (int i = 0; i < 1_000; i++) {
            for (Lid l : g.volgende().leden()) {
                assertThat(Bsn.isGeldig(l.persoon().bsn())).isTrue();
                assertThat(Long.parseLong(l.persoon().bsn())).isBetween(DemoGenerator.RESERVEREEKS_VAN, 998_999_999L);
                assertThat(gezien.add(l.persoon().bsn())).isTrue();
            }
        }
        assertThat(gezien.size()).as("the 999 range holds about 82,000 usable numbers").isBetween(80_000, 83_000);
    }

    @Test
    void theMixLooksLikeACityWithManySinglesAndSomeNetworks() {
        List<DemoHuishouden> stad = genereer(20261123, 10_000);
        Map<Soort, Integer> perSoort = new EnumMap<>(Soort.class);
        stad.forEach(h -> perSoort.merge(h.soort(), 1, Integer::sum));
        assertThat(perSoort.get(Soort.ALLEENSTAAND)).isBetween(4_300, 4_900);
        assertThat(perSoort.get(Soort.GEZIN)).isBetween(1_400, 2_000);
        assertThat(perSoort.get(Soort.EENOUDER)).isBetween(700, 1_100);
        assertThat(perSoort.get(Soort.WOONGROEP)).isBetween(400, 800);
        long metNetwerk = stad.stream().filter(h -> !h.netwerk().isEmpty()).count();
        assertThat(metNetwerk).isBetween(3_000L, 4_000L);
        Map<Wijk, Integer> perWijk = new EnumMap<>(Wijk.class);
        stad.forEach(h -> perWijk.merge(h.wijk(), 1, Integer::sum));
        assertThat(perWijk).hasSize(Wijk.values().length);
        assertThat(perWijk.get(Wijk.ESCAMP)).isGreaterThan(perWijk.get(Wijk.LAAK));
    }

    @Test
    void compositionsAreSoundOverTime() {
        List<String> fouten = new ArrayList<>();
        for (DemoHuishouden h : genereer(3, 5_000)) {
            long aanvragers = h.leden().stream().filter(l -> l.rol().equals("aanvrager")).count();
            if (aanvragers != 1) {
                fouten.add(h.nummer() + ": " + aanvragers + " aanvragers");
            }
            for (Lid l : h.leden()) {
                if (l.vanaf().isBefore(l.persoon().geboortedatum())) {
                    fouten.add(h.nummer() + ": lid voor de geboorte");
                }
                if (l.totEnMet() != null && l.totEnMet().isBefore(l.vanaf())) {
                    fouten.add(h.nummer() + ": einde voor begin");
                }
                if (l.uitzondering() != null && !l.rol().equals("medebewoner")) {
                    fouten.add(h.nummer() + ": uitzondering bij " + l.rol());
                }
                if (l.vanaf().isAfter(DemoGenerator.PEILDATUM)) {
                    fouten.add(h.nummer() + ": begint na de peildatum");
                }
            }
            int cijfers = Integer.parseInt(h.adres().postcode().substring(0, 4));
            if (cijfers < h.wijk().postcodeVan() || cijfers > h.wijk().postcodeTot()) {
                fouten.add(h.nummer() + ": postcode buiten de wijk");
            }
        }
        assertThat(fouten).isEmpty();
        assertThat(genereer(3, 5_000).stream().anyMatch(h -> h.leden().stream().anyMatch(l -> l.totEnMet() != null)))
                .as("some households have a member who left").isTrue();
    }

    @Test
    void aboutOneInFiveHouseholdsGetsADeterministicValidPlanWithOneToThreeVersions() {
        List<DemoHuishouden> stad = genereer(20261123, 2_000);
        List<List<DemoPlannen.Versie>> plannen = stad.stream().map(h -> DemoPlannen.versies(20261123, h)).toList();
        assertThat(stad.stream().map(h -> DemoPlannen.versies(20261123, h)).toList()).isEqualTo(plannen);
        long metPlan = plannen.stream().filter(p -> !p.isEmpty()).count();
        assertThat(metPlan).isBetween(300L, 500L);
        for (List<DemoPlannen.Versie> versies : plannen) {
            if (versies.isEmpty()) {
                continue;
            }
            assertThat(versies).hasSizeBetween(1, 3);
            nl.maatwerk.toegang.PlanInhoud laatste = versies.getLast().inhoud();
            assertThat(laatste.doelen()).hasSizeBetween(1, 3).allSatisfy(d -> assertThat(d.acties()).hasSizeBetween(1, 3));
            assertThat(nl.maatwerk.toegang.PlanRegelsVoorTests.controleer(laatste, laatste, DemoGenerator.PEILDATUM)).isEmpty();
            assertThat(versies.getFirst().wijzigingen()).isNotEmpty();
        }
        assertThat(plannen.stream().flatMap(List::stream).flatMap(v -> v.inhoud().doelen().stream())
                .flatMap(d -> d.acties().stream()).map(a -> a.eigenaarType()).distinct().count()).isEqualTo(4);
    }
}
