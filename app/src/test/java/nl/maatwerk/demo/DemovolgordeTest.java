package nl.maatwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.maatwerk.demo.Demovolgorde.Stap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
class DemovolgordeTest {

    /** Per step, a query that counts the rows that step writes (tests may read every schema). */
    private static final Map<Stap, String> GEGEVENS = Map.ofEntries(
            Map.entry(Stap.PLATFORM, "select count(*) from platform.gebruiker where gebruikersnaam in ('consulent', 'regisseur', 'teamleider', 'beleid', "
                    + "'auditor', 'inwoner', 'beheerder') and wachtwoord_hash is not null"),
            Map.entry(Stap.INWONER, "select count(*) from inwoner.huishouden h join inwoner.huishouden_lid l on l.huishouden_id = h.id "
                    + "where h.naam like 'Huishouden %'"),
            Map.entry(Stap.TOEGANG, "select count(*) from toegang.hulpvraag where geregistreerd_door in ('demo', 'consulent', 'regisseur')"),
            Map.entry(Stap.PRIORITEIT, "select count(*) from prioriteit.vroegsignaal where sleutel like 'demo-%'"),
            Map.entry(Stap.BESLUIT, "select count(*) from besluit.besluit where status = 'ter-goedkeuring'"),
            Map.entry(Stap.THERMOMETER, "select count(*) from thermometer.thermometer_meting where naam like '%(demo)'"),
            Map.entry(Stap.REGELBEHEER, "select count(*) from regelbeheer.voorstel where reden like 'Demo:%'"),
            Map.entry(Stap.WAARDERING, "select count(*) from waardering.antwoord where team_id in ('wijkteam-centrum', 'wijkteam-escamp') and maand < '2026-12-01'"),
            Map.entry(Stap.SOCIALEKAART, "select count(*) from socialekaart.dienst"),
            Map.entry(Stap.KNELPUNT, "select count(*) from knelpunt.knelpunt where gemeld_door in ('consulent', 'regisseur', 'teamleider', 'demo-escamp')"),
            Map.entry(Stap.SAMENHANG, "select count(*) from samenhang.invlieger where aangemaakt_door = 'beleid' and bron <> ''"),
            Map.entry(Stap.WATALS, "select count(*) from watals.run r where naam = 'Demo: giften en kostendelers' and status = 'klaar'"
                    + " and (select count(*) from watals.variant v where v.run_id = r.id) = 2"));

    @Autowired
    Demovolgorde volgorde;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStepsRunPlatformInwonerToegangPrioriteitBesluitThermometerRegelbeheerAndEachBuildsOnlyOnEarlierSteps() {
        assertThat(List.of(Stap.values())).extracting(Stap::module)
                .containsExactly("platform", "inwoner", "thermometer", "regelbeheer", "toegang", "prioriteit", "besluit", "waardering", "socialekaart", "knelpunt", "samenhang", "watals");
        for (Stap stap : Stap.values()) {
            assertThat(stap.bouwtOp()).as(stap.module()).allSatisfy(eerder -> assertThat(eerder.ordinal()).isLessThan(stap.ordinal()));
        }
        assertThat(Stap.TOEGANG.bouwtOp()).contains(Stap.INWONER);
        assertThat(Stap.PRIORITEIT.bouwtOp()).contains(Stap.INWONER);
        assertThat(Stap.BESLUIT.bouwtOp()).contains(Stap.TOEGANG);
    }

    @Test
    void theStepsThatHoldOnAnyDayComeFirstSoTheBuildsTemplateIsAPrefixOfTheSequence() {
        List<Stap> stappen = List.of(Stap.values());
        int eersteVanDeDag = stappen.indexOf(stappen.stream().filter(s -> !s.dagvast()).findFirst().orElseThrow());
        assertThat(stappen.subList(0, eersteVanDeDag)).allMatch(Stap::dagvast)
                .containsExactly(Stap.PLATFORM, Stap.INWONER, Stap.THERMOMETER, Stap.REGELBEHEER);
        assertThat(stappen.subList(eersteVanDeDag, stappen.size())).noneMatch(Stap::dagvast)
                .containsExactly(Stap.TOEGANG, Stap.PRIORITEIT, Stap.BESLUIT, Stap.WAARDERING, Stap.SOCIALEKAART, Stap.KNELPUNT, Stap.SAMENHANG,
                        Stap.WATALS);
    }

    @Test
    void makingTheTemplateRunsOnlyTheStepsThatHoldOnAnyDay() {
        try {
            volgorde.vul(true);
            assertThat(volgorde.uitgevoerd()).extracting(Demovolgorde.Uitgevoerd::stap)
                    .containsExactly(Stap.PLATFORM, Stap.INWONER, Stap.THERMOMETER, Stap.REGELBEHEER);
        } finally {
            volgorde.vul();
        }
        assertThat(volgorde.uitgevoerd()).extracting(Demovolgorde.Uitgevoerd::stap).containsExactly(Stap.values());
    }

    @Test
    void theStartUpRanEveryStepInTheStatedOrderAndEachStepsDataIsThere() {
        assertThat(volgorde.uitgevoerd()).extracting(Demovolgorde.Uitgevoerd::stap).containsExactly(Stap.values());
        for (Stap stap : Stap.values()) {
            assertThat(jdbc.sql(GEGEVENS.get(stap)).query(Long.class).single()).as(stap.module()).isPositive();
        }
    }

    @Test
    void aStepOutOfTurnStopsTheSeeding() {
        Demovolgorde.controleerBeurt(0, Stap.PLATFORM);
        Demovolgorde.controleerBeurt(5, Stap.PRIORITEIT);
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> Demovolgorde.controleerBeurt(0, Stap.INWONER))
                .withMessageContaining("inwoner").withMessageContaining("platform");
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> Demovolgorde.controleerBeurt(3, Stap.TOEGANG));
    }

    @Test
    void runningTheSequenceAgainAsOnARestartAddsNothing() {
        List<Long> voor = tellingen();
        volgorde.vul();
        assertThat(tellingen()).isEqualTo(voor);
        assertThat(volgorde.uitgevoerd()).extracting(Demovolgorde.Uitgevoerd::stap).containsExactly(Stap.values());
    }

    private List<Long> tellingen() {
        return java.util.Arrays.stream(Stap.values()).map(s -> jdbc.sql(GEGEVENS.get(s)).query(Long.class).single()).toList();
    }
}
