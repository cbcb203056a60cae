package nl.maatwerk.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Housekeeping of the event publication registry in {@code platform} (docs/gebeurtenissen.md):
 * <ul>
 * <li>At start-up and on a schedule, publications that are still incomplete when they are older than
 * {@link Gebeurtenisinstellingen#opnieuwAanbiedenNa()} are offered to their listener again: a failed
 * listener, a node that stopped or crashed before its listener finished. Younger ones are left to the
 * normal asynchronous delivery, which may still be running on this or another node. A publication
 * that was offered again that long ago and is still "resubmitted" lost its node during that delivery;
 * Spring Modulith would never offer it again, so it is marked failed first and offered in the same round.</li>
 * <li>On a schedule, completed publications in the archive older than
 * {@link Gebeurtenisinstellingen#bewaartermijn()} are deleted.</li>
 * </ul>
 * Ages count on the registry's clock, which is the app's one {@code Clock}. Each job runs on one node
 * at a time ({@link EenNode}); a schedule of {@code -} switches a job off.
 */
@Component
class Gebeurtenisonderhoud {

    private static final Logger LOG = LoggerFactory.getLogger(Gebeurtenisonderhoud.class);

    static final String OPNIEUW_AANBIEDEN = "gebeurtenissen-opnieuw-aanbieden";
    static final String ARCHIEF_OPRUIMEN = "gebeurtenissen-archief-opruimen";

    private final IncompleteEventPublications onvoltooid;
    private final CompletedEventPublications afgerond;
    private final EenNode eenNode;
    private final Gebeurtenisinstellingen instellingen;
    private final JdbcClient jdbc;
    private final Clock klok;

    Gebeurtenisonderhoud(IncompleteEventPublications onvoltooid, CompletedEventPublications afgerond, EenNode eenNode,
            Gebeurtenisinstellingen instellingen, JdbcClient jdbc, Clock klok) {
        this.onvoltooid = onvoltooid;
        this.afgerond = afgerond;
        this.eenNode = eenNode;
        this.instellingen = instellingen;
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /** At start-up: what a stopped or crashed run left incomplete, once it is old enough. */
    @EventListener(ApplicationReadyEvent.class)
    void bijDeStart() {
        biedOpnieuwAan();
    }

    /** Offers incomplete publications older than the threshold to their listener again; false when another node does it now. */
    @Scheduled(cron = "${maatwerk.gebeurtenissen.opnieuw-aanbieden-wanneer:0 */5 * * * *}")
    boolean biedOpnieuwAan() {
        Duration na = instellingen.opnieuwAanbiedenNa();
        return eenNode.voer(OPNIEUW_AANBIEDEN, () -> {
            int vastgelopen = jdbc.sql("""
                    update platform.event_publication set status = 'FAILED'
                    where status = 'RESUBMITTED' and completion_date is null and last_resubmission_date < ?
                    """).param(Timestamp.from(klok.instant().minus(na))).update();
            if (vastgelopen > 0) {
                LOG.warn("{} gebeurtenis(sen) bleven steken bij een eerdere poging; ze worden opnieuw aangeboden", vastgelopen);
            }
            LOG.debug("Onvoltooide gebeurtenissen ouder dan {} opnieuw aanbieden", na);
            onvoltooid.resubmitIncompletePublicationsOlderThan(na);
        });
    }

    /** Deletes completed publications older than the retention period from the archive; false when another node does it now. */
    @Scheduled(cron = "${maatwerk.gebeurtenissen.archief-opruimen-wanneer:0 30 3 * * *}")
    boolean ruimArchiefOp() {
        Duration bewaartermijn = instellingen.bewaartermijn();
        return eenNode.voer(ARCHIEF_OPRUIMEN, () -> {
            LOG.debug("Afgeronde gebeurtenissen ouder dan {} uit het archief verwijderen", bewaartermijn);
            afgerond.deletePublicationsOlderThan(bewaartermijn);
        });
    }
}
