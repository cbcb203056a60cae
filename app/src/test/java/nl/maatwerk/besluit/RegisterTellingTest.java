package nl.maatwerk.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.KleineGroep;
import org.junit.jupiter.api.Test;

/**
 * The register of departures hides its small numbers (docs/conventies.md, "Kleine groepen"): a pure
 * function over one rule's year, with the numbers worked out by hand. A line of numbers that adds up
 * to a total on the page (reasons, months, milder and stricter) is shown whole or hidden whole.
 */
class RegisterTellingTest {

    static final int M = KleineGroep.MINIMUM;
    static final List<LocalDate> KWARTAAL = List.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 1), LocalDate.of(2016, 3, 1));

    @Test
    void oneSmallCellBesideTheTotalsHidesItsWholeLine() {
        // 25 departures, all milder: 3 because of the existence minimum, 12 in good faith, 10 disproportionate.
        Map<Redensoort, Long> redenen = new EnumMap<>(Map.of(Redensoort.ONDER_BESTAANSMINIMUM, 3L, Redensoort.GOEDE_TROUW, 12L,
                Redensoort.ONEVENREDIG, 10L));
        Afwijkingen.Telling t = Afwijkingen.telling("r", BesluitSoort.PW_TERUGVORDERING, redenen, KWARTAAL, new long[] {10, 12, 3},
                new long[] {0, 0, 0}, new long[] {40, 45, 30}, List.of());

        assertThat(t.aantal()).isEqualTo(25);
        assertThat(t.milder()).isEqualTo(25);
        assertThat(t.strenger()).as("a zero is no group").isZero();
        assertThat(t.besluiten()).isEqualTo(115);
        assertThat(t.percentage()).contains(22L);
        // The 3 hides every reason: alone it is 25 - 12 - 10, and hiding the 10 with it is not safe in general (KleineGroepTest).
        assertThat(t.perReden()).isNull();
        // Per month the same: March's 3 hides all months.
        assertThat(t.afwijkingenPerMaand()).isFalse();
        assertThat(t.perMaand()).extracting(Afwijkingen.Maand::afwijkingen).containsOnlyNulls();
        assertThat(t.perMaand()).extracting(Afwijkingen.Maand::milder).containsOnlyNulls();
        assertThat(t.richtingPerMaand()).isFalse();
        // The decisions are their own line, none small.
        assertThat(t.perMaand()).extracting(Afwijkingen.Maand::besluiten).containsExactly(40L, 45L, 30L);
        // The chart's scale comes from shown numbers only: a hidden month must not set its top.
        assertThat(t.maxPerMaand()).isEqualTo(45);
    }

    @Test
    void aRuleWithFewDeparturesSaysOnlyThat() {
        Map<Redensoort, Long> redenen = new EnumMap<>(Map.of(Redensoort.KINDEREN, 2L, Redensoort.GEZONDHEID, 1L));
        Afwijkingen.Telling t = Afwijkingen.telling("r", BesluitSoort.WMO_MAATWERKVOORZIENING, redenen, KWARTAAL, new long[] {2, 0, 0},
                new long[] {0, 0, 1}, new long[] {20, 22, 17}, List.of());
        assertThat(t.aantal()).isNull();
        assertThat(t.milder()).isNull();
        assertThat(t.strenger()).isNull();
        assertThat(t.percentage()).isEmpty();
        // Which reasons, and which months were zero, would describe those three.
        assertThat(t.perReden()).isNull();
        assertThat(t.perMaand()).extracting(Afwijkingen.Maand::afwijkingen).containsOnlyNulls();
        // The decisions are a group of their own.
        assertThat(t.besluiten()).isEqualTo(59);
        assertThat(t.perMaand()).extracting(Afwijkingen.Maand::besluiten).containsExactly(20L, 22L, 17L);
        assertThat(t.maxPerMaand()).isEqualTo(22);
    }

    @Test
    void fewDecisionsInOneMonthHideTheDecisionsPerMonth() {
        Afwijkingen.Telling t = Afwijkingen.telling("r", BesluitSoort.PW_BIJZONDERE_BIJSTAND, Map.of(), KWARTAAL, new long[3], new long[3],
                new long[] {20, 0, 7}, List.of());
        assertThat(t.besluiten()).isEqualTo(27);
        assertThat(t.besluitenPerMaand()).isFalse();
        assertThat(t.perMaand()).extracting(Afwijkingen.Maand::besluiten).containsOnlyNulls();
        // No departures: zero is no group, and no reason to hide.
        assertThat(t.aantal()).isZero();
        assertThat(t.perReden()).isEmpty();
        assertThat(t.perMaand()).extracting(Afwijkingen.Maand::afwijkingen).containsExactly(0L, 0L, 0L);
    }

    @Test
    void oneStricterDepartureHidesMilderAndStricterButNotTheRest() {
        Map<Redensoort, Long> redenen = new EnumMap<>(Map.of(Redensoort.ONEVENREDIG, 32L, Redensoort.GOEDE_TROUW, 40L));
        Afwijkingen.Telling t = Afwijkingen.telling("r", BesluitSoort.PW_BIJZONDERE_BIJSTAND, redenen, KWARTAAL, new long[] {20, 25, 26},
                new long[] {0, 0, 1}, new long[] {60, 60, 60}, List.of());
        // Milder 71 beside a total of 72 would give the one away.
        assertThat(t.aantal()).isEqualTo(72);
        assertThat(t.milder()).isNull();
        assertThat(t.strenger()).isNull();
        assertThat(t.perReden()).containsEntry(Redensoort.ONEVENREDIG, 32L).containsEntry(Redensoort.GOEDE_TROUW, 40L);
        assertThat(t.perMaand()).extracting(Afwijkingen.Maand::afwijkingen).containsExactly(20L, 25L, 27L);
        assertThat(t.richtingPerMaand()).as("March's single stricter one").isFalse();
    }

    @Test
    void withoutSmallNumbersEverythingIsShownIncludingTheDirectionPerMonth() {
        Map<Redensoort, Long> redenen = new EnumMap<>(Map.of(Redensoort.KINDEREN, 25L, Redensoort.GEZONDHEID, 20L));
        Afwijkingen.Telling t = Afwijkingen.telling("r", BesluitSoort.JEUGDWET_VOORZIENING, redenen, KWARTAAL, new long[] {10, 0, 15},
                new long[] {0, 0, 20}, new long[] {30, 0, 50}, List.of());
        assertThat(t.richtingPerMaand()).isTrue();
        assertThat(t.perMaand()).extracting(Afwijkingen.Maand::afwijkingen).containsExactly(10L, 0L, 35L);
        assertThat(t.perMaand()).extracting(Afwijkingen.Maand::strenger).containsExactly(0L, 0L, 20L);
        assertThat(t.perReden()).containsEntry(Redensoort.KINDEREN, 25L).containsEntry(Redensoort.GEZONDHEID, 20L);
        assertThat(t.milder()).isEqualTo(25);
        assertThat(t.strenger()).isEqualTo(20);
        assertThat(t.percentage()).contains(56L);
    }

    @Test
    void hiddenCountsSortBetweenTheShownOnesAndZero() {
        List<Afwijkingen.Telling> tellingen = new ArrayList<>(List.of(telling("Zero", 0), telling("Few", null), telling("Many", 30L),
                telling("Some", 12L)));
        tellingen.sort(Afwijkingen.VOLGORDE);
        assertThat(tellingen).extracting(Afwijkingen.Telling::regelNaam).containsExactly("Many", "Some", "Few", "Zero");
    }

    private static Afwijkingen.Telling telling(String naam, Number aantal) {
        return new Afwijkingen.Telling(naam, naam, BesluitSoort.PW_TERUGVORDERING, aantal == null ? null : aantal.longValue(), null, null,
                null, Map.of(), List.of(), List.of());
    }
}
