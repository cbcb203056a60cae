package nl.maatwerk.toegang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.toegang.Levensdomein;
import nl.maatwerk.toegang.ZrmMeting;
import org.junit.jupiter.api.Test;

class ZrmGrafiekTest {

    private static ZrmMeting meting(LocalDate datum, Integer financien) {
        return new ZrmMeting(UUID.randomUUID(), UUID.randomUUID(), null, null, datum, "Consulent", Instant.now(),
                Arrays.stream(Levensdomein.values())
                        .map(d -> new ZrmMeting.Domeinscore(d, d == Levensdomein.FINANCIEN ? financien : Integer.valueOf(3), null))
                        .toList());
    }

    @Test
    void placesPointsByDateAndByScoreWithHigherScoresHigherUp() {
        List<ZrmMeting> metingen = List.of(meting(LocalDate.of(2024, 1, 1), 1), meting(LocalDate.of(2024, 7, 1), 3),
                meting(LocalDate.of(2025, 1, 1), 5));
        ZrmGrafiek g = ZrmGrafiek.van(Levensdomein.FINANCIEN, metingen);

        assertThat(g.punten()).extracting(ZrmGrafiek.Punt::score).containsExactly(1, 3, 5);
        assertThat(g.punten()).extracting(ZrmGrafiek.Punt::x).isSorted();
        assertThat(g.punten().getFirst().x()).isEqualTo(ZrmGrafiek.LINKS + 16);
        assertThat(g.punten().getLast().x()).isEqualTo(ZrmGrafiek.RECHTS - 16);
        // Half a year of a year lies about halfway (182 of 366 days).
        int midden = (ZrmGrafiek.LINKS + ZrmGrafiek.RECHTS) / 2;
        assertThat(g.punten().get(1).x()).isBetween(midden - 3, midden + 3);
        assertThat(g.punten().get(0).y()).isGreaterThan(g.punten().get(1).y());
        assertThat(g.punten().get(1).y()).isGreaterThan(g.punten().get(2).y());
        assertThat(g.punten()).extracting(ZrmGrafiek.Punt::label).containsExactly("1", "3", "5");
        assertThat(g.lijnen()).singleElement().satisfies(l -> assertThat(l.split(" ")).hasSize(3));
        assertThat(g.raster()).extracting(ZrmGrafiek.Raster::score).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aDomainNotAssessedShowsAsTextAndBreaksTheLine() {
        List<ZrmMeting> metingen = List.of(meting(LocalDate.of(2024, 1, 1), 2), meting(LocalDate.of(2024, 4, 1), 2),
                meting(LocalDate.of(2024, 7, 1), null), meting(LocalDate.of(2024, 10, 1), 3), meting(LocalDate.of(2025, 1, 1), 4));
        ZrmGrafiek g = ZrmGrafiek.van(Levensdomein.FINANCIEN, metingen);

        assertThat(g.punten().get(2).beoordeeld()).isFalse();
        assertThat(g.punten().get(2).label()).isEqualTo("n.b.");
        assertThat(g.lijnen()).hasSize(2);
        assertThat(g.beschrijving()).contains("1 juli 2024: niet beoordeeld", "1 januari 2025: 4 voldoende zelfredzaam");
        // With more than four assessments only the first and last date are written under the axis.
        assertThat(g.punten()).extracting(ZrmGrafiek.Punt::toonDatum).containsExactly(true, false, false, false, true);
    }

    @Test
    void aSingleAssessmentSitsInTheMiddleWithATitleAndDescription() {
        ZrmGrafiek g = ZrmGrafiek.van(Levensdomein.FINANCIEN, List.of(meting(LocalDate.of(2025, 5, 1), 4)));
        assertThat(g.punten()).singleElement().satisfies(p -> {
            assertThat(p.x()).isEqualTo((ZrmGrafiek.LINKS + 16 + ZrmGrafiek.RECHTS - 16) / 2);
            assertThat(p.y()).isEqualTo(ZrmGrafiek.y(4));
        });
        assertThat(g.lijnen()).isEmpty();
        assertThat(g.titel()).isEqualTo("Financiën: ZRM-score per meting");
        assertThat(g.beschrijving()).contains("1 mei 2025: 4 voldoende zelfredzaam");
        assertThat(g.id()).isEqualTo("zrm-financien");
    }
}
