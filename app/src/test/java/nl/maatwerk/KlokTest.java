package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.maatwerk.platform.Klok;
import nl.maatwerk.toegang.DatabasetijdVoorbeeld;
import nl.maatwerk.toegang.EigenTijdVoorbeeld;
import nl.maatwerk.toegang.EigenZoneVoorbeeld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * One clock (docs/conventies.md, "Tijd: één klok"): main code takes the date and time from the
 * injected {@link java.time.Clock}, so a test can pin a day. The rule fails on a call of
 * {@code now()} of a java.time type without a {@code Clock} argument ({@code now()} or
 * {@code now(ZoneId)}), on {@code System.currentTimeMillis()} (a duration is measured with
 * {@code System.nanoTime()}, which says nothing about the date), and on a class that makes its own
 * system clock. Two rules read what that one misses, from the string constants of the compiled
 * classes (as {@link SchemaEigendomTest} does): SQL that takes the time from the database
 * ({@code now()}, {@code current_date} and the like) instead of a parameter from the clock, and a
 * copy of the one zone {@link Klok#ZONE} (a zone constant of its own, or the zone's name). A
 * template shows a moment in the model's {@code tijdzone}, never in a zone it names itself.
 */
@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
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

    /**
     * PostgreSQL's own date and time: a statement that reads it does not move with a pinned clock and
     * counts by the database server's clock instead of the app's. A technical timestamp that nobody
     * counts with may come from a column default in a migration, never from the app's SQL.
     */
    private static final Pattern DATABASETIJD = Pattern.compile(
            "(?i)\\b(?:(now|statement_timestamp|clock_timestamp|transaction_timestamp|timeofday)\\s*\\(\\s*\\)"
                    + "|(current_date|current_timestamp|current_time|localtimestamp|localtime)\\b)");

    static final ArchRule GEEN_DATABASETIJD = ArchRuleDefinition.classes().that().resideInAPackage("nl.maatwerk..")
            .should(nemenDeTijdNietUitDeDatabase())
            .because("SQL gets the moment or the day from the injected Clock as a parameter, so a test can pin it (docs/conventies.md)");

    /** The one class that may name the zone and hold it in a constant. */
    private static final String DE_KLOK = Klok.class.getName();

    static final ArchRule EEN_ZONE = ArchRuleDefinition.classes().that().resideInAPackage("nl.maatwerk..")
            .should(gebruikenDeEneZone())
            .because("the app has one time zone, Klok.ZONE; a copy can drift from it unnoticed (docs/conventies.md)");

    @Test
    void mainCodeTakesDateAndTimeFromTheInjectedClock() {
        EEN_KLOK.check(hoofdcode());
    }

    @Test
    void sqlInMainCodeTakesNoTimeFromTheDatabase() {
        GEEN_DATABASETIJD.check(hoofdcode());
    }

    @Test
    void mainCodeHasOneTimeZoneKlokZone() {
        EEN_ZONE.check(hoofdcode());
    }

    @Test
    void templatesShowMomentsInTheModelsZoneAndNameNoZoneThemselves() throws IOException, URISyntaxException {
        Path sjablonen = Path.of(Objects.requireNonNull(KlokTest.class.getResource("/templates")).toURI());
        List<String> kopieen;
        try (Stream<Path> bestanden = Files.walk(sjablonen)) {
            kopieen = bestanden.filter(b -> b.toString().endsWith(".html"))
                    .flatMap(b -> zonesInSjabloon(lees(b)).stream().map(z -> sjablonen.relativize(b) + " names " + z))
                    .toList();
        }
        assertThat(kopieen).as("use ${tijdzone} (platform.web.PaginaModel puts Klok.ZONE there for every page)").isEmpty();
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
    void theSqlRuleCatchesTheDatabasesTimeInAnyCaseButNotAParameter() {
        var uitkomst = GEEN_DATABASETIJD.evaluate(new ClassFileImporter().importClasses(DatabasetijdVoorbeeld.class));
        assertThat(uitkomst.hasViolation()).isTrue();
        assertThat(uitkomst.getFailureReport().getDetails()).containsExactlyInAnyOrder(
                "nl.maatwerk.toegang.DatabasetijdVoorbeeld takes the time from the database in SQL: now()",
                "nl.maatwerk.toegang.DatabasetijdVoorbeeld takes the time from the database in SQL: current_date",
                "nl.maatwerk.toegang.DatabasetijdVoorbeeld takes the time from the database in SQL: current_timestamp",
                "nl.maatwerk.toegang.DatabasetijdVoorbeeld takes the time from the database in SQL: localtimestamp");
    }

    @Test
    void theZoneRuleCatchesAZoneConstantOfItsOwnAndTheZonesNameButNotUtcOrKlokZone() {
        var uitkomst = EEN_ZONE.evaluate(new ClassFileImporter().importClasses(EigenZoneVoorbeeld.class));
        assertThat(uitkomst.hasViolation()).isTrue();
        assertThat(uitkomst.getFailureReport().getDetails()).containsExactlyInAnyOrder(
                "nl.maatwerk.toegang.EigenZoneVoorbeeld declares a zone constant of its own: NL (Europe/Amsterdam)",
                "nl.maatwerk.toegang.EigenZoneVoorbeeld declares a zone constant of its own: ZONE (Europe/Amsterdam)",
                "nl.maatwerk.toegang.EigenZoneVoorbeeld names the zone Europe/Amsterdam itself");
        assertThat(EEN_ZONE.evaluate(new ClassFileImporter().importClasses(Klok.class)).hasViolation()).as("the one zone itself").isFalse();
    }

    @Test
    void theTemplateRuleCatchesAZoneATemplateMakesItself() {
        assertThat(zonesInSjabloon("<td th:text=\"${#temporals.format(r.op().atZone(T(java.time.ZoneId).of('Europe/Amsterdam')), 'd MMMM')}\">"))
                .containsExactly("T(java.time.ZoneId)", "Europe/Amsterdam");
        assertThat(zonesInSjabloon("<td th:text=\"${#temporals.format(r.op().atZone(tijdzone), 'd MMMM yyyy')}\">")).isEmpty();
    }

    @Test
    void theTechnicalExceptionsStillExist() {
        JavaClasses klassen = hoofdcode();
        assertThat(TECHNISCH.keySet()).allSatisfy(naam -> assertThat(klassen.contain(naam)).as(naam).isTrue());
    }

    private static JavaClasses hoofdcode() {
        return Hoofdcode.klassen();
    }

    private static ArchCondition<JavaClass> nemenDeTijdNietUitDeDatabase() {
        return new ArchCondition<>("take no date or time from the database in SQL") {
            @Override
            public void check(JavaClass klasse, ConditionEvents events) {
                Set<String> gevonden = new TreeSet<>();
                for (String tekst : SchemaEigendomTest.tekstconstanten(klasse)) {
                    Matcher m = DATABASETIJD.matcher(tekst);
                    while (m.find()) {
                        gevonden.add(m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) + "()" : m.group(2).toLowerCase(Locale.ROOT));
                    }
                }
                gevonden.forEach(f -> events.add(SimpleConditionEvent.violated(klasse,
                        klasse.getName() + " takes the time from the database in SQL: " + f)));
            }
        };
    }

    private static ArchCondition<JavaClass> gebruikenDeEneZone() {
        return new ArchCondition<>("use the one zone Klok.ZONE, not a copy") {
            @Override
            public void check(JavaClass klasse, ConditionEvents events) {
                if (klasse.getName().equals(DE_KLOK)) {
                    return;
                }
                klasse.getFields().stream()
                        .filter(v -> v.getModifiers().contains(JavaModifier.STATIC) && v.getRawType().isAssignableTo(ZoneId.class))
                        .filter(v -> Klok.ZONE.equals(waarde(v)))
                        .map(JavaField::getName).sorted()
                        .forEach(v -> events.add(SimpleConditionEvent.violated(klasse,
                                klasse.getName() + " declares a zone constant of its own: " + v + " (" + Klok.ZONE.getId() + ")")));
                if (SchemaEigendomTest.tekstconstanten(klasse).stream().anyMatch(t -> t.contains(Klok.ZONE.getId()))) {
                    events.add(SimpleConditionEvent.violated(klasse, klasse.getName() + " names the zone " + Klok.ZONE.getId() + " itself"));
                }
            }
        };
    }

    /** The value of a static field (reading it initialises its class, which these few classes allow). */
    private static Object waarde(JavaField veld) {
        try {
            java.lang.reflect.Field f = veld.reflect();
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(veld.getFullName(), e);
        }
    }

    /** What in a template makes a zone of its own: the zone's name or a {@code ZoneId} made there. */
    static List<String> zonesInSjabloon(String sjabloon) {
        return Stream.of("T(java.time.ZoneId)", "T(java.time.ZoneOffset)", Klok.ZONE.getId()).filter(sjabloon::contains).toList();
    }

    private static String lees(Path bestand) {
        try {
            return Files.readString(bestand);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
