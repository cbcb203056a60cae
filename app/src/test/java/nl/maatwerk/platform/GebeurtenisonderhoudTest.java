package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.maatwerk.VerstelbareKlok;
import nl.maatwerk.inwoner.LidVerhuisd;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The housekeeping of the event registry: incomplete publications are offered again once they are
 * older than the threshold (at start-up and on the schedule), never younger ones, on one node at a
 * time; completed ones leave the archive after the retention period. Ages count on the app's clock.
 */
@SpringBootTest
class GebeurtenisonderhoudTest {

    /** toegang's listener for a move; for a resident without consents it completes without changing anything. */
    static final String LUISTERAAR = "toegang.lid-verhuisd";

    @Autowired
    Gebeurtenisonderhoud onderhoud;

    @Autowired
    Gebeurtenisinstellingen instellingen;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    VerstelbareKlok klok;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment omgeving;

    /** What publishing stores in the step's transaction when the application stops before the listener runs. */
    private LidVerhuisd opgeslagenMaarNietAfgeleverd(Instant op) {
        klok.zet(op);
        LidVerhuisd gebeurtenis = new LidVerhuisd(UUID.randomUUID(), UUID.randomUUID(), null, LocalDate.ofInstant(op, Klok.ZONE));
        transactie.executeWithoutResult(s -> registry.store(gebeurtenis, Stream.of(PublicationTargetIdentifier.of(LUISTERAAR))));
        return gebeurtenis;
    }

    private String status(LidVerhuisd g) {
        return jdbc.sql("select coalesce(max(status), 'weg') from platform.event_publication where serialized_event like ?")
                .param("%" + g.inwonerId() + "%").query(String.class).single();
    }

