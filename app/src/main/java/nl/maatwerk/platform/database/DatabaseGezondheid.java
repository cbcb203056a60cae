package nl.maatwerk.platform.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}, in place of Spring Boot's own ("db"), which takes a connection
 * from the pool and so, with the database gone, answers only after the pool's timeout. This one checks on a
 * connection of its own within two seconds ({@link DatabaseBereikbaarheid#peil}), so health turns DOWN within
 * seconds of an outage and UP as soon as the database answers again.
 */
@Component("dbHealthContributor")
class DatabaseGezondheid implements HealthIndicator {

    private final DatabaseBereikbaarheid bereikbaarheid;

    DatabaseGezondheid(DatabaseBereikbaarheid bereikbaarheid) {
        this.bereikbaarheid = bereikbaarheid;
    }

    @Override
    public Health health() {
        DatabaseBereikbaarheid.Peiling peiling = bereikbaarheid.peil();
        if (peiling.bereikbaar()) {
            bereikbaarheid.meldBereikbaar();
            return Health.up().withDetail("database", "PostgreSQL").withDetail("ms", peiling.ms()).build();
        }
        bereikbaarheid.meldOnbereikbaar("gezondheidscontrole: " + peiling.reden());
        return Health.down().withDetail("database", "PostgreSQL").withDetail("reden", String.valueOf(peiling.reden())).build();
    }
}
