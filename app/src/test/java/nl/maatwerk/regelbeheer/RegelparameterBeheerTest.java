package nl.maatwerk.regelbeheer;

import static nl.maatwerk.regelbeheer.RegelparameterTestdata.als;
import static nl.maatwerk.regelbeheer.RegelparameterTestdata.alsBeheerder;
import static nl.maatwerk.regelbeheer.RegelparameterTestdata.alsBeheerder2;
import static nl.maatwerk.regelbeheer.RegelparameterTestdata.normen;
import static nl.maatwerk.regelbeheer.RegelparameterTestdata.nieuwHalfjaar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.berekening.Berekeningen;
import nl.maatwerk.platform.ConflictException;
import nl.maatwerk.platform.NietToegestaanException;
import nl.maatwerk.platform.OngeldigeInvoerException;
import nl.maatwerk.platform.VersieOntbreektException;
import nl.maatwerk.regels.inkomen.Bestaanszekerheid;
import nl.maatwerk.regels.inkomen.Parameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Proposing and reviewing rule parameters against the real database, and what an approval does to calculations. */
@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
class RegelparameterBeheerTest {

    @Autowired
    Regelparameters regelparameters;

    @Autowired
    Berekeningen berekeningen;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProposalIsStoredWithItsHistoryAndChangesNothingUntilASecondBeheerderApprovesIt() {
        LocalDate vanaf = nieuwHalfjaar();
        Voorstel v = alsBeheerder(() -> regelparameters.stelVoor(normen(vanaf, "3000.00", "2100.00")));
        assertThat(v.status()).isEqualTo(VoorstelStatus.VOORGESTELD);
        assertThat(v.versie()).isEqualTo(1);
        assertThat(v.voorgesteldDoor()).isEqualTo("beheerder");
        assertThat(v.waarden()).extracting(Regelwaarde::naam).containsExactly("pw-norm-gehuwden", "pw-norm-alleenstaande");
        assertThat(v.geschiedenis()).extracting(Voorstel.Stap::naar).containsExactly(VoorstelStatus.VOORGESTELD);
        assertThat(regelparameters.actueel().geldig("pw-norm-gehuwden", vanaf).orElseThrow().geldigVanaf()).isBefore(vanaf);
        Parameters.Parameter daarvoor = regelparameters.actueel().op("pw-norm-gehuwden", vanaf.minusDays(1));

        Voorstel goed = alsBeheerder2(() -> regelparameters.beoordeel(v.id(), true, null, 1));
        assertThat(goed.status()).isEqualTo(VoorstelStatus.GOEDGEKEURD);
        assertThat(goed.versie()).isEqualTo(2);
        assertThat(goed.beoordeeldDoor()).isEqualTo("beheerder2");
        assertThat(goed.geschiedenis()).extracting(Voorstel.Stap::naar).containsExactly(VoorstelStatus.VOORGESTELD, VoorstelStatus.GOEDGEKEURD);
        Parameters.Parameter norm = regelparameters.actueel().op("pw-norm-gehuwden", vanaf);
        assertThat(norm.waarde()).isEqualByComparingTo("3000.00");
        assertThat(norm.bron()).isEqualTo(RegelparameterTestdata.BRON_NORM);
        // The day before, the old value still counts: history is kept, nothing overwritten.
        assertThat(regelparameters.actueel().op("pw-norm-gehuwden", vanaf.minusDays(1))).isEqualTo(daarvoor);
        assertThat(regelparameters.overzicht("pw-norm-gehuwden")).anySatisfy(r -> {
            assertThat(r.herkomst()).isEqualTo(Regelparameter.Herkomst.GOEDGEKEURD);
            assertThat(r.voorstelId()).isEqualTo(v.id());
            assertThat(r.goedgekeurdDoor()).isEqualTo("beheerder2");
        }).anySatisfy(r -> assertThat(r.inGebruik()).isTrue());
    }

