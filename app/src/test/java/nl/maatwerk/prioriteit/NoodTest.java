package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.maatwerk.prioriteit.score.Factor;
import nl.maatwerk.prioriteit.score.Factoren;
import nl.maatwerk.prioriteit.score.Gewichten;
import nl.maatwerk.prioriteit.score.Nood;
import nl.maatwerk.prioriteit.score.Score;
import org.junit.jupiter.api.Test;

/** The need score against sums worked out by hand with the default weights (30, 8, 2, 3, 100, 40, 1). */
class NoodTest {

    private static final Gewichten W = Gewichten.STANDAARD;

    record Item(String naam, Factoren f) {
    }

    @Test
    void eachFactorGivesTheHandComputedPoints() {
        // 2 acute domains: 2 × 30 = 60; 3 domains at 2 or lower (the acute ones included): 3 × 8 = 24.
        assertThat(Nood.punten(new Factoren(2, 3, 0, 0, false, null, 0), W)).isEqualTo(84);
        // € 1.250 arrears: 12 × € 100 × 2 = 24; 4 months × 3 = 12.
        assertThat(Nood.punten(new Factoren(0, 0, 1250, 4, false, null, 0), W)).isEqualTo(36);
        // Caps: € 9.000 counts as 20 × € 100 = 40; 10 months count as 6 × 3 = 18.
        assertThat(Nood.punten(new Factoren(0, 0, 9000, 10, false, null, 0), W)).isEqualTo(58);
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, true, null, 0), W)).isEqualTo(100);
        // Deadline: passed → 40 + 20 = 60; today → 40; in 7 days → 40 × 7/14 = 20; in 13 days → 40 × 1/14 = 2 (rounded down); 14 → 0.
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, -3, 0), W)).isEqualTo(60);
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, 0, 0), W)).isEqualTo(40);
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, 7, 0), W)).isEqualTo(20);
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, 13, 0), W)).isEqualTo(2);
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, 14, 0), W)).isZero();
        // Waiting 20 days = 2 full weeks = 2; a year counts as 26 weeks.
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, null, 20), W)).isEqualTo(2);
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, null, 365), W)).isEqualTo(26);
    }

    @Test
    void theExplanationListsEachContributionAndAddsUpToTheScore() {
        Factoren f = new Factoren(1, 2, 640, 2, true, 3, 15);
        Score s = Nood.bereken(f, W);
        // 100 + 30 + 16 + 12 + 6 + 40 × 11/14 = 31 + 2 = 197
        assertThat(s.punten()).isEqualTo(197).isEqualTo(Nood.punten(f, W));
        assertThat(s.bijdragen()).extracting(Score.Bijdrage::factor).containsExactly(Factor.VEILIGHEID, Factor.ACUTE_DOMEINEN,
                Factor.ZWAKKE_DOMEINEN, Factor.SCHULD, Factor.ACHTERSTAND, Factor.TERMIJN, Factor.WACHTTIJD);
        assertThat(s.bijdragen()).extracting(Score.Bijdrage::punten).containsExactly(100L, 30L, 16L, 12L, 6L, 31L, 2L);
        assertThat(s.bijdragen().get(5).uitleg()).isEqualTo("De wettelijke termijn loopt over 3 dagen af: 40 × 11/14 = 31 punten.");
        assertThat(s.bijdragen().get(3).uitleg()).contains("€ 640", "6 keer € 100", "12 punten");
        assertThat(Nood.bereken(Factoren.GEEN, W).bijdragen()).isEmpty();
    }

    @Test
    void anEvictionMarkedAcuteWithThreeDaysLeftOfItsCrisisTermRanksAboveAJeugdwetRequestWith47DaysLeft() {
        // Issue 15: the eviction (Wgs art. 4 lid 2, three working days = 5 calendar days over a weekend, acuut at intake)
        // ranked below a Jeugdwet request with 47 of 56 days left in a household with one acute ZRM domain.
        Item ontruiming = new Item("ontruiming", new Factoren(0, 0, 0, 0, false, 3, 2, 5, Factoren.ACUUT));
        Item jeugdwet = new Item("jeugdwet", new Factoren(1, 2, 0, 0, false, 47, 9, 56, 1));
        // Eviction: 40 × 11/14 = 31 (a crisis term counts as 14 days) + 3 × 15 = 45 → 76.
        // Jeugdwet: 30 + 16 + 40 × 9/56 = 6 + 1 × 15 + 1 week = 1 → 68.
        assertThat(Nood.punten(ontruiming.f(), W)).isEqualTo(76);
        assertThat(Nood.punten(jeugdwet.f(), W)).isEqualTo(68);
        assertThat(Nood.orden(List.of(jeugdwet, ontruiming), Item::f, Item::naam, W)).extracting(Item::naam)
                .containsExactly("ontruiming", "jeugdwet");
        Score s = Nood.bereken(ontruiming.f(), W);
        assertThat(s.bijdragen()).extracting(Score.Bijdrage::factor).containsExactly(Factor.TERMIJN, Factor.URGENTIE);
        assertThat(s.bijdragen()).extracting(Score.Bijdrage::uitleg).containsExactly(
                "De wettelijke termijn loopt over 3 dagen af (termijn van 5 dagen, telt als 14): 40 × 11/14 = 31 punten.",
                "Bij de intake ingeschat als acuut: 3 stappen boven laag × 15 = 45 punten.");
    }

    @Test
    void aLongTermPressesInProportionToThePartThatHasPassed() {
        // Eight weeks (56 days) with 20 days left: 36/56 of the term has passed → 40 × 36/56 = 25 (before: nothing until 14 days).
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, 20, 0, 56, 0), W)).isEqualTo(25);
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, 56, 0, 56, 0), W)).isZero();
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, 0, 0, 56, 0), W)).isEqualTo(40);
        assertThat(Nood.bereken(new Factoren(0, 0, 0, 0, false, 20, 0, 56, 0), W).bijdragen().getFirst().uitleg())
                .isEqualTo("De wettelijke termijn loopt over 20 dagen af (termijn van 56 dagen): 40 × 36/56 = 25 punten.");
        // Urgency per step above "laag": gemiddeld 15, hoog 30; a team lead's weight 0 switches it off.
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, null, 0, null, 1), W)).isEqualTo(15);
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, null, 0, null, 2), W)).isEqualTo(30);
        assertThat(Nood.punten(new Factoren(0, 0, 0, 0, false, null, 0, null, 2), new Gewichten(30, 8, 2, 3, 100, 40, 1, 0))).isZero();
    }

    @Test
    void theOrderIsTheHandComputedOne() {
        List<Item> items = List.of(
                new Item("wacht lang", new Factoren(0, 0, 0, 0, false, null, 140)),          // 20
                new Item("huurschuld", new Factoren(0, 1, 2300, 5, false, null, 7)),          // 8 + 40 + 15 + 1 = 64
                new Item("termijn verlopen", new Factoren(0, 0, 0, 0, false, -1, 50)),        // 60 + 7 = 67
                new Item("onveilig", new Factoren(0, 0, 0, 0, true, null, 0)),                // 100
                new Item("acuut", new Factoren(2, 4, 0, 0, false, 10, 3)),                    // 60 + 32 + 40 × 4/14 = 11 → 103
                new Item("niets", Factoren.GEEN));                                            // 0
        assertThat(Nood.orden(items, Item::f, Item::naam, W)).extracting(Item::naam)
                .containsExactly("acuut", "onveilig", "termijn verlopen", "huurschuld", "wacht lang", "niets");
    }

    @Test
    void equalPointsGoByNearestDeadlineThenLongestWaitThenKeyNeverByAnythingElse() {
        List<Item> items = List.of(
                new Item("c", new Factoren(0, 0, 0, 0, false, null, 0)),
                new Item("b", new Factoren(0, 0, 0, 0, false, null, 0)),
                new Item("later", new Factoren(1, 0, 0, 0, false, 20, 0)),     // 30
                new Item("eerder", new Factoren(1, 0, 0, 0, false, 15, 0)),    // 30, nearer deadline
                new Item("wacht", new Factoren(1, 0, 0, 0, false, null, 6)));  // 30, no deadline, waited (less than a week)
        assertThat(Nood.orden(items, Item::f, Item::naam, W)).extracting(Item::naam).containsExactly("eerder", "later", "wacht", "b", "c");
    }

    @Test
    void otherWeightsGiveAnotherOrder() {
        List<Item> items = List.of(new Item("schuld", new Factoren(0, 0, 2000, 6, false, null, 0)),   // 40 + 18 = 58
                new Item("acuut", new Factoren(1, 1, 0, 0, false, null, 0)));                           // 38
        assertThat(Nood.orden(items, Item::f, Item::naam, W)).extracting(Item::naam).containsExactly("schuld", "acuut");
        Gewichten zorg = new Gewichten(60, 8, 1, 1, 100, 40, 1, 15);   // schuld 20 + 6 = 26; acuut 68
        assertThat(Nood.orden(items, Item::f, Item::naam, zorg)).extracting(Item::naam).containsExactly("acuut", "schuld");
    }

    @Test
    void weightsOutOfRangeAreNamed() {
        assertThat(new Gewichten(-1, 8, 2, 3, 201, 40, 1, 15).buitenBereik()).containsExactly("acuutDomein", "veiligheid");
        assertThat(Gewichten.STANDAARD.buitenBereik()).isEmpty();
    }
}
