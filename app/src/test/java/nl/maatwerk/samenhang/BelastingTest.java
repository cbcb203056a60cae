package nl.maatwerk.samenhang;

import static nl.maatwerk.samenhang.Voorbeelden.invlieger;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BelastingTest {

    private static final Map<String, String> TEAMS = new LinkedHashMap<>(Map.of("centrum", "Wijkteam Centrum"));

    static {
        TEAMS.put("escamp", "Wijkteam Escamp");
    }

    private static List<Invlieger> januari(int aantal, List<String> teams) {
        return java.util.stream.IntStream.rangeClosed(1, aantal).mapToObj(i -> invlieger("Wijziging " + i, LocalDate.of(2027, 1, i), teams)).toList();
    }

    @Test
    void threeChangesInAMonthAreNotYetBusyAndTheFourthMakesItBusy() {
        Belasting.Maand drie = Belasting.perTeam(januari(3, List.of("centrum")), TEAMS, YearMonth.of(2027, 1), 1).getFirst().maanden().getFirst();
        assertThat(drie.aantal()).isEqualTo(3);
        assertThat(drie.druk()).isFalse();
        Belasting.Maand vier = Belasting.perTeam(januari(4, List.of("centrum")), TEAMS, YearMonth.of(2027, 1), 1).getFirst().maanden().getFirst();
        assertThat(vier.aantal()).isEqualTo(4);
        assertThat(vier.druk()).isTrue();
    }

    @Test
    void aChangeCountsOnlyForTheTeamsItHitsAndInTheMonthItGoesLive() {
        List<Invlieger> lijst = List.of(invlieger("Alleen Escamp", LocalDate.of(2027, 1, 1), List.of("escamp")),
                invlieger("Beide, februari", LocalDate.of(2027, 2, 28), List.of("centrum", "escamp")),
                invlieger("Centrum, maart", LocalDate.of(2027, 3, 1), List.of("centrum")));
        List<Belasting.Team> perTeam = Belasting.perTeam(lijst, TEAMS, YearMonth.of(2027, 1), 3);
        assertThat(perTeam).extracting(Belasting.Team::teamId).containsExactly("centrum", "escamp");
        assertThat(perTeam.get(0).maanden()).extracting(Belasting.Maand::aantal).containsExactly(0, 1, 1);
        assertThat(perTeam.get(1).maanden()).extracting(Belasting.Maand::aantal).containsExactly(1, 1, 0);
        assertThat(perTeam.get(0).maanden()).extracting(Belasting.Maand::maand)
                .containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2027, 3));
    }

    @Test
    void withdrawnChangesThoseThatDoNotHitUsAndUndatedOnesDoNotCount() {
        List<Invlieger> lijst = new java.util.ArrayList<>(januari(3, List.of("centrum")));
        lijst.add(invlieger("Ingetrokken", LocalDate.of(2027, 1, 10), null, List.of("centrum"), Fase.INGETROKKEN, Voorbereiding.TE_BEKIJKEN));
        lijst.add(invlieger("Niet nodig", LocalDate.of(2027, 1, 11), null, List.of("centrum"), Fase.VASTGESTELD, Voorbereiding.NIET_NODIG));
        lijst.add(invlieger("Zonder datum", null, List.of("centrum")));
        Belasting.Team centrum = Belasting.perTeam(lijst, TEAMS, YearMonth.of(2027, 1), 1).getFirst();
        assertThat(centrum.maanden().getFirst().aantal()).isEqualTo(3);
        assertThat(centrum.druk()).isFalse();
    }

    @Test
    void aTeamNamesItsBusyMonthsOnly() {
        List<Invlieger> lijst = new java.util.ArrayList<>(januari(4, List.of("escamp")));
        lijst.add(invlieger("Juli", LocalDate.of(2027, 7, 1), List.of("escamp")));
        Belasting.Team escamp = Belasting.perTeam(lijst, TEAMS, YearMonth.of(2026, 12), 12).get(1);
        assertThat(escamp.druk()).isTrue();
        assertThat(escamp.drukkeMaanden()).extracting(Belasting.Maand::maand).containsExactly(YearMonth.of(2027, 1));
        assertThat(Belasting.perTeam(lijst, TEAMS, YearMonth.of(2026, 12), 12).get(0).druk()).isFalse();
    }
}
