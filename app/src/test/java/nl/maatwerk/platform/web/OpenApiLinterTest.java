package nl.maatwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.maatwerk.TweedeContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document passes the NL API Design Rules linter (Spectral with the ruleset of
 * developer.overheid.nl, vendored in test resources) without errors. Spectral comes from npm;
 * {@code .ci/run} installs it. Without it the test is skipped locally and fails in CI.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Execution(ExecutionMode.CONCURRENT) // the second lane of surefire (TweedeContext)
@ResourceLock(TweedeContext.NAAM)
class OpenApiLinterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void theOpenApiDocumentHasNoErrorsUnderTheNlApiDesignRules() throws Exception {
        Optional<Path> spectral = vindSpectral();
        if (spectral.isEmpty()) {
            String melding = "Spectral ontbreekt: installeer het met 'npm install -g @stoplight/spectral-cli' (of draai .ci/run); API-linter overgeslagen";
            if ("true".equals(System.getenv("MAATWERK_CI"))) {
                fail(melding);
            }
            Assumptions.abort(melding);
        }
        String document = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Path map = Files.createDirectories(Path.of("target", "openapi"));
        Path bestand = map.resolve("openapi.json");
        Files.writeString(bestand, document);
        Path regels = map.resolve("nl-api-design-rules.spectral.yaml");
        try (var in = getClass().getResourceAsStream("/openapi/nl-api-design-rules.spectral.yaml")) {
            Files.write(regels, in.readAllBytes());
        }
        Path uitvoer = map.resolve("spectral.json");
        Process p = new ProcessBuilder(spectral.get().toString(), "lint", "-q", "-r", regels.toString(), "-f", "json",
                "-o", uitvoer.toString(), "--fail-severity", "error", bestand.toString())
                .redirectErrorStream(true).redirectOutput(map.resolve("spectral.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("spectral finished").isTrue();
        assertThat(Files.exists(uitvoer)).as("spectral wrote its report; see " + map.resolve("spectral.log")).isTrue();
        List<String> fouten = new ArrayList<>();
        for (JsonNode r : json.readTree(Files.readString(uitvoer))) {
            if (r.path("severity").asInt() == 0) {
                fouten.add(r.path("code").asText() + " at " + r.path("path") + ": " + r.path("message").asText());
            }
        }
        assertThat(fouten).as("errors of the NL API Design Rules linter").isEmpty();
    }

    private static Optional<Path> vindSpectral() {
        String pad = System.getenv().getOrDefault("PATH", "");
        List<String> mappen = new ArrayList<>(List.of(pad.split(File.pathSeparator)));
        mappen.add(System.getProperty("user.home") + "/.local/bin");
        return mappen.stream().map(m -> Path.of(m, "spectral")).filter(Files::isExecutable).findFirst();
    }
}
