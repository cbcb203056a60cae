package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.maatwerk.TestData;
import nl.maatwerk.VerstelbareKlok;
import nl.maatwerk.inwoner.Huishouden;
import nl.maatwerk.inwoner.HuishoudenGegevens;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.inwoner.LidRol;
import nl.maatwerk.inwoner.LidVerhuisd;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Pseudoniemen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A member moves out of one household and into another (inwoner publishes {@link LidVerhuisd}); after
 * the move has committed, toegang ends the consents that member gave for the old household. Delivered
 * at least once: a listener that fails leaves its publication in the registry, and offering it again
 * completes it.
 */
@SpringBootTest
@EnableScenarios
class LidVerhuisdTest {

    /** The move: the last day in the old household, and the first in the new one. */
    static final LocalDate LAATSTE_DAG = LocalDate.of(2026, 3, 31);
    static final LocalDate VERHUISD_OP = LocalDate.of(2026, 4, 1);

    @Autowired
    Huishoudens huishoudens;

    @Autowired
    Toestemmingen toestemmingen;

    @Autowired
    IncompleteEventPublications onvoltooid;

    @Autowired
    Pseudoniemen pseudoniemen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerstelbareKlok klok;

    UUID oud;
    UUID nieuw;
    UUID jan;
    UUID piet;
    UUID toestemmingPiet;
    UUID toestemmingJan;
    UUID toestemmingNaVertrek;
    String trigger;

    @BeforeEach
    void gegevens() {
        // After the move, so that "today" the consent no longer holds; the same day for the listener's thread.
        klok.zetOp(LocalDate.of(2026, 4, 15));
        TestData data = new TestData(jdbc);
        oud = data.huishouden("Huishouden Verhuistest", "wijkteam-centrum");
        nieuw = data.huishouden("Huishouden Verhuistest nieuw", "wijkteam-centrum");
        jan = data.inwoner("Verhuistest", LocalDate.of(1970, 2, 1));
        piet = data.inwoner("Verhuistest", LocalDate.of(2001, 5, 1));
        UUID kees = data.inwoner("Verhuistest", LocalDate.of(1999, 9, 9));
        data.lid(oud, jan, "aanvrager", LocalDate.of(2015, 1, 1), null);
        data.lid(oud, piet, "medebewoner", LocalDate.of(2015, 1, 1), null);
        data.lid(nieuw, kees, "aanvrager", LocalDate.of(2020, 1, 1), null);
        toestemmingPiet = consulent(() -> toestemmingen.leg(oud, piet, "Schuldhulp Haaglanden", List.of(Onderdeel.HULPVRAGEN, Onderdeel.PLAN),
                "Samen een betalingsregeling maken.", LocalDate.of(2025, 1, 10), null));
        toestemmingJan = consulent(() -> toestemmingen.leg(oud, jan, "Schuldhulp Haaglanden", List.of(Onderdeel.HULPVRAGEN),
                "Samen een betalingsregeling maken.", LocalDate.of(2025, 1, 10), null));
        // Given after Piet had left, before that was recorded: it never covered the household.
        toestemmingNaVertrek = consulent(() -> toestemmingen.leg(oud, piet, "Budgetcoach Centrum", List.of(Onderdeel.PLAN),
                "Meekijken met het plan.", LocalDate.of(2026, 4, 10), null));
    }

    @AfterEach
    void opruimen() {
        if (trigger != null) {
            jdbc.sql("drop trigger if exists " + trigger + " on toegang.toestemming").update();
        }
    }

