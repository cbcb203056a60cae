package nl.maatwerk.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.maatwerk.platform.Klok;

/**
 * Deliberate copies of the one time zone, for {@code KlokTest} to prove its rule catches them: a
 * toegang class with zone constants of its own, one made anew from the zone's name and one an alias
 * of {@link Klok#ZONE}. A UTC constant and a use of {@link Klok#ZONE} itself are fine and must not be
 * reported. Never used by the application.
 */
public final class EigenZoneVoorbeeld {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private static final ZoneId ZONE = Klok.ZONE;

    static final ZoneId UTC = ZoneOffset.UTC;

    private EigenZoneVoorbeeld() {
    }

    static Instant middernacht(LocalDate dag) {
        return dag.atStartOfDay(Klok.ZONE).toInstant();
    }

    static Instant middagHier(LocalDate dag) {
        return dag.atTime(12, 0).atZone(ZONE).toInstant();
    }
}
