package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nl.maatwerk.prioriteit.score.Factoren;
import nl.maatwerk.prioriteit.score.Gewichten;
import nl.maatwerk.prioriteit.score.Nood;

/**
 * Properties of the need order (issue 15), for any weights a team lead may set: an item whose deadline
 * comes nearer, relative to its term, never drops among the same other items; nor does one judged more
 * urgent at intake. The ranking sees only {@link Factoren}, whose fields are the allowed ones.
 */
class NoodEigenschappen {

    record Item(String sleutel, Factoren f) {
    }

    private static int plaats(Factoren doel, List<Factoren> anderen, Gewichten w) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < anderen.size(); i++) {
            items.add(new Item("ander-" + i, anderen.get(i)));
        }
        items.add(new Item("doel", doel));
        List<Item> orde = Nood.orden(items, Item::f, Item::sleutel, w);
        for (int i = 0; i < orde.size(); i++) {
            if (orde.get(i).sleutel().equals("doel")) {
                return i;
            }
        }
        throw new AssertionError("doel ontbreekt");
    }

    private static Factoren met(Factoren f, Integer dagen, Integer duur, int urgentie) {
        return new Factoren(f.acuteDomeinen(), f.zwakkeDomeinen(), f.schuldEuro(), f.maandenAchterstand(), f.acuutOnveilig(), dagen,
                f.wachtdagen(), duur, urgentie);
    }

    @Property(tries = 500)
    void fewerDaysLeftOfTheSameTermNeverRanksLower(@ForAll("factoren") Factoren basis, @ForAll @IntRange(min = 1, max = 120) int duur,
            @ForAll @IntRange(min = -30, max = 120) int dagen, @ForAll @IntRange(min = 1, max = 150) int minder,
            @ForAll @Size(max = 8) List<@net.jqwik.api.From("factoren") Factoren> anderen, @ForAll("gewichten") Gewichten w) {
        int d = Math.min(dagen, duur);
        Factoren later = met(basis, d, duur, basis.urgentie());
        Factoren eerder = met(basis, d - minder, duur, basis.urgentie());
        assertThat(Nood.punten(eerder, w)).isGreaterThanOrEqualTo(Nood.punten(later, w));
        assertThat(plaats(eerder, anderen, w)).isLessThanOrEqualTo(plaats(later, anderen, w));
    }

    @Property(tries = 500)
    void theSameDaysLeftOfALongerTermNeverRanksLower(@ForAll("factoren") Factoren basis, @ForAll @IntRange(min = 1, max = 120) int duur,
            @ForAll @IntRange(min = 0, max = 200) int langer, @ForAll @IntRange(min = -30, max = 120) int dagen,
            @ForAll @Size(max = 8) List<@net.jqwik.api.From("factoren") Factoren> anderen, @ForAll("gewichten") Gewichten w) {
        // Same days left of a longer term: less time left relative to the term.
        int d = Math.min(dagen, duur);
        Factoren kort = met(basis, d, duur, basis.urgentie());
        Factoren lang = met(basis, d, duur + langer, basis.urgentie());
        assertThat(plaats(lang, anderen, w)).isLessThanOrEqualTo(plaats(kort, anderen, w));
    }

    @Property(tries = 500)
    void moreUrgencyAtIntakeNeverRanksLower(@ForAll("factoren") Factoren basis, @ForAll @IntRange(min = 0, max = Factoren.ACUUT) int u,
            @ForAll @IntRange(min = 0, max = Factoren.ACUUT) int v, @ForAll @Size(max = 8) List<@net.jqwik.api.From("factoren") Factoren> anderen,
            @ForAll("gewichten") Gewichten w) {
        Factoren minder = met(basis, basis.dagenTotTermijn(), basis.termijnDagen(), Math.min(u, v));
        Factoren meer = met(basis, basis.dagenTotTermijn(), basis.termijnDagen(), Math.max(u, v));
        assertThat(plaats(meer, anderen, w)).isLessThanOrEqualTo(plaats(minder, anderen, w));
    }

    @Property(tries = 200)
    void theExplanationAlwaysAddsUpToThePoints(@ForAll("factoren") Factoren f, @ForAll("gewichten") Gewichten w) {
        var s = Nood.bereken(f, w);
        assertThat(s.punten()).isEqualTo(Nood.punten(f, w))
                .isEqualTo(s.bijdragen().stream().mapToLong(nl.maatwerk.prioriteit.score.Score.Bijdrage::punten).sum());
    }

    /**
     * The ranking can only see these fields: each is about the situation (ZRM, debts, safety, the legal term, the
     * intake's urgency, waiting), none about the person. A new field fails here until it is reviewed against ADR 0010.
     */
    @Example
    void theOrderSeesOnlyTheReviewedFactorsNoProtectedAttributeOrProxy() {
        assertThat(Arrays.stream(Factoren.class.getRecordComponents()).map(RecordComponent::getName)).containsExactly("acuteDomeinen",
                "zwakkeDomeinen", "schuldEuro", "maandenAchterstand", "acuutOnveilig", "dagenTotTermijn", "wachtdagen", "termijnDagen",
                "urgentie");
        assertThat(Arrays.stream(Gewichten.class.getRecordComponents()).map(RecordComponent::getName)).containsExactly("acuutDomein",
                "zwakDomein", "schuld", "achterstand", "veiligheid", "termijn", "wachttijd", "urgentie");
    }

    @Provide
    Arbitrary<Factoren> factoren() {
        Arbitrary<Integer> termijnDuur = Arbitraries.integers().between(1, 120).injectNull(0.3);
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 6),
                Arbitraries.longs().between(0, 5000), Arbitraries.integers().between(0, 10), Arbitraries.of(true, false),
                Arbitraries.integers().between(-20, 120), termijnDuur, Arbitraries.integers().between(0, 400))
                .as((acuut, zwak, schuld, maanden, onveilig, dagen, duur, wacht) -> {
                    Integer termijn = duur != null ? Integer.valueOf(Math.min(dagen, duur)) : dagen > 100 ? null : dagen;
                    return new Factoren(acuut, Math.max(acuut, zwak), schuld, maanden, onveilig, termijn, wacht, duur, Math.floorMod(wacht, 4));
                });
    }

    @Provide
    Arbitrary<Gewichten> gewichten() {
        Arbitrary<Integer> g = Arbitraries.integers().between(0, Gewichten.MAXIMUM);
        return Combinators.combine(g, g, g, g, g, g, g, g).as(Gewichten::new);
    }
}
