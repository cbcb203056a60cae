package nl.maatwerk.thermometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.KleineGroep;
import org.junit.jupiter.api.Test;

/**
 * The analysis with numbers worked out by hand. A score is (mean − 1) × 25, so a mean of 4 is 75,
 * a mean of 2 is 25; with sum s of n answers: (s − n) × 25 / n, rounded half up.
 *
 * <p>Group sizes follow the app's one threshold M ({@link KleineGroep#MINIMUM}, 10): a group of
 * exactly M is shown, a group of M − 1 is not. The other groups are a small worked example in which
 * every respondent counts K times (K = M / 5 rounded up, 2 at M = 10), so that its groups of 5 or
 * more reach M; sums and counts grow together, so the means and scores are those worked out for K = 1.
 */
class ThermometeranalyseTest {

    static final int M = KleineGroep.MINIMUM;
    static final int K = (M + 4) / 5;

    static final Thema EIGEN_KRACHT = new Thema("eigen-kracht", "Eigen kracht", "Inwoners doen wat ze zelf kunnen.", "Wat is de bedoeling?", 1);
    static final Thema INTEGRALITEIT = new Thema("integraliteit", "Integraliteit", "Alle leefgebieden samen.", "Wat is de bedoeling?", 2);
    static final List<Laag> LAGEN = List.of(Laag.values());

    static List<Telling> tellingen() {
        String ek = EIGEN_KRACHT.code();
        return List.of(
                // bestuur, 6K respondents: effecten 24/6 = mean 4 -> 75; opdrachten 30/6 = mean 5 -> 100; dienstverlening 18/6 = mean 3 -> 50
                Telling.cel(Laag.BESTUUR, ek, Dimensie.EFFECTEN, 24 * K, 6 * K, 6 * K),
                Telling.cel(Laag.BESTUUR, ek, Dimensie.OPDRACHTEN, 30 * K, 6 * K, 6 * K),
                Telling.cel(Laag.BESTUUR, ek, Dimensie.DIENSTVERLENING, 18 * K, 6 * K, 6 * K),
                // theme as a whole: 80 over 24 answers -> (80 - 24) * 25 / 24 = 58.33 -> 58
                Telling.thema(Laag.BESTUUR, ek, 80 * K, 24 * K, 6 * K),
                // management, exactly M: effecten mean 4 -> 75, equal to bestuur: no gap
                Telling.cel(Laag.MANAGEMENT, ek, Dimensie.EFFECTEN, 4 * M, M, M),
                // beleid, 5K: effecten 18/5 -> 13 * 25 / 5 = 65, a gap of 10
                Telling.cel(Laag.BELEID, ek, Dimensie.EFFECTEN, 18 * K, 5 * K, 5 * K),
                // uitvoering, 10K: effecten 20/10 -> 25 (gap 50); opdrachten 30/10 -> 50 (gap 50); dienstverlening 25/10 -> 37.5 -> 38 (gap 12)
                Telling.cel(Laag.UITVOERING, ek, Dimensie.EFFECTEN, 20 * K, 10 * K, 10 * K),
                Telling.cel(Laag.UITVOERING, ek, Dimensie.OPDRACHTEN, 30 * K, 10 * K, 10 * K),
                Telling.cel(Laag.UITVOERING, ek, Dimensie.DIENSTVERLENING, 25 * K, 10 * K, 10 * K),
                // theme: 100 over 40 -> 60 * 25 / 40 = 37.5 -> 38
                Telling.thema(Laag.UITVOERING, ek, 100 * K, 40 * K, 10 * K),
                // partners: only M - 1 respondents, all answering 1, so nothing of theirs may show, however low
                Telling.cel(Laag.PARTNERS, ek, Dimensie.EFFECTEN, M - 1, M - 1, M - 1),
                Telling.thema(Laag.PARTNERS, ek, 4 * (M - 1), 4 * (M - 1), M - 1),
                // integraliteit: only M - 1 of the bestuur answered (all 5) -> no reference, so no loss and no gaps
                Telling.cel(Laag.BESTUUR, INTEGRALITEIT.code(), Dimensie.EFFECTEN, 5 * (M - 1), M - 1, M - 1),
                Telling.thema(Laag.BESTUUR, INTEGRALITEIT.code(), 20 * (M - 1), 4 * (M - 1), M - 1),
                Telling.cel(Laag.UITVOERING, INTEGRALITEIT.code(), Dimensie.EFFECTEN, 10 * K, 10 * K, 10 * K),
                Telling.thema(Laag.UITVOERING, INTEGRALITEIT.code(), 40 * K, 40 * K, 10 * K));
    }

