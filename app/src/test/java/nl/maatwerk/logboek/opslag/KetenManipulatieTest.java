package nl.maatwerk.logboek.opslag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.maatwerk.TestData;
import nl.maatwerk.inwoner.Doorbraken;
import nl.maatwerk.inwoner.Huishoudens;
import nl.maatwerk.logboek.LogboekInzage;
import nl.maatwerk.logboek.Verificatie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 13, finding 7: someone with the app's own database role goes around the trigger (the role owns
 * the table, so it may switch the trigger off) and rewrites the log the way the open-source code shows
 * how: every hash after the change recomputed, so each record links to the one before. Verification
 * must still find it.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
class KetenManipulatieTest {

    /** The chain's lock (JdbcLogboek): held while the test tampers, so no record is appended meanwhile. */
    private static final long KETTING_SLOT = 0x4c6f67626f656bL;

    @Autowired
    Doorbraken doorbraken;

    @Autowired
    Huishoudens huishoudens;

    @Autowired
    LogboekInzage inzage;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Ankers ankers;

    @Autowired
    MockMvc mvc;

    UUID huishouden;

    @BeforeEach
    void eenDoorbraak() {
        TestData data = new TestData(jdbc);
        huishouden = data.huishouden("Ander team, doorbraak", "wijkteam-noord");
        data.lid(huishouden, data.inwoner("Doorbraak", LocalDate.of(1977, 7, 7)), "aanvrager", LocalDate.of(2019, 1, 1), null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("consulent", "n.v.t.",
                AuthorityUtils.createAuthorityList("ROLE_CONSULENT")));
        doorbraken.vraagAan(huishouden, "Acute zorg over de kinderen, melding van de school vanochtend");
        // What the consulent then reads: the records after the doorbraak.
        huishoudens.lees(huishouden);
        huishoudens.lees(huishouden);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void uitloggen() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void reattributingADoorbraakIsFoundAlthoughTheAttackerRecomputedEveryUnkeyedHash() throws Exception {
        assertThat(inzage.verifieer().intact()).as("the chain before the test").isTrue();
        try (Connection db = dataSource.getConnection()) {
            slot(db, true);
            long doel = doorbraakrecord(db);
            bewaar(db, doel);
            try {
                herschrijf(db, doel, "regisseur");

                Verificatie v = inzage.verifieer();
                assertThat(v.intact()).as("a consistent rewrite: " + v.toelichting()).isFalse();
                assertThat(v.eersteAfwijking()).isEqualTo(doel);
                assertThat(v.bevindingen().getFirst()).contains("record " + doel).contains("gewijzigd").contains("sleutel");
            } finally {
                zetTerug(db);
                slot(db, false);
            }
        }
        Verificatie na = inzage.verifieer();
        assertThat(na.intact()).as("restored: " + na.toelichting()).isTrue();
    }

    @Test
    void aRewriteAndACutTailAreBothReported() throws Exception {
        try (Connection db = dataSource.getConnection()) {
            slot(db, true);
            long doel = doorbraakrecord(db);
            long laatste = laatste(db);
            // The anchor the app takes on its schedule: the head as it is now.
            ankers.vastleggen();
            assertThat(inzage.verifieer().intact()).as("the chain with its new anchor").isTrue();
            bewaar(db, doel);
            try {
                herschrijf(db, doel, "regisseur");
                knipAf(db, doel + 1);

                Verificatie v = inzage.verifieer();
                assertThat(v.intact()).isFalse();
                assertThat(v.bevindingen()).as(v.toelichting()).anySatisfy(b -> assertThat(b).contains("record " + doel).contains("gewijzigd"));
                assertThat(v.bevindingen()).as(v.toelichting()).anySatisfy(b -> assertThat(b).contains("Aan het eind ontbreken records")
                        .contains("legde record " + laatste + " vast").contains("eindigt bij record " + doel));

                // The auditor's page and API say both.
                String pagina = mvc.perform(post("/logboek/verificatie").with(user("auditor").roles("AUDITOR")).with(csrf()))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(pagina).contains("Het logboek is aangepast").contains("De inhoud van record " + doel + " is gewijzigd")
                        .contains("Aan het eind ontbreken records");
                mvc.perform(get("/api/v1/logboek/verificatie").with(user("auditor").roles("AUDITOR")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.intact").value(false))
                        .andExpect(jsonPath("$.eersteAfwijking").value(doel))
                        .andExpect(jsonPath("$.bevindingen.length()").value(2));
            } finally {
                zetTerug(db);
                slot(db, false);
            }
        }
        Verificatie na = inzage.verifieer();
        assertThat(na.intact()).as("restored: " + na.toelichting()).isTrue();
    }

    @Test
    void movingTheTransitionPointSoThatRewrittenRecordsPassAsUnkeyedOnesIsFound() throws Exception {
        try (Connection db = dataSource.getConnection()) {
            slot(db, true);
            long doel = doorbraakrecord(db);
            ankers.vastleggen();
            bewaar(db, doel);
            try {
                // Everything up to the head "from before the key": each hash then only has to be a plain SHA-256.
                wijzigOvergang(db, laatste(db));
                herschrijf(db, doel, "regisseur");

                Verificatie v = inzage.verifieer();
                assertThat(v.intact()).isFalse();
                assertThat(v.eersteAfwijking()).isEqualTo(doel);
                assertThat(v.bevindingen()).as(v.toelichting()).anySatisfy(b -> assertThat(b).contains("overgangspunt")
                        .contains("database veranderd"));
            } finally {
                zetTerug(db);
                slot(db, false);
            }
        }
        Verificatie na = inzage.verifieer();
        assertThat(na.intact()).as("restored: " + na.toelichting()).isTrue();
    }

    @Test
    void aLineOfTheAnchorFileChangedOutsideTheAppIsReported() throws Exception {
        ankers.vastleggen();
        Path bestand = ankers.bestand();
        List<String> regels = Files.readAllLines(bestand);
        try {
            String laatste = regels.getLast();
            // Someone moves the last anchor back by one record, without the key to sign it.
            String[] delen = laatste.split(";");
            delen[1] = Long.toString(Long.parseLong(delen[1]) - 1);
            List<String> anders = new ArrayList<>(regels.subList(0, regels.size() - 1));
            anders.add(String.join(";", delen));
            Files.write(bestand, anders);

            Verificatie v = inzage.verifieer();
            assertThat(v.intact()).isFalse();
            assertThat(v.bevindingen()).anySatisfy(b -> assertThat(b).contains("Regel " + regels.size()).contains("handtekening"));
            // The anchor this server wrote is gone from the file as well.
            assertThat(v.bevindingen()).anySatisfy(b -> assertThat(b).contains("ingekort of vervangen"));
        } finally {
            Files.write(bestand, regels);
        }
        assertThat(inzage.verifieer().intact()).isTrue();
    }

    // --- what an attacker with the app's database role does ----------------------------------

    /** Changes who did the record at {@code volgnummer} and recomputes the unkeyed SHA-256 of it and all after it. */
    private static void herschrijf(Connection db, long volgnummer, String actor) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("alter table logboek.logboek_record disable trigger logboek_geen_wijziging");
            String vorige = null;
            for (Rij r : rijenVanaf(db, volgnummer)) {
                Rij nieuw = r.met(r.volgnummer == volgnummer ? actor : r.actor, vorige == null ? r.vorigeHash : vorige);
                nieuw = nieuw.metHash(sha256(nieuw));
                schrijf(db, nieuw);
                vorige = nieuw.hash;
            }
            s.execute("alter table logboek.logboek_record enable trigger logboek_geen_wijziging");
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static String sha256(Rij r) {
        String inhoud = String.join("\u001f", Long.toString(r.volgnummer), r.traceId, r.spanId, r.parentSpanId == null ? "" : r.parentSpanId,
                r.naam, r.starttijd, r.eindtijd, r.status, r.activiteit, r.betrokkeneId, r.betrokkeneType, r.actor, r.vorigeHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cuts every record from {@code vanaf} on: the database role switches the trigger off to delete. */
    private static void knipAf(Connection db, long vanaf) throws SQLException {
        inTransactieZonderTrigger(db, "logboek_record", s -> s.execute("delete from logboek.logboek_record where volgnummer >= " + vanaf));
    }

    private static void wijzigOvergang(Connection db, long volgnummer) throws SQLException {
        inTransactieZonderTrigger(db, "ketenovergang",
                s -> s.execute("update logboek.ketenovergang set laatste_ongesleuteld = " + volgnummer));
    }

    // --- test plumbing ---------------------------------------------------------------------

    interface Sql {
        void voer(Statement s) throws SQLException;
    }

    private static void inTransactieZonderTrigger(Connection db, String tabel, Sql sql) throws SQLException {
        String trigger = tabel.equals("logboek_record") ? "logboek_geen_wijziging" : "ketenovergang_geen_wijziging";
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("alter table logboek." + tabel + " disable trigger " + trigger);
            sql.voer(s);
            s.execute("alter table logboek." + tabel + " enable trigger " + trigger);
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** Keeps the records from {@code volgnummer} on and the transition point in this session, to put them back after the test. */
    private static void bewaar(Connection db, long volgnummer) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("create temporary table bewaard_record on commit preserve rows as select * from logboek.logboek_record where volgnummer >= "
                    + volgnummer);
            s.execute("create temporary table bewaarde_overgang as select * from logboek.ketenovergang");
        }
    }

    private static void zetTerug(Connection db) throws SQLException {
        inTransactieZonderTrigger(db, "logboek_record", s -> {
            s.execute("delete from logboek.logboek_record where volgnummer in (select volgnummer from bewaard_record)");
            s.execute("insert into logboek.logboek_record select * from bewaard_record");
        });
        inTransactieZonderTrigger(db, "ketenovergang", s -> s.execute(
                "update logboek.ketenovergang set laatste_ongesleuteld = (select laatste_ongesleuteld from bewaarde_overgang)"));
        try (Statement s = db.createStatement()) {
            s.execute("drop table bewaard_record");
            s.execute("drop table bewaarde_overgang");
        }
    }

    private static long doorbraakrecord(Connection db) throws SQLException {
        return getal(db, "select max(volgnummer) from logboek.logboek_record where verwerkingsactiviteit = 'va-doorbraak' and actor = 'consulent'");
    }

    private static long laatste(Connection db) throws SQLException {
        return getal(db, "select max(volgnummer) from logboek.logboek_record");
    }

    private static long getal(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void slot(Connection db, boolean vast) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(vast ? "select pg_advisory_lock(?)" : "select pg_advisory_unlock(?)")) {
            s.setLong(1, KETTING_SLOT);
            s.execute();
        }
    }

    record Rij(long volgnummer, String traceId, String spanId, String parentSpanId, String naam, String starttijd, String eindtijd,
            String status, String activiteit, String betrokkeneId, String betrokkeneType, String actor, String vorigeHash, String hash) {

        Rij met(String nieuweActor, String nieuweVorige) {
            return new Rij(volgnummer, traceId, spanId, parentSpanId, naam, starttijd, eindtijd, status, activiteit, betrokkeneId,
                    betrokkeneType, nieuweActor, nieuweVorige, hash);
        }

        Rij metHash(String nieuweHash) {
            return new Rij(volgnummer, traceId, spanId, parentSpanId, naam, starttijd, eindtijd, status, activiteit, betrokkeneId,
                    betrokkeneType, actor, vorigeHash, nieuweHash);
        }
    }

    private static List<Rij> rijenVanaf(Connection db, long volgnummer) throws SQLException {
        List<Rij> rijen = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select * from logboek.logboek_record where volgnummer >= ? order by volgnummer")) {
            s.setLong(1, volgnummer);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rijen.add(new Rij(rs.getLong("volgnummer"), rs.getString("trace_id"), rs.getString("span_id"), rs.getString("parent_span_id"),
                            rs.getString("naam"), rs.getTimestamp("starttijd").toInstant().toString(),
                            rs.getTimestamp("eindtijd").toInstant().toString(), rs.getString("status"), rs.getString("verwerkingsactiviteit"),
                            rs.getString("betrokkene_id"), rs.getString("betrokkene_type"), rs.getString("actor"),
                            rs.getString("vorige_hash"), rs.getString("hash")));
                }
            }
        }
        return rijen;
    }

    private static void schrijf(Connection db, Rij r) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "update logboek.logboek_record set actor = ?, vorige_hash = ?, hash = ? where volgnummer = ?")) {
            s.setString(1, r.actor);
            s.setString(2, r.vorigeHash);
            s.setString(3, r.hash);
            s.setLong(4, r.volgnummer);
            s.executeUpdate();
        }
    }
}
