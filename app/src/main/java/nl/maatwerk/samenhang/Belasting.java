package nl.maatwerk.samenhang;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The load per team: how many changes go live in each month, and which months carry more than
 * {@link #DREMPEL} of them. A pure function over the invliegers, so it is tested with small hand-made inputs.
 * A withdrawn change and one that turned out not to hit our work ("niet nodig") do not count: nothing lands.
 */
@org.springframework.modulith.NamedInterface("intern")
public final class Belasting {

    /** More than this many changes going live in one month is a month to plan for (issue 18: "more than three"). */
    public static final int DREMPEL = 3;

    private Belasting() {
    }

    /** One month of one team: the changes that go live in it. */
    public record Maand(YearMonth maand, List<Invlieger> wijzigingen) {

        public int aantal() {
            return wijzigingen.size();
        }

        public boolean druk() {
            return aantal() > DREMPEL;
        }
    }

    /** One team over the months asked for. */
    public record Team(String teamId, String naam, List<Maand> maanden) {

        public boolean druk() {
            return maanden.stream().anyMatch(Maand::druk);
        }

        public List<Maand> drukkeMaanden() {
            return maanden.stream().filter(Maand::druk).toList();
        }
    }

    /**
     * Per team (in the order of {@code teams}: id to name), the months from {@code van} on, {@code aantalMaanden} of
     * them, each with the changes hitting that team whose date of entry into force falls in it.
     */
    public static List<Team> perTeam(Collection<Invlieger> invliegers, Map<String, String> teams, YearMonth van, int aantalMaanden) {
        List<Team> uit = new ArrayList<>();
        for (Map.Entry<String, String> team : teams.entrySet()) {
            List<Maand> maanden = new ArrayList<>();
            for (int i = 0; i < aantalMaanden; i++) {
                YearMonth maand = van.plusMonths(i);
                maanden.add(new Maand(maand, invliegers.stream()
                        .filter(v -> telt(v) && v.teams().contains(team.getKey()) && YearMonth.from(v.inWerkingOp()).equals(maand))
                        .toList()));
            }
            uit.add(new Team(team.getKey(), team.getValue(), maanden));
        }
        return uit;
    }

    static boolean telt(Invlieger v) {
        return v.inWerkingOp() != null && v.fase() != Fase.INGETROKKEN && v.voorbereiding() != Voorbereiding.NIET_NODIG;
    }
}
