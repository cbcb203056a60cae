package nl.maatwerk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.maatwerk.logboek.InternVoorbeeld;
import nl.maatwerk.logboek.OngebruikteApiVoorbeeld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.NamedInterface;

/**
 * Small module APIs (issue 12, ADR 0013). In Spring Modulith every public type in a module's root
 * package is that module's API (its unnamed named interface), so public is a promise to the other
 * modules. The rule keeps that promise small: a public type in a root package is used by another
 * module (or is an event the module publishes, with the types it carries); a type that is public only
 * because the module's own sub-packages ({@code web}, {@code rest}, {@code opslag}, …) need it is
 * marked {@code @NamedInterface("intern")}; anything else is package-private. No module uses another
 * module's intern types, nested types included ({@code ModulesTest} checks the top-level ones through
 * each module's {@code allowedDependencies}, which name only the unnamed interface and the
 * {@code demo} interfaces).
 */
@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class ModuleApiTest {

    /** The named interface for types only the module's own sub-packages may use. */
    static final String INTERN = "intern";

    /**
     * Public root types no other module uses that stay as they are for now, each with the reason.
     * Only shrinks: {@link #theListOfWhatIsStillOpenHoldsOnlyWhatTheRuleStillReports} fails on an entry
     * the rule no longer reports.
     */
    static final Map<String, String> NOG_OPEN = Map.of();

    private static final JavaClasses KLASSEN = Hoofdcode.klassen();

    static final ArchRule KLEINE_API = kleineApi(NOG_OPEN);

    @Test
    void everyPublicRootTypeIsUsedByAnotherModuleAndNoModuleUsesAnothersInternals() {
        KLEINE_API.check(KLASSEN);
    }

    @Test
    void theRuleCatchesAnUnusedPublicTypeAndAnotherModuleUsingAnInternalType() throws ClassNotFoundException {
        JavaClasses voorbeelden = new ClassFileImporter().importClasses(OngebruikteApiVoorbeeld.class, InternVoorbeeld.class,
                InternVoorbeeld.Deel.class, Class.forName("nl.maatwerk.toegang.InternGebruikVoorbeeld"));
        var uitkomst = KLEINE_API.evaluate(voorbeelden);
        assertThat(uitkomst.getFailureReport().getDetails()).containsExactlyInAnyOrder(
                "nl.maatwerk.logboek.OngebruikteApiVoorbeeld is public in the root package of logboek, so it is that module's API, "
                        + "but no other module uses it: make it package-private",
                "nl.maatwerk.logboek.InternVoorbeeld is @NamedInterface(\"intern\") but no sub-package of logboek uses it: "
                        + "make it package-private",
                "nl.maatwerk.toegang.InternGebruikVoorbeeld uses nl.maatwerk.logboek.InternVoorbeeld$Deel, which is internal to "
                        + "module logboek (@NamedInterface(\"intern\"))");
    }

    @Test
    void theListOfWhatIsStillOpenHoldsOnlyWhatTheRuleStillReports() {
        var zonderLijst = kleineApi(Map.of()).evaluate(KLASSEN).getFailureReport().getDetails();
        assertThat(NOG_OPEN.keySet()).allSatisfy(naam -> assertThat(zonderLijst).as(naam).anyMatch(d -> d.startsWith(naam + " ")));
    }

    @Test
    void everyModuleNamesWhatItMayUseAndNoneMayUseAnothersInternals() {
        Set<String> modules = new TreeSet<>();
        KLASSEN.stream().map(k -> module(k.getPackageName())).filter(m -> m != null && !m.isEmpty() && !m.equals("regels"))
                .forEach(modules::add);
        assertThat(modules).hasSizeGreaterThanOrEqualTo(10);
        for (String module : modules) {
            ApplicationModule aantekening;
            try {
                aantekening = Class.forName("nl.maatwerk." + module + ".package-info").getAnnotation(ApplicationModule.class);
            } catch (ClassNotFoundException e) {
                aantekening = null;
            }
            assertThat(aantekening).as("@ApplicationModule(allowedDependencies = ...) in the package-info of " + module).isNotNull();
            assertThat(aantekening.allowedDependencies()).as(module).doesNotContain(ApplicationModule.OPEN_TOKEN)
                    .noneMatch(d -> d.endsWith("::" + INTERN) || d.endsWith("::*"));
        }
    }

    static ArchRule kleineApi(Map<String, String> nogOpen) {
        return ArchRuleDefinition.classes().should(new KleineApi(nogOpen))
                .because("public in a module's root package is a promise to the other modules; what only the module itself needs "
                        + "is package-private or @NamedInterface(\"intern\") (ADR 0013)");
    }

    /** The module of a package: its first segment under {@code nl.maatwerk}; "" for the root package, null outside. */
    static String module(String pakket) {
        if (pakket.equals("nl.maatwerk")) {
            return "";
        }
        return pakket.startsWith("nl.maatwerk.") ? pakket.substring("nl.maatwerk.".length()).split("\\.")[0] : null;
    }

    static boolean isIntern(JavaClass klasse) {
        return klasse.tryGetAnnotationOfType(NamedInterface.class)
                .map(a -> Stream.concat(Arrays.stream(a.value()), Arrays.stream(a.name())).anyMatch(INTERN::equals)).orElse(false);
    }

    private static JavaClass buitenste(JavaClass klasse) {
        JavaClass k = klasse.isArray() ? klasse.getBaseComponentType() : klasse;
        while (k.getEnclosingClass().isPresent()) {
            k = k.getEnclosingClass().get();
        }
        return k;
    }

    private static final class KleineApi extends ArchCondition<JavaClass> {

        private final Map<String, String> nogOpen;
        /** Per top-level type: the top-level types that use it or one of its nested types. */
        private final Map<JavaClass, Set<JavaClass>> gebruikers = new HashMap<>();
        /** Events published in the method that builds them, and the types they carry. */
        private final Set<JavaClass> gebeurtenissen = new HashSet<>();

        KleineApi(Map<String, String> nogOpen) {
            super("be used by another module when public in a module's root package, and use no other module's intern types");
            this.nogOpen = nogOpen;
        }

        @Override
        public void init(Collection<JavaClass> alle) {
            for (JavaClass klasse : alle) {
                JavaClass van = buitenste(klasse);
                klasse.getDirectDependenciesFromSelf().forEach(d -> gebruikt(van, d.getTargetClass()));
                // A type only in a generic return type (Optional<X>) leaves no other trace in the byte code of its user.
                klasse.getMethodCallsFromSelf().forEach(c -> c.getTarget().resolveMember()
                        .ifPresent(m -> typeargumenten(m.getReturnType()).forEach(t -> gebruikt(van, t))));
                for (JavaCodeUnit code : klasse.getCodeUnits()) {
                    boolean publiceert = code.getMethodCallsFromSelf().stream().anyMatch(c -> c.getName().equals("publishEvent")
                            && c.getTargetOwner().getName().equals("org.springframework.context.ApplicationEventPublisher"));
                    if (publiceert) {
                        code.getConstructorCallsFromSelf().forEach(c -> {
                            gebeurtenissen.add(c.getTargetOwner());
                            c.getTargetOwner().getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                                    .forEach(m -> gebeurtenissen.add(buitenste(m.getRawReturnType())));
                        });
                    }
                }
            }
        }

        private void gebruikt(JavaClass van, JavaClass doel) {
            JavaClass d = buitenste(doel);
            if (!d.equals(van)) {
                gebruikers.computeIfAbsent(d, k -> new HashSet<>()).add(van);
            }
        }

        private static Stream<JavaClass> typeargumenten(JavaType type) {
            return type instanceof JavaParameterizedType p
                    ? p.getActualTypeArguments().stream().flatMap(a -> Stream.concat(Stream.of(a.toErasure()), typeargumenten(a)))
                    : Stream.empty();
        }

        @Override
        public void check(JavaClass klasse, ConditionEvents events) {
            String module = module(klasse.getPackageName());
            if (module == null || module.isEmpty() || module.equals("regels")) {
                return;
            }
            gebruiktGeenInterneTypenVanAnderen(klasse, module, events);
            if (!klasse.isTopLevelClass() || !klasse.getModifiers().contains(JavaModifier.PUBLIC)
                    || !klasse.getPackageName().equals("nl.maatwerk." + module) || klasse.getSimpleName().equals("package-info")) {
                return;
            }
            Set<JavaClass> wie = gebruikers.getOrDefault(klasse, Set.of());
            boolean andereModule = wie.stream().anyMatch(g -> !module.equals(module(g.getPackageName())));
            List<String> subpakketten = wie.stream().filter(g -> module.equals(module(g.getPackageName())))
                    .map(JavaClass::getPackageName).filter(p -> !p.equals(klasse.getPackageName())).distinct().sorted().toList();
            if (isIntern(klasse)) {
                if (subpakketten.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(klasse, "%s is @NamedInterface(\"intern\") but no sub-package of %s uses it: "
                            .formatted(klasse.getName(), module) + "make it package-private"));
                }
            } else if (!andereModule && !gebeurtenissen.contains(klasse) && !nogOpen.containsKey(klasse.getName())) {
                events.add(SimpleConditionEvent.violated(klasse, "%s is public in the root package of %s, so it is that module's API, but "
                        .formatted(klasse.getName(), module) + (subpakketten.isEmpty()
                        ? "no other module uses it: make it package-private"
                        : "only its own sub-packages use it (%s): mark it @NamedInterface(\"intern\")".formatted(
                                String.join(", ", subpakketten)))));
            }
        }

        private static void gebruiktGeenInterneTypenVanAnderen(JavaClass klasse, String module, ConditionEvents events) {
            klasse.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass().isArray()
                            ? d.getTargetClass().getBaseComponentType() : d.getTargetClass())
                    .filter(doel -> {
                        String andere = module(doel.getPackageName());
                        return andere != null && !andere.isEmpty() && !andere.equals(module) && isIntern(buitenste(doel));
                    })
                    .map(JavaClass::getName).distinct().sorted()
                    .forEach(doel -> events.add(SimpleConditionEvent.violated(klasse, "%s uses %s, which is internal to module %s "
                            .formatted(klasse.getName(), doel, module(doel.substring(0, doel.lastIndexOf('.'))))
                            + "(@NamedInterface(\"intern\"))")));
        }
    }
}
