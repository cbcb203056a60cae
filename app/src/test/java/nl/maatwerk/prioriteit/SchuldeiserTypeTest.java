package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.maatwerk.platform.Keuze;
import nl.maatwerk.prioriteit.Vroegsignaal.SchuldeiserType;
import org.junit.jupiter.api.Test;

/** The kind of creditor: a coded choice like every other, and in an import also the words senders use for it. */
class SchuldeiserTypeTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 2, 2);

    private static List<String> redenenBij(String schuldeiserType) {
        Map<String, String> velden = new HashMap<>(Map.of("schuldeiser", "Woonstad", "bsn", "111222333", "bedrag", "100.00",
                "maanden", "2", "datum", "2026-01-05"));
        if (schuldeiserType != null) {
            velden.put("schuldeiserType", schuldeiserType);
        }
        List<String> redenen = new ArrayList<>();
        SignaalControle.controleer(new SignaalBestand.Regel(2, velden), VANDAAG, redenen);
        return redenen;
    }

    @Test
    void theCodeIsStoredAndExchangedAndAnUnknownCodeIsRefusedAsForEveryChoice() {
        assertThat(SchuldeiserType.values()).extracting(SchuldeiserType::code).containsExactly("verhuurder", "energie", "water", "zorgverzekeraar");
        assertThat(SchuldeiserType.vanCode("energie")).isEqualTo(SchuldeiserType.ENERGIE);
        assertThat(SchuldeiserType.vanCode("ZORGVERZEKERAAR")).isEqualTo(SchuldeiserType.ZORGVERZEKERAAR);
        assertThatThrownBy(() -> SchuldeiserType.vanCode("woningcorporatie")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Onbekend soort schuldeiser: woningcorporatie");
        assertThat(Keuze.opties(SchuldeiserType.values(), null)).containsEntry("WATER", "Drinkwaterbedrijf");
    }

    @Test
    void anImportTakesTheCodeOrASendersWordInAnyCase() {
        Map<String, SchuldeiserType> woorden = Map.ofEntries(Map.entry("verhuurder", SchuldeiserType.VERHUURDER),
                Map.entry("Woningcorporatie", SchuldeiserType.VERHUURDER), Map.entry(" huur ", SchuldeiserType.VERHUURDER),
                Map.entry("ENERGIE", SchuldeiserType.ENERGIE), Map.entry("energieleverancier", SchuldeiserType.ENERGIE),
                Map.entry("water", SchuldeiserType.WATER), Map.entry("Drinkwater", SchuldeiserType.WATER),
                Map.entry("drinkwaterbedrijf", SchuldeiserType.WATER), Map.entry("zorgverzekeraar", SchuldeiserType.ZORGVERZEKERAAR),
                Map.entry("Zorgverzekering", SchuldeiserType.ZORGVERZEKERAAR));
        woorden.forEach((woord, type) -> assertThat(SignaalControle.schuldeiserType(woord)).as(woord).contains(type));
        woorden.keySet().forEach(woord -> assertThat(redenenBij(woord)).as(woord).isEmpty());
    }

    @Test
    void anUnknownOrMissingKindIsAReasonInDutchThatListsTheCodes() {
        assertThat(SignaalControle.schuldeiserType("bank")).isEmpty();
        assertThat(redenenBij("bank")).containsExactly("Onbekend soort schuldeiser \u201cbank\u201d: kies verhuurder, energie, water of zorgverzekeraar.");
        assertThat(redenenBij(null)).containsExactly("Het soort schuldeiser ontbreekt.");
    }
}
