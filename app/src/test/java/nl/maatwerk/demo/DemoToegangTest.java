package nl.maatwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoToegangTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);

    private static List<DemoToegang.Toegang> stad(long seed, int aantal) {
        DemoGenerator g = new DemoGenerator(seed);
        return IntStream.range(0, aantal).mapToObj(i -> DemoToegang.voor(seed, g.volgende(), VANDAAG)).toList();
    }

    @Test
    void aboutOneInEightHouseholdsHasRequestsAndTheSameSeedAndDayGiveTheSameOnes() {
        List<DemoToegang.Toegang> stad = stad(20261123, 4_000);
        long met = stad.stream().filter(t -> !t.vragen().isEmpty()).count();
        assertThat(met).isBetween(400L, 600L);
        assertThat(stad(20261123, 300)).usingRecursiveComparison().isEqualTo(stad(20261123, 300));
    }

    @Test
    void requestsAreRecentWithCurrentClocksSomeOverdueSomeClosedAndRegieOnlyWhereDemoAccountsWork() {
        List<DemoToegang.Toegang> stad = stad(7, 4_000);
        List<DemoToegang.Vraag> vragen = stad.stream().flatMap(t -> t.vragen().stream()).toList();
        assertThat(vragen).allSatisfy(v -> {
            assertThat(v.ontvangen()).isBeforeOrEqualTo(VANDAAG).isAfter(VANDAAG.minusDays(71));
            assertThat(v.klokken()).allSatisfy(k -> assertThat(k.uiterste()).isAfter(k.start()));
            assertThat(v.geschiedenis().getFirst()[0]).isNull();
        });
        assertThat(vragen).anyMatch(v -> v.klokken().stream().anyMatch(k -> k.gestopt() == null && k.uiterste().isBefore(VANDAAG)));
        assertThat(vragen).anyMatch(v -> v.klokken().stream().anyMatch(k -> k.gestopt() == null && !k.uiterste().isBefore(VANDAAG)));
        assertThat(vragen).anyMatch(v -> v.status().equals("afgesloten"));
        assertThat(vragen).anyMatch(v -> v.klokken().stream().anyMatch(k -> k.code().equals("wgs-eerste-gesprek-dreiging")));
        assertThat(stad).filteredOn(t -> t.regisseur() != null).isNotEmpty()
                .allSatisfy(t -> assertThat(t.regisseur()).isIn("regisseur", "consulent"));
        assertThat(stad).filteredOn(t -> t.toestemmingPartij() != null).isNotEmpty()
                .allSatisfy(t -> assertThat(t.toestemmingOp()).isBeforeOrEqualTo(VANDAAG));
    }
}
