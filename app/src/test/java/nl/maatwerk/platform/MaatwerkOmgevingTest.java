package nl.maatwerk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class MaatwerkOmgevingTest {

    private static final String SLEUTEL = "een-eigen-sleutel-van-ruim-tweeendertig-tekens";

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
        assertThat(na(new MockEnvironment().withProperty("DATABASE_URL", "jdbc:postgresql://db/m")
                .withProperty("MAATWERK_PSEUDONIEM_SLEUTEL", SLEUTEL).withProperty("MAATWERK_LOGBOEK_SLEUTEL", SLEUTEL + "-logboek")).getProperty("maatwerk.demo")).isEqualTo("false");
        assertThat(na(new MockEnvironment().withProperty("DATABASE_URL", "jdbc:postgresql://db/m").withProperty("MAATWERK_DEMO", "true"))
                .getProperty("maatwerk.demo")).isEqualTo("true");
        assertThat(na(new MockEnvironment().withProperty("MAATWERK_DEMO", "false").withProperty("MAATWERK_PSEUDONIEM_SLEUTEL", SLEUTEL).withProperty("MAATWERK_LOGBOEK_SLEUTEL", SLEUTEL + "-logboek"))
                .getProperty("maatwerk.demo")).isEqualTo("false");
    }

    @Test
    void demoModeIsOffWithAKeptDataDirectoryUnlessAskedFor() {
        MockEnvironment bewaard = new MockEnvironment().withProperty("MAATWERK_DATA_DIR", "/srv/maatwerk")
                .withProperty("MAATWERK_PSEUDONIEM_SLEUTEL", SLEUTEL).withProperty("MAATWERK_LOGBOEK_SLEUTEL", SLEUTEL + "-logboek");
        assertThat(na(bewaard).getProperty("maatwerk.demo")).isEqualTo("false");
        assertThat(na(new MockEnvironment().withProperty("MAATWERK_DATA_DIR", "/srv/maatwerk").withProperty("MAATWERK_DEMO", "true"))
                .getProperty("maatwerk.demo")).isEqualTo("true");
    }

    @Test
    void inDemoModeThePseudonymKeyIsThePublicDemoKeyUnlessOneIsGiven() {
        assertThat(na(new MockEnvironment()).getProperty("maatwerk.pseudoniem-sleutel")).isEqualTo("demo-sleutel-alleen-voor-ontwikkeling");
        assertThat(na(new MockEnvironment()).getProperty("maatwerk.logboek.sleutel")).isEqualTo("demo-logboeksleutel-alleen-voor-ontwikkeling");
        assertThat(na(new MockEnvironment().withProperty("MAATWERK_PSEUDONIEM_SLEUTEL", SLEUTEL).withProperty("MAATWERK_LOGBOEK_SLEUTEL", SLEUTEL + "-logboek")).getProperty("maatwerk.pseudoniem-sleutel"))
                .isEqualTo(SLEUTEL);
    }

    @Test
    void outsideDemoModeTheAppRefusesToStartWithoutAKeyOfItsOwn() {
        MockEnvironment zonder = new MockEnvironment().withProperty("DATABASE_URL", "jdbc:postgresql://db/m");
        assertThatThrownBy(() -> na(zonder)).hasMessageContaining("MAATWERK_PSEUDONIEM_SLEUTEL ontbreekt")
                .hasMessageContaining("MAATWERK_LOGBOEK_SLEUTEL ontbreekt");
        MockEnvironment demosleutel = new MockEnvironment().withProperty("MAATWERK_DATA_DIR", "/srv/maatwerk")
                .withProperty("MAATWERK_PSEUDONIEM_SLEUTEL", "demo-sleutel-alleen-voor-ontwikkeling");
        assertThatThrownBy(() -> na(demosleutel)).hasMessageContaining("openbare demowaarde");
        MockEnvironment kort = new MockEnvironment().withProperty("DATABASE_URL", "jdbc:postgresql://db/m")
                .withProperty("maatwerk.pseudoniem-sleutel", "geheim");
        assertThatThrownBy(() -> na(kort)).hasMessageContaining("korter dan 32 tekens");
        MockEnvironment eigen = new MockEnvironment().withProperty("DATABASE_URL", "jdbc:postgresql://db/m")
                .withProperty("MAATWERK_PSEUDONIEM_SLEUTEL", SLEUTEL).withProperty("MAATWERK_LOGBOEK_SLEUTEL", SLEUTEL + "-logboek");
        assertThat(na(eigen).getProperty("maatwerk.pseudoniem-sleutel")).isEqualTo(SLEUTEL);
    }

    @Test
    void jsonLogsOnlyWhenAskedFor() {
        assertThat(na(new MockEnvironment().withProperty("MAATWERK_LOG_JSON", "true")).getProperty("logging.structured.format.console"))
                .isEqualTo("ecs");
        assertThat(na(new MockEnvironment()).getProperty("logging.structured.format.console")).isNull();
    }
}
