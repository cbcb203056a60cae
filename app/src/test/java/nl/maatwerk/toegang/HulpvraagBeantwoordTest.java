package nl.maatwerk.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import nl.maatwerk.TestData;
import nl.maatwerk.besluit.BesluitSoort;
import nl.maatwerk.besluit.BesluitVerzonden;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.platform.Systeemactie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Toegang's reaction to a sent decision as the registry delivers it: at least once, also after a
 * crash, as the system, for a household no one logged in may see; and not reachable otherwise.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
class HulpvraagBeantwoordTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    IncompleteEventPublications onvoltooid;

    @Autowired
    TransactionTemplate transactie;

    @Autowired
    Hulpvragen hulpvragen;

    @Autowired
    Huishoudens huishoudens;

    UUID huishouden;
    UUID vraag;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        // A team none of the demo users belongs to: no one's need-to-know covers this household.
        huishouden = data.huishouden("Huishouden Herstarttest", "gebeurtenis-elders");
        UUID inwoner = data.inwoner("Herstarttest", LocalDate.of(1980, 3, 1));
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
        vraag = data.aanvraagParticipatiewet(huishouden, inwoner, "Hulp bij de huur");
        data.klok(vraag, "pw-besluit", LocalDate.of(2025, 8, 20), LocalDate.of(2025, 10, 15));
    }

    private String status() {
        return jdbc.sql("select status from toegang.hulpvraag where id = ?").param(vraag).query(String.class).single();
    }

    private long rijen(String tabel, UUID besluit, String voorwaarde) {
        return jdbc.sql("select count(*) from platform." + tabel + " where serialized_event like ? and " + voorwaarde)
                .param("%" + besluit + "%").query(Long.class).single();
    }

    @Test
    void aSentDecisionStoredButNotDeliveredBeforeACrashIsDeliveredWhenIncompletePublicationsAreResubmitted() {
        // Sent on 1 September, delivered today: the deadline was met on the day the decision went out.
        UUID besluit = UUID.randomUUID();
        BesluitVerzonden gebeurtenis = new BesluitVerzonden(besluit, huishouden, vraag, BesluitSoort.PW_BIJZONDERE_BIJSTAND,
                Instant.parse("2025-09-01T10:00:00Z"));
        // What publishing stores in the sending's transaction; the application stops before the listener runs.
        transactie.executeWithoutResult(s -> registry.store(gebeurtenis, Stream.of(PublicationTargetIdentifier.of(HulpvraagBeantwoordListener.ID))));
        assertThat(rijen("event_publication", besluit, "listener_id = 'toegang.hulpvraag-beantwoord' and completion_date is null")).isEqualTo(1);
        assertThat(status()).isEqualTo("aanvraag");

        // What the housekeeping does at start-up and on its schedule (platform.Gebeurtenisonderhoud), for this publication only.
        onvoltooid.resubmitIncompletePublications(p -> p.getEvent() instanceof BesluitVerzonden v && v.besluitId().equals(besluit));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(status()).isEqualTo("besluit");
            assertThat(rijen("event_publication", besluit, "true")).isZero();
            assertThat(rijen("event_publication_archive", besluit, "completion_date is not null")).isEqualTo(1);
        });
        assertThat(jdbc.sql("select afgerond_op from toegang.termijn where hulpvraag_id = ? and code = 'pw-besluit'").param(vraag)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void aSecondDeliveryOfTheSameEventChangesNothing() {
        // As the listener does it: on a thread of its own, outside any request.
        Thread eerste = Thread.ofVirtual().unstarted(() -> Systeemactie.voer("gebeurtenis BesluitVerzonden",
                () -> hulpvragen.besluitVerzonden(vraag, "Besluit verzonden: bijzondere bijstand", LocalDate.of(2025, 9, 1))));
        eerste.start();
        join(eerste);
        Thread tweede = Thread.ofVirtual().unstarted(() -> Systeemactie.voer("gebeurtenis BesluitVerzonden",
                () -> hulpvragen.besluitVerzonden(vraag, "Besluit verzonden: bijzondere bijstand", LocalDate.of(2025, 9, 1))));
        tweede.start();
        join(tweede);
        assertThat(status()).isEqualTo("besluit");
        assertThat(jdbc.sql("select count(*) from toegang.hulpvraag_status where hulpvraag_id = ? and naar = 'besluit'").param(vraag)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSystemPathIsRefusedOutsideASystemActionAndASystemActionDoesNotStartInARequest() {
        // The test runs as one mock web request: a system action cannot start here, and without one the system path is closed.
        assertThatThrownBy(() -> Systeemactie.voer("gebeurtenis BesluitVerzonden", () -> hulpvragen.besluitVerzonden(vraag, "x", LocalDate.of(2025, 9, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> hulpvragen.besluitVerzonden(vraag, "x", LocalDate.of(2025, 9, 1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> huishoudens.betrokkenenVoorLogboekAlsSysteem(huishouden)).isInstanceOf(IllegalStateException.class);
        assertThat(status()).isEqualTo("aanvraag");
    }

    private static void join(Thread t) {
        try {
            t.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
