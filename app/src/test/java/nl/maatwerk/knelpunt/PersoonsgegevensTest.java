package nl.maatwerk.knelpunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.maatwerk.knelpunt.Persoonsgegevens.Deel;
import nl.maatwerk.knelpunt.Persoonsgegevens.Soort;
import nl.maatwerk.knelpunt.Persoonsgegevens.Vondst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the check refuses and what it lets through, with the household of the report known. No Spring. */
class PersoonsgegevensTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 7);
    static final List<String> HUISHOUDEN = List.of("Huishouden Jansen", "Piet", "Jansen", "Sara Fatima", "de Vries-Bakker", "Oma Truus");

    private static List<Vondst> check(String tekst) {
        return Persoonsgegevens.controleer("wat", tekst, HUISHOUDEN, VANDAAG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BSN 111222333 kreeg een brief", "Zijn nummer is 1112.22.333.", "nummer 111 222 333 staat op de brief",
            "123-456-782 klopte niet", "(123456782)"})
    void refusesANumberThatPassesTheElevenTestAlsoWithSpacesDotsOrDashes(String tekst) {
        assertThat(check(tekst)).singleElement().extracting(Vondst::soort).isEqualTo(Soort.BSN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mevrouw jansen belde boos op.", "Piet kon de huur niet betalen", "Sara kreeg geen hulp", "De buurvrouw van Bakker hielp",
            "Truus bracht boodschappen"})
    void refusesANameOfTheHouseholdItWasReportedFromWhateverTheCase(String tekst) {
        assertThat(check(tekst)).singleElement().extracting(Vondst::soort).isEqualTo(Soort.NAAM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Het kind, geboren op 12-03-2019, mocht niet mee.", "geb. 3 april 2021", "geboortedatum: 2020-05-01",
            "Zij is van 12 maart 1985.", "Een man van 1985-03-12 zonder werk", "Sinds 3/4/85 woont hij daar", "op 1 mrt. 1970 kwam hij naar Nederland"})
    void refusesABirthDateAfterGeborenOrAnyFullDateMoreThanTwelveYearsBack(String tekst) {
        assertThat(check(tekst)).singleElement().extracting(Vondst::soort).isEqualTo(Soort.GEBOORTEDATUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sinds 1 januari 2026 tellen giften tot € 1.200 per jaar niet mee.", "Artikel 58 lid 2: zes keer per maand, 250 euro aflossing.",
            "Het zaaknummer 123456789 klopte niet.", "Bel 06 1234 5678 voor de wijkagent.", "Sarah van het andere team hielp mee.",
            "De regel van de gemeente is te streng.", "Op 1-1-2020 veranderde de werkinstructie.", "Op 32-13-1980 is geen datum.",
            "Rekening 1112223334 van de energieleverancier.", "Versie 2.3.5 van het systeem", "Oma en opa hielpen mee.", ""})
    void acceptsDatesOfRulesAmountsOtherNumbersAndWordsThatAreNoNameOfTheHousehold(String tekst) {
        assertThat(check(tekst)).isEmpty();
    }

    @Test
    void withoutAHouseholdItCannotKnowTheNamesAndStillFindsANumberAndADate() {
        assertThat(Persoonsgegevens.controleer("wat", "Piet, BSN 111222333, geboren 12-03-1985", List.of(), VANDAAG)).extracting(Vondst::soort)
                .containsExactly(Soort.BSN, Soort.GEBOORTEDATUM);
    }

    @Test
    void ordinaryWordsInANameAreNotLookedFor() {
        assertThat(Persoonsgegevens.naamdelen(List.of("de Vries-Bakker", "Huishouden van den Berg", "El Amrani", "A. Yilmaz")))
                .containsExactly("Vries", "Bakker", "Berg", "Amrani", "Yilmaz");
    }

    @Test
    void marksEachHitInItsPlaceSoThePageCanShowTheWords() {
        String tekst = "Mevrouw Jansen, BSN 111222333, belde.";
        List<Vondst> vondsten = check(tekst);
        assertThat(vondsten).extracting(Vondst::woorden).containsExactly("Jansen", "111222333");
        assertThat(Persoonsgegevens.markeer(tekst, vondsten)).containsExactly(new Deel("Mevrouw ", false), new Deel("Jansen", true),
                new Deel(", BSN ", false), new Deel("111222333", true), new Deel(", belde.", false));
    }
}
