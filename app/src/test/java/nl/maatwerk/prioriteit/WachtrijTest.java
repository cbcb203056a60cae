package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.platform.GebruikerRegister;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.prioriteit.score.Gewichten;
import nl.maatwerk.toegang.Werkvoorraad.Werkitem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
@WithMockUser(username = "consulent", roles = "CONSULENT")
class WachtrijTest {

    @Autowired
    Wachtrij wachtrij;

    @Autowired
    Veiligheid veiligheid;

    @Autowired
    Gewichteninstelling gewichten;

    @Autowired
    GebruikerRegister gebruikers;

    @Autowired
    JdbcClient jdbc;

    TestData data;
    UUID huishouden;

    @BeforeEach
    void gegevens() {
        data = new TestData(jdbc);
        huishouden = data.huishouden("Huishouden Wachtrijtest", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Wachtrijtest", LocalDate.of(1970, 7, 7));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2020, 1, 1), null);
    }

    private List<String> volgordeVanAlleTeams() {
        LocalDate vandaag = LocalDate.now(Klok.ZONE);
        return jdbc.sql("select id from platform.team order by id").query(String.class).list().stream()
                .flatMap(t -> wachtrij.berekendeVolgordeZonderLog(t, vandaag).stream().map(w -> t + "/" + w.sleutel())).toList();
    }

    @Test
    @Transactional
    void changingOrAddingExcludedAttributesInTheDataChangesNoOrder() {
        List<String> voor = volgordeVanAlleTeams();
        assertThat(voor).hasSizeGreaterThan(20);
        // A new attribute the platform does not have (nationality), and new values for every excluded one it does have.
        jdbc.sql("alter table inwoner.inwoner add column nationaliteit text, add column taal text, add column geslacht text").update();
        jdbc.sql("""
                update inwoner.inwoner set nationaliteit = case when random() < 0.5 then 'NL' else 'MA' end,
                    taal = case when random() < 0.5 then 'nl' else 'ar' end,
                    geslacht = case when random() < 0.5 then 'V' else 'M' end,
                    geboortedatum = geboortedatum - (floor(random() * 30) * 365)::int,
                    wijk = case when random() < 0.5 then 'Schilderswijk' else 'Benoordenhout' end,
                    postcode = case when random() < 0.5 then '2525AA' else '2597ZZ' end
                """).update();
        assertThat(volgordeVanAlleTeams()).isEqualTo(voor);
    }

    @Test
    void theSafetyFlagPutsAHouseholdOnTopWithItsReasonAndLiftingItNeedsAReason() {
        assertThatThrownBy(() -> veiligheid.markeer(huishouden, "kort")).isInstanceOf(OngeldigeInvoerException.class);
        veiligheid.markeer(huishouden, "Vader dreigt met geweld, kinderen in huis");
        Wachtrij.Plaats p = plaats();
        assertThat(p.item().waarom().bijdragen()).extracting(b -> b.factor()).contains("Acuut onveilig");
        assertThat(p.item().waarom().punten()).isGreaterThanOrEqualTo(100);
        assertThatThrownBy(() -> veiligheid.markeer(huishouden, "Nog een keer gemarkeerd")).isInstanceOf(OngeldigeInvoerException.class);
        veiligheid.hefOp(huishouden, "Vader is uit huis geplaatst, situatie rustig");
        assertThat(wachtrij.vanMijnTeam().plaatsen()).noneMatch(x -> x.item().huishoudenId().equals(huishouden));
    }

    private Wachtrij.Plaats plaats() {
        return wachtrij.vanMijnTeam().plaatsen().stream().filter(x -> x.item().huishoudenId().equals(huishouden)).findFirst().orElseThrow();
    }

    @Test
    void aProfessionalPicksAndMovesAnItemWithAReasonAndTheTeamSeesIt() {
        veiligheid.markeer(huishouden, "Zorgen om veiligheid van de kinderen");
        String sleutel = "huishouden:" + huishouden;
        wachtrij.pakOp(sleutel);
        assertThat(plaats().opgepakt()).hasValueSatisfying(t -> assertThat(t).startsWith("Opgepakt door Sanne de Wit"));
        assertThatThrownBy(() -> wachtrij.verplaats(sleutel, "onder", "")).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten()).extracting(OngeldigeInvoerException.Fout::veld).containsExactly("reden"));
        wachtrij.verplaats(sleutel, "onder", "Veilig Thuis is al betrokken en heeft de regie");
        List<Wachtrij.Plaats> rij = wachtrij.vanMijnTeam().plaatsen();
        assertThat(rij.getLast().item().huishoudenId()).isEqualTo(huishouden);
        assertThat(rij.getLast().item().waarom().opmerking()).contains("onderaan", "Veilig Thuis is al betrokken");
        wachtrij.verplaats(sleutel, "terug", null);
        assertThat(plaats().item().waarom().opmerking()).isNull();
        assertThatThrownBy(() -> wachtrij.pakOp("huishouden:" + UUID.randomUUID())).isInstanceOf(NietGevondenException.class);
        veiligheid.hefOp(huishouden, "Situatie is weer veilig volgens Veilig Thuis");
    }

    @Test
    @WithMockUser(username = "teamleider", roles = "TEAMLEIDER")
    void theTeamLeadChangesTheWeightsWithAReasonAndEveryVersionIsKept() {
        try {
            int huidig = gewichten.huidige("wijkteam-centrum").versie();
            assertThatThrownBy(() -> gewichten.wijzig(gebruikers.huidige(), new Gewichten(-1, 8, 2, 3, 999, 40, 1, 15), " ", huidig))
                    .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                            .extracting(OngeldigeInvoerException.Fout::veld).containsExactlyInAnyOrder("acuutDomein", "veiligheid", "reden"));
            var v1 = gewichten.wijzig(gebruikers.huidige(), new Gewichten(40, 8, 2, 3, 100, 40, 1, 15), "Meer nadruk op acute domeinen", huidig);
            // Saved on the page of before v1: refused, so v1 is not silently undone (docs/conventies.md).
            assertThatThrownBy(() -> gewichten.wijzig(gebruikers.huidige(), Gewichten.STANDAARD, "Terug naar de standaard", huidig))
                    .isInstanceOf(nl.maatwerk.platform.VersieConflictException.class);
            var v2 = gewichten.wijzig(gebruikers.huidige(), new Gewichten(40, 8, 2, 3, 100, 40, 2, 15), "Wachttijd telt zwaarder na klachten",
                    v1.versie());
            assertThat(v2.versie()).isEqualTo(v1.versie() + 1);
            assertThat(gewichten.huidige("wijkteam-centrum").gewichten().wachttijd()).isEqualTo(2);
            assertThat(gewichten.geschiedenis("wijkteam-centrum")).extracting(Gewichteninstelling.Versie::reden)
                    .startsWith("Wachttijd telt zwaarder na klachten", "Meer nadruk op acute domeinen");
        } finally {
            jdbc.sql("delete from prioriteit.prioriteit_gewichten where team_id = 'wijkteam-centrum'").update();
        }
    }

    @Test
    void aConsulentCannotChangeTheWeights() {
        assertThatThrownBy(() -> gewichten.wijzig(gebruikers.huidige(), Gewichten.STANDAARD, "Ik wil het anders", 0))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theQueueIsOrderedByPointsExceptWhereSomeoneMovedAnItem() {
        List<Werkitem> berekend = wachtrij.vanMijnTeam().plaatsen().stream().map(Wachtrij.Plaats::item)
                .filter(w -> w.waarom().opmerking() == null || !w.waarom().opmerking().startsWith("Met de hand")).toList();
        for (int i = 1; i < berekend.size(); i++) {
            assertThat(berekend.get(i - 1).waarom().punten()).isGreaterThanOrEqualTo(berekend.get(i).waarom().punten());
        }
    }

    private UUID vraag(UUID huishouden, LocalDate ontvangen, LocalDate termijn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into toegang.hulpvraag (id, huishouden_id, kanaal, vorm, vraag, urgentie, status, ontvangen_op, geregistreerd_door)
                values (?, ?, 'balie', 'melding', 'Hulp gevraagd', 'laag', 'onderzoek', ?, 'consulent')
                """).params(id, huishouden, ontvangen).update();
        if (termijn != null) {
            jdbc.sql("insert into toegang.termijn (id, hulpvraag_id, code, omschrijving, start, uiterste_datum, bron) values (?, ?, 'wmo-onderzoek', "
                    + "'Onderzoek Wmo', ?, ?, 'test')").params(UUID.randomUUID(), id, ontvangen, termijn).update();
        }
        return id;
    }

    private void acuut(UUID huishouden, String... domeinen) {
        UUID meting = UUID.randomUUID();
        jdbc.sql("insert into toegang.zrm_meting (id, huishouden_id, datum, door_naam) values (?, ?, current_date, 'Sanne de Wit')")
                .params(meting, huishouden).update();
        for (String d : domeinen) {
            jdbc.sql("insert into toegang.zrm_score (meting_id, domein, score) values (?, ?, 1)").params(meting, d).update();
        }
    }

    @Test
    void onlyItemsOfTheOwnTeamArePickedUpByRequestOrHouseholdAndAnyOtherKeyIsNotFound() {
        LocalDate vandaag = LocalDate.now(Klok.ZONE);
        UUID eigenVraag = vraag(huishouden, vandaag.minusDays(2), null);
        wachtrij.pakOp("hulpvraag:" + eigenVraag);
        assertThat(wachtrij.plaats("hulpvraag:" + eigenVraag).opgepakt()).hasValueSatisfying(t -> assertThat(t).startsWith("Opgepakt door"));

        UUID gemarkeerdElders = data.huishouden("Huishouden Wachtrij elders", "wachtrij-elders");
        UUID vraagElders = vraag(data.huishouden("Huishouden Wachtrij elders vraag", "wachtrij-elders"), vandaag.minusDays(2), null);
        jdbc.sql("insert into prioriteit.veiligheidsmarkering (id, huishouden_id, reden, door) values (?, ?, 'Onveilig in een ander team', 'Test')")
                .params(UUID.randomUUID(), gemarkeerdElders).update();
        try {
            assertThat(wachtrij.berekendeVolgordeZonderLog("wachtrij-elders", vandaag)).extracting(Werkitem::sleutel)
                    .contains("huishouden:" + gemarkeerdElders, "hulpvraag:" + vraagElders);
            assertThat(wachtrij.vanMijnTeam().plaatsen()).extracting(p -> p.item().sleutel())
                    .doesNotContain("huishouden:" + gemarkeerdElders, "hulpvraag:" + vraagElders);
            for (String sleutel : List.of("huishouden:" + gemarkeerdElders, "hulpvraag:" + vraagElders, "hulpvraag:" + UUID.randomUUID(),
                    "hulpvraag:" + huishouden, "besluit:" + eigenVraag, "hulpvraag:" + eigenVraag.toString().substring(9), "")) {
                assertThatThrownBy(() -> wachtrij.pakOp(sleutel)).as(sleutel).isInstanceOf(NietGevondenException.class);
            }
        } finally {
            jdbc.sql("update prioriteit.veiligheidsmarkering set opgeheven_op = now() where huishouden_id = ?").param(gemarkeerdElders).update();
        }
    }

    @Autowired
    Ordenaar ordenaar;

    @Test
    @Transactional
    void aHouseholdWithMoreRequestsDoesNotTakeMoreTopPlaces() {
        String team = "team-roepen-" + UUID.randomUUID();
        LocalDate vandaag = LocalDate.now(Klok.ZONE);
        UUID roept = data.huishouden("Huishouden Roept", team);
        UUID stil = data.huishouden("Huishouden Stil", team);
        acuut(roept, "financien", "huisvesting");   // 2 × 30 + 2 × 8 = 76 household points
        acuut(stil, "financien");                     // 1 × 30 + 1 × 8 = 38 household points
        UUID r1 = vraag(roept, vandaag.minusDays(14), vandaag.plusDays(7));  // 14 of a 21-day term passed: 40 × 14/21 = 26, 2 weeks = 2
        UUID r2 = vraag(roept, vandaag.minusDays(14), null);                  // 2 weeks = 2
        UUID r3 = vraag(roept, vandaag.minusDays(14), null);                  // 2 weeks = 2
        UUID s1 = vraag(stil, vandaag.minusDays(7), null);                    // 1 week = 1

        List<Werkitem> rij = ordenaar.orden(team, wachtrij.items(team), vandaag);

        // Before: every request of "Roept" carried its 76 points (104, 78, 78) and "Stil" (39) came last.
        String laatste = r2.toString().compareTo(r3.toString()) < 0 ? "hulpvraag:" + r3 : "hulpvraag:" + r2;
        assertThat(rij).extracting(Werkitem::sleutel).startsWith("hulpvraag:" + r1, "hulpvraag:" + s1).endsWith(laatste);
        assertThat(rij).extracting(w -> w.waarom().punten()).containsExactly(104L, 39L, 2L, 2L);
        assertThat(rij.get(2).waarom().opmerking()).contains("tellen één keer", "eerste termijn");
        assertThat(rij.get(0).waarom().opmerking()).isNull();
        assertThat(rij.get(1).waarom().opmerking()).as("a household with one item has nothing to explain").isNull();
    }
}
