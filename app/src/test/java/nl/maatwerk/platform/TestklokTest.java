package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import nl.maatwerk.VerstelbareKlok;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

/** Every test context runs on the settable test clock, and a pinned date ends with the test that pinned it. */
@SpringBootTest
@AutoConfigureMockMvc // shares its context with the MockMvc tests: one context, one database
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestklokTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    VerstelbareKlok klok;

    @Test
    @Order(1)
    void theSettableTestClockIsTheAppsOneClockAndTheSystemClockStepsAside() {
        assertThat(context.getBeansOfType(Clock.class)).as("one Clock bean: the test clock, not Klok's system clock")
                .hasSize(1).containsValue(klok);
        assertThat(klok.getZone()).isEqualTo(Klok.ZONE);
        assertThat(klok.isVastgezet()).isFalse();
    }

    @Test
    @Order(2)
    void aPinnedDayIsTodayForTheAppAlsoInAnotherZoneView() {
        klok.zetOp(LocalDate.of(2025, 3, 30));
        assertThat(LocalDate.now(klok)).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(LocalDate.now(klok.withZone(java.time.ZoneOffset.UTC))).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(klok.isVastgezet()).isTrue();
    }

    @Test
    @Order(3)
    void theNextTestFindsTheClockBackOnSystemTime() {
        assertThat(klok.isVastgezet()).as("reset after the previous test by VerstelbareKlok.Herstellen").isFalse();
        assertThat(LocalDate.now(klok)).isAfter(LocalDate.of(2025, 3, 30));
    }
}
