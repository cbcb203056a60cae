package nl.maatwerk.thermometer;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.platform.KleineGroep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Sent questionnaires wait in their link's row until they can move to the answer tables without a
 * trace back to that link. They move per layer, only when at least {@link KleineGroep#MINIMUM} are
 * waiting (or when the round closes), all at once in one transaction, in random order, with fresh
 * random response ids and no time. The same transaction touches every used link of the round, so
 * that every used link carries the transaction id of the latest move and none carries the id of the
 * move that took its answers. See ADR 0009, "Antwoorden in partijen".
 */
@Component
class Antwoordpool {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock klok;

    Antwoordpool(JdbcClient jdbc, ObjectMapper json, Clock klok) {
        this.jdbc = jdbc;
        this.json = json;
        this.klok = klok;
    }

    /**
     * Locks the round's row. Sending, closing and the first look at the results take this lock, so
     * that no questionnaire slips in between closing and that first look.
     */
    boolean vergrendelEnGezien(UUID meting) {
        return jdbc.sql("select resultaten_gezien_op is not null from thermometer.thermometer_meting where id = ? for update").param(meting)
                .query(Boolean.class).optional().orElse(false);
    }

    /** After a questionnaire was sent: moves its layer's waiting ones once there are enough. Call with the round locked. */
    void naVersturen(Meting m, Laag laag) {
        int wachtend = jdbc.sql("""
                select count(*) from thermometer.thermometer_uitnodiging
                where meting_id = ? and laag = ? and ingediend and concept is not null
                """).params(m.id(), laag.code()).query(Integer.class).single();
        if (!KleineGroep.isKlein(wachtend)) {
            verplaats(m, laag);
        }
    }

    /** Moves everything still waiting, of every layer: the round is closed. Call with the round locked. */
    void alles(Meting m) {
        verplaats(m, null);
    }

    /**
     * The first look at the results of a closed round: records the moment and moves what still waits.
     * Later looks change nothing.
     */
    @Transactional
    void eersteBlik(Meting m) {
        if (vergrendelEnGezien(m.id())) {
            return;
        }
        alles(m);
        jdbc.sql("update thermometer.thermometer_meting set resultaten_gezien_op = ? where id = ?")
                .params(Timestamp.from(Instant.now(klok)), m.id()).update();
    }

    private record Wachtend(Laag laag, Beantwoording.Concept concept) {
    }

    private void verplaats(Meting m, Laag laag) {
        List<Wachtend> wachtend = new ArrayList<>(jdbc.sql("""
                select laag, concept::text from thermometer.thermometer_uitnodiging
                where meting_id = ? and ingediend and concept is not null and (?::text is null or laag = ?)
                for update
                """).params(m.id(), laag == null ? null : laag.code(), laag == null ? null : laag.code())
                .query((rs, i) -> new Wachtend(Laag.vanCode(rs.getString(1)), json.readValue(rs.getString(2), Beantwoording.Concept.class)))
                .list());
        if (wachtend.isEmpty()) {
            return;
        }
        // The order of insertion (and so of the rows on disk) says nothing about the order of sending.
        Collections.shuffle(wachtend, RANDOM);
        List<Object[]> scores = new ArrayList<>();
        List<Object[]> open = new ArrayList<>();
        for (Wachtend w : wachtend) {
            UUID respons = UUID.randomUUID();
            for (Stelling st : m.stellingen()) {
                Integer score = w.concept().scores().get(st.id().toString());
                if (score != null && score != Beantwoording.WEET_NIET) {
                    scores.add(new Object[] {respons, m.id(), w.laag().code(), st.id(), score});
                }
            }
            for (Thema t : m.themas()) {
                String tekst = w.concept().open().getOrDefault(t.code(), "");
                if (!tekst.isBlank()) {
                    open.add(new Object[] {UUID.randomUUID(), respons, m.id(), w.laag().code(), t.code(), tekst});
                }
            }
        }
        for (Object[] s : scores) {
            jdbc.sql("insert into thermometer.thermometer_antwoord (respons_id, meting_id, laag, stelling_id, score) values (?, ?, ?, ?, ?)")
                    .params(s).update();
        }
        for (Object[] o : open) {
            jdbc.sql("insert into thermometer.thermometer_open_antwoord (id, respons_id, meting_id, laag, thema_code, tekst) values (?, ?, ?, ?, ?, ?)")
                    .params(o).update();
        }
        // Every used link of the round, not only the moved ones: afterwards they all carry this transaction's id.
        // Waiting ones of another layer keep their answers.
        jdbc.sql("""
                update thermometer.thermometer_uitnodiging set concept = case when ?::text is null or laag = ? then null else concept end
                where meting_id = ? and ingediend
                """).params(laag == null ? null : laag.code(), laag == null ? null : laag.code(), m.id()).update();
    }
}
