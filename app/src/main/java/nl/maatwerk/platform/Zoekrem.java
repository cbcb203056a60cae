package nl.maatwerk.platform;

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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search limit: how often one account may look residents up by BSN or by surname and birth
 * date (issue 13). Searching by name and birth date lets someone try name after name and learn who
 * is known to the social domain; no professional needs hundreds of such look-ups. Two sliding
 * windows per account, {@code maatwerk.zoeken.max-per-minuut} in the last minute and
 * {@code maatwerk.zoeken.max-per-dag} in the last 24 hours. A refused search does not count, so the
 * time to wait stays what the message says.
 *
 * <p>Counted by a {@link Pogingenrem} in {@code platform.zoekpoging}, not in memory like {@code InlogRem}:
 * the nodes behind a load balancer share one limit, and a restart does not reset it. Web and API share
 * the limit: it is taken in the module API that both call ({@code inwoner.Inwoners}).
 */
@Component
public class Zoekrem {

    private static final Duration MINUUT = Duration.ofMinutes(1);
    private static final Duration DAG = Duration.ofDays(1);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter DATUM_TIJD = DateTimeFormatter.ofPattern("d MMMM 'om' HH:mm", Locale.forLanguageTag("nl"));

    private final Pogingenrem rem;
    private final int perMinuut;
    private final int perDag;

    Zoekrem(JdbcClient jdbc, TransactionTemplate transactie, Clock klok, @Value("${maatwerk.zoeken.max-per-minuut}") int perMinuut,
            @Value("${maatwerk.zoeken.max-per-dag}") int perDag) {
        if (perMinuut < 1 || perDag < perMinuut) {
            throw new IllegalStateException("maatwerk.zoeken: max-per-minuut moet 1 of meer zijn en max-per-dag minstens zo groot");
        }
        // The day first: whoever used up the day hears that, not that the minute is full too.
        this.rem = new Pogingenrem(jdbc, transactie, klok, "platform.zoekpoging", "gebruikersnaam",
                List.of(new Pogingenrem.Venster(DAG, perDag), new Pogingenrem.Venster(MINUUT, perMinuut)));
        this.perMinuut = perMinuut;
        this.perDag = perDag;
    }

    /**
     * Counts one search for this account, or refuses it when the account reached a limit. In a
     * transaction of its own ({@link Pogingenrem#probeer}), so the search counts even when what follows
     * fails, and one account's searches that arrive together are counted one after the other. Only
     * outside a transaction.
     *
     * @throws TeVaakGezochtException when a limit is reached; the search must not run
     */
    public void tel(String gebruikersnaam) {
        rem.probeer(gebruikersnaam, beurt -> {
            beurt.vol().ifPresent(vol -> {
                throw geweigerd(beurt.nu(), vol);
            });
            beurt.tel();
            return null;
        });
    }

    private TeVaakGezochtException geweigerd(Instant nu, Pogingenrem.Vol vol) {
        Instant weer = vol.weer();
        String reden = vol.venster().duur().equals(DAG)
                ? "U heeft in de laatste 24 uur al " + perDag + " keer naar inwoners gezocht. Meer mag niet, om inwoners "
                        + "te beschermen tegen het doorzoeken van veel namen. U kunt weer zoeken " + wanneer(nu, weer)
                        + ". Heeft u voor uw werk meer zoekvragen nodig? Neem contact op met uw teamleider."
                : "U heeft in korte tijd te vaak naar inwoners gezocht: meer dan " + perMinuut + " keer per minuut mag niet, "
                        + "om inwoners te beschermen tegen het doorzoeken van veel namen. U kunt weer zoeken " + wanneer(nu, weer) + ".";
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
