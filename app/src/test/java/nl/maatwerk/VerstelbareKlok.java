package nl.maatwerk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import nl.maatwerk.platform.Klok;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The app's clock in every test context ({@link Testklok} offers it, so {@link Klok}'s system clock
 * steps aside): the system time in {@link Klok#ZONE} until a test pins a moment with {@link #zet} or
 * a day with {@link #zetOp}. {@link Herstellen} puts it back on system time after every test method,
 * so a pinned date never leaks into the next test that shares the context.
 */
public final class VerstelbareKlok extends Clock {

    private static final Clock SYSTEEM = Clock.system(Klok.ZONE);

    private volatile Instant vast;

    /** Pins the clock on this moment until {@link #herstel()}. */
    public void zet(Instant moment) {
        vast = Objects.requireNonNull(moment);
    }

    /** Pins the clock on midday of this day in the Netherlands: "today" is that day for the whole app. */
    public void zetOp(LocalDate dag) {
        zet(dag.atTime(LocalTime.NOON).atZone(Klok.ZONE).toInstant());
    }

    /** Back to the system time. */
    public void herstel() {
        vast = null;
    }

    public boolean isVastgezet() {
        return vast != null;
    }

    @Override
    public Instant instant() {
        Instant v = vast;
        return v != null ? v : SYSTEEM.instant();
    }

    @Override
    public ZoneId getZone() {
        return Klok.ZONE;
    }

    /** The same settable time seen from another zone: pinning this clock moves that view too. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(Klok.ZONE) ? this : new InZone(this, zone);
    }

    private static final class InZone extends Clock {
        private final VerstelbareKlok klok;
        private final ZoneId zone;

        InZone(VerstelbareKlok klok, ZoneId zone) {
            this.klok = klok;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return klok.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId andere) {
            return klok.withZone(andere);
        }
    }

    /**
     * Puts the clock back on system time after each test method and each test class, whether the test
     * passed or not. Registered for every Spring test in {@code META-INF/spring.factories}.
     */
    public static final class Herstellen extends AbstractTestExecutionListener {

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void afterTestMethod(TestContext context) {
            herstel(context);
        }

        @Override
        public void afterTestClass(TestContext context) {
            herstel(context);
        }

        private static void herstel(TestContext context) {
            if (context.hasApplicationContext()) {
                context.getApplicationContext().getBeanProvider(VerstelbareKlok.class).ifAvailable(VerstelbareKlok::herstel);
            }
        }
    }
}
