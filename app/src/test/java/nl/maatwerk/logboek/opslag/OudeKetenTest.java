package nl.maatwerk.logboek.opslag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.LogboekRecord;
import nl.maatwerk.logboek.Pseudoniemen;
import nl.maatwerk.logboek.Verificatie;
import nl.maatwerk.logboek.Verwerkingsactiviteit;
import nl.maatwerk.platform.database.EmbeddedPostgresStarter;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database that already had a log before the chain was keyed (V18): its records keep their plain
 * SHA-256 and are checked that way up to the transition point, the records after it with the key.
 * Its own PostgreSQL, migrated in two steps like a municipality's database is.
 */
@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class OudeKetenTest {

    private static final String SLEUTEL = "een-sleutel-voor-deze-test";

    static EmbeddedPostgresStarter.RunningPostgres pg;
    static DataSource db;
    static JdbcClient jdbc;

    @TempDir
    static Path ankermap;

    static Ketting ketting;
    static Ankers ankers;
    static JdbcLogboek logboek;
    static JdbcLogboekInzage inzage;

    @BeforeAll
    static void eenDatabaseMetEenOudLogboek() throws Exception {
        pg = EmbeddedPostgresStarter.startTemporary();
        db = pg.server().getPostgresDatabase();
        jdbc = JdbcClient.create(db);
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("15").load().migrate();
        String vorige = Ketting.BEGIN;
        Instant moment = Instant.parse("2026-11-30T09:00:00Z");
        for (long volgnummer = 1; volgnummer <= 3; volgnummer++) {
            LogboekRecord r = new LogboekRecord(volgnummer, "0af7651916cd43dd8448eb211c80319c", "b7ad6b716920333" + volgnummer, null,
                    "huishouden.raadplegen", moment, moment, "OK", "va-huishouden-raadplegen", "pseudoniem-" + volgnummer, "BSN",
                    "consulent", vorige, null);
            String hash = Ketting.ongesleuteld(r);
            jdbc.sql("""
                    insert into logboek.logboek_record (volgnummer, trace_id, span_id, parent_span_id, naam, starttijd, eindtijd, status,
                        verwerkingsactiviteit, betrokkene_id, betrokkene_type, actor, vorige_hash, hash)
                    values (?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(volgnummer, r.traceId(), r.spanId(), r.naam(), Timestamp.from(moment), Timestamp.from(moment), "OK",
                    r.verwerkingsactiviteit(), r.betrokkeneId(), "BSN", "consulent", vorige, hash).update();
            vorige = hash;
        }
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        Clock klok = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z").truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        var maakPseudoniemen = Pseudoniemen.class.getDeclaredConstructor(String.class);
        maakPseudoniemen.setAccessible(true);
        Pseudoniemen pseudoniemen = maakPseudoniemen.newInstance("pseudoniemsleutel");
        ketting = new Ketting(SLEUTEL);
        // The scheduled and start-up anchoring (one node at a time) is not used here: the test anchors itself.
        ankers = new Ankers(ankermap.toString(), "", true, ketting, jdbc, null, klok);
        logboek = new JdbcLogboek(new LogboekVerbindingen(db, 1), pseudoniemen, new LogboekSpan(), ketting, klok);
        inzage = new JdbcLogboekInzage(new JdbcTemplate(db), pseudoniemen, ketting, ankers);
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    @Test
    void oldRecordsAreCheckedTheOldWayUpToTheTransitionPointAndNewOnesWithTheKey() {
        assertThat(jdbc.sql("select laatste_ongesleuteld from logboek.ketenovergang").query(Long.class).single())
                .as("V18 marks the last record written before the key").isEqualTo(3);

        logboek.registreer("huishouden.raadplegen", Verwerkingsactiviteit.HUISHOUDEN_RAADPLEGEN,
                List.of(Betrokkene.bsn("999800011"), Betrokkene.bsn("999800023")), Instant.parse("2026-12-07T09:59:59Z"), true);
        ankers.vastleggen();

        Verificatie v = inzage.verifieer();
        assertThat(v.intact()).as(v.toelichting()).isTrue();
        assertThat(v.gecontroleerd()).isEqualTo(5);
        String vierde = jdbc.sql("select hash from logboek.logboek_record where volgnummer = 4").query(String.class).single();
        LogboekRecord r4 = jdbc.sql("select * from logboek.logboek_record where volgnummer = 4").query(JdbcLogboek::lees).single();
        assertThat(vierde).as("the first new record is keyed").isEqualTo(ketting.hash(r4)).isNotEqualTo(Ketting.ongesleuteld(r4));

        // An old record rewritten, every unkeyed hash after it recomputed, and the first keyed record pointed at the new one:
        // its keyed hash no longer fits.
        jdbc.sql("alter table logboek.logboek_record disable trigger logboek_geen_wijziging").update();
        try {
            LogboekRecord r2 = jdbc.sql("select * from logboek.logboek_record where volgnummer = 2").query(JdbcLogboek::lees).single();
            LogboekRecord r3 = jdbc.sql("select * from logboek.logboek_record where volgnummer = 3").query(JdbcLogboek::lees).single();
            LogboekRecord nieuw2 = new LogboekRecord(2, r2.traceId(), r2.spanId(), null, r2.naam(), r2.starttijd(), r2.eindtijd(), "OK",
                    r2.verwerkingsactiviteit(), r2.betrokkeneId(), "BSN", "regisseur", r2.vorigeHash(), null);
            String h2 = Ketting.ongesleuteld(nieuw2);
            LogboekRecord nieuw3 = new LogboekRecord(3, r3.traceId(), r3.spanId(), null, r3.naam(), r3.starttijd(), r3.eindtijd(), "OK",
                    r3.verwerkingsactiviteit(), r3.betrokkeneId(), "BSN", r3.actor(), h2, null);
            String h3 = Ketting.ongesleuteld(nieuw3);
            jdbc.sql("update logboek.logboek_record set actor = 'regisseur', hash = ? where volgnummer = 2").param(h2).update();
            jdbc.sql("update logboek.logboek_record set vorige_hash = ?, hash = ? where volgnummer = 3").params(h2, h3).update();
            jdbc.sql("update logboek.logboek_record set vorige_hash = ? where volgnummer = 4").param(h3).update();
        } finally {
            jdbc.sql("alter table logboek.logboek_record enable trigger logboek_geen_wijziging").update();
        }

        Verificatie na = inzage.verifieer();
        assertThat(na.intact()).isFalse();
        assertThat(na.eersteAfwijking()).isEqualTo(4);
        assertThat(na.bevindingen()).anySatisfy(b -> assertThat(b).contains("record 4").contains("sleutel"));
    }
}