    @Test
    void anApprovedNormForANewHalfYearMakesTheCalculationForThatDateWork() {
        LocalDate vanaf = nieuwHalfjaar();
        List<Berekeningen.Lid> alleen = List.of(new Berekeningen.Lid("aanvrager", vanaf.minusYears(40), null));
        assertThatThrownBy(() -> berekeningen.bereken(vanaf.plusMonths(2), alleen, null))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten().getFirst().veld()).isEqualTo("peildatum"));

        Voorstel v = alsBeheerder(() -> regelparameters.stelVoor(normen(vanaf, "3100.00", "2170.00")));
        alsBeheerder2(() -> regelparameters.beoordeel(v.id(), true, "Nagekeken bij de normenbrief.", 1));

        Bestaanszekerheid.Resultaat r = berekeningen.bereken(vanaf.plusMonths(2), alleen, null);
        assertThat(r.bijstandsnorm().inclusiefVakantietoeslag()).isEqualByComparingTo("2170.00");
        assertThat(r.uitleg().toString()).contains("2.170,00 euro", "norm geldig vanaf=" + vanaf);
    }

    @Test
    void whoProposedNeverApprovesInJavaNorInTheDatabase() {
        Voorstel v = alsBeheerder(() -> regelparameters.stelVoor(normen(nieuwHalfjaar(), "3000.00", "2100.00")));
        assertThatThrownBy(() -> alsBeheerder(() -> regelparameters.beoordeel(v.id(), true, null, 1)))
                .isInstanceOf(NietToegestaanException.class).hasMessageContaining("eigen voorstel");
        assertThat(regelparameters.lees(v.id()).status()).isEqualTo(VoorstelStatus.VOORGESTELD);

        assertThatThrownBy(() -> jdbc.sql("""
                update regelbeheer.voorstel set status = 'goedgekeurd', versie = 2, beoordeeld_door = voorgesteld_door, beoordeeld_op = now()
                where id = ?""").param(v.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("voorstel_vier_ogen");
    }

    @Test
    void onlyABeheerderProposesOrReviews() {
        assertThatThrownBy(() -> als("consulent", "CONSULENT", () -> regelparameters.stelVoor(normen(nieuwHalfjaar(), "3000.00", "2100.00"))))
                .isInstanceOf(NietToegestaanException.class);
        Voorstel v = alsBeheerder(() -> regelparameters.stelVoor(normen(nieuwHalfjaar(), "3000.00", "2100.00")));
        assertThatThrownBy(() -> als("teamleider", "TEAMLEIDER", () -> regelparameters.beoordeel(v.id(), true, null, 1)))
                .isInstanceOf(NietToegestaanException.class);
    }

    @Test
    void aRejectionNeedsAReasonCountsForNothingAndIsFinal() {
        LocalDate vanaf = nieuwHalfjaar();
        Voorstel v = alsBeheerder(() -> regelparameters.stelVoor(normen(vanaf, "3000.00", "2100.00")));
        assertThatThrownBy(() -> alsBeheerder2(() -> regelparameters.beoordeel(v.id(), false, "  ", 1)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).extracting(OngeldigeInvoerException.Fout::veld)
                        .containsExactly("toelichting"));
        Voorstel af = alsBeheerder2(() -> regelparameters.beoordeel(v.id(), false, "Het bedrag voor alleenstaanden klopt niet.", 1));
        assertThat(af.status()).isEqualTo(VoorstelStatus.AFGEWEZEN);
        assertThat(af.beoordelingToelichting()).isEqualTo("Het bedrag voor alleenstaanden klopt niet.");
        assertThat(regelparameters.actueel().geldig("pw-norm-gehuwden", vanaf).orElseThrow().geldigVanaf()).isBefore(vanaf);
        assertThatThrownBy(() -> alsBeheerder2(() -> regelparameters.beoordeel(v.id(), true, null, 2)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("afgewezen");
        // A rejected value does not block the same date: it never counted.
        assertThat(alsBeheerder(() -> regelparameters.stelVoor(normen(vanaf, "3001.00", "2101.00"))).status()).isEqualTo(VoorstelStatus.VOORGESTELD);
    }

    @Test
    void theReviewNamesTheVersionItWasBasedOn() {
        Voorstel v = alsBeheerder(() -> regelparameters.stelVoor(normen(nieuwHalfjaar(), "3000.00", "2100.00")));
        assertThatThrownBy(() -> alsBeheerder2(() -> regelparameters.beoordeel(v.id(), true, null, null))).isInstanceOf(VersieOntbreektException.class);
        assertThatThrownBy(() -> alsBeheerder2(() -> regelparameters.beoordeel(v.id(), true, null, 5)))
                .isInstanceOf(nl.maatwerk.platform.VersieConflictException.class).hasMessageContaining("niet de versie die u noemde");
        assertThat(regelparameters.lees(v.id()).status()).isEqualTo(VoorstelStatus.VOORGESTELD);
    }

    @Test
    void anApprovedValueIsNeverOverwrittenAProposalForItsDateIsRefusedAndALateSecondApprovalConflicts() {
        LocalDate vanaf = nieuwHalfjaar();
        Voorstel eerste = alsBeheerder(() -> regelparameters.stelVoor(normen(vanaf, "3000.00", "2100.00")));
        Voorstel tweede = alsBeheerder(() -> regelparameters.stelVoor(normen(vanaf, "3050.00", "2135.00")));
        alsBeheerder2(() -> regelparameters.beoordeel(eerste.id(), true, null, 1));

        assertThatThrownBy(() -> alsBeheerder2(() -> regelparameters.beoordeel(tweede.id(), true, null, 1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("nieuwe datum");
        assertThat(regelparameters.lees(tweede.id()).status()).isEqualTo(VoorstelStatus.VOORGESTELD);
        assertThatThrownBy(() -> alsBeheerder(() -> regelparameters.stelVoor(normen(vanaf, "3050.00", "2135.00"))))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten())
                        .extracting(OngeldigeInvoerException.Fout::veld).containsExactly("waarden[0].geldigVanaf", "waarden[1].geldigVanaf"))
                .hasMessageContaining("gebruik een nieuwe datum");
        assertThat(regelparameters.actueel().op("pw-norm-gehuwden", vanaf).waarde()).isEqualByComparingTo("3000.00");
    }

    @Test
    void nothingApprovedChangesOrDisappearsInTheDatabase() {
        Voorstel v = alsBeheerder(() -> regelparameters.stelVoor(normen(nieuwHalfjaar(), "3000.00", "2100.00")));
        alsBeheerder2(() -> regelparameters.beoordeel(v.id(), true, null, 1));
        assertThatThrownBy(() -> jdbc.sql("update regelbeheer.voorstel set reden = 'anders' where id = ?").param(v.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("verandert niet meer");
        assertThatThrownBy(() -> jdbc.sql("delete from regelbeheer.voorstel where id = ?").param(v.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("nooit verwijderd");
        assertThatThrownBy(() -> jdbc.sql("update regelbeheer.waarde set waarde = 1 where voorstel_id = ?").param(v.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("geschiedenis");
        assertThatThrownBy(() -> jdbc.sql("delete from regelbeheer.goedgekeurde_waarde where waarde_id in (select id from regelbeheer.waarde where voorstel_id = ?)")
                .param(v.id()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("geschiedenis");
        assertThatThrownBy(() -> jdbc.sql("delete from regelbeheer.gebeurtenis where voorstel_id = ?").param(v.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("geschiedenis");
        // A waiting proposal's content does not change either; only its review is recorded.
        Voorstel wachtend = alsBeheerder(() -> regelparameters.stelVoor(normen(nieuwHalfjaar(), "3000.00", "2100.00")));
        assertThatThrownBy(() -> jdbc.sql("update regelbeheer.voorstel set reden = 'anders' where id = ?").param(wachtend.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("inhoud verandert niet");
    }

    @Test
    void anInvalidProposalStoresNothingAtAll() {
        long voor = jdbc.sql("select count(*) from regelbeheer.waarde").query(Long.class).single();
        LocalDate vanaf = nieuwHalfjaar();
        NieuwVoorstel half = new NieuwVoorstel("Half goed", List.of(
                new Regelwaarde("pw-norm-gehuwden", new BigDecimal("3000.00"), vanaf, RegelparameterTestdata.BRON_NORM, "bevestigd", "Goed"),
                new Regelwaarde("pw-norm-alleenstaande", new BigDecimal("2100.00"), vanaf, "artikel 21", "bevestigd", "Bron fout")));
        assertThatThrownBy(() -> alsBeheerder(() -> regelparameters.stelVoor(half))).isInstanceOf(OngeldigeInvoerException.class);
        assertThat(jdbc.sql("select count(*) from regelbeheer.waarde").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void anApprovedValueWithTheDateOfABuiltInOneReplacesItAndAnyOtherAddsALine() {
        Parameters ingebouwd = Parameters.standaard();
        Parameters.Parameter wmo2026 = ingebouwd.op("wmo-abonnementstarief", LocalDate.of(2026, 3, 1));
        Regelwaarde vervangt = new Regelwaarde("wmo-abonnementstarief", new BigDecimal("21.90"), wmo2026.geldigVanaf(),
                wmo2026.bron(), "bevestigd", "Bevestigd bij het CAK");
        Regelwaarde nieuw = new Regelwaarde("wmo-abonnementstarief", new BigDecimal("22.50"), LocalDate.of(2027, 1, 1),
                wmo2026.bron(), "te verifiëren", "Genoemd voor 2027");
        Parameters samen = Regelparameters.samenvoegen(ingebouwd, List.of(vervangt, nieuw));
        assertThat(samen.alle()).hasSize(ingebouwd.alle().size() + 1);
        assertThat(samen.op("wmo-abonnementstarief", LocalDate.of(2026, 3, 1)).waarde()).isEqualByComparingTo("21.90");
        assertThat(samen.op("wmo-abonnementstarief", LocalDate.of(2026, 3, 1)).bevestigd()).isTrue();
        assertThat(samen.op("wmo-abonnementstarief", LocalDate.of(2027, 3, 1)).waarde()).isEqualByComparingTo("22.50");
        assertThat(samen.op("wmo-abonnementstarief", LocalDate.of(2025, 3, 1)).waarde()).isEqualByComparingTo("21.00");
    }

    @Test
    void theCacheNoticesAnApprovalMadeByAnotherNode() throws Exception {
        LocalDate vanaf = nieuwHalfjaar();
        regelparameters.actueel();
        // Another node approves: rows written without this node's service knowing.
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into regelbeheer.voorstel (id, reden, voorgesteld_door) values (?, 'Ander knooppunt', 'beheerder')").param(id).update();
        jdbc.sql("""
                insert into regelbeheer.waarde (voorstel_id, volgorde, naam, waarde, geldig_vanaf, bron, status, toelichting)
                values (?, 0, 'wmo-abonnementstarief', 24.00, ?, 'jci1.3:c:BWBR0035362&artikel=2.1.4', 'bevestigd', 'Ander knooppunt')
                """).params(id, vanaf).update();
        jdbc.sql("update regelbeheer.voorstel set status = 'goedgekeurd', versie = 2, beoordeeld_door = 'beheerder2', beoordeeld_op = now() where id = ?")
                .param(id).update();
        jdbc.sql("insert into regelbeheer.goedgekeurde_waarde (naam, geldig_vanaf, waarde_id) select naam, geldig_vanaf, id from regelbeheer.waarde where voorstel_id = ?")
                .param(id).update();
        Thread.sleep(Regelparameters.HERCONTROLE_MILLIS + 50);
        assertThat(regelparameters.actueel().op("wmo-abonnementstarief", vanaf).waarde()).isEqualByComparingTo("24.00");
    }
}