    private void wachtTotAfgerond(LidVerhuisd g) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(status(g)).isEqualTo("weg");
            assertThat(jdbc.sql("select count(*) from platform.event_publication_archive where completion_date is not null and serialized_event like ?")
                    .param("%" + g.inwonerId() + "%").query(Long.class).single()).isEqualTo(1);
        });
    }

    @Test
    void theSettingsHaveTheirDocumentedDefaultsAndModulithsOwnRestartRepublishingIsOff() {
        assertThat(instellingen.opnieuwAanbiedenNa()).isEqualTo(Duration.ofMinutes(5));
        assertThat(instellingen.bewaartermijn()).isEqualTo(Duration.ofDays(30));
        assertThat(omgeving.getProperty("spring.modulith.events.republish-outstanding-events-on-restart", Boolean.class)).isFalse();
    }

    @Test
    void anIncompletePublicationIsOfferedAgainOnlyOnceItIsOlderThanTheThreshold() {
        Instant gepubliceerd = Instant.parse("2025-03-01T09:00:00Z");
        LidVerhuisd g = opgeslagenMaarNietAfgeleverd(gepubliceerd);

        // Four minutes later its normal delivery may still be running: left alone (offering again marks it "resubmitted" at once).
        klok.zet(gepubliceerd.plus(Duration.ofMinutes(4)));
        assertThat(onderhoud.biedOpnieuwAan()).isTrue();
        assertThat(status(g)).isEqualTo("PUBLISHED");

        // Six minutes later it is offered again and delivered.
        klok.zet(gepubliceerd.plus(Duration.ofMinutes(6)));
        assertThat(onderhoud.biedOpnieuwAan()).isTrue();
        wachtTotAfgerond(g);
    }

    @Test
    void aPublicationWhoseNodeDiedDuringASecondDeliveryIsOfferedAgainOnceThatIsLongerAgoThanTheThreshold() {
        Instant gepubliceerd = Instant.parse("2025-03-04T09:00:00Z");
        LidVerhuisd g = opgeslagenMaarNietAfgeleverd(gepubliceerd);
        // Offered again at 09:06 by a node that stopped before the listener finished.
        jdbc.sql("""
                update platform.event_publication set status = 'RESUBMITTED', completion_attempts = completion_attempts + 1,
                    last_resubmission_date = ? where serialized_event like ?
                """).params(Timestamp.from(gepubliceerd.plus(Duration.ofMinutes(6))), "%" + g.inwonerId() + "%").update();

        // Four minutes after that attempt it may still be running: left alone.
        klok.zet(gepubliceerd.plus(Duration.ofMinutes(10)));
        assertThat(onderhoud.biedOpnieuwAan()).isTrue();
        assertThat(status(g)).isEqualTo("RESUBMITTED");

        klok.zet(gepubliceerd.plus(Duration.ofMinutes(12)));
        assertThat(onderhoud.biedOpnieuwAan()).isTrue();
        wachtTotAfgerond(g);
    }

    @Test
    void atStartUpWhatAStoppedRunLeftIncompleteIsOfferedAgain() {
        Instant gepubliceerd = Instant.parse("2025-03-02T09:00:00Z");
        LidVerhuisd g = opgeslagenMaarNietAfgeleverd(gepubliceerd);
        klok.zet(gepubliceerd.plus(Duration.ofHours(8)));
        onderhoud.bijDeStart();
        wachtTotAfgerond(g);
    }

    @Test
    void whileAnotherNodeOffersAgainThisOneSkipsTheRound() throws Exception {
        Instant gepubliceerd = Instant.parse("2025-03-03T09:00:00Z");
        LidVerhuisd g = opgeslagenMaarNietAfgeleverd(gepubliceerd);
        klok.zet(gepubliceerd.plus(Duration.ofMinutes(30)));
        String sleutel = "maatwerk-taak:" + Gebeurtenisonderhoud.OPNIEUW_AANBIEDEN;
        try (Connection andereNode = dataSource.getConnection()) {
            try (var slot = andereNode.prepareStatement("select pg_advisory_lock(hashtext(?))")) {
                slot.setString(1, sleutel);
                slot.execute();
            }
            assertThat(onderhoud.biedOpnieuwAan()).isFalse();
            assertThat(status(g)).isEqualTo("PUBLISHED");
            try (var vrij = andereNode.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
                vrij.setString(1, sleutel);
                vrij.execute();
            }
        }
        assertThat(onderhoud.biedOpnieuwAan()).isTrue();
        wachtTotAfgerond(g);
    }

    @Test
    void completedPublicationsLeaveTheArchiveAfterTheRetentionPeriodIncompleteOnesNever() {
        Instant nu = klok.instant();
        UUID oud = UUID.randomUUID();
        UUID jong = UUID.randomUUID();
        archiveer(oud, nu.minus(Duration.ofDays(31)));
        archiveer(jong, nu.minus(Duration.ofDays(29)));
        LidVerhuisd onvoltooid = opgeslagenMaarNietAfgeleverd(nu.minus(Duration.ofDays(60)));
        klok.herstel();

        assertThat(onderhoud.ruimArchiefOp()).isTrue();

        assertThat(jdbc.sql("select id from platform.event_publication_archive where id in (?, ?)").params(oud, jong).query(UUID.class).list())
                .containsExactly(jong);
        assertThat(status(onvoltooid)).isEqualTo("PUBLISHED");
        // Delivered after all, so no other test finds it waiting.
        assertThat(onderhoud.biedOpnieuwAan()).isTrue();
        wachtTotAfgerond(onvoltooid);
    }

    private void archiveer(UUID id, Instant afgerond) {
        jdbc.sql("""
                insert into platform.event_publication_archive (id, listener_id, event_type, serialized_event, publication_date, completion_date,
                    status, completion_attempts)
                values (?, ?, ?, ?, ?, ?, 'COMPLETED', 1)
                """).params(id, LUISTERAAR, LidVerhuisd.class.getName(), "{\"inwonerId\":\"" + id + "\"}",
                Timestamp.from(afgerond.minusSeconds(1)), Timestamp.from(afgerond)).update();
    }
}
