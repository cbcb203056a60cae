package nl.maatwerk.logboek.opslag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.LogboekRecord;
import nl.maatwerk.logboek.Pseudoniemen;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Appends records in a transaction of their own, on the log's own connections
 * ({@link LogboekVerbindingen}): a failed processing is still logged when the request's transaction
 * rolls back or is already aborted by a database error, and that error stays the one the caller sees.
 * Within that transaction a transaction-scoped advisory lock gives the chain one order, also with
 * several application nodes on one database, and with any number of requests at the same moment.
 */
@Component
class JdbcLogboek implements Logboek, DisposableBean {

    /** The lock that orders the chain: one writer at a time reads the last record and appends after it. */
    static final long KETTING_SLOT = 0x4c6f67626f656bL; // "Logboek"

    private final LogboekVerbindingen verbindingen;
    private final Pseudoniemen pseudoniemen;
    private final LogboekSpan spans;
    private final Ketting ketting;
    private final Clock klok;

    /**
     * The appends run on a few platform threads, as many as the log has connections, not on the request's
     * virtual thread (issue 14). The chain's lock is held from the append's first statement to its commit;
     * a virtual thread that holds it waits, after each answer of the database, for a carrier thread, and
     * with both carriers busy with CPU work (a password hash per HTTP Basic request) that took seconds while
     * every other append queued on the lock. A platform thread gets its share of the processor from the
     * operating system. The request waits for its append as before: a record is in the chain, or the
     * processing fails, before the result goes out.
     */
    private final ExecutorService schrijvers;

    JdbcLogboek(LogboekVerbindingen verbindingen, Pseudoniemen pseudoniemen, LogboekSpan spans, Ketting ketting, Clock klok) {
        this.schrijvers = Executors.newFixedThreadPool(verbindingen.aantal(),
                Thread.ofPlatform().name("logboek-schrijver-", 1).daemon().factory());
        this.verbindingen = verbindingen;
        this.pseudoniemen = pseudoniemen;
        this.spans = spans;
        this.ketting = ketting;
        this.klok = klok;
    }

    @Override
    public <T> T verwerk(String naam, Verwerkingsactiviteit activiteit, Collection<Betrokkene> betrokkenen, Supplier<T> actie) {
        Instant start = Instant.now(klok);
        T resultaat;
        try {
            resultaat = actie.get();
        } catch (RuntimeException | Error e) {
            try {
                registreer(naam, activiteit, betrokkenen, start, false);
            } catch (RuntimeException logfout) {
                // The caller must see what went wrong in the processing, not that the log could not say so.
                e.addSuppressed(logfout);
            }
            throw e;
        }
        // A processing that cannot be logged does not hand out its result.
        registreer(naam, activiteit, betrokkenen, start, true);
        return resultaat;
    }

    @Override
    public void registreer(String naam, Verwerkingsactiviteit activiteit, Collection<Betrokkene> betrokkenen,
            Instant start, boolean gelukt) {
        if (betrokkenen.isEmpty()) {
            return;
        }
        Instant eind = Instant.now(klok).truncatedTo(ChronoUnit.MICROS);
        Instant begin = start.truncatedTo(ChronoUnit.MICROS);
        LogboekSpan.Span span = spans.nieuweSpan();
        String actor = actor();
        List<String[]> onderwerpen = new ArrayList<>();
        for (Betrokkene b : new LinkedHashSet<>(betrokkenen)) {
            onderwerpen.add(new String[] {pseudoniemen.van(b), b.type().name()});
        }
        Future<?> geschreven = schrijvers.submit(() -> {
            try (Connection c = verbindingen.verbinding()) {
                try {
                    voegToe(c, onderwerpen, span, naam, begin, eind, gelukt ? "OK" : "ERROR", activiteit.id(), actor);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Het logboek kon de verwerking '" + naam + "' niet vastleggen", e);
            }
        });
        try {
            geschreven.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException fout) {
                throw fout;
            }
            throw new DataAccessResourceFailureException("Het logboek kon de verwerking '" + naam + "' niet vastleggen", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessResourceFailureException("Het logboek kon de verwerking '" + naam + "' niet vastleggen", e);
        }
    }

    @Override
    public void destroy() {
        schrijvers.shutdown();
    }

    private void voegToe(Connection c, List<String[]> onderwerpen, LogboekSpan.Span span, String naam, Instant begin, Instant eind,
            String status, String activiteit, String actor) throws SQLException {
        try (PreparedStatement slot = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            slot.setLong(1, KETTING_SLOT);
            slot.execute();
        }
        long volgnummer = 0;
        String vorige = Ketting.BEGIN;
        try (PreparedStatement laatste = c.prepareStatement(
                "select volgnummer, hash from logboek.logboek_record order by volgnummer desc limit 1");
                ResultSet rs = laatste.executeQuery()) {
            if (rs.next()) {
                volgnummer = rs.getLong(1);
                vorige = rs.getString(2);
            }
        }
        try (PreparedStatement insert = c.prepareStatement("""
                insert into logboek.logboek_record (volgnummer, trace_id, span_id, parent_span_id, naam, starttijd, eindtijd, status,
                    verwerkingsactiviteit, betrokkene_id, betrokkene_type, actor, vorige_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            for (String[] onderwerp : onderwerpen) {
                volgnummer++;
                LogboekRecord r = new LogboekRecord(volgnummer, span.traceId(), span.spanId(), span.parentSpanId(), naam, begin, eind,
                        status, activiteit, onderwerp[0], onderwerp[1], actor, vorige, null);
                String hash = ketting.hash(r);
                insert.setLong(1, volgnummer);
                insert.setString(2, r.traceId());
                insert.setString(3, r.spanId());
                insert.setString(4, r.parentSpanId());
                insert.setString(5, naam);
                insert.setTimestamp(6, Timestamp.from(begin));
                insert.setTimestamp(7, Timestamp.from(eind));
                insert.setString(8, status);
                insert.setString(9, activiteit);
                insert.setString(10, r.betrokkeneId());
                insert.setString(11, r.betrokkeneType());
                insert.setString(12, actor);
                insert.setString(13, vorige);
                insert.setString(14, hash);
                insert.addBatch();
                vorige = hash;
            }
            insert.executeBatch();
        }
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "systeem" : auth.getName();
    }

    static LogboekRecord lees(ResultSet rs, int rij) throws SQLException {
        return new LogboekRecord(rs.getLong("volgnummer"), rs.getString("trace_id"), rs.getString("span_id"),
                rs.getString("parent_span_id"), rs.getString("naam"), rs.getTimestamp("starttijd").toInstant(),
                rs.getTimestamp("eindtijd").toInstant(), rs.getString("status"), rs.getString("verwerkingsactiviteit"),
                rs.getString("betrokkene_id"), rs.getString("betrokkene_type"), rs.getString("actor"),
                rs.getString("vorige_hash"), rs.getString("hash"));
    }
}
