package nl.maatwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoVroegsignalenTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);

    private static List<DemoVroegsignalen.Kandidaat> kandidaten(long seed, int aantal) {
        DemoGenerator g = new DemoGenerator(seed);
        return IntStream.range(0, aantal).mapToObj(i -> DemoVroegsignalen.kandidaat(g.volgende()).orElseThrow()).toList();
    }

    @Test
    void aboutOneInTwelveGeneratedHouseholdsHasASignalAndTheSameSeedAndDayGiveTheSameOnes() {
        List<DemoVroegsignalen.Kandidaat> stad = kandidaten(20261123, 3_000);
        DemoVroegsignalen.Signalen s = DemoVroegsignalen.signalen(20261123, stad, VANDAAG);
        assertThat(s.signalen()).hasSizeBetween(180, 320);
        assertThat(DemoVroegsignalen.signalen(20261123, stad, VANDAAG)).isEqualTo(s);
        assertThat(s.signalen()).allSatisfy(x -> {
            assertThat(x.sleutel()).startsWith("demo-20261123-");
            assertThat(x.ontvangenOp()).isBeforeOrEqualTo(VANDAAG).isAfter(VANDAAG.minusDays(57));
            assertThat(x.bsn() != null || (x.postcode() != null && x.huisnummer() != null)).isTrue();
        });
        assertThat(s.signalen()).anyMatch(x -> x.koppeling().equals("geen") && x.huishoudenId() == null);
        assertThat(s.signalen()).anyMatch(x -> x.koppeling().equals("adres") && x.bsn() == null && x.huishoudenId() != null);
        assertThat(s.signalen()).anyMatch(x -> !x.acties().isEmpty());
    }

    @Test
    void theUnsafeHouseholdIsTheFirstGeneratedHouseholdOfTheConsulentsTeam() {
        List<DemoVroegsignalen.Kandidaat> stad = kandidaten(7, 200);
        DemoVroegsignalen.Signalen s = DemoVroegsignalen.signalen(7, stad, VANDAAG);
        assertThat(s.markering().huishoudenId())
                .isEqualTo(stad.stream().filter(k -> k.wijk() == Wijk.CENTRUM).findFirst().orElseThrow().huishouden());
    }

    @Test
    void theDemoResidentsHouseholdGetsALandlordSignalByBsnAndTheOtherHouseholdsKeepTheirs() {
        List<DemoVroegsignalen.Kandidaat> stad = kandidaten(20261123, 600);
        DemoVroegsignalen.Signalen zonder = DemoVroegsignalen.signalen(20261123, stad, VANDAAG);
        DemoVroegsignalen.Kandidaat demo = stad.stream()
                .filter(k -> zonder.signalen().stream().noneMatch(x -> k.huishouden().equals(x.huishoudenId())))
                .filter(k -> k.wijk() == Wijk.CENTRUM).findFirst().orElseThrow();

        DemoVroegsignalen.Signalen met = DemoVroegsignalen.signalen(20261123, stad, VANDAAG, demo.huishouden());

        assertThat(met.signalen()).filteredOn(x -> demo.huishouden().equals(x.huishoudenId())).singleElement().satisfies(x -> {
            assertThat(x.schuldeiserType().code()).isEqualTo("verhuurder");
            assertThat(x.bsn()).isEqualTo(demo.bsn());
            assertThat(x.koppeling()).isEqualTo("bsn");
        });
        assertThat(met.signalen()).filteredOn(x -> !demo.huishouden().equals(x.huishoudenId())).containsExactlyElementsOf(zonder.signalen());
        assertThat(met.markering().huishoudenId()).isNotEqualTo(demo.huishouden());
    }
}
