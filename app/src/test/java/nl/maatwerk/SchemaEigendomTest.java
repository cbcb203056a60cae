package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.StringEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatwerk.toegang.VreemdSchemaVoorbeeld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Each module owns its data (issue 12, ADR 0013): its tables live in a PostgreSQL schema named after
 * the module, and its SQL names no other module's schema. What another module needs goes through the
 * owner's Java API or an event. The rule reads the string constants of every compiled class (SQL in
 * text blocks and literals ends up there) and fails on a table or function of a foreign schema.
 */
@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class SchemaEigendomTest {

    /** Every schema a module owns; {@code public} holds only Flyway's history and belongs to no module. */
    static final Set<String> SCHEMAS = Set.of("platform", "inwoner", "logboek", "demo", "toegang", "besluit", "thermometer",
            "prioriteit", "regelbeheer", "dossier", "taak", "mijn", "waardering", "knelpunt", "watals", "samenhang", "socialekaart", "public");

    /** A schema-qualified name after a SQL keyword (a table) or before a parenthesis (a function). */
    private static final Pattern GEKWALIFICEERD = Pattern.compile(
            "(?i)(?:\\b(?:from|join|into|update|table|references|copy|select|exists)\\s+|,\\s*)(" + String.join("|", SCHEMAS)
                    + ")\\.([a-z_]+)|\\b(" + String.join("|", SCHEMAS) + ")\\.([a-z_]+)\\s*\\(");

    static final ArchRule ALLEEN_EIGEN_SCHEMA = ArchRuleDefinition.classes().that().resideInAPackage("nl.maatwerk.(*)..")
            .should(noemAlleenHetEigenSchema())
            .because("a module reads and writes only its own schema; other data comes through the owner's API or events (ADR 0013)");

    @Test
    void everyModulesSqlNamesOnlyItsOwnSchema() {
        JavaClasses klassen = Hoofdcode.klassen();
        ALLEEN_EIGEN_SCHEMA.check(klassen);
    }

    @Test
    void theRuleCatchesAQueryOnAnotherModulesSchema() {
        JavaClasses voorbeeld = new ClassFileImporter().importClasses(VreemdSchemaVoorbeeld.class);
        var uitkomst = ALLEEN_EIGEN_SCHEMA.evaluate(voorbeeld);
        assertThat(uitkomst.hasViolation()).isTrue();
        assertThat(uitkomst.getFailureReport().getDetails()).singleElement().asString()
                .contains("toegang", "inwoner.huishouden").doesNotContain("toegang.hulpvraag");
    }

    private static ArchCondition<JavaClass> noemAlleenHetEigenSchema() {
        return new ArchCondition<>("name only the schema of its own module in SQL") {
            @Override
            public void check(JavaClass klasse, ConditionEvents events) {
                String module = klasse.getPackageName().substring("nl.maatwerk.".length()).split("\\.")[0];
                if ("regels".equals(module)) {
                    return; // the rules library holds no SQL and is no module
                }
                for (String tekst : tekstconstanten(klasse)) {
                    Matcher m = GEKWALIFICEERD.matcher(tekst);
                    while (m.find()) {
                        String schema = m.group(1) != null ? m.group(1) : m.group(3);
                        String naam = m.group(2) != null ? m.group(2) : m.group(4);
                        if (!schema.equalsIgnoreCase(module)) {
                            events.add(SimpleConditionEvent.violated(klasse, "%s (module %s) names %s.%s".formatted(
                                    klasse.getName(), module, schema.toLowerCase(), naam)));
                        }
                    }
                }
            }
        };
    }

    /** The string constants in a class file: literals, text blocks and the fixed parts of concatenations (KlokTest reads them too). */
    static List<String> tekstconstanten(JavaClass klasse) {
        String bestand = "/" + klasse.getName().replace('.', '/') + ".class";
        try (InputStream in = klasse.reflect().getResourceAsStream(bestand.substring(bestand.lastIndexOf('/') + 1))) {
            List<String> teksten = new ArrayList<>();
            for (PoolEntry e : ClassFile.of().parse(in.readAllBytes()).constantPool()) {
                if (e instanceof StringEntry s) {
                    teksten.add(s.stringValue());
                }
            }
            return teksten;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
