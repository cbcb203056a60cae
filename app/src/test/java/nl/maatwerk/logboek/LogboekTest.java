package nl.maatwerk.logboek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.inwoner.Huishoudens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
@WithMockUser(username = "consulent", roles = "CONSULENT")
class LogboekTest {

    @Autowired
    Huishoudens huishoudens;

    @Autowired
    LogboekInzage inzage;

    @Autowired
    Pseudoniemen pseudoniemen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void readingAHouseholdWritesOneRecordPerMemberWithTheStandardsFields() {
        TestData data = new TestData(jdbc);
        UUID h = data.huishouden("Logboek", "wijkteam-centrum");
        UUID a = data.inwoner("Logtest", LocalDate.of(1970, 1, 1));
        UUID b = data.inwoner("Logtest", LocalDate.of(1972, 1, 1));
        data.lid(h, a, "aanvrager", LocalDate.of(2020, 1, 1), null);
        data.lid(h, b, "partner", LocalDate.of(2020, 1, 1), null);
        String bsnA = data.bsnVan(a);

        huishoudens.lees(h);

        List<LogboekRecord> records = jdbc.sql("select * from logboek.logboek_record where naam = 'huishouden.raadplegen' "
                        + "and betrokkene_id in (?, ?) order by volgnummer")
                .params(pseudoniemen.van(Betrokkene.bsn(bsnA)), pseudoniemen.van(Betrokkene.bsn(data.bsnVan(b))))
                .query((rs, i) -> new LogboekRecord(rs.getLong("volgnummer"), rs.getString("trace_id"), rs.getString("span_id"),
                        rs.getString("parent_span_id"), rs.getString("naam"), rs.getTimestamp("starttijd").toInstant(),
                        rs.getTimestamp("eindtijd").toInstant(), rs.getString("status"), rs.getString("verwerkingsactiviteit"),
                        rs.getString("betrokkene_id"), rs.getString("betrokkene_type"), rs.getString("actor"),
                        rs.getString("vorige_hash"), rs.getString("hash")))
                .list();

        assertThat(records).hasSize(2);
        LogboekRecord r = records.getFirst();
        assertThat(r.traceId()).hasSize(32);
        assertThat(r.spanId()).hasSize(16);
        assertThat(r.status()).isEqualTo("OK");
        assertThat(r.verwerkingsactiviteit()).isEqualTo(Verwerkingsactiviteit.HUISHOUDEN_RAADPLEGEN.id());
        assertThat(r.betrokkeneType()).isEqualTo("BSN");
        assertThat(r.actor()).isEqualTo("consulent");
        assertThat(r.betrokkeneId()).doesNotContain(bsnA).hasSize(64);
        assertThat(r.eindtijd()).isAfterOrEqualTo(r.starttijd());
        // Both subjects belong to one operation: same span.
        assertThat(records.get(1).spanId()).isEqualTo(r.spanId());
    }

    @Test
    void theAuditorFindsRecordsByBsnThroughThePseudonym() {
        TestData data = new TestData(jdbc);
        UUID h = data.huishouden("Zoeken in logboek", "wijkteam-centrum");
        UUID a = data.inwoner("Zoeklog", LocalDate.of(1960, 5, 5));
        data.lid(h, a, "aanvrager", LocalDate.of(2020, 1, 1), null);
        huishoudens.lees(h);
        huishoudens.lees(h);

        var pagina = inzage.zoek(new LogboekInzage.Filter(data.bsnVan(a), "consulent", null, null), 1, 10);

        assertThat(pagina.totaal()).isEqualTo(2);
        assertThat(pagina.records()).allSatisfy(r -> assertThat(r.naam()).isEqualTo("huishouden.raadplegen"));
    }

    @Test
    void theAuditorsSearchForABsnIsItselfLoggedOnThePageAndInTheApi() throws Exception {
        TestData data = new TestData(jdbc);
        UUID a = data.inwoner("Auditorzoek", LocalDate.of(1961, 6, 6));
        String bsn = data.bsnVan(a);
        String pseudoniem = pseudoniemen.van(Betrokkene.bsn(bsn));
        var auditor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("auditor").roles("AUDITOR");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/logboek").param("bsn", bsn).with(auditor))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/logboek").param("betrokkene", bsn).with(auditor))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/logboek").param("actor", "consulent").with(auditor))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());

        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where betrokkene_id = ? and actor = 'auditor' "
                + "and naam = 'logboek.zoeken' and verwerkingsactiviteit = ?").params(pseudoniem, Verwerkingsactiviteit.LOGBOEK_INZIEN.id())
                .query(Long.class).single()).as("one record for the page, one for the API; a search without a BSN names no one").isEqualTo(2);
    }

    @Test
    void updatingOrDeletingARecordIsRefusedByTheDatabase() {
        huishoudens.lijst(new Huishoudens.Filter(null, null, null), 1, 5);
        assertThatThrownBy(() -> jdbc.sql("update logboek.logboek_record set actor = 'iemand' where volgnummer = 1").update())
                .hasMessageContaining("alleen aan te vullen");
        assertThatThrownBy(() -> jdbc.sql("delete from logboek.logboek_record").update())
                .hasMessageContaining("alleen aan te vullen");
    }

    @Test
    void verifyFindsTheChainIntactAndThenDetectsAChangedRecord() {
        TestData data = new TestData(jdbc);
        UUID h = data.huishouden("Ketting", "wijkteam-centrum");
        data.lid(h, data.inwoner("Ketting", LocalDate.of(1990, 1, 1)), "aanvrager", LocalDate.of(2020, 1, 1), null);
        huishoudens.lees(h);
        Verificatie voor = inzage.verifieer();
        assertThat(voor.intact()).as(voor.toelichting()).isTrue();
        assertThat(voor.gecontroleerd()).isPositive();

        long doel = jdbc.sql("select max(volgnummer) from logboek.logboek_record").query(Long.class).single();
        // Someone with database rights goes around the trigger and changes who did it.
        transacties.executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update logboek.logboek_record set actor = 'niemand' where volgnummer = ?").param(doel).update();
        });

        Verificatie na = inzage.verifieer();
        assertThat(na.intact()).isFalse();
        assertThat(na.eersteAfwijking()).isEqualTo(doel);
        assertThat(na.toelichting()).contains("gewijzigd");

        transacties.executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update logboek.logboek_record set actor = 'consulent' where volgnummer = ?").param(doel).update();
        });
        assertThat(inzage.verifieer().intact()).isTrue();
    }
}