    static Uitslag uitslag() {
        Map<Laag, Integer> respondenten = new EnumMap<>(Laag.class);
        respondenten.putAll(Map.of(Laag.BESTUUR, 6 * K, Laag.MANAGEMENT, M, Laag.BELEID, 5 * K, Laag.UITVOERING, 10 * K, Laag.PARTNERS, M - 1));
        List<Coderingstelling> codering = List.of(
                new Coderingstelling(Laag.UITVOERING, Codering.PAST, 3), new Coderingstelling(Laag.UITVOERING, Codering.DEELS, 1),
                new Coderingstelling(Laag.UITVOERING, Codering.MIST, 2), new Coderingstelling(Laag.UITVOERING, null, 4),
                new Coderingstelling(Laag.PARTNERS, Codering.PAST, M - 1),
                new Coderingstelling(Laag.MANAGEMENT, Codering.PAST, 2), new Coderingstelling(Laag.MANAGEMENT, Codering.MIST, 1));
        return Thermometeranalyse.analyseer(List.of(EIGEN_KRACHT, INTEGRALITEIT), LAGEN, tellingen(), respondenten, codering);
    }

    @Test
    void scoresAreTheMeanOnAScaleFrom0To100RoundedHalfUp() {
        assertThat(Thermometeranalyse.score(5, 5)).isZero();
        assertThat(Thermometeranalyse.score(25, 5)).isEqualTo(100);
        assertThat(Thermometeranalyse.score(7, 3)).isEqualTo(33); // mean 2.33 -> 33.3
        assertThat(Thermometeranalyse.score(25, 10)).isEqualTo(38); // mean 2.5 -> 37.5
        assertThat(Thermometeranalyse.score(0, 0)).isNull();

        Uitslag u = uitslag();
        assertThat(u.cel(Laag.BESTUUR, "eigen-kracht", Dimensie.EFFECTEN).score()).isEqualTo(75);
        assertThat(u.cel(Laag.BESTUUR, "eigen-kracht", Dimensie.OPDRACHTEN).score()).isEqualTo(100);
        assertThat(u.cel(Laag.BELEID, "eigen-kracht", Dimensie.EFFECTEN).score()).isEqualTo(65);
        assertThat(u.cel(Laag.UITVOERING, "eigen-kracht", Dimensie.DIENSTVERLENING).score()).isEqualTo(38);
        assertThat(u.thema(Laag.BESTUUR, "eigen-kracht").score()).isEqualTo(58);
        assertThat(u.thema(Laag.UITVOERING, "eigen-kracht").score()).isEqualTo(38);
        assertThat(u.cel(Laag.MANAGEMENT, "eigen-kracht", Dimensie.BELEID).tekst())
                .as("a cell nobody answered, of a layer that is not small").isEqualTo("geen antwoorden");
    }

    @Test
    void zeroIsNoGroupRatherThanASmallOneUnlessItsLayerIsSmall() {
        Uitslag u = uitslag();
        Waarde niemand = u.cel(Laag.MANAGEMENT, "eigen-kracht", Dimensie.BELEID);
        assertThat(niemand.getoond()).isFalse();
        assertThat(niemand.onderdrukt()).as("nothing to hide").isFalse();
        assertThat(niemand.respondenten()).isZero();
        assertThat(niemand.tekst()).isEqualTo("geen antwoorden");

        // Nobody of the M - 1 partners scored this; saying so would tell something about each of them.
        Waarde partners = u.cel(Laag.PARTNERS, "eigen-kracht", Dimensie.DIENSTVERLENING);
        assertThat(partners.getoond()).isFalse();
        assertThat(partners.onderdrukt()).isTrue();
        assertThat(partners.tekst()).isEqualTo(Waarde.TE_WEINIG);
        assertThat(u.thema(Laag.PARTNERS, "integraliteit").onderdrukt()).isTrue();

        // A layer nobody answered for: no group, in every cell and in the coded answers.
        Uitslag leeg = Thermometeranalyse.analyseer(List.of(EIGEN_KRACHT), LAGEN, List.of(), Map.of(), List.of());
        assertThat(leeg.cel(Laag.BESTUUR, "eigen-kracht", Dimensie.EFFECTEN).onderdrukt()).isFalse();
        assertThat(leeg.thema(Laag.BESTUUR, "eigen-kracht").tekst()).isEqualTo("geen antwoorden");
        assertThat(leeg.coderingen()).allSatisfy(c -> assertThat(c.tekst()).isEqualTo("geen antwoorden"));
    }

