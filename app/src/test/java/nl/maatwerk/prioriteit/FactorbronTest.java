package nl.maatwerk.prioriteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.maatwerk.TestData;
import nl.maatwerk.prioriteit.score.Factoren;
import nl.maatwerk.toegang.Werkvoorraad.Werkitem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
class FactorbronTest {

    @Autowired
    Factorbron bron;

    @Autowired
    JdbcClient jdbc;

    private void meting(UUID huishouden, UUID inwoner, LocalDate datum, Map<String, Integer> scores) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into toegang.zrm_meting (id, huishouden_id, inwoner_id, datum, door_naam) values (?, ?, ?, ?, 'Sanne de Wit')")
                .params(id, huishouden, inwoner, datum).update();
        scores.forEach((domein, score) -> jdbc.sql("insert into toegang.zrm_score (meting_id, domein, score) values (?, ?, ?)")
                .params(id, domein, score).update());
    }

    @Test
    void eachMembersLatestAssessmentCountsAndTheHouseholdKeepsTheMostSerious() {
        TestData data = new TestData(jdbc);
        UUID huishouden = data.huishouden("Huishouden Zrmleden", "wijkteam-centrum");
        UUID moeder = data.inwoner("Zrmleden", LocalDate.of(1980, 3, 3));
        UUID zoon = data.inwoner("Zrmleden", LocalDate.of(2007, 4, 4));
        data.lid(huishouden, moeder, "aanvrager", LocalDate.of(2020, 1, 1), null);
        data.lid(huishouden, zoon, "kind", LocalDate.of(2020, 1, 1), null);
        // The son's own earlier assessment is replaced by his later one; his mother's is about her.
        meting(huishouden, zoon, LocalDate.of(2026, 1, 2), Map.of("financien", 1, "huisvesting", 1, "justitie", 1, "middelengebruik", 1));
        meting(huishouden, zoon, LocalDate.of(2026, 1, 10), Map.of("financien", 1, "huisvesting", 1, "justitie", 1, "werk-opleiding", 3));
        meting(huishouden, moeder, LocalDate.of(2026, 1, 15), Map.of("financien", 2, "huisvesting", 3, "justitie", 4, "werk-opleiding", 3));

        Factoren f = bron.factoren(List.of(new Werkitem(huishouden, "Huishouden Zrmleden", null, false)), LocalDate.of(2026, 2, 1))
                .get("huishouden:" + huishouden);

        assertThat(f.acuteDomeinen()).as("the son's three acute domains stay after his mother's calmer assessment").isEqualTo(3);
        assertThat(f.zwakkeDomeinen()).as("the most serious member, not the sum (3 + 1)").isEqualTo(3);
    }

    @Test
    void everyItemCarriesItsTermsLengthAndTheIntakeUrgencyAsSteps() {
        // Issue 15: the need order could not weigh the intake's urgency, nor a deadline against its term.
        UUID huishouden = UUID.randomUUID();
        LocalDate vandaag = LocalDate.of(2026, 3, 4);
        nl.maatwerk.toegang.Termijn crisis = new nl.maatwerk.toegang.Termijn(UUID.randomUUID(), "wgs-crisis", "Eerste gesprek",
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), "jci1.3:c:BWBR0031331&artikel=4&lid=2", null, null, true);
        nl.maatwerk.toegang.Hulpvraag vraag = new nl.maatwerk.toegang.Hulpvraag(UUID.randomUUID(), huishouden, "Huishouden", null, null,
                null, null, "Ontruiming dreigt", null, List.of(), nl.maatwerk.toegang.Urgentie.ACUUT, List.of(), null,
                nl.maatwerk.toegang.HulpvraagStatus.values()[0], LocalDate.of(2026, 3, 2), null, null, null, 0, List.of(crisis), List.of());
        Werkitem item = new Werkitem(huishouden, "Huishouden", vraag, false);
        Factoren f = bron.factoren(List.of(item), vandaag).get(item.sleutel());
        assertThat(f.dagenTotTermijn()).isEqualTo(1);
        assertThat(f.termijnDagen()).isEqualTo(3);
        assertThat(f.urgentie()).isEqualTo(Factoren.ACUUT);
        assertThat(Factorbron.urgentie(nl.maatwerk.toegang.Urgentie.LAAG)).isZero();
        assertThat(Factorbron.urgentie(nl.maatwerk.toegang.Urgentie.GEMIDDELD)).isEqualTo(1);
        assertThat(Factorbron.urgentie(nl.maatwerk.toegang.Urgentie.HOOG)).isEqualTo(2);
    }
}
