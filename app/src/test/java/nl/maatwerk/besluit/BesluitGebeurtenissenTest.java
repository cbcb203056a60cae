package nl.maatwerk.besluit;

import static nl.maatwerk.besluit.BesluitenTest.consulent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.logboek.Betrokkene;
import nl.maatwerk.logboek.Pseudoniemen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.modulith.test.Scenario;

/** The events besluit publishes, and toegang's reaction to a sent decision after the sending has committed. */
@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
@EnableScenarios
@ExtendWith(PublishedEventsExtension.class)
class BesluitGebeurtenissenTest {

    static final LocalDate PEIL = LocalDate.of(2025, 9, 1);

    @Autowired
    Besluiten besluiten;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pseudoniemen pseudoniemen;

    UUID huishouden;
    UUID vraag;
    String bsn;

    @BeforeEach
    void gegevens() {
        TestData data = new TestData(jdbc);
        huishouden = data.huishouden("Huishouden Gebeurtenistest", "wijkteam-centrum");
        UUID inwoner = data.inwoner("Gebeurtenistest", LocalDate.of(1975, 5, 1));
        bsn = data.bsnVan(inwoner);
        data.lid(huishouden, inwoner, "aanvrager", LocalDate.of(2015, 1, 1), null);
        vraag = data.aanvraagParticipatiewet(huishouden, inwoner, "Een wasmachine na een lekkage");
        data.klok(vraag, "pw-besluit", LocalDate.of(2025, 8, 20), LocalDate.of(2025, 10, 15));
    }

    /** A decision on bijzondere bijstand that follows the rule, made final by the consulent. */
    private Besluit definitief() {
        Besluit b = consulent(() -> besluiten.maak(vraag, BesluitSoort.PW_BIJZONDERE_BIJSTAND, PEIL));
        Besluit compleet = consulent(() -> besluiten.wijzig(b.id(), new BesluitGegevens(PEIL, "Weer schone kleren voor het gezin.",
                "Zonder wasmachine gaat de moeder naar de wasserette.", List.of("bijzondere-kosten"), "Past bij de bedoeling.",
                "Eerlijk om te helpen.", "Toekennen: een wasmachine als gift.", null, null, null, false, false, null, null, null, null,
                "Wij betalen een wasmachine.", null, null, null), b.versie()));
        return consulent(() -> besluiten.maakDefinitief(b.id(), compleet.versie()));
    }

    private String status() {
        return jdbc.sql("select status from toegang.hulpvraag where id = ?").param(vraag).query(String.class).single();
    }

    @Test
    void makingADecisionFinalPublishesBesluitDefinitiefWithItsIds(AssertablePublishedEvents gebeurtenissen) {
        Besluit b = definitief();
        assertThat(gebeurtenissen).contains(BesluitDefinitief.class).matching(BesluitDefinitief::besluitId, b.id())
                .matching(BesluitDefinitief::huishoudenId, huishouden).matching(BesluitDefinitief::hulpvraagId, vraag)
                .matching(BesluitDefinitief::soort, BesluitSoort.PW_BIJZONDERE_BIJSTAND).matching(BesluitDefinitief::definitiefOp, b.definitiefOp());
    }

    @Test
    void sendingADecisionPublishesBesluitVerzondenAndAfterwardsTheSystemMovesTheRequestOnAndStopsItsClock(Scenario scenario) {
        Besluit b = definitief();
        assertThat(status()).isEqualTo("aanvraag");
        scenario.stimulate(() -> consulent(() -> besluiten.verzend(b.id(), b.versie())))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(this::status, "besluit"::equals)
                .andVerifyEvents(gebeurtenissen -> assertThat(gebeurtenissen).contains(BesluitVerzonden.class)
                        .matching(BesluitVerzonden::besluitId, b.id()).matching(BesluitVerzonden::hulpvraagId, vraag)
                        .matching(BesluitVerzonden::huishoudenId, huishouden));
        // The step is the system's, with the event as its reason, and logged for the household's member with the actor "systeem".
        assertThat(jdbc.sql("select reden || ' | ' || door from toegang.hulpvraag_status where hulpvraag_id = ? and naar = 'besluit'").param(vraag)
                .query(String.class).single()).isEqualTo("Besluit verzonden: bijzondere bijstand | systeem (gebeurtenis BesluitVerzonden)");
        assertThat(jdbc.sql("select afgerond_op from toegang.termijn where hulpvraag_id = ? and code = 'pw-besluit'").param(vraag)
                .query(LocalDate.class).single()).isNotNull();
        assertThat(jdbc.sql("select count(*) from logboek.logboek_record where naam = 'hulpvraag.status' and actor = 'systeem' and betrokkene_id = ?")
                .param(pseudoniemen.van(Betrokkene.bsn(bsn))).query(Long.class).single()).isEqualTo(1);
        // Delivered: the publication leaves the registry for its archive.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                select count(*) from platform.event_publication_archive
                where listener_id = 'toegang.hulpvraag-beantwoord' and completion_date is not null and serialized_event like ?
                """).param("%" + b.id() + "%").query(Long.class).single()).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from platform.event_publication where serialized_event like ?").param("%" + b.id() + "%")
                .query(Long.class).single()).isZero();
    }
}