    @Test
    void aGroupOfOneFewerThanTheMinimumShowsNoScoreAndExactlyTheMinimumDoes() {
        Uitslag u = uitslag();
        Waarde partners = u.cel(Laag.PARTNERS, "eigen-kracht", Dimensie.EFFECTEN);
        assertThat(partners.getoond()).isFalse();
        assertThat(partners.score()).isNull();
        assertThat(partners.onderdrukt()).isTrue();
        assertThat(partners.respondenten()).isEqualTo(M - 1);
        assertThat(partners.tekst()).isEqualTo("te weinig antwoorden (minder dan " + M + ")");
        assertThat(u.thema(Laag.PARTNERS, "eigen-kracht").getoond()).isFalse();
        assertThat(u.thema(Laag.BESTUUR, "integraliteit").getoond()).as("M - 1 respondents").isFalse();
        Waarde management = u.cel(Laag.MANAGEMENT, "eigen-kracht", Dimensie.EFFECTEN);
        assertThat(management.respondenten()).isEqualTo(M);
        assertThat(management.score()).as("exactly M").isEqualTo(75);
        assertThat(management.onderdrukt()).isFalse();
    }

    @Test
    void doorfluisterverliesIsTheDropFromBestuurToUitvoeringAndPartnersPerTheme() {
        Uitslag u = uitslag();
        Verlies ek = u.verliezen().get(0);
        assertThat(ek.thema()).isEqualTo("eigen-kracht");
        assertThat(ek.naarUitvoering()).isEqualTo(58 - 38);
        assertThat(Verlies.tekst(ek.naarUitvoering())).isEqualTo("20 punten lager");
        assertThat(ek.naarPartners()).as("partners are under M").isNull();
        assertThat(Verlies.tekst(ek.naarPartners())).isEqualTo("niet te berekenen");
        Verlies integraliteit = u.verliezen().get(1);
        assertThat(integraliteit.naarUitvoering()).as("bestuur under M").isNull();
        assertThat(integraliteit.uitvoering().score()).isZero();
    }

