package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
class GezinsplannenTest {

    @Autowired
    Gezinsplannen plannen;

    @Autowired
    JdbcClient jdbc;

    TestData data;
    UUID huishouden;
    UUID moeder;

    @BeforeEach
    void gegevens() {
        data = new TestData(jdbc);
        huishouden = data.huishouden("Plangezin", "wijkteam-centrum");
        moeder = data.inwoner("Plan", LocalDate.of(1985, 5, 5));
        data.lid(huishouden, moeder, "aanvrager", LocalDate.of(2020, 1, 1), null);
        data.lid(huishouden, data.inwoner("Plan", LocalDate.of(2012, 2, 2)), "kind", LocalDate.of(2020, 1, 1), null);
        // Left last year: not a data subject of reading the plan now.
        data.lid(huishouden, data.inwoner("Plan", LocalDate.of(1983, 3, 3)), "partner", LocalDate.of(2020, 1, 1), LocalDate.now().minusYears(1));
        als("consulent", "CONSULENT");
    }

    @AfterEach
    void uitloggen() {
        SecurityContextHolder.clearContext();
    }

    private static void als(String gebruiker, String rol) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruiker, "n.v.t.",
                AuthorityUtils.createAuthorityList("ROLE_" + rol)));
    }

    private static PlanActie actie(String wat, PlanEigenaar type, String wie, PlanStatus status) {
        return new PlanActie(null, wat, type, wie, null, status);
    }

    private Gezinsplan eersteVersie() {
        return plannen.slaOp(huishouden, new PlanInhoud(LocalDate.now().plusMonths(3), List.of(
                new PlanDoel(null, Levensdomein.FINANCIEN, "We willen weer rust in de post",
                        List.of(actie("Samen de post openen", PlanEigenaar.NETWERK, "Tante Wil", PlanStatus.OPEN))),
                new PlanDoel(null, Levensdomein.HUISVESTING, "Een huis zonder schimmel",
                        List.of(actie("Melding bij de verhuurder", PlanEigenaar.PROFESSIONAL, "Consulent", PlanStatus.BEZIG))))), 0);
    }

    private long versies() {
        return jdbc.sql("select count(*) from toegang.gezinsplan_versie where huishouden_id = ?").param(huishouden).query(Long.class).single();
    }

    @Test
    void aHouseholdWithoutAPlanHasVersionZeroAndNoGoals() {
        Gezinsplan plan = plannen.lees(huishouden);
        assertThat(plan.bestaat()).isFalse();
        assertThat(plan.versie()).isZero();
        assertThat(plan.inhoud().doelen()).isEmpty();
    }

    @Test
    void thePlanCarriesTheHouseholdsNameBeforeAndAfterTheFirstSave() {
        assertThat(plannen.lees(huishouden).huishoudenNaam()).isEqualTo("Plangezin");
        assertThat(eersteVersie().huishoudenNaam()).isEqualTo("Plangezin");
    }

    @Test
    void validationListsEveryProblemAtOnceAndSavesNothing() {
        PlanInhoud fout = new PlanInhoud(LocalDate.now().minusDays(1), List.of(
                new PlanDoel(null, null, " ", List.of(new PlanActie(null, "", null, null, null, null))),
                new PlanDoel(null, Levensdomein.JUSTITIE, "x".repeat(PlanRegels.MAX_DOEL + 1), List.of())));

        OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> plannen.slaOp(huishouden, fout, 0));

        assertThat(e.fouten()).extracting(OngeldigeInvoerException.Fout::veld).containsExactlyInAnyOrder(
                "evaluatiedatum", "doelen[0].levensdomein", "doelen[0].doel", "doelen[0].acties[0].omschrijving",
                "doelen[0].acties[0].eigenaarType", "doelen[0].acties[0].eigenaar", "doelen[0].acties[0].status", "doelen[1].doel");
        assertThat(e.fouten()).extracting(OngeldigeInvoerException.Fout::reden)
                .contains("De evaluatiedatum ligt in het verleden. Kies vandaag of een dag later.", "Het doel 2 is te lang (hoogstens 1000 tekens).");
        assertThat(versies()).isZero();
    }

    @Test
    void everySaveIsAVersionWithWhoSavedItAndWhatChanged() {
        Gezinsplan v1 = eersteVersie();
        PlanDoel geld = v1.inhoud().doelen().getFirst();
        PlanActie post = geld.acties().getFirst();
        assertThat(geld.id()).isNotNull();
        assertThat(post.id()).isNotNull();

        als("regisseur", "REGISSEUR");
        Gezinsplan v2 = plannen.slaOp(huishouden, new PlanInhoud(v1.inhoud().evaluatiedatum(), List.of(
                new PlanDoel(geld.id(), geld.levensdomein(), geld.doel(), List.of(new PlanActie(post.id(), post.omschrijving(),
                        post.eigenaarType(), post.eigenaar(), post.uiterlijk(), PlanStatus.GEDAAN))))), v1.versie());

        assertThat(v2.versie()).isEqualTo(2);
        assertThat(v2.gewijzigdDoor()).isEqualTo(naam("regisseur"));
        List<PlanVersie> versies = plannen.versies(huishouden);
        assertThat(versies).extracting(PlanVersie::versie).containsExactly(2, 1);
        assertThat(versies.getFirst().door()).isEqualTo(naam("regisseur"));
        assertThat(versies.getFirst().wijzigingen()).containsExactly(
                "Actie 'Samen de post openen': status van 'Nog niet begonnen' naar 'Klaar'",
                "Doel verwijderd (Huisvesting): 'Een huis zonder schimmel'");
        assertThat(versies.get(1).door()).isEqualTo(naam("consulent"));
        assertThat(versies.get(1).wijzigingen()).contains("Doel toegevoegd (Financiën): 'We willen weer rust in de post'");
    }

    @Test
    void twoPeopleEditingTheSameVersionLoseNothingTheSecondGetsTheMergeAndNothingIsSavedUntilConfirmed() {
        Gezinsplan v1 = eersteVersie();
        PlanDoel geld = v1.inhoud().doelen().getFirst();
        PlanDoel huis = v1.inhoud().doelen().get(1);
        PlanActie post = geld.acties().getFirst();

        // The consulent marks the action done and rewords the housing goal.
        Gezinsplan v2 = plannen.slaOp(huishouden, new PlanInhoud(v1.inhoud().evaluatiedatum(), List.of(
                new PlanDoel(geld.id(), geld.levensdomein(), geld.doel(), List.of(metStatus(post, PlanStatus.GEDAAN))),
                new PlanDoel(huis.id(), huis.levensdomein(), "Een droog huis voor de kinderen", huis.acties()))), v1.versie());

        // The regisseur, still on version 1, moves the evaluation, adds an action, and rewords the same goal differently.
        als("regisseur", "REGISSEUR");
        LocalDate later = LocalDate.now().plusMonths(4);
        PlanInhoud mijn = new PlanInhoud(later, List.of(
                new PlanDoel(geld.id(), geld.levensdomein(), geld.doel(), List.of(post,
                        actie("Afspraak bij de schuldhulp", PlanEigenaar.AANBIEDER, "Schuldhulp Den Haag", PlanStatus.OPEN))),
                new PlanDoel(huis.id(), huis.levensdomein(), "Verhuizen naar een ander huis", huis.acties())));

        PlanConflictException conflict = assertThrows(PlanConflictException.class, () -> plannen.slaOp(huishouden, mijn, v1.versie()));

        assertThat(versies()).as("nothing half-saved").isEqualTo(2);
        assertThat(plannen.lees(huishouden).inhoud()).isEqualTo(v2.inhoud());
        assertThat(conflict.huidig().versie()).isEqualTo(2);
        PlanSamenvoeging.Resultaat r = conflict.samenvoeging();
        assertThat(r.conflicten()).singleElement().satisfies(c -> {
            assertThat(c.huidig()).isEqualTo("Een droog huis voor de kinderen");
            assertThat(c.mijn()).isEqualTo("Verhuizen naar een ander huis");
        });
        assertThat(r.inhoud().evaluatiedatum()).isEqualTo(later);
        assertThat(r.inhoud().doelen().getFirst().acties()).extracting(PlanActie::omschrijving, PlanActie::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Samen de post openen", PlanStatus.GEDAAN),
                org.assertj.core.groups.Tuple.tuple("Afspraak bij de schuldhulp", PlanStatus.OPEN));

        // Confirming without a choice saves nothing either.
        assertThrows(PlanConflictException.class, () -> plannen.voegSamenEnSlaOp(huishouden, mijn, 1, 2, Map.of()));
        assertThat(versies()).isEqualTo(2);

        String sleutel = r.conflicten().getFirst().sleutel();
        Gezinsplan v3 = plannen.voegSamenEnSlaOp(huishouden, mijn, 1, 2, Map.of(sleutel, PlanSamenvoeging.Keuze.MIJN));

        assertThat(v3.versie()).isEqualTo(3);
        assertThat(v3.inhoud().evaluatiedatum()).isEqualTo(later);
        assertThat(v3.inhoud().doelen().get(1).doel()).isEqualTo("Verhuizen naar een ander huis");
        assertThat(v3.inhoud().doelen().getFirst().acties()).extracting(PlanActie::status)
                .containsExactly(PlanStatus.GEDAAN, PlanStatus.OPEN);
        assertThat(v3.inhoud().doelen().getFirst().acties()).allSatisfy(a -> assertThat(a.id()).isNotNull());
    }

    @Test
    void aMergeConfirmedAfterYetAnotherSaveIsNotSavedButMergedAgain() {
        Gezinsplan v1 = eersteVersie();
        PlanInhoud v2 = new PlanInhoud(LocalDate.now().plusMonths(5), v1.inhoud().doelen());
        plannen.slaOp(huishouden, v2, 1);
        plannen.slaOp(huishouden, new PlanInhoud(LocalDate.now().plusMonths(6), v1.inhoud().doelen()), 2);

        PlanConflictException e = assertThrows(PlanConflictException.class,
                () -> plannen.voegSamenEnSlaOp(huishouden, v1.inhoud(), 1, 2, Map.of()));
        assertThat(e.huidig().versie()).isEqualTo(3);
        assertThat(versies()).isEqualTo(3);
    }

    @Test
    void theResidentReadsTheirOwnPlanButCannotChangeIt() {
        Gezinsplan v1 = eersteVersie();
        jdbc.sql("insert into platform.gebruiker (gebruikersnaam, naam, rol, inwoner_id) values (?, 'Moeder Plan', 'INWONER', ?)")
                .params("inwoner-plan-" + huishouden, moeder).update();
        als("inwoner-plan-" + huishouden, "INWONER");

        assertThat(plannen.lees(huishouden).inhoud()).isEqualTo(v1.inhoud());
        assertThatThrownBy(() -> plannen.slaOp(huishouden, v1.inhoud(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(versies()).isEqualTo(1);
    }

    @Test
    void aHouseholdOfAnotherTeamIsNotFoundForReadingOrWriting() {
        UUID elders = data.huishouden("Plan elders", "wijkteam-escamp");
        assertThatThrownBy(() -> plannen.lees(elders)).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> plannen.slaOp(elders, PlanInhoud.LEEG, 0)).isInstanceOf(NietGevondenException.class);
        assertThat(jdbc.sql("select count(*) from toegang.gezinsplan where huishouden_id = ?").param(elders).query(Long.class).single()).isZero();
    }

    @Test
    void everyReadAndWriteIsLoggedOncePerCurrentMember() {
        long schrijfVoor = logboek("gezinsplan.vastleggen", "va-plan-vastleggen");
        eersteVersie();
        assertThat(logboek("gezinsplan.vastleggen", "va-plan-vastleggen") - schrijfVoor).isEqualTo(2);

        long leesVoor = logboek("gezinsplan.raadplegen", "va-plan-raadplegen");
        plannen.lees(huishouden);
        assertThat(logboek("gezinsplan.raadplegen", "va-plan-raadplegen") - leesVoor).isEqualTo(2);
    }

    private long logboek(String naam, String activiteit) {
        return jdbc.sql("select count(*) from logboek.logboek_record where naam = ? and verwerkingsactiviteit = ? and actor = 'consulent'")
                .params(naam, activiteit).query(Long.class).single();
    }

    private String naam(String gebruiker) {
        return jdbc.sql("select naam from platform.gebruiker where gebruikersnaam = ?").param(gebruiker).query(String.class).single();
    }

    private static PlanActie metStatus(PlanActie a, PlanStatus status) {
        return new PlanActie(a.id(), a.omschrijving(), a.eigenaarType(), a.eigenaar(), a.uiterlijk(), status);
    }
}
