package nl.maatwerk.logboek.opslag;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.maatwerk.TestData;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.Pseudoniemen;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: the chain's lock must not wait for the processor to be free for virtual threads. Requests
 * run on virtual threads; when one of them held the lock, it needed a carrier thread after every answer
 * of the database, and with the carriers busy (in the review's load, a password hash per HTTP Basic
 * request) every other append waited behind it: at 32 clients requests failed on the log's 5 s limits.
 * Appends now run on platform threads of the log's own.
 *
 * <p>The test makes that visible without depending on how the scheduler shares the carriers: twenty
 * requests wait for the chain's lock, which the test holds; then virtual threads take every carrier for
 * a few seconds and the test lets the lock go. The records must be written while the carriers are busy.
 */
@SpringBootTest
class LogboekOnderDrukTest {

    @Autowired
    Logboek logboek;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pseudoniemen pseudoniemen;

    @Autowired
    java.time.Clock klok;

    @Test
    void appendsWaitingForTheChainsLockAreWrittenWhileVirtualThreadsOccupyEveryCarrier() throws Exception {
        String bsn = TestData.nieuwBsn();
        List<Betrokkene> betrokkenen = List.of(Betrokkene.bsn(bsn));
        long geschrevenTijdensDrukte;
        List<Future<?>> aanvullingen = new ArrayList<>();
        try (ExecutorService verzoeken = Executors.newVirtualThreadPerTaskExecutor();
                ExecutorService rekenwerk = Executors.newVirtualThreadPerTaskExecutor();
                Connection slot = dataSource.getConnection()) {
            try (PreparedStatement neem = slot.prepareStatement("select pg_advisory_lock(?)")) {
                neem.setLong(1, JdbcLogboek.KETTING_SLOT);
                neem.execute();
            }
            for (int i = 0; i < 20; i++) {
                aanvullingen.add(verzoeken.submit(() -> logboek.registreer("test.onder-druk", Verwerkingsactiviteit.INWONER_RAADPLEGEN,
                        betrokkenen, Instant.now(klok), true)));
            }
            wachtOpSlot();
            Thread.sleep(300);
            // Every carrier busy for 3 s: virtual threads that compute without ever parking.
            long tot = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors(); i++) {
                rekenwerk.submit(() -> {
                    while (System.nanoTime() < tot) {
                        Thread.onSpinWait();
                    }
                });
            }
            Thread.sleep(300);
            try (PreparedStatement los = slot.prepareStatement("select pg_advisory_unlock(?)")) {
                los.setLong(1, JdbcLogboek.KETTING_SLOT);
                los.execute();
            }
            Thread.sleep(1500);
            // From this platform thread, while the carriers are still busy.
            geschrevenTijdensDrukte = records(bsn);
            for (Future<?> a : aanvullingen) {
                a.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(geschrevenTijdensDrukte).as("records written while virtual threads had every carrier").isEqualTo(20);
        assertThat(records(bsn)).isEqualTo(20);
    }

    /** Until appends wait in PostgreSQL for the chain's lock that this test holds. */
    private void wachtOpSlot() throws InterruptedException {
        long tot = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < tot) {
            if (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'advisory'")
                    .query(Long.class).single() > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Geen aanvulling wachtte op het slot van de keten");
    }

    private long records(String bsn) {
        return jdbc.sql("select count(*) from logboek.logboek_record where naam = 'test.onder-druk' and betrokkene_id = ?")
                .param(pseudoniemen.van(Betrokkene.bsn(bsn))).query(Long.class).single();
    }
}
