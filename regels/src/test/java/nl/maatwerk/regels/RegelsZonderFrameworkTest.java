package nl.maatwerk.regels;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class RegelsZonderFrameworkTest {

    @Test
    void rulesLibraryUsesNoFrameworkAndNoDatabase() {
        var klassen = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.maatwerk.regels");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
                .allowEmptyShould(false)
                .check(klassen);
    }
}
