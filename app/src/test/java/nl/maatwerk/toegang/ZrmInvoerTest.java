package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import org.junit.jupiter.api.Test;

class ZrmInvoerTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 1);

    static List<ZrmInvoer.Score> alleDomeinen(int score) {
        return new ArrayList<>(Arrays.stream(Levensdomein.values()).map(d -> new ZrmInvoer.Score(d, score, null, null)).toList());
    }

    private static List<String> velden(List<Fout> fouten) {
        return fouten.stream().map(Fout::veld).toList();
    }

    @Test
    void allThirteenDomainsWithAScoreOrNotAssessedAreValid() {
        List<ZrmInvoer.Score> scores = alleDomeinen(3);
        scores.set(12, new ZrmInvoer.Score(Levensdomein.JUSTITIE, null, true, "Niet besproken"));
        assertThat(new ZrmInvoer(VANDAAG, null, scores).fouten(VANDAAG)).isEmpty();
    }

    @Test
    void everyMissingDomainIsNamedInOneError() {
        List<ZrmInvoer.Score> scores = alleDomeinen(4).subList(0, 10);
        List<Fout> fouten = new ZrmInvoer(VANDAAG, null, scores).fouten(VANDAAG);
        assertThat(velden(fouten)).containsExactly("scores");
        assertThat(fouten.getFirst().reden()).contains("Sociaal netwerk", "Maatschappelijke participatie", "Justitie")
                .doesNotContain("Financiën");
    }

    @Test
    void aDomainWithoutScoreNeedsTheExplicitNotAssessedValue() {
        List<ZrmInvoer.Score> scores = alleDomeinen(2);
        scores.set(3, new ZrmInvoer.Score(Levensdomein.HUISVESTING, null, false, null));
        scores.set(4, new ZrmInvoer.Score(Levensdomein.HUISELIJKE_RELATIES, null, null, null));
        List<Fout> fouten = new ZrmInvoer(VANDAAG, null, scores).fouten(VANDAAG);
        assertThat(velden(fouten)).containsExactly("scores[3].score", "scores[4].score");
        assertThat(fouten.getFirst().reden()).contains("Huisvesting", "niet beoordeeld");
    }

    @Test
    void reportsEveryProblemAtOnceWithItsFieldPath() {
        List<ZrmInvoer.Score> scores = alleDomeinen(3);
        scores.set(0, new ZrmInvoer.Score(Levensdomein.FINANCIEN, 6, null, null));
        scores.set(1, new ZrmInvoer.Score(Levensdomein.WERK_OPLEIDING, 2, true, null));
        scores.set(2, new ZrmInvoer.Score(Levensdomein.TIJDSBESTEDING, 3, null, "x".repeat(ZrmInvoer.MAX_TOELICHTING + 1)));
        scores.set(5, new ZrmInvoer.Score(Levensdomein.FINANCIEN, 3, null, null));
        List<Fout> fouten = new ZrmInvoer(VANDAAG.plusDays(1), null, scores).fouten(VANDAAG);
        assertThat(velden(fouten)).containsExactlyInAnyOrder("datum", "scores[0].score", "scores[1].score", "scores[2].toelichting",
                "scores[5].domein", "scores");
        assertThat(fouten).filteredOn(f -> f.veld().equals("scores")).singleElement()
                .satisfies(f -> assertThat(f.reden()).contains("Geestelijke gezondheid"));
    }

    @Test
    void aNoteOfExactlyTheMaximumLengthAndTodayAreAccepted() {
        List<ZrmInvoer.Score> scores = alleDomeinen(5);
        scores.set(0, new ZrmInvoer.Score(Levensdomein.FINANCIEN, 5, false, "x".repeat(ZrmInvoer.MAX_TOELICHTING)));
        assertThat(new ZrmInvoer(VANDAAG, null, scores).fouten(VANDAAG)).isEmpty();
    }

    @Test
    void withoutDateAndScoresBothAreRequired() {
        assertThat(velden(new ZrmInvoer(null, null, List.of()).fouten(VANDAAG))).containsExactly("datum", "scores");
    }
}
