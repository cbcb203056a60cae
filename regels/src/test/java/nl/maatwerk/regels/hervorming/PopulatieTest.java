package nl.maatwerk.regels.hervorming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PopulatieTest {

    private static final LocalDate PEIL = LocalDate.of(2025, 9, 1);

    private static List<String> regels(long seed, long van, long tot) {
        Populatie p = new Populatie(seed, PEIL, Populatie.Gebied.NEDERLAND);
        return LongStream.range(van, tot).mapToObj(n -> {
            Huishouden h = p.huishouden(n);
            return h.alsInRegel() + ',' + h.extraKolommen();
        }).toList();
    }

    @Test
    void theSameSeedGivesTheSamePopulation() {
        assertThat(regels(42, 0, 2_000)).isEqualTo(regels(42, 0, 2_000));
    }

    @Test
    void aHouseholdDependsOnlyOnSeedAndNumberNotOnWhereGenerationStarts() {
        // A Spark task generates only its own range; household 1500 must be the same either way.
        assertThat(regels(42, 1_000, 2_000)).isEqualTo(regels(42, 0, 2_000).subList(1_000, 2_000));
    }

    @Test
    void anotherSeedGivesAnotherPopulation() {
        List<String> a = regels(1, 0, 200);
        List<String> b = regels(2, 0, 200);
        long gelijk = LongStream.range(0, 200).filter(i -> a.get((int) i).equals(b.get((int) i))).count();
        assertThat(gelijk).isLessThan(5);
    }

    @Test
    void theShapeFollowsTheCbsSharesOfHouseholdTypes() {
        Populatie p = new Populatie(7, PEIL, Populatie.Gebied.NEDERLAND);
        int n = 50_000;
        long alleenstaand = LongStream.range(0, n).mapToObj(p::huishouden).filter(h -> h.huishoudtype().equals(Huishouden.ALLEENSTAANDE)).count();
        long eenouder = LongStream.range(0, n).mapToObj(p::huishouden).filter(h -> h.huishoudtype().equals(Huishouden.EENOUDER)).count();
        // CBS 37975 (2024): 39.9% one-person households; a few of them get a housemate in the model.
        assertThat(alleenstaand / (double) n).isBetween(0.37, 0.41);
        assertThat(eenouder / (double) n).isBetween(0.06, 0.085);
    }

    @Test
    void everyGeneratedHouseholdIsOneTheBulkCommandAccepts() {
        Populatie p = new Populatie(3, PEIL, Populatie.Gebied.GEMEENTE);
        nl.maatwerk.regels.bulk.Bulk.Rekenaar rekenaar = new nl.maatwerk.regels.bulk.Bulk.Rekenaar(nl.maatwerk.regels.inkomen.Parameters.standaard());
        for (long i = 0; i < 5_000; i++) {
            Huishouden h = p.huishouden(i);
            assertThat(rekenaar.bereken(h.alsInRegel())).startsWith(h.id() + ",");
            Huishouden terug = Huishouden.lees(h.alsInRegel() + ',' + h.extraKolommen(), i, i + 2,
                    Huishouden.kop(Huishouden.KOP + "," + String.join(",", Huishouden.EXTRA)));
            assertThat(terug.alsInRegel() + terug.extraKolommen()).isEqualTo(h.alsInRegel() + h.extraKolommen());
        }
    }
}
