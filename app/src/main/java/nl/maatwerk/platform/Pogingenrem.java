package nl.maatwerk.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A limit on attempts per key (an account, a client address) in one or more sliding windows, such as 20 in the last
 * minute and 300 in the last 24 hours. Used by the search limit ({@link Zoekrem}) and by the codes from the decision
 * letter ({@code waardering.Codetoegang}); one place for the locking, the clean-up and the counting they share.
 *
 * <p>The attempts are rows (key, moment) in a table of the user's own module ({@code platform.zoekpoging},
 * {@code waardering.codepoging}), so each module keeps its data, the nodes behind a load balancer share one limit and
 * a restart does not reset it. Every attempt runs in a transaction of its own, which holds a lock on the key, so the
 * attempts of one key that arrive together are counted one after the other; what the caller decides to count is
 * counted even when what follows fails. The time comes from the app's clock, so a test can move it; only attempts up to
 * now count, since a test may have set the clock back.
 */
public final class Pogingenrem {

    /** At most {@code maximaal} attempts in the last {@code duur}. */
    public record Venster(Duration duur, int maximaal) {

        public Venster {
            if (maximaal < 1 || duur.isNegative() || duur.isZero()) {
                throw new IllegalArgumentException("Een venster heeft een duur en ten minste één poging");
            }
        }
    }

    /** A window that is full, and from when the oldest attempt in it no longer counts. */
    public record Vol(Venster venster, Instant weer) {
    }

    private static final Pattern TABEL = Pattern.compile("[a-z_]+\\.[a-z_]+");
    private static final Pattern KOLOM = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final Clock klok;
    private final String tabel;
    private final String sleutel;
    private final List<Venster> vensters;
    private final Duration langste;

    /**
     * @param tabel the table of the caller's module with the attempts, such as {@code platform.zoekpoging}, with an
     *        index on ({@code sleutelkolom}, {@code op}) and one on {@code op}
     * @param sleutelkolom the column of the key in that table
     * @param vensters the windows, in the order the caller wants to hear of a full one
     */
    public Pogingenrem(JdbcClient jdbc, TransactionTemplate transactie, Clock klok, String tabel, String sleutelkolom, List<Venster> vensters) {
        if (!TABEL.matcher(tabel).matches() || !KOLOM.matcher(sleutelkolom).matches() || vensters.isEmpty()) {
            throw new IllegalArgumentException("Een pogingenrem telt in schema.tabel met een sleutelkolom en ten minste één venster");
        }
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.klok = klok;
        this.tabel = tabel;
        this.sleutel = sleutelkolom;
        this.vensters = List.copyOf(vensters);
        this.langste = this.vensters.stream().map(Venster::duur).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** What an attempt sees of its key: whether a window is full, how many attempts count, and counting this one. */
    public final class Beurt {

        private final Object sleutelwaarde;
        private final Instant nu;
        private final List<Instant> pogingen;

        private Beurt(Object sleutelwaarde, Instant nu, List<Instant> pogingen) {
            this.sleutelwaarde = sleutelwaarde;
            this.nu = nu;
            this.pogingen = pogingen;
        }

        /** The moment of this attempt, from the app's clock. */
        public Instant nu() {
            return nu;
        }

        /** The first full window in the order given, or empty when this attempt may go ahead. */
        public Optional<Vol> vol() {
            for (Venster v : vensters) {
                List<Instant> erin = pogingen.stream().filter(op -> op.isAfter(nu.minus(v.duur()))).toList();
                if (erin.size() >= v.maximaal()) {
                    return Optional.of(new Vol(v, erin.get(erin.size() - v.maximaal()).plus(v.duur())));
                }
            }
            return Optional.empty();
        }

        /** The attempts that count in the first window, this one not included. */
        public int geteld() {
            Venster v = vensters.getFirst();
            return (int) pogingen.stream().filter(op -> op.isAfter(nu.minus(v.duur()))).count();
        }

        /** Counts this attempt. */
        public void tel() {
            jdbc.sql("insert into " + tabel + " (" + sleutel + ", op) values (?, ?)").params(sleutelwaarde, Timestamp.from(nu)).update();
        }
    }

    /**
     * One attempt for {@code sleutelwaarde}, in a transaction of its own: forgets attempts older than the longest window,
     * reads those of the key, and hands them to {@code actie}, which decides (and calls {@link Beurt#tel()} for what counts).
     *
     * <p>Only outside a transaction: inside one, a transaction of its own needs a second connection of the pool while the
     * caller holds the first, and with the pool full of such callers nothing moves (issue 14). Not {@code REQUIRES_NEW}
     * therefore, but a refusal that a test finds.
     */
    public <T> T probeer(Object sleutelwaarde, Function<Beurt, T> actie) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Een poging telt in een eigen transactie en hoort daarom niet binnen een transactie (" + tabel + ")");
        }
        return transactie.execute(t -> {
            Instant nu = Instant.now(klok);
            Timestamp grens = Timestamp.from(nu.minus(langste));
            String slot = tabel + ":" + (sleutelwaarde instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : sleutelwaarde);
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(slot).query((rs, n) -> 1).list();
            jdbc.sql("delete from " + tabel + " where op <= ?").param(grens).update();
            List<Instant> pogingen = new ArrayList<>(jdbc.sql("select op from " + tabel + " where " + sleutel + " = ? and op > ? and op <= ? order by op")
                    .params(sleutelwaarde, grens, Timestamp.from(nu)).query((rs, n) -> rs.getTimestamp(1).toInstant()).list());
            return actie.apply(new Beurt(sleutelwaarde, nu, pogingen));
        });
    }
}
