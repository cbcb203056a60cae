package nl.maatwerk.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search limit: how often one account may look residents up by BSN or by surname and birth
 * date (issue 13). Searching by name and birth date lets someone try name after name and learn who
 * is known to the social domain; no professional needs hundreds of such look-ups. Two sliding
 * windows per account, {@code maatwerk.zoeken.max-per-minuut} in the last minute and
 * {@code maatwerk.zoeken.max-per-dag} in the last 24 hours. A refused search does not count, so the
 * time to wait stays what the message says.
 *
 * <p>Counted in {@code platform.zoekpoging}, not in memory like {@code InlogRem}: the nodes behind a
 * load balancer share one limit, and a restart does not reset it. The time comes from the app's
 * clock, so a test can move it. Web and API share the limit: it is taken in the module API that
 * both call ({@code inwoner.Inwoners}).
 */
@Component
public class Zoekrem {

    private static final Duration MINUUT = Duration.ofMinutes(1);
    private static final Duration DAG = Duration.ofDays(1);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter DATUM_TIJD = DateTimeFormatter.ofPattern("d MMMM 'om' HH:mm", Locale.forLanguageTag("nl"));

    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final Clock klok;
    private final int perMinuut;
    private final int perDag;

    Zoekrem(JdbcClient jdbc, TransactionTemplate transactie, Clock klok, @Value("${maatwerk.zoeken.max-per-minuut}") int perMinuut,
            @Value("${maatwerk.zoeken.max-per-dag}") int perDag) {
        if (perMinuut < 1 || perDag < perMinuut) {
            throw new IllegalStateException("maatwerk.zoeken: max-per-minuut moet 1 of meer zijn en max-per-dag minstens zo groot");
        }
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.klok = klok;
        this.perMinuut = perMinuut;
        this.perDag = perDag;
    }

    /**
     * Counts one search for this account, or refuses it when the account reached a limit. In a
     * transaction of its own, so the search counts even when what follows fails, and one account's
     * searches that arrive together are counted one after the other.
     *
     * <p>Only outside a transaction: inside one, a transaction of its own needs a second connection of
     * the pool while the caller holds the first, and with the pool full of such callers nothing moves
     * (issue 14). Not {@code REQUIRES_NEW} therefore, but a refusal that a test finds.
     *
     * @throws TeVaakGezochtException when a limit is reached; the search must not run
     */
    public void tel(String gebruikersnaam) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("De zoekrem telt in een eigen transactie en hoort daarom niet binnen een transactie");
        }
        transactie.executeWithoutResult(t -> telNu(gebruikersnaam));
    }

    private void telNu(String gebruikersnaam) {
        Instant nu = Instant.now(klok);
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("zoekrem:" + gebruikersnaam).query((rs, n) -> 1).list();
        jdbc.sql("delete from platform.zoekpoging where gebruikersnaam = ? and op <= ?").params(gebruikersnaam, Timestamp.from(nu.minus(DAG))).update();
        // Only searches up to now: a test may have set the clock back, and a later search is no reason to refuse one now.
        List<Instant> laatsteDag = jdbc.sql("select op from platform.zoekpoging where gebruikersnaam = ? and op > ? and op <= ? order by op")
                .params(gebruikersnaam, Timestamp.from(nu.minus(DAG)), Timestamp.from(nu)).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
        List<Instant> laatsteMinuut = laatsteDag.stream().filter(op -> op.isAfter(nu.minus(MINUUT))).toList();
        if (laatsteDag.size() >= perDag) {
            Instant weer = laatsteDag.get(laatsteDag.size() - perDag).plus(DAG);
            throw geweigerd(nu, weer, "U heeft in de laatste 24 uur al " + perDag + " keer naar inwoners gezocht. Meer mag niet, om inwoners "
                    + "te beschermen tegen het doorzoeken van veel namen. U kunt weer zoeken " + wanneer(nu, weer)
                    + ". Heeft u voor uw werk meer zoekvragen nodig? Neem contact op met uw teamleider.");
        }
        if (laatsteMinuut.size() >= perMinuut) {
            Instant weer = laatsteMinuut.get(laatsteMinuut.size() - perMinuut).plus(MINUUT);
            throw geweigerd(nu, weer, "U heeft in korte tijd te vaak naar inwoners gezocht: meer dan " + perMinuut + " keer per minuut mag niet, "
                    + "om inwoners te beschermen tegen het doorzoeken van veel namen. U kunt weer zoeken " + wanneer(nu, weer) + ".");
        }
        jdbc.sql("insert into platform.zoekpoging (gebruikersnaam, op) values (?, ?)").params(gebruikersnaam, Timestamp.from(nu)).update();
    }

    private static TeVaakGezochtException geweigerd(Instant nu, Instant weer, String reden) {
        long seconden = Math.max(1, (Duration.between(nu, weer).toMillis() + 999) / 1000);
        return new TeVaakGezochtException(reden, weer, seconden);
    }

    /** "om 14:32" today, else "op 8 december om 09:15"; in the municipality's time zone. Rounded up to the minute. */
    private static String wanneer(Instant nu, Instant weer) {
        ZonedDateTime moment = weer.atZone(Klok.ZONE);
        if (moment.getSecond() > 0 || moment.getNano() > 0) {
            moment = moment.plusMinutes(1).withSecond(0).withNano(0);
        }
        LocalDate vandaag = LocalDate.ofInstant(nu, Klok.ZONE);
        return moment.toLocalDate().equals(vandaag) ? "om " + TIJD.format(moment) : "op " + DATUM_TIJD.format(moment);
    }
}
