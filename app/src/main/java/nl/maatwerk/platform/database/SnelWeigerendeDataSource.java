package nl.maatwerk.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The app's data source, which asks for a connection only while the database can be reached: once it is known to be
 * gone ({@link DatabaseBereikbaarheid}), every use (the session, the login, a scheduled job, a request that was already
 * under way) fails at once with SQLState 08001 and is answered 503, instead of each waiting for the pool's timeout.
 * Everything else goes to the pool underneath, which {@link #unwrap} still hands out (metrics, the logboek's own pool).
 */
final class SnelWeigerendeDataSource extends DelegatingDataSource implements AutoCloseable {

    private final ObjectProvider<DatabaseBereikbaarheid> bereikbaarheid;

    SnelWeigerendeDataSource(DataSource pool, ObjectProvider<DatabaseBereikbaarheid> bereikbaarheid) {
        super(pool);
        this.bereikbaarheid = bereikbaarheid;
    }

    @Override
    public Connection getConnection() throws SQLException {
        weigerAlsOnbereikbaar();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String gebruiker, String wachtwoord) throws SQLException {
        weigerAlsOnbereikbaar();
        return super.getConnection(gebruiker, wachtwoord);
    }

    /** Closes the pool underneath when the context closes (the bean's destroy method). */
    @Override
    public void close() throws Exception {
        if (obtainTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private void weigerAlsOnbereikbaar() throws SQLException {
        DatabaseBereikbaarheid b = bereikbaarheid.getIfAvailable();
        if (b != null && !b.bereikbaar()) {
            throw new SQLTransientConnectionException("De database is onbereikbaar ("
                    + b.storing().map(DatabaseBereikbaarheid.Storing::reden).orElse("") + ")", "08001");
        }
    }

    /** Wraps the bean {@code dataSource}, Spring Boot's (DATABASE_URL) and the embedded one's alike. */
    @Configuration(proxyBeanMethods = false)
    static class Inpakken {

        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        static BeanPostProcessor snelWeigerendeDataSource(ObjectProvider<DatabaseBereikbaarheid> bereikbaarheid) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String naam) {
                    return naam.equals("dataSource") && bean instanceof DataSource pool && !(bean instanceof SnelWeigerendeDataSource)
                            ? new SnelWeigerendeDataSource(pool, bereikbaarheid) : bean;
                }
            };
        }
    }
}
