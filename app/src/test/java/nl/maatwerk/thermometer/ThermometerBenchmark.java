package nl.maatwerk.thermometer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): one round with 50,000
 * answers, then the time of what the results page needs. Run with
 * {@code scripts/benchmark-thermometer.sh}; numbers in docs/performance.md.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ThermometerBenchmark {

    static final int ANTWOORDEN = 50_000;
    static final int OPWARMEN = 30;
    static final int METEN = 100;

    @Autowired
    Metingen metingen;

    @Autowired
    Resultaten resultaten;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aggregate50000Answers() throws Exception {
        UUID id = jdbc.queryForObject("select gen_random_uuid()", UUID.class);
        jdbc.update("insert into thermometer.thermometer_meting (id, naam, einddatum, aangemaakt_door) values (?, 'Benchmark', ?, 'benchmark')", id,
                java.sql.Date.valueOf(LocalDate.now().minusDays(1))); // closed: results exist only for a round that has ended
        for (Laag l : Laag.values()) {
            jdbc.update("insert into thermometer.thermometer_laag (meting_id, laag) values (?, ?)", id, l.code());
        }
        int volgorde = 1;
        for (String code : StandaardVragenlijst.themaCodes()) {
            Thema t = new Thema(code, StandaardVragenlijst.naam(code), null, "", volgorde);
            jdbc.update("insert into thermometer.thermometer_thema (meting_id, code, naam, open_vraag, volgorde) values (?, ?, ?, ?, ?)", id, code, t.naam(),
                    StandaardVragenlijst.openVraag(t.inZin()), volgorde++);
            int i = 1;
            for (String[] s : StandaardVragenlijst.stellingen(t.inZin())) {
                jdbc.update("insert into thermometer.thermometer_stelling (id, meting_id, thema_code, dimensie, aspect, tekst, volgorde) values (?, ?, ?, ?, ?, ?, ?)",
                        UUID.randomUUID(), id, code, s[0], s[1], s[2], i++);
            }
        }
        List<UUID> stellingen = jdbc.queryForList("select id from thermometer.thermometer_stelling where meting_id = ?", UUID.class, id);
        Random r = new Random(50_000);
        List<Object[]> rijen = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        int respondent = 0;
        while (rijen.size() < ANTWOORDEN) {
            UUID respons = UUID.randomUUID();
            Laag laag = Laag.values()[respondent++ % Laag.values().length];
            byte[] hash = new byte[32];
            r.nextBytes(hash);
            links.add(new Object[] {hash, id, laag.code()});
            for (UUID s : stellingen) {
                if (rijen.size() < ANTWOORDEN) {
                    rijen.add(new Object[] {respons, id, laag.code(), s, 1 + r.nextInt(5)});
                }
            }
        }
        jdbc.batchUpdate("insert into thermometer.thermometer_uitnodiging (token_hash, meting_id, laag, ingediend) values (?, ?, ?, true)", links);
        jdbc.batchUpdate("insert into thermometer.thermometer_antwoord (respons_id, meting_id, laag, stelling_id, score) values (?, ?, ?, ?, ?)", rijen);
        jdbc.execute("analyze thermometer.thermometer_antwoord");
        System.out.printf("Benchmark: %,d antwoorden van %,d respondenten in %d stellingen%n", rijen.size(), respondent, stellingen.size());

        Meting m = metingen.lees(id);
        meet("SQL-optelling (grouping sets)", () -> resultaten.tellingen(id));
        List<Telling> tellingen = resultaten.tellingen(id);
        meet("Java-analyse (Thermometeranalyse)", () -> Thermometeranalyse.analyseer(m.themas(), m.lagen(), tellingen,
                java.util.Map.of(Laag.BESTUUR, 200), List.of()));
        meet("Uitslag: lezen + SQL + analyse", () -> resultaten.uitslag(id));
        meet("Uitkomstenpagina (MockMvc, HTML met heatmap)", () -> {
            try {
                return mvc.perform(get("/thermometer/metingen/" + id + "/resultaten").with(user("beleid").roles("BELEID")))
                        .andReturn().getResponse().getContentAsString().length();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static void meet(String wat, Supplier<?> taak) {
        for (int i = 0; i < OPWARMEN; i++) {
            taak.get();
        }
        long[] tijden = new long[METEN];
        for (int i = 0; i < METEN; i++) {
            long start = System.nanoTime();
            taak.get();
            tijden[i] = System.nanoTime() - start;
        }
        Arrays.sort(tijden);
        System.out.printf("Benchmark: %-48s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms (%d keer na %d keer opwarmen)%n", wat,
                tijden[METEN / 2] / 1e6, tijden[(int) (METEN * 0.95)] / 1e6, tijden[METEN - 1] / 1e6, METEN, OPWARMEN);
    }
}
