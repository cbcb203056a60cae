package nl.maatwerk.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of the event registry's housekeeping ({@link Gebeurtenisonderhoud}, docs/gebeurtenissen.md).
 * The schedules themselves are cron expressions: {@code maatwerk.gebeurtenissen.opnieuw-aanbieden-wanneer}
 * (default every five minutes) and {@code maatwerk.gebeurtenissen.archief-opruimen-wanneer} (default
 * daily at 03:30); {@code -} switches one off.
 *
 * @param opnieuwAanbiedenNa how old an incomplete publication must be before it is offered again; longer
 *     than a listener normally takes, so the normal delivery is not raced. Default 5 minutes.
 * @param bewaartermijn how long a completed publication stays in the archive. Default 30 days.
 */
@ConfigurationProperties("maatwerk.gebeurtenissen")
record Gebeurtenisinstellingen(@DefaultValue("5m") Duration opnieuwAanbiedenNa, @DefaultValue("30d") Duration bewaartermijn) {

    Gebeurtenisinstellingen {
        if (opnieuwAanbiedenNa.isNegative() || opnieuwAanbiedenNa.isZero()) {
            throw new IllegalArgumentException("maatwerk.gebeurtenissen.opnieuw-aanbieden-na is langer dan nul");
        }
        if (bewaartermijn.isNegative() || bewaartermijn.isZero()) {
            throw new IllegalArgumentException("maatwerk.gebeurtenissen.bewaartermijn is langer dan nul");
        }
    }
}
