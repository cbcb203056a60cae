package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.toegang.PlanSamenvoeging.Keuze;
import org.junit.jupiter.api.Test;

class PlanSamenvoegingTest {

    private static final UUID DOEL = UUID.randomUUID();
    private static final UUID ACTIE = UUID.randomUUID();
    private static final LocalDate MAART = LocalDate.of(2030, 3, 1);

    private static PlanActie actie(String wat, String wie, PlanStatus status) {
        return new PlanActie(ACTIE, wat, PlanEigenaar.INWONER, wie, null, status);
    }

    private static PlanInhoud plan(LocalDate evaluatie, String doel, PlanActie... acties) {
        return new PlanInhoud(evaluatie, List.of(new PlanDoel(DOEL, Levensdomein.FINANCIEN, doel, List.of(acties))));
    }

    private final PlanInhoud basis = plan(MAART, "Schulden op een rij", actie("Post openen", "Sanne", PlanStatus.OPEN));

    @Test
    void changesOfDifferentFieldsByBothAreCombinedWithoutConflict() {
        PlanInhoud huidig = plan(MAART, "Schulden op een rij", actie("Post openen", "Sanne", PlanStatus.GEDAAN));
        PlanInhoud mijn = plan(MAART.plusMonths(1), "Schulden op een rij", actie("Post openen", "Sanne", PlanStatus.OPEN));

        PlanSamenvoeging.Resultaat r = PlanSamenvoeging.voegSamen(basis, huidig, mijn, Map.of());

        assertThat(r.conflicten()).isEmpty();
        assertThat(r.volledigBeslist()).isTrue();
        assertThat(r.inhoud().evaluatiedatum()).isEqualTo(MAART.plusMonths(1));
        assertThat(r.inhoud().doelen().getFirst().acties().getFirst().status()).isEqualTo(PlanStatus.GEDAAN);
        assertThat(r.overgenomen()).singleElement().asString().contains("status").contains("Klaar");
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictThatKeepsTheCurrentValueUntilTheUserChooses() {
        PlanInhoud huidig = plan(MAART, "Geen nieuwe schulden", actie("Post openen", "Sanne", PlanStatus.OPEN));
        PlanInhoud mijn = plan(MAART, "Rust in de post", actie("Post openen", "Sanne", PlanStatus.OPEN));

        PlanSamenvoeging.Resultaat open = PlanSamenvoeging.voegSamen(basis, huidig, mijn, Map.of());
        assertThat(open.conflicten()).singleElement().satisfies(c -> {
            assertThat(c.sleutel()).isEqualTo("doel:" + DOEL + ".doel");
            assertThat(c.basis()).isEqualTo("Schulden op een rij");
            assertThat(c.huidig()).isEqualTo("Geen nieuwe schulden");
            assertThat(c.mijn()).isEqualTo("Rust in de post");
        });
        assertThat(open.volledigBeslist()).isFalse();
        assertThat(open.inhoud().doelen().getFirst().doel()).isEqualTo("Geen nieuwe schulden");

        PlanSamenvoeging.Resultaat gekozen = PlanSamenvoeging.voegSamen(basis, huidig, mijn, Map.of("doel:" + DOEL + ".doel", Keuze.MIJN));
        assertThat(gekozen.volledigBeslist()).isTrue();
        assertThat(gekozen.inhoud().doelen().getFirst().doel()).isEqualTo("Rust in de post");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        PlanInhoud beide = plan(MAART, "Schulden op een rij", actie("Post openen", "Sanne", PlanStatus.BEZIG));
        PlanSamenvoeging.Resultaat r = PlanSamenvoeging.voegSamen(basis, beide, beide, Map.of());
        assertThat(r.conflicten()).isEmpty();
        assertThat(r.overgenomen()).isEmpty();
        assertThat(r.inhoud()).isEqualTo(beide);
    }

    @Test
    void newGoalsAndActionsOfBothSidesAreAllKept() {
        UUID nieuwDoelCollega = UUID.randomUUID();
        PlanDoel vanCollega = new PlanDoel(nieuwDoelCollega, Levensdomein.HUISVESTING, "Een eigen kamer", List.of());
        PlanInhoud huidig = new PlanInhoud(MAART, List.of(basis.doelen().getFirst(), vanCollega));
        PlanActie mijnNieuweActie = new PlanActie(null, "Budgetcursus volgen", PlanEigenaar.AANBIEDER, "Humanitas", null, PlanStatus.OPEN);
        PlanDoel mijnDoel = new PlanDoel(null, Levensdomein.SOCIAAL_NETWERK, "Vaker bij mijn zus", List.of());
        PlanInhoud mijn = new PlanInhoud(MAART, List.of(new PlanDoel(DOEL, Levensdomein.FINANCIEN, "Schulden op een rij",
                List.of(basis.doelen().getFirst().acties().getFirst(), mijnNieuweActie)), mijnDoel));

        PlanSamenvoeging.Resultaat r = PlanSamenvoeging.voegSamen(basis, huidig, mijn, Map.of());

        assertThat(r.conflicten()).isEmpty();
        assertThat(r.inhoud().doelen()).extracting(PlanDoel::doel)
                .containsExactly("Schulden op een rij", "Een eigen kamer", "Vaker bij mijn zus");
        assertThat(r.inhoud().doelen().getFirst().acties()).extracting(PlanActie::omschrijving)
                .containsExactly("Post openen", "Budgetcursus volgen");
    }

    @Test
    void deletingWhatTheOtherLeftAloneDeletesItButDeletingWhatTheOtherChangedIsAConflict() {
        PlanInhoud zonderActie = plan(MAART, "Schulden op een rij");
        PlanInhoud ongewijzigd = basis;
        PlanSamenvoeging.Resultaat weg = PlanSamenvoeging.voegSamen(basis, ongewijzigd, zonderActie, Map.of());
        assertThat(weg.conflicten()).isEmpty();
        assertThat(weg.inhoud().doelen().getFirst().acties()).isEmpty();

        PlanInhoud collegaWijzigde = plan(MAART, "Schulden op een rij", actie("Post openen", "Sanne", PlanStatus.BEZIG));
        PlanSamenvoeging.Resultaat botsing = PlanSamenvoeging.voegSamen(basis, collegaWijzigde, zonderActie, Map.of());
        assertThat(botsing.conflicten()).singleElement().satisfies(c -> {
            assertThat(c.sleutel()).isEqualTo("actie:" + ACTIE);
            assertThat(c.mijn()).isEqualTo("(verwijderd)");
        });
        assertThat(botsing.inhoud().doelen().getFirst().acties()).hasSize(1);
        assertThat(PlanSamenvoeging.voegSamen(basis, collegaWijzigde, zonderActie, Map.of("actie:" + ACTIE, Keuze.MIJN))
                .inhoud().doelen().getFirst().acties()).isEmpty();

        PlanSamenvoeging.Resultaat collegaVerwijderde = PlanSamenvoeging.voegSamen(basis, zonderActie, collegaWijzigde, Map.of());
        assertThat(collegaVerwijderde.conflicten()).singleElement().extracting(PlanSamenvoeging.Conflict::huidig).isEqualTo("(verwijderd)");
        assertThat(collegaVerwijderde.inhoud().doelen().getFirst().acties()).isEmpty();
        assertThat(PlanSamenvoeging.voegSamen(basis, zonderActie, collegaWijzigde, Map.of("actie:" + ACTIE, Keuze.MIJN))
                .inhoud().doelen().getFirst().acties()).extracting(PlanActie::status).containsExactly(PlanStatus.BEZIG);
    }

    @Test
    void changesAreDescribedInDutch() {
        PlanInhoud nieuw = plan(MAART.plusDays(1), "Schulden op een rij", actie("Post openen", "Sanne", PlanStatus.GEDAAN));
        assertThat(PlanWijzigingen.beschrijf(basis, nieuw)).containsExactly(
                "Evaluatiedatum verzet van 1 maart 2030 naar 2 maart 2030",
                "Actie 'Post openen': status van 'Nog niet begonnen' naar 'Klaar'");
        assertThat(PlanWijzigingen.beschrijf(PlanInhoud.LEEG, basis)).first().asString().startsWith("Evaluatiedatum gezet op");
    }
}
