package nl.maatwerk;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * In every Spring test context (META-INF/spring.factories): a request that holds a connection of the
 * application's pool inside a transaction and asks the pool for a second one fails at once, with the
 * place where it asked. That is how the pool deadlocked in issue 14 (finding 2): with every connection
 * held by a request that waits for one more, nothing moves until the pool's timeout. Every test that
 * runs a request through the application thus also checks that no code path does this, including
 * {@code REQUIRES_NEW} and a {@code DataSource.getConnection()} of its own.
 *
 * <p>Only connections a request took itself count: a test's own thread may well hold a lock in a
 * transaction of its own and then look in the database, or run a MockMvc request inside a test
 * transaction; scheduled jobs and event listeners run outside requests. The Logboek's own connections
 * ({@code LogboekVerbindingen}) are another pool and are not watched.
 */
public final class TweedeVerbindingWachter implements ContextCustomizerFactory {

    private static final List<String> OVERTREDINGEN = Collections.synchronizedList(new ArrayList<>());

    /** A connection of the application's pool this thread holds, with the request it was taken in (null: none). */
    private record Vast(Connection verbinding, Object verzoek) {
    }

    /** The connections of the application's pool this thread holds, oldest first. */
    private static final ThreadLocal<List<Vast>> VASTGEHOUDEN = ThreadLocal.withInitial(ArrayList::new);

    /** What was refused so far, in every context of this test run. */
    public static List<String> overtredingen() {
        synchronized (OVERTREDINGEN) {
            return List.copyOf(OVERTREDINGEN);
        }
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Aanpasser();
    }

    /** The same for every test class, so it leaves the sharing of contexts as it was. */
    private static final class Aanpasser implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return "dataSource".equals(beanName) && bean instanceof DataSource bron ? new Bewaakt(bron) : bean;
                }
            });
        }

        @Override
        public boolean equals(Object ander) {
            return ander instanceof Aanpasser;
        }

        @Override
        public int hashCode() {
            return Aanpasser.class.hashCode();
        }
    }

    /** The application's data source, counting per thread the connections it handed out and not yet got back. */
    static final class Bewaakt extends DelegatingDataSource implements AutoCloseable {

        Bewaakt(DataSource bron) {
            super(bron);
        }

        /** The pool's destroy method ({@code @Bean(destroyMethod = "close")}) still closes the pool. */
        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            controleer();
            return bewaak(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            controleer();
            return bewaak(super.getConnection(username, password));
        }

        private static void controleer() throws SQLException {
            Object verzoek = verzoek();
            if (verzoek == null) {
                return;
            }
            for (Vast vast : VASTGEHOUDEN.get()) {
                Connection c = vast.verbinding();
                // Only what this request took: a test that wraps a MockMvc call in a transaction of its own is no request doing so.
                if (vast.verzoek() == verzoek && !c.isClosed() && !c.getAutoCommit()) {
                    IllegalStateException fout = new IllegalStateException("Een verzoek vraagt een tweede verbinding van de pool terwijl "
                            + "het er al een in een transactie vasthoudt (issue 14): met een volle pool wacht zo alles op elkaar.");
                    java.io.StringWriter plek = new java.io.StringWriter();
                    fout.printStackTrace(new java.io.PrintWriter(plek));
                    OVERTREDINGEN.add(plek.toString());
                    throw fout;
                }
            }
        }

        /** The request this thread works for, as the servlet container handed it in (under every wrapper); null outside one. */
        private static Object verzoek() {
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributen)) {
                return null;
            }
            ServletRequest verzoek = attributen.getRequest();
            while (verzoek instanceof ServletRequestWrapper omhulsel) {
                verzoek = omhulsel.getRequest();
            }
            return verzoek;
        }

        private static Connection bewaak(Connection verbinding) {
            List<Vast> vast = VASTGEHOUDEN.get();
            Vast deze = new Vast(verbinding, verzoek());
            vast.add(deze);
            InvocationHandler handler = new InvocationHandler() {
                @Override
                public Object invoke(Object proxy, Method methode, Object[] args) throws Throwable {
                    switch (methode.getName()) {
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "getTargetConnection":
                            return verbinding;
                        case "close":
                            vast.remove(deze);
                            break;
                        default:
                            break;
                    }
                    try {
                        return methode.invoke(verbinding, args);
                    } catch (InvocationTargetException e) {
                        throw e.getTargetException();
                    }
                }
            };
            return (Connection) Proxy.newProxyInstance(TweedeVerbindingWachter.class.getClassLoader(),
                    new Class<?>[] {ConnectionProxy.class}, handler);
        }
    }
}