    @Test
    void theThreeBiggestGapsComeWithAnActionAndIgnoreSuppressedCells() {
        List<Kloof> kloven = uitslag().kloven();
        assertThat(kloven).extracting(Kloof::dimensie, Kloof::laag, Kloof::bestuur, Kloof::score, Kloof::verschil).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Dimensie.EFFECTEN, Laag.UITVOERING, 75, 25, 50),
                org.assertj.core.groups.Tuple.tuple(Dimensie.OPDRACHTEN, Laag.UITVOERING, 100, 50, 50),
                org.assertj.core.groups.Tuple.tuple(Dimensie.DIENSTVERLENING, Laag.UITVOERING, 50, 38, 12));
        assertThat(kloven.getFirst().actie()).contains("de uitvoering", "eigen kracht", "effect");
        assertThat(kloven).noneMatch(k -> k.laag() == Laag.PARTNERS).noneMatch(k -> k.thema().equals("integraliteit"));
    }

    @Test
    void theShareOfOpenAnswersThatFitIsOverTheCodedAnswersOfALayerOfAtLeastTheMinimum() {
        Map<Laag, Coderingsaandeel> aandelen = new EnumMap<>(Laag.class);
        uitslag().coderingen().forEach(c -> aandelen.put(c.laag(), c));
        Coderingsaandeel uitvoering = aandelen.get(Laag.UITVOERING);
        assertThat(uitvoering.gecodeerd()).isEqualTo(6);
        assertThat(uitvoering.ongecodeerd()).isEqualTo(4);
        assertThat(uitvoering.procentPast()).as("3 of 6 coded").isEqualTo(50);
        assertThat(aandelen.get(Laag.MANAGEMENT).procentPast()).as("2 of 3 coded, exactly M respondents").isEqualTo(67);
        assertThat(aandelen.get(Laag.PARTNERS).procentPast()).as("M - 1 respondents, every answer fits").isNull();
        assertThat(aandelen.get(Laag.PARTNERS).tekst()).isEqualTo(Waarde.TE_WEINIG);
        assertThat(aandelen.get(Laag.BESTUUR).tekst()).isEqualTo("nog niet gecodeerd");
    }

    @Test
    void aComparisonWithAnEarlierRoundOnlyWhereBothGroupsWereBigEnough() {
        Map<Laag, Integer> respondenten = Map.of(Laag.UITVOERING, 8 * K, Laag.BESTUUR, M - 1);
        Uitslag vorige = Thermometeranalyse.analyseer(List.of(EIGEN_KRACHT), LAGEN, List.of(
                        Telling.thema(Laag.UITVOERING, "eigen-kracht", 60 * K, 40 * K, 8 * K), // 20 * 25 / 40 = 12.5 -> 13
                        Telling.thema(Laag.BESTUUR, "eigen-kracht", 20 * (M - 1), 4 * (M - 1), M - 1)),
                respondenten, List.of());
        Vergelijking v = Vergelijking.tussen(uitslag(), vorige, "Voorjaar");
        assertThat(v.regels()).as("integraliteit was not in the earlier round").allMatch(r -> r.thema().equals("eigen-kracht"));
        Vergelijking.Regel uitvoering = v.regels().stream().filter(r -> r.laag() == Laag.UITVOERING).findFirst().orElseThrow();
        assertThat(uitvoering.verschil()).isEqualTo(38 - 13);
        assertThat(uitvoering.verschilTekst()).isEqualTo("25 hoger");
        Vergelijking.Regel bestuur = v.regels().stream().filter(r -> r.laag() == Laag.BESTUUR).findFirst().orElseThrow();
        assertThat(bestuur.verschil()).isNull();
        assertThat(bestuur.verschilTekst()).isEqualTo("niet te vergelijken");
    }

    /**
     * Differencing within one round: a theme's score covers its four dimensions. With one dimension
     * hidden (M - 1 people scored it) and the theme and the other three shown, theme total minus the
     * shown totals gives the hidden group's total. So the theme is hidden as well, and so is the loss
     * built on it; the three big dimensions still show.
     */
    @Test
    void aThemeScoreIsHiddenWhenSubtractingItsShownPartsWouldRevealAHiddenPart() {
        int m = KleineGroep.MINIMUM;
        int n = m + 2;
        List<Telling> t = List.of(
                Telling.cel(Laag.UITVOERING, "eigen-kracht", Dimensie.EFFECTEN, 4L * 3 * n, 3L * n, n),
                Telling.cel(Laag.UITVOERING, "eigen-kracht", Dimensie.BELEID, 2L * 3 * (m - 1), 3L * (m - 1), m - 1),
                Telling.cel(Laag.UITVOERING, "eigen-kracht", Dimensie.OPDRACHTEN, 4L * 3 * n, 3L * n, n),
                Telling.cel(Laag.UITVOERING, "eigen-kracht", Dimensie.DIENSTVERLENING, 4L * 3 * n, 3L * n, n),
                Telling.thema(Laag.UITVOERING, "eigen-kracht", 4L * 9 * n + 2L * 3 * (m - 1), 9L * n + 3L * (m - 1), n),
                Telling.cel(Laag.BESTUUR, "eigen-kracht", Dimensie.EFFECTEN, 5L * 3 * n, 3L * n, n),
                Telling.thema(Laag.BESTUUR, "eigen-kracht", 5L * 3 * n, 3L * n, n));
        Uitslag u = Thermometeranalyse.analyseer(List.of(EIGEN_KRACHT), List.of(Laag.BESTUUR, Laag.UITVOERING), t,
                Map.of(Laag.BESTUUR, n, Laag.UITVOERING, n), List.of());

        assertThat(u.cel(Laag.UITVOERING, "eigen-kracht", Dimensie.BELEID).onderdrukt()).isTrue();
        assertThat(u.cel(Laag.UITVOERING, "eigen-kracht", Dimensie.EFFECTEN).score()).isEqualTo(75);
        Waarde geheel = u.thema(Laag.UITVOERING, "eigen-kracht");
        assertThat(geheel.getoond()).as("theme minus the three shown dimensions would give the hidden one").isFalse();
        assertThat(geheel.onderdrukt()).isTrue();
        assertThat(geheel.tekst()).isEqualTo(Waarde.VERBORGEN);
        assertThat(u.verliezen().getFirst().naarUitvoering()).isNull();
        // The bestuur has no hidden part (the other dimensions are simply empty): its theme shows.
        assertThat(u.thema(Laag.BESTUUR, "eigen-kracht").score()).isEqualTo(100);
    }
}