    static <T> T consulent(Supplier<T> actie) {
        var vorige = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("consulent", "n.v.t.",
                List.of(new SimpleGrantedAuthority("ROLE_CONSULENT"))));
        try {
            return actie.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(vorige);
        }
    }

    /** Piet's last day in the old household, as the page "Beëindigen" records it. */
    private Huishouden pietVertrekt() {
        return consulent(() -> {
            Huishouden h = huishoudens.lees(oud);
            HuishoudenGegevens g = h.alsGegevens();
            List<HuishoudenGegevens.Lid> leden = new ArrayList<>(g.leden().stream()
                    .map(l -> l.inwonerId().equals(piet) ? new HuishoudenGegevens.Lid(piet, l.rol(), l.uitzondering(), l.vanaf(), LAATSTE_DAG) : l)
                    .toList());
            return huishoudens.wijzig(oud, new HuishoudenGegevens(g.naam(), leden, g.netwerk()), h.versie());
        });
    }

    /** Piet in the new household from the next day, as the page "Lid toevoegen" records it. */
    private Huishouden pietKomtWonen() {
        return consulent(() -> {
            Huishouden h = huishoudens.lees(nieuw);
            HuishoudenGegevens g = h.alsGegevens();
            List<HuishoudenGegevens.Lid> leden = new ArrayList<>(g.leden());
            leden.add(new HuishoudenGegevens.Lid(piet, LidRol.MEDEBEWONER, null, VERHUISD_OP, null));
            return huishoudens.wijzig(nieuw, new HuishoudenGegevens(g.naam(), leden, g.netwerk()), h.versie());
        });
    }

    private LocalDate geldigTot(UUID toestemming) {
        return jdbc.sql("select geldig_tot from toegang.toestemming where id = ?").param(toestemming).query(LocalDate.class).optional()
                .orElse(null);
    }

    private long publicaties(String tabel, String voorwaarde) {
        return jdbc.sql("select count(*) from platform." + tabel + " where listener_id = 'toegang.lid-verhuisd' and serialized_event like ? and "
                + voorwaarde).param("%" + piet + "%").query(Long.class).single();
    }

    @Test
    void aMemberWhoMovesOutLosesTheConsentsTheyGaveForTheOldHouseholdOnceTheMoveHasCommitted(Scenario scenario) {
        scenario.stimulate(() -> {
            pietVertrekt();
        })
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> geldigTot(toestemmingPiet), LAATSTE_DAG::equals)
                .andVerifyEvents(gebeurtenissen -> assertThat(gebeurtenissen).contains(LidVerhuisd.class)
                        .matching(LidVerhuisd::inwonerId, piet).matching(LidVerhuisd::vanHuishoudenId, oud)
                        .matching(e -> e.naarHuishoudenId() == null).matching(LidVerhuisd::verhuisdOp, VERHUISD_OP));

        // Only the consent of the one who moved; the reason stays with it, and it no longer holds today.
        assertThat(geldigTot(toestemmingJan)).isNull();
        Toestemmingen.Toestemming vervallen = consulent(() -> toestemmingen.vanHuishouden(oud)).stream()
                .filter(t -> t.id().equals(toestemmingPiet)).findFirst().orElseThrow();
        assertThat(vervallen.geldigOp(LocalDate.of(2026, 4, 15))).isFalse();
        assertThat(vervallen.geldigOp(LAATSTE_DAG)).isTrue();
        assertThat(vervallen.ingetrokkenOp()).isNull();
        assertThat(vervallen.vervallenReden()).isEqualTo(
                "Vervallen door verhuizing: wie deze toestemming gaf, woont vanaf 1 april 2026 niet meer in dit huishouden.");
        Toestemmingen.Toestemming nooitGeldig = consulent(() -> toestemmingen.vanHuishouden(oud)).stream()
                .filter(t -> t.id().equals(toestemmingNaVertrek)).findFirst().orElseThrow();
        assertThat(nooitGeldig.geldigOp(LocalDate.of(2026, 4, 10))).isFalse();
        assertThat(nooitGeldig.vervallenReden()).isEqualTo(vervallen.vervallenReden());
        // The system's step, logged for the one who moved with the actor "systeem".
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'toestemming.vervallen' and actor = 'systeem' "
                + "and betrokkene_id = ?").param(pseudoniemen.van(Betrokkene.bsn(new TestData(jdbc).bsnVan(piet)))).query(Long.class).single())
                .isEqualTo(1);

        // Then into the new household: the same move, now with where to; the consent stays as it is.
        scenario.stimulate(() -> {
            pietKomtWonen();
        })
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForEventOfType(LidVerhuisd.class).matching(e -> nieuw.equals(e.naarHuishoudenId()))
                .toArriveAndVerify(e -> assertThat(e).isEqualTo(new LidVerhuisd(piet, oud, nieuw, VERHUISD_OP)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(publicaties("event_publication_archive", "completion_date is not null")).isEqualTo(2);
            assertThat(publicaties("event_publication", "true")).isZero();
        });
        assertThat(geldigTot(toestemmingPiet)).isEqualTo(LAATSTE_DAG);
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'toestemming.vervallen' and actor = 'systeem' "
                + "and betrokkene_id = ?").param(pseudoniemen.van(Betrokkene.bsn(new TestData(jdbc).bsnVan(piet)))).query(Long.class).single())
                .as("the second delivery found nothing left to end").isEqualTo(1);
    }

    @Test
    void aFailingListenerLeavesItsPublicationInTheRegistryAndOfferingItAgainCompletesIt() {
        // The database refuses the listener's change of Piet's consents, as a broken connection or a bug would.
        trigger = "test_weiger_" + piet.toString().replace("-", "");
        jdbc.sql("""
                create or replace function toegang.test_weiger_toestemming() returns trigger language plpgsql as $$
                begin raise exception 'test: de luisteraar faalt'; end $$
                """).update();
        jdbc.sql("create trigger " + trigger + " before update on toegang.toestemming for each row when (old.inwoner_id = '" + piet
                + "') execute function toegang.test_weiger_toestemming()").update();

        pietVertrekt();

        // The move itself is recorded; its publication stays, failed, in the registry.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(publicaties("event_publication", "status = 'FAILED' and completion_date is null")).isEqualTo(1));
        assertThat(consulent(() -> huishoudens.lees(oud)).leden()).anyMatch(l -> l.inwoner().id().equals(piet) && LAATSTE_DAG.equals(l.totEnMet()));
        assertThat(geldigTot(toestemmingPiet)).isNull();
        assertThat(publicaties("event_publication_archive", "true")).isZero();

        // Repaired; offered again (what the housekeeping does on its schedule), it completes.
        jdbc.sql("drop trigger " + trigger + " on toegang.toestemming").update();
        trigger = null;
        onvoltooid.resubmitIncompletePublications(p -> p.getEvent() instanceof LidVerhuisd v && v.inwonerId().equals(piet));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(geldigTot(toestemmingPiet)).isEqualTo(LAATSTE_DAG);
            assertThat(publicaties("event_publication", "true")).isZero();
            // The first attempt failed, the second completed; on the app's clock.
            assertThat(publicaties("event_publication_archive", "completion_attempts = 2 and completion_date = '2026-04-15 12:00:00+02'"))
                    .isEqualTo(1);
        });
        assertThat(geldigTot(toestemmingJan)).isNull();
    }
}
