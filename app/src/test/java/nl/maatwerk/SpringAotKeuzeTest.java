package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;


import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** When a start may use the bean definitions Spring AOT made at build time: only in the situation the build saw. */
@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class SpringAotKeuzeTest {

    @Test
    void theContractsDemoStartWithAPortAndLogLevelsUsesTheBuildsDefinitions() {
        assertThat(SpringAotKeuze.verschillenMetDeBuild(demostart(Map.of("server.port", "8080", "logging.level.root", "WARN"),
                Map.of("MAATWERK_DEMO", "true", "DATABASE_URL", "", "PATH", "/usr/bin")))).isEmpty();
    }

    @Test
    void anOwnDatabaseOidcAProfileOrNoDemoModeStartsWithoutThem() {
        assertThat(SpringAotKeuze.verschillenMetDeBuild(demostart(Map.of(), Map.of("DATABASE_URL", "jdbc:postgresql://db/maatwerk"))))
                .contains("DATABASE_URL (een eigen database)");
        assertThat(SpringAotKeuze.verschillenMetDeBuild(demostart(Map.of("maatwerk.oidc.issuer-uri", "https://idp"), Map.of())))
                .contains("OIDC ingesteld");
        assertThat(SpringAotKeuze.verschillenMetDeBuild(demostart(Map.of("maatwerk.digid.issuer-uri", "https://digid-broker"), Map.of())))
                .contains("DigiD ingesteld");
        StandardEnvironment profiel = demostart(Map.of(), Map.of());
        profiel.setActiveProfiles("acceptatie");
        assertThat(SpringAotKeuze.verschillenMetDeBuild(profiel)).contains("profielen acceptatie");
        StandardEnvironment geenDemo = demostart(Map.of(), Map.of());
        geenDemo.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", Map.of("maatwerk.demo", "false")));
        assertThat(SpringAotKeuze.verschillenMetDeBuild(geenDemo)).contains("geen demomodus");
    }

    @Test
    void settingsThatCanSwitchSpringOrLibraryBeansOnOrOffStartWithoutThem() {
        assertThat(SpringAotKeuze.verschillenMetDeBuild(demostart(Map.of("server.forward-headers-strategy", "framework"), Map.of())))
                .containsExactly("server.forward-headers-strategy");
        assertThat(SpringAotKeuze.verschillenMetDeBuild(demostart(Map.of(), Map.of("SPRINGDOC_API_DOCS_ENABLED", "false"))))
                .containsExactly("SPRINGDOC_API_DOCS_ENABLED");
        assertThat(SpringAotKeuze.verschillenMetDeBuild(demostart(Map.of("management.server.port", "9090"), Map.of()))).hasSize(1);
    }

    @Test
    void aConfigurationFileOutsideTheJarStartsWithoutThem() {
        StandardEnvironment omgeving = demostart(Map.of(), Map.of());
        var bestand = properties("maatwerk.naam", "Demostad");
        omgeving.getPropertySources().addLast(new PropertiesPropertySource(
                "Config resource 'file [config/application.properties]' via location 'optional:file:./config/'", bestand));
        assertThat(SpringAotKeuze.verschillenMetDeBuild(omgeving)).singleElement().asString().startsWith("instellingen uit Config resource 'file");
    }

    @Test
    void aStartFromAClassesDirectoryNeverUsesGeneratedCodeThatAnEarlierPackageMayHaveLeft() {
        // spring-boot:run and this test run from target/classes, where a package may have left AOT code of older classes.
        new SpringAotKeuze().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], demostart(Map.of(), Map.of())));
        assertThat(System.getProperty(SpringAotKeuze.EIGENSCHAP)).isNull();
    }

    @Test
    void everyConditionOnASettingOfTheAppNamesASettingTheChoiceChecks() {
        Set<String> genoemd = new TreeSet<>();
        Pattern instelling = Pattern.compile("\\$\\{([^:}]+)");
        for (JavaClass klasse : Hoofdcode.klassen()) {
            List<AnnotatedElement> elementen = new ArrayList<>(List.of(klasse.reflect()));
            klasse.getMethods().forEach(m -> elementen.add(m.reflect()));
            for (AnnotatedElement element : elementen) {
                ConditionalOnProperty eigenschap = element.getAnnotation(ConditionalOnProperty.class);
                if (eigenschap != null) {
                    genoemd.addAll(List.of(eigenschap.name()));
                    genoemd.addAll(List.of(eigenschap.value()));
                }
                ConditionalOnExpression uitdrukking = element.getAnnotation(ConditionalOnExpression.class);
                if (uitdrukking != null) {
                    instelling.matcher(uitdrukking.value()).results().forEach(r -> genoemd.add(r.group(1)));
                }
            }
        }
        assertThat(genoemd).as("a new condition on a setting must be checked by SpringAotKeuze, or the demo start ignores it")
                .isNotEmpty().isSubsetOf(SpringAotKeuze.BEPALENDE_INSTELLINGEN);
    }

    /** An environment like main's: command line, (no extra) system properties, environment variables, the derived demo. */
    private static StandardEnvironment demostart(Map<String, Object> opdrachtregel, Map<String, Object> omgevingsvariabelen) {
        StandardEnvironment omgeving = new StandardEnvironment();
        omgeving.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        omgeving.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        omgeving.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", opdrachtregel));
        omgeving.getPropertySources().addLast(new SystemEnvironmentPropertySource("systemEnvironment", omgevingsvariabelen));
        omgeving.getPropertySources().addLast(new PropertiesPropertySource("Config resource 'class path resource [application.properties]'"
                + " via location 'optional:classpath:/'", properties("spring.application.name", "maatwerk")));
        omgeving.getPropertySources().addLast(new MapPropertySource("maatwerkOmgeving", Map.of("maatwerk.demo",
                omgevingsvariabelen.getOrDefault("DATABASE_URL", "").toString().isBlank() ? "true" : "false")));
        return omgeving;
    }

    private static Properties properties(String sleutel, String waarde) {
        var p = new Properties();
        p.setProperty(sleutel, waarde);
        return p;
    }
}
