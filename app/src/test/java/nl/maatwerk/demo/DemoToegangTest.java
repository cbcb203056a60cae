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

    @Test
    void aRequestAboutAChildIsOnlyWhereThatChildLivesWithItsNameAndAge() {
        // Issue 15: "Onze zoon van 14 ..." stood at households with no child of 14, or none at all.
        long seed = 20261123;
        DemoGenerator g = new DemoGenerator(seed);
        java.util.regex.Pattern leeftijd = java.util.regex.Pattern.compile("(\\p{L}+) (?:van )?\\(?(\\d{1,2})\\)?");
        int overKind = 0;
        for (int n = 0; n < 4_000; n++) {
            DemoGenerator.DemoHuishouden h = g.volgende();
            List<DemoGenerator.Lid> kinderen = h.leden().stream().filter(l -> l.rol().equals("kind") && l.totEnMet() == null).toList();
            for (DemoToegang.Vraag v : DemoToegang.voor(seed, h, VANDAAG).vragen()) {
                String tekst = (v.tekst() + " " + v.watTelt()).toLowerCase(java.util.Locale.ROOT);
                if (!(tekst.contains("zoon") || tekst.contains("dochter") || tekst.contains("kind"))) {
                    continue;
                }
                overKind++;
                assertThat(kinderen).as("household %s: %s", h.naam(), v.tekst()).isNotEmpty();
                java.util.regex.Matcher m = leeftijd.matcher(v.tekst());
                assertThat(m.find()).as(v.tekst()).isTrue();
                int jaar = Integer.parseInt(m.group(2));
                assertThat(kinderen).as("a child of %d in %s: %s", jaar, h.naam(), v.tekst())
                        .anyMatch(k -> java.time.Period.between(k.persoon().geboortedatum(), VANDAAG).getYears() == jaar
                                && (m.group(1).equalsIgnoreCase("zoon") || k.persoon().voornamen().startsWith(m.group(1))));
            }
        }
        assertThat(overKind).as("requests about a child").isPositive();
    }
}
