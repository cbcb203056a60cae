package nl.maatwerk.samenhang;

import static nl.maatwerk.samenhang.Voorbeelden.gegevens;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.maatwerk.platform.OngeldigeInvoerException.Fout;
import org.junit.jupiter.api.Test;

class InvliegercontroleTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 7);
    private static final Invliegercontrole.Bekend BEKEND = new Invliegercontrole.Bekend(Set.of("pw-giften", "pw-kostendelers"),
            Set.of("pw-norm-gehuwden"), Set.of("wijkteam-centrum", "wijkteam-escamp"));

    private static List<Fout> fouten(Invlieger.Gegevens g) {
        return Invliegercontrole.fouten(g, VANDAAG, BEKEND);
    }

    private static List<String> velden(Invlieger.Gegevens g) {
        return fouten(g).stream().map(Fout::veld).toList();
    }

    @Test
    void datesInTheirOrderWithATransitionAfterTheStartAreFine() {
        assertThat(fouten(gegevens(LocalDate.of(2025, 4, 22), LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1),
                Fase.IN_WERKING))).isEmpty();
        assertThat(fouten(gegevens(null, null, null, null, Fase.AANGEKONDIGD))).isEmpty();
    }

    @Test
    void adoptionBeforeTheAnnouncementIsNamedOnTheAdoptionDateWithBothDates() {
        List<Fout> f = fouten(gegevens(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2027, 1, 1), null, Fase.VASTGESTELD));
        assertThat(f).extracting(Fout::veld).containsExactly("vastgesteldOp");
        assertThat(f.getFirst().reden()).contains("1 april 2025", "1 oktober 2025");
    }

    @Test
    void goingLiveBeforeTheAnnouncementIsNamedOnTheDateOfEntry() {
        assertThat(velden(gegevens(LocalDate.of(2026, 3, 1), null, LocalDate.of(2026, 1, 1), null, Fase.VASTGESTELD))).containsExactly("inWerkingOp");
    }

    @Test
    void aTransitionNeedsAStartAndMustEndAfterIt() {
        assertThat(velden(gegevens(null, null, null, LocalDate.of(2027, 1, 1), Fase.AANGEKONDIGD))).containsExactly("overgangTot");
        List<Fout> zelfdeDag = fouten(gegevens(null, LocalDate.of(2025, 10, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), Fase.VASTGESTELD));
        assertThat(zelfdeDag).extracting(Fout::veld).containsExactly("overgangTot");
        assertThat(zelfdeDag.getFirst().reden()).contains("1 januari 2027");
        assertThat(velden(gegevens(null, LocalDate.of(2025, 10, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 6, 1), Fase.VASTGESTELD)))
                .containsExactly("overgangTot");
    }

    @Test
    void thePhaseMustFitTheDates() {
        assertThat(velden(gegevens(null, LocalDate.of(2025, 10, 1), null, null, Fase.AANGEKONDIGD))).containsExactly("fase");
        assertThat(velden(gegevens(null, LocalDate.of(2025, 10, 1), null, null, Fase.IN_WERKING))).containsExactly("inWerkingOp");
        assertThat(velden(gegevens(null, LocalDate.of(2025, 10, 1), LocalDate.of(2027, 1, 1), null, Fase.IN_WERKING))).containsExactly("inWerkingOp");
        assertThat(velden(gegevens(null, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1), null, Fase.VASTGESTELD))).containsExactly("vastgesteldOp");
        // In force today is in force.
        assertThat(fouten(gegevens(null, LocalDate.of(2025, 10, 1), VANDAAG, null, Fase.IN_WERKING))).isEmpty();
    }

    @Test
    void unknownRulesParametersAndTeamsAreNamedPerFieldWithTheWrongValue() {
        Invlieger.Gegevens g = gegevens(null, null, null, null, Fase.AANGEKONDIGD);
        Invlieger.Gegevens fout = new Invlieger.Gegevens(g.titel(), g.soort(), g.bwbId(), g.herkomst(), g.fase(), null, null, null, null,
                g.watVerandert(), g.wetten(), List.of("pw-giften", "pw-bestaat-niet"), List.of("norm-onbekend"), List.of("wijkteam-maan"),
                g.processen(), g.eigenaar(), g.voorbereiding(), null, g.bron());
        List<Fout> f = fouten(fout);
        assertThat(f).extracting(Fout::veld).containsExactly("regels", "parameters", "teams");
        assertThat(f).extracting(Fout::reden).anySatisfy(r -> assertThat(r).contains("pw-bestaat-niet"))
                .anySatisfy(r -> assertThat(r).contains("norm-onbekend")).anySatisfy(r -> assertThat(r).contains("wijkteam-maan"));
    }

    @Test
    void everyRequiredFieldIsNamedAtOnceAndABadBwbIdToo() {
        Invlieger.Gegevens leeg = new Invlieger.Gegevens(" ", null, "BWB123", null, null, null, null, null, null, "", null, null, null, null, null,
                null, null, null, null);
        assertThat(velden(leeg)).containsExactlyInAnyOrder("titel", "soort", "bwbId", "herkomst", "fase", "watVerandert", "eigenaar",
                "voorbereiding", "bron");
    }
}
