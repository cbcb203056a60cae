package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which JIT the started JVM gets: C1 only for the throwaway demo start, the full JIT for anything that keeps its data. */
class AotStartTest {

    private static final String[] GEEN = {};

    @Test
    void theThrowawayDemoStartCompilesWithC1Only() {
        assertThat(AotStart.jitVoorDemo(List.of(), Map.of(), new String[] {"--server.port=8080"})).containsExactly("-XX:TieredStopAtLevel=1");
        assertThat(AotStart.jitVoorDemo(List.of("-Xmx1g"), Map.of("DATABASE_URL", ""), GEEN)).containsExactly("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aStartWithItsOwnDatabaseOrDataDirectoryKeepsTheFullJit() {
        assertThat(AotStart.jitVoorDemo(List.of(), Map.of("DATABASE_URL", "jdbc:postgresql://db/maatwerk"), GEEN)).isEmpty();
        assertThat(AotStart.jitVoorDemo(List.of(), Map.of("MAATWERK_DATA_DIR", "/var/lib/maatwerk"), GEEN)).isEmpty();
        assertThat(AotStart.jitVoorDemo(List.of(), Map.of(), new String[] {"--spring.datasource.url=jdbc:postgresql://db/m"})).isEmpty();
    }

    @Test
    void jvmOptionsThatChooseACompilerSettingAreLeftAlone() {
        assertThat(AotStart.jitVoorDemo(List.of("-XX:TieredStopAtLevel=4"), Map.of(), GEEN)).isEmpty();
        assertThat(AotStart.jitVoorDemo(List.of("-XX:-TieredCompilation"), Map.of(), GEEN)).isEmpty();
    }
}
