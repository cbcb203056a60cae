package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ZrmOverzichtTest {

    static ZrmMeting meting(LocalDate datum, Map<Levensdomein, Integer> afwijkend, int standaard) {
        return new ZrmMeting(UUID.randomUUID(), UUID.randomUUID(), null, null, datum, "Consulent", Instant.now(),
                Arrays.stream(Levensdomein.values())
                        .map(d -> new ZrmMeting.Domeinscore(d, afwijkend.containsKey(d) ? afwijkend.get(d) : Integer.valueOf(standaard), null))
                        .toList());
    }

    @Test
    void showsTheChangeOfEachDomainSinceThePreviousAssessment() {
        ZrmMeting oud = meting(LocalDate.of(2025, 1, 1), Map.of(Levensdomein.FINANCIEN, 1, Levensdomein.JUSTITIE, 4), 3);
        java.util.HashMap<Levensdomein, Integer> nieuw = new java.util.HashMap<>();
        nieuw.put(Levensdomein.FINANCIEN, 3);
        nieuw.put(Levensdomein.JUSTITIE, 3);
        nieuw.put(Levensdomein.HUISVESTING, null);
        ZrmOverzicht o = new ZrmOverzicht(List.of(meting(LocalDate.of(2025, 7, 1), nieuw, 3), oud));

        Map<Levensdomein, ZrmOverzicht.Verandering> per = new java.util.EnumMap<>(Levensdomein.class);
        o.veranderingen().forEach(v -> per.put(v.domein(), v));
        assertThat(per).hasSize(13);
        assertThat(per.get(Levensdomein.FINANCIEN).verschil()).isEqualTo(2);
        assertThat(per.get(Levensdomein.FINANCIEN).verschilTekst(true)).isEqualTo("2 hoger (beter)");
        assertThat(per.get(Levensdomein.JUSTITIE).verschilTekst(true)).isEqualTo("1 lager (slechter)");
        assertThat(per.get(Levensdomein.TIJDSBESTEDING).verschilTekst(true)).isEqualTo("gelijk");
        assertThat(per.get(Levensdomein.HUISVESTING).verschil()).isNull();
        assertThat(per.get(Levensdomein.HUISVESTING).verschilTekst(true)).isEqualTo("nu niet beoordeeld");
        assertThat(per.get(Levensdomein.HUISVESTING).tekst()).isEqualTo("niet beoordeeld");
        assertThat(per.get(Levensdomein.FINANCIEN).tekst()).isEqualTo("3 beperkt zelfredzaam");
    }

    @Test
    void aFirstAssessmentHasNoChangeAndAnEmptyHistoryNoRows() {
        ZrmOverzicht eerste = new ZrmOverzicht(List.of(meting(LocalDate.of(2025, 1, 1), Map.of(), 2)));
        assertThat(eerste.vorige()).isEmpty();
        assertThat(eerste.veranderingen()).allSatisfy(v -> {
            assertThat(v.vorige()).isNull();
            assertThat(v.verschilTekst(false)).isEqualTo("eerste meting");
        });
        assertThat(new ZrmOverzicht(List.of()).veranderingen()).isEmpty();
    }

    @Test
    void oldestFirstReversesTheNewestFirstHistory() {
        ZrmMeting a = meting(LocalDate.of(2024, 1, 1), Map.of(), 2);
        ZrmMeting b = meting(LocalDate.of(2025, 1, 1), Map.of(), 3);
        assertThat(new ZrmOverzicht(List.of(b, a)).oplopend()).containsExactly(a, b);
    }
}
