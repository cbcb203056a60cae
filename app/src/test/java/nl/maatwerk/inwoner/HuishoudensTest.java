package nl.maatwerk.inwoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.platform.NietGevondenException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
@WithMockUser(username = "consulent", roles = "CONSULENT")
class HuishoudensTest {

    private static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);

    @Autowired
    Huishoudens huishoudens;

    @Autowired
    Inwoners inwoners;

    @Autowired
    JdbcClient jdbc;

    TestData data;
    UUID jan;
    UUID els;
    UUID kees;

    @BeforeEach
    void gegevens() {
        data = new TestData(jdbc);
        jan = data.inwoner("Jansen", LocalDate.of(1980, 3, 1));
        els = data.inwoner("Jansen", LocalDate.of(1982, 6, 1));
        kees = data.inwoner("Jansen", LocalDate.of(1995, 1, 1));
        // Visible to the consulent's team while they belong to no household yet.
        jdbc.sql("update inwoner.inwoner set team_id = 'wijkteam-centrum' where id in (?, ?, ?)").params(jan, els, kees).update();
    }

    private static HuishoudenGegevens.Lid lid(UUID inwoner, LidRol rol, LocalDate vanaf, LocalDate tot) {
        return new HuishoudenGegevens.Lid(inwoner, rol, null, vanaf, tot);
    }

    @Test
    void storesTheCompositionOverTimeAndAnswersWhoLivedThereOnADate() {
        Huishouden h = huishoudens.maak(new HuishoudenGegevens("Huishouden Jansen", List.of(
                lid(jan, LidRol.AANVRAGER, JAN_2020, null),
                lid(els, LidRol.PARTNER, JAN_2020, LocalDate.of(2023, 6, 30)),
                lid(kees, LidRol.KIND, JAN_2020, null)), List.of()));

        assertThat(h.teamId()).isEqualTo("wijkteam-centrum");
        assertThat(huishoudens.samenstellingOp(h.id(), LocalDate.of(2022, 1, 1))).extracting(l -> l.inwoner().id())
                .containsExactlyInAnyOrder(jan, els, kees);
        assertThat(huishoudens.samenstellingOp(h.id(), LocalDate.of(2023, 7, 1))).extracting(l -> l.inwoner().id())
                .containsExactlyInAnyOrder(jan, kees);
        assertThat(huishoudens.samenstellingOp(h.id(), LocalDate.of(2019, 12, 31))).isEmpty();
    }

    @Test
    void listsEveryBrokenRuleOfACompositionAtOnceAndSavesNothing() {
        long voor = jdbc.sql("select count(*) from inwoner.huishouden").query(Long.class).single();
        var fout = org.junit.jupiter.api.Assertions.assertThrows(OngeldigeInvoerException.class, () ->
                huishoudens.maak(new HuishoudenGegevens("Fout", List.of(
                        lid(jan, LidRol.PARTNER, JAN_2020, LocalDate.of(2019, 1, 1)),
                        new HuishoudenGegevens.Lid(els, LidRol.KIND, Uitzondering.STUDENT, JAN_2020, null),
                        lid(UUID.randomUUID(), LidRol.KIND, JAN_2020, null)), List.of())));

        assertThat(fout.fouten()).extracting(OngeldigeInvoerException.Fout::veld)
                .contains("leden[0].totEnMet", "leden[1].uitzondering", "leden[2].inwonerId", "leden");
        assertThat(jdbc.sql("select count(*) from inwoner.huishouden").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void refusesTwoApplicantsOnTheSameDayButAllowsOneAfterTheOther() {
        assertThatThrownBy(() -> huishoudens.maak(new HuishoudenGegevens("Twee aanvragers", List.of(
                lid(jan, LidRol.AANVRAGER, JAN_2020, null),
                lid(els, LidRol.AANVRAGER, LocalDate.of(2021, 1, 1), null)), List.of())))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("één aanvrager");

        Huishouden h = huishoudens.maak(new HuishoudenGegevens("Na elkaar", List.of(
                lid(jan, LidRol.AANVRAGER, JAN_2020, LocalDate.of(2020, 12, 31)),
                lid(els, LidRol.AANVRAGER, LocalDate.of(2021, 1, 1), null)), List.of()));
        assertThat(h.aanvragerOp(LocalDate.of(2021, 6, 1))).map(l -> l.inwoner().id()).contains(els);
    }

    @Test
    void refusesLivingInTwoHouseholdsAtOnce() {
        huishoudens.maak(new HuishoudenGegevens("Eerste", List.of(lid(jan, LidRol.AANVRAGER, JAN_2020, null)), List.of()));

        assertThatThrownBy(() -> huishoudens.maak(new HuishoudenGegevens("Tweede",
                List.of(lid(jan, LidRol.AANVRAGER, LocalDate.of(2024, 1, 1), null)), List.of())))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("ander huishouden");
    }

    @Test
    void changesNetworkAndRefusesAStaleVersion() {
        Huishouden h = huishoudens.maak(new HuishoudenGegevens("Netwerk", List.of(lid(jan, LidRol.AANVRAGER, JAN_2020, null)), List.of()));
        Huishouden gewijzigd = huishoudens.wijzig(h.id(), new HuishoudenGegevens("Netwerk", h.alsGegevens().leden(), List.of(
                new HuishoudenGegevens.Netwerkpersoon("Oma Jansen", Relatiesoort.MANTELZORGER, "kookt op dinsdag", null))), h.versie());

        assertThat(gewijzigd.netwerk()).extracting(Huishouden.Netwerkrelatie::naam).containsExactly("Oma Jansen");
        assertThat(gewijzigd.versie()).isEqualTo(h.versie() + 1);
        assertThatThrownBy(() -> huishoudens.wijzig(h.id(), h.alsGegevens(), h.versie()))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("heeft dit huishouden");
    }

    @Test
    void aHouseholdOfAnotherTeamIsNotFound() {
        UUID elders = data.huishouden("Elders", "wijkteam-escamp");
        assertThatThrownBy(() -> huishoudens.lees(elders)).isInstanceOf(NietGevondenException.class);
        assertThat(huishoudens.lijst(new Huishoudens.Filter("Elders", null, null), 1, 10).huishoudens())
                .extracting(Huishouden::id).doesNotContain(elders);
    }

    @Test
    @WithMockUser(username = "beleid", roles = "BELEID")
    void thePolicyRoleCannotCreateHouseholds() {
        assertThatThrownBy(() -> huishoudens.maak(new HuishoudenGegevens("X", List.of(lid(jan, LidRol.AANVRAGER, JAN_2020, null)), List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overlapTreatsOpenEndsAsForever() {
        assertThat(Huishoudens.overlapt(JAN_2020, null, LocalDate.of(2030, 1, 1), null)).isTrue();
        assertThat(Huishoudens.overlapt(JAN_2020, LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1), null)).isFalse();
        assertThat(Huishoudens.overlapt(JAN_2020, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 1), null)).isTrue();
    }

    @Test
    void nameAndTeamOfSeveralHouseholdsComeInOneAnswerLeavingOutUnknownIds() {
        UUID centrum = data.huishouden("Huishouden Kop Centrum", "wijkteam-centrum");
        UUID laak = data.huishouden("Huishouden Kop Laak", "wijkteam-laak");
        UUID onbekend = UUID.randomUUID();

        assertThat(huishoudens.koppen(List.of(centrum, laak, onbekend))).containsOnly(
                java.util.Map.entry(centrum, new Huishoudens.Kop(centrum, "Huishouden Kop Centrum", "wijkteam-centrum")),
                java.util.Map.entry(laak, new Huishoudens.Kop(laak, "Huishouden Kop Laak", "wijkteam-laak")));
        assertThat(huishoudens.koppen(List.of())).isEmpty();
    }

    @Test
    void theHouseholdsOfATeamAreThoseOfThatTeamOnly() {
        UUID eigen = data.huishouden("Huishouden Teamlijst", "wijkteam-teamlijst");
        UUID ander = data.huishouden("Huishouden Andere Teamlijst", "wijkteam-laak");

        assertThat(huishoudens.vanTeam("wijkteam-teamlijst")).containsExactly(eigen);
        assertThat(huishoudens.vanTeam("wijkteam-laak")).contains(ander).doesNotContain(eigen);
    }

    @Test
    void displayNamesOfResidentsIncludeTheVoorvoegselAndLeaveOutUnknownIds() {
        jdbc.sql("update inwoner.inwoner set voornamen = 'Els Marie', voorvoegsel = 'van der' where id = ?").param(els).update();

        assertThat(inwoners.namen(List.of(jan, els, UUID.randomUUID()))).containsOnly(
                java.util.Map.entry(jan, "Test Jansen"), java.util.Map.entry(els, "Els Marie van der Jansen"));
        assertThat(inwoners.namen(List.of())).isEmpty();
    }

    @Test
    void withinOneWebRequestTheNamesOfAHouseholdJustReadNeedNoFurtherQuery() {
        Huishouden h = huishoudens.maak(new HuishoudenGegevens("Huishouden Geheugen", List.of(lid(jan, LidRol.AANVRAGER, JAN_2020, null)),
                List.of()));
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(new org.springframework.mock.web.MockHttpServletRequest()));
        try {
            huishoudens.lees(h.id());
            // Changed behind the module's back: only an answer from the request's memory still shows the old names.
            jdbc.sql("update inwoner.huishouden set naam = 'Anders genoemd' where id = ?").param(h.id()).update();
            jdbc.sql("update inwoner.inwoner set voornamen = 'Anders' where id = ?").param(jan).update();

            assertThat(huishoudens.koppen(List.of(h.id())).get(h.id()).naam()).isEqualTo("Huishouden Geheugen");
            assertThat(inwoners.namen(List.of(jan))).containsEntry(jan, "Test Jansen");
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
        assertThat(huishoudens.koppen(List.of(h.id())).get(h.id()).naam()).as("a new request asks again").isEqualTo("Anders genoemd");
        assertThat(inwoners.namen(List.of(jan))).containsEntry(jan, "Anders Jansen");
    }
}
