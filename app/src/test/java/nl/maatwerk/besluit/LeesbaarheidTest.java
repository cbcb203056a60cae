package nl.maatwerk.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LeesbaarheidTest {

    @Test
    void syllablesFollowDutchVowelGroupsWithIjAsOneVowelAndADiaeresisAsABreak() {
        assertThat(Leesbaarheid.lettergrepen("brief")).isEqualTo(1);
        assertThat(Leesbaarheid.lettergrepen("bijstand")).isEqualTo(2);
        assertThat(Leesbaarheid.lettergrepen("terugvordering")).isEqualTo(5);
        assertThat(Leesbaarheid.lettergrepen("beëindigen")).isEqualTo(4);
        assertThat(Leesbaarheid.lettergrepen("coördinatie")).isEqualTo(5);
        assertThat(Leesbaarheid.lettergrepen("x")).as("at least one").isEqualTo(1);
    }

    @Test
    void sentencesWordsAndLongWordsAreCountedByHand() {
        // 2 sentences, 4 + 6 = 10 words; one word of four or more syllables (terugvordering).
        Leesbaarheid.Meting m = Leesbaarheid.meet("Wij vragen geld terug. De terugvordering duurt twee jaar lang.");
        assertThat(m.zinnen()).isEqualTo(2);
        assertThat(m.woorden()).isEqualTo(10);
        assertThat(m.gemiddeldeZinslengte()).isEqualTo(5.0);
        assertThat(m.langsteZin()).isEqualTo(6);
        assertThat(m.langeWoorden()).isEqualTo(1);
        assertThat(m.aandeelLangeWoorden()).isEqualTo(0.1);
        // Syllables: wij1 vra2 gen geld1 te2 rug / de1 terugvordering5 duurt1 twee1 jaar1 lang1 = 1+2+1+2 + 1+5+1+1+1+1 = 16.
        assertThat(m.lettergrepenPerWoord()).isEqualTo(1.6);
        assertThat(m.fleschDouma()).isCloseTo(206.84 - 0.77 * 160 - 0.93 * 5, within(1e-9));
        assertThat(m.isB1()).isTrue();
    }

    @Test
    void aLongSentenceOrTooManyLongWordsIsNotB1() {
        String lang = "Op grond van de toepasselijke bepalingen van de Participatiewet en de daarop gebaseerde gemeentelijke"
                + " beleidsregels wordt het u toegekende bedrag aan bijstand over de betreffende periode van u teruggevorderd omdat"
                + " u heeft verzuimd uw inlichtingenplicht na te komen.";
        Leesbaarheid.Meting m = Leesbaarheid.meet(lang);
        assertThat(m.langsteZin()).isGreaterThan(Leesbaarheid.MAX_ZINSLENGTE);
        assertThat(m.langeZinnen()).hasSize(1);
        assertThat(m.isB1()).isFalse();
        assertThat(Leesbaarheid.meet("Inlichtingenverplichting participatievoorziening beleidsregelgeving.").isB1()).isFalse();
    }

    @Test
    void theVerdictAndItsReasonsNeverDisagree() {
        Leesbaarheid.Meting goed = Leesbaarheid.meet("U kreeg boodschappen van uw moeder. Dat telt als inkomen.");
        assertThat(goed.bezwaren()).isEmpty();
        assertThat(goed.isB1()).isTrue();
        Leesbaarheid.Meting moeilijk = Leesbaarheid.meet("Inlichtingenverplichting participatievoorziening beleidsregelgeving.");
        assertThat(moeilijk.isB1()).isFalse();
        assertThat(moeilijk.bezwaren()).singleElement().asString().contains("lang (4 of meer lettergrepen)");
    }

    @Test
    void wordsThatSpeakAboutTheResidentInsteadOfToThemAreNamedOnce() {
        assertThat(Leesbaarheid.overDeInwoner("De inwoner kreeg boodschappen van haar moeder. Zij wist niet dat haar moeder dat moest melden."))
                .containsExactly("de inwoner", "haar", "zij");
        assertThat(Leesbaarheid.overDeInwoner("U kreeg boodschappen. Wij zijn daar eerlijk over.")).isEmpty();
    }

    @Test
    void emptyTextIsTriviallyReadable() {
        assertThat(Leesbaarheid.meet("").woorden()).isZero();
        assertThat(Leesbaarheid.meet(null).isB1()).isTrue();
    }
}
