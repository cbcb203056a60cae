package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.maatwerk.toegang.EigenTijdVoorbeeld;
import org.junit.jupiter.api.Test;

/**
 * One clock (docs/conventies.md, "Tijd: één klok"): main code takes the date and time from the
 * injected {@link java.time.Clock}, so a test can pin a day. The rule fails on a call of
 * {@code now()} of a java.time type without a {@code Clock} argument ({@code now()} or
 * {@code now(ZoneId)}), on {@code System.currentTimeMillis()} (a duration is measured with
 * {@code System.nanoTime()}, which says nothing about the date), and on a class that makes its own
 * system clock.
 */
class KlokTest {

    /** The java.time types whose {@code now(...)} reads the time. */
    private static final Set<String> TIJDTYPEN = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.YearMonth", "java.time.Year",
            "java.time.MonthDay", "java.time.LocalTime");

    /** Places that may read the system time because they count nothing of the law. Stays short; each says why. */
    static final Map<String, String> TECHNISCH = Map.of(
            "nl.maatwerk.platform.Klok", "the one clock of the app: it makes the system clock the others get injected",
            "nl.maatwerk.platform.security.InlogRem", "login throttling per node counts minutes of failed attempts, no date");

    static final ArchRule EEN_KLOK = ArchRuleDefinition.classes().that().resideInAPackage("nl.maatwerk..")
            .should(nemenDeTijdVanDeKlok())
            .because("a test pins a date through the injected Clock; a now() of its own does not move with it (docs/conventies.md)");

    @Test
    void mainCodeTakesDateAndTimeFromTheInjectedClock() {
        JavaClasses klassen = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.maatwerk");
        EEN_KLOK.check(klassen);
    }

    @Test
    void theRuleCatchesNowWithoutAClockAndCurrentTimeMillisButNotNowFromTheClock() {
        JavaClasses voorbeeld = new ClassFileImporter().importClasses(EigenTijdVoorbeeld.class);
        var uitkomst = EEN_KLOK.evaluate(voorbeeld);
        assertThat(uitkomst.hasViolation()).isTrue();
        assertThat(uitkomst.getFailureReport().getDetails()).containsExactlyInAnyOrder(
                "nl.maatwerk.toegang.EigenTijdVoorbeeld calls LocalDate.now()",
                "nl.maatwerk.toegang.EigenTijdVoorbeeld calls LocalDateTime.now(ZoneId)",
                "nl.maatwerk.toegang.EigenTijdVoorbeeld calls YearMonth.now()",
                "nl.maatwerk.toegang.EigenTijdVoorbeeld calls Instant.now()",
                "nl.maatwerk.toegang.EigenTijdVoorbeeld calls System.currentTimeMillis()",
                "nl.maatwerk.toegang.EigenTijdVoorbeeld calls Clock.systemDefaultZone()");
    }

    @Test
    void theTechnicalExceptionsStillExist() {
        JavaClasses klassen = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.maatwerk");
        assertThat(TECHNISCH.keySet()).allSatisfy(naam -> assertThat(klassen.contain(naam)).as(naam).isTrue());
    }

    private static ArchCondition<JavaClass> nemenDeTijdVanDeKlok() {
        return new ArchCondition<>("take date and time only from the injected Clock") {
            @Override
            public void check(JavaClass klasse, ConditionEvents events) {
                String naam = klasse.getName().replaceFirst("\\$.*", "");
                if (TECHNISCH.containsKey(naam)) {
                    return;
                }
                Stream.concat(klasse.getMethodCallsFromSelf().stream(), klasse.getMethodReferencesFromSelf().stream())
                        .map(JavaAccess::getTarget)
                        .filter(KlokTest::leestDeSysteemtijd)
                        .map(KlokTest::beschrijf)
                        .collect(Collectors.toCollection(TreeSet::new))
                        .forEach(aanroep -> events.add(SimpleConditionEvent.violated(klasse, naam + " calls " + aanroep)));
            }
        };
    }

    private static boolean leestDeSysteemtijd(AccessTarget doel) {
        String eigenaar = doel.getOwner().getName();
        String methode = doel.getName();
        if (TIJDTYPEN.contains(eigenaar) && methode.equals("now")) {
            return doel instanceof AccessTarget.CodeUnitAccessTarget c
                    && c.getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(java.time.Clock.class));
        }
        if (eigenaar.equals("java.lang.System")) {
            return methode.equals("currentTimeMillis");
        }
        return eigenaar.equals("java.time.Clock") && Set.of("system", "systemUTC", "systemDefaultZone").contains(methode);
    }

    private static String beschrijf(AccessTarget doel) {
        String parameters = doel instanceof AccessTarget.CodeUnitAccessTarget c
                ? c.getRawParameterTypes().stream().map(JavaClass::getSimpleName).collect(Collectors.joining(", "))
                : "";
        return doel.getOwner().getSimpleName() + "." + doel.getName() + "(" + parameters + ")";
    }

}
