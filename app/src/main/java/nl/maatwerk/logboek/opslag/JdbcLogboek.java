package nl.maatwerk.logboek.opslag;

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
import java.util.Optional;
import java.util.function.Supplier;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Logboek;
import nl.maatwerk.logboek.LogboekRecord;
import nl.maatwerk.logboek.Pseudoniemen;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends records under a transaction-scoped advisory lock, so the chain has one order even with
 * several application nodes on one database.
 */
@Component
class JdbcLogboek implements Logboek {

    private static final long KETTING_SLOT = 0x4c6f67626f656bL; // "Logboek"

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Pseudoniemen pseudoniemen;
    private final LogboekSpan spans;
    private final Clock klok;

    JdbcLogboek(JdbcClient jdbc, JdbcTemplate template, Pseudoniemen pseudoniemen, LogboekSpan spans, Clock klok) {
        this.jdbc = jdbc;
        this.template = template;
        this.pseudoniemen = pseudoniemen;
        this.spans = spans;
        this.klok = klok;
    }

    @Override
    public <T> T verwerk(String naam, Verwerkingsactiviteit activiteit, Collection<Betrokkene> betrokkenen, Supplier<T> actie) {
        Instant start = Instant.now(klok);
        try {
            T resultaat = actie.get();
            registreer(naam, activiteit, betrokkenen, start, true);
            return resultaat;
        } catch (RuntimeException e) {
            registreer(naam, activiteit, betrokkenen, start, false);
            throw e;
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void registreer(String naam, Verwerkingsactiviteit activiteit, Collection<Betrokkene> betrokkenen,
            Instant start, boolean gelukt) {
        if (betrokkenen.isEmpty()) {
            return;
        }
        Instant eind = Instant.now(klok).truncatedTo(ChronoUnit.MICROS);
        Instant begin = start.truncatedTo(ChronoUnit.MICROS);
        LogboekSpan.Span span = spans.nieuweSpan();
        String actor = actor();
        jdbc.sql("select pg_advisory_xact_lock(?)").param(KETTING_SLOT).query((rs, i) -> 1).list();
        Optional<Object[]> laatste = jdbc.sql("select volgnummer, hash from logboek.logboek_record order by volgnummer desc limit 1")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        long volgnummer = laatste.map(r -> (Long) r[0]).orElse(0L);
        String vorige = laatste.map(r -> (String) r[1]).orElse(Ketting.BEGIN);

        List<LogboekRecord> records = new ArrayList<>();
        for (Betrokkene b : new LinkedHashSet<>(betrokkenen)) {
            volgnummer++;
            LogboekRecord zonderHash = new LogboekRecord(volgnummer, span.traceId(), span.spanId(), span.parentSpanId(),
                    naam, begin, eind, gelukt ? "OK" : "ERROR", activiteit.id(), pseudoniemen.van(b), b.type().name(),
                    actor, vorige, null);
            String hash = Ketting.hash(zonderHash);
            records.add(new LogboekRecord(volgnummer, span.traceId(), span.spanId(), span.parentSpanId(), naam, begin, eind,
                    zonderHash.status(), zonderHash.verwerkingsactiviteit(), zonderHash.betrokkeneId(),
                    zonderHash.betrokkeneType(), actor, vorige, hash));
            vorige = hash;
        }
        template.batchUpdate("""
                insert into logboek.logboek_record (volgnummer, trace_id, span_id, parent_span_id, naam, starttijd, eindtijd, status,
                    verwerkingsactiviteit, betrokkene_id, betrokkene_type, actor, vorige_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, records, 500, (ps, r) -> {
                    ps.setLong(1, r.volgnummer());
                    ps.setString(2, r.traceId());
                    ps.setString(3, r.spanId());
                    ps.setString(4, r.parentSpanId());
                    ps.setString(5, r.naam());
                    ps.setTimestamp(6, Timestamp.from(r.starttijd()));
                    ps.setTimestamp(7, Timestamp.from(r.eindtijd()));
                    ps.setString(8, r.status());
                    ps.setString(9, r.verwerkingsactiviteit());
                    ps.setString(10, r.betrokkeneId());
                    ps.setString(11, r.betrokkeneType());
                    ps.setString(12, r.actor());
                    ps.setString(13, r.vorigeHash());
                    ps.setString(14, r.hash());
                });
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
