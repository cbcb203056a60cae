package nl.maatwerk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's own classes (nl.maatwerk, tests left out) as ArchUnit sees them, imported once
 * per test JVM. A dozen architecture tests read them; importing them each time cost a few seconds of
 * CPU per test on this 2-core machine. {@link JavaClasses} is immutable, so sharing it is safe.
 */
public final class Hoofdcode {

    private Hoofdcode() {
    }

    private static final class Eenmaal {
        static final JavaClasses KLASSEN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.maatwerk");
    }

    public static JavaClasses klassen() {
        return Eenmaal.KLASSEN;
    }
}
