package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class MaatwerkOmgevingTest {

    private static MockEnvironment na(MockEnvironment omgeving) {
        new MaatwerkOmgeving().postProcessEnvironment(omgeving, new SpringApplication());
        return omgeving;
    }

    @Test
    void demoModeIsOnWithTheEmbeddedDatabase() {
        assertThat(na(new MockEnvironment()).getProperty("maatwerk.demo")).isEqualTo("true");
    }

    @Test
    void demoModeIsOffWithAnExternalDatabaseUnlessAskedFor() {
        assertThat(na(new MockEnvironment().withProperty("DATABASE_URL", "jdbc:postgresql://db/m")).getProperty("maatwerk.demo"))
                .isEqualTo("false");
        assertThat(na(new MockEnvironment().withProperty("DATABASE_URL", "jdbc:postgresql://db/m").withProperty("MAATWERK_DEMO", "true"))
                .getProperty("maatwerk.demo")).isEqualTo("true");
        assertThat(na(new MockEnvironment().withProperty("MAATWERK_DEMO", "false")).getProperty("maatwerk.demo")).isEqualTo("false");
    }

    @Test
    void jsonLogsOnlyWhenAskedFor() {
        assertThat(na(new MockEnvironment().withProperty("MAATWERK_LOG_JSON", "true")).getProperty("logging.structured.format.console"))
                .isEqualTo("ecs");
        assertThat(na(new MockEnvironment()).getProperty("logging.structured.format.console")).isNull();
    }
}
