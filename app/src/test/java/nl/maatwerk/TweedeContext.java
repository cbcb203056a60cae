package nl.maatwerk;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The second lane of the Spring tests in surefire. The test classes with a Spring context share one context and its
 * database, so they run one after another; on two cores that left one core idle for most of the stage. A class marked
 *
 * <pre>{@code
 * @Execution(ExecutionMode.CONCURRENT)
 * @ResourceLock(TweedeContext.NAAM)
 * }</pre>
 *
 * gets a context of its own (with its own embedded PostgreSQL and demo city, so it never sees what the first lane's
 * tests write), shared with the other classes so marked; the lock keeps those after one another, and the two lanes run
 * side by side (app/pom.xml, docs/performance.md). Registered in META-INF/spring.factories.
 */
public final class TweedeContext implements ContextCustomizerFactory {

    /** The lock the classes of the second lane hold; also what puts them in the second context. */
    public static final String NAAM = "tweede-testcontext";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return inTweedeBaan(testClass) ? new Baan() : null;
    }

    static boolean inTweedeBaan(Class<?> testClass) {
        Class<?> klasse = testClass;
        while (klasse != null) {
            if (Arrays.stream(klasse.getAnnotationsByType(ResourceLock.class)).anyMatch(s -> NAAM.equals(s.value()))) {
                return true;
            }
            klasse = TestContextAnnotationUtils.searchEnclosingClass(klasse) ? klasse.getEnclosingClass() : null;
        }
        return false;
    }

    /** Changes nothing in the context; being part of its key is what makes the context a different one. */
    private static final class Baan implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        }

        @Override
        public boolean equals(Object ander) {
            return ander instanceof Baan;
        }

        @Override
        public int hashCode() {
            return NAAM.hashCode();
        }
    }
}
