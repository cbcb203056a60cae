package nl.maatwerk.waardering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.maatwerk.platform.Linktoken;
import nl.maatwerk.platform.Pogingenrem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way in for a resident without DigiD: the code from the decision letter, typed on {@code /vragenlijst}. A code
 * that works opens the same invitation as the link and the portal (a fresh link secret, as the portal does), so the
 * questionnaire answers once whichever way the resident came. Reads no personal data, so nothing is logged, as for the
 * link.
 *
 * <p>Guessing is limited per client address (an IPv6 address by its /64): {@code maatwerk.waardering.codepogingen-per-uur}
 * codes that do not work in the last hour, then the address waits. Counted by a {@link Pogingenrem} in
 * {@code waardering.codepoging}, with a keyed hash of the address group and the moment only, so the nodes behind a load
 * balancer share the limit; rows older than the hour go at every attempt. A typing error that cannot be a code is not
 * counted: it tries nothing.
 */
@Service
@org.springframework.modulith.NamedInterface("intern")
public class Codetoegang {

    static final Duration VENSTER = Duration.ofHours(1);

    /** What became of a typed code. */
    public sealed interface Uitkomst {
    }

    /** The code works: go on to the questionnaire with this link secret. */
    public record Geopend(String token) implements Uitkomst {
    }

    /** What was typed cannot be a code (empty, too short, a character no code has). Not counted. */
    public record Vormfout() implements Uitkomst {
    }

    /**
     * A code of the right form that opens nothing: unknown, already answered or expired, on purpose one answer for all
     * three. {@code over}: how many more this address may try in the hour.
     */
    public record WerktNiet(int over) implements Uitkomst {
    }

    /** This address tried too many codes that did not work; it may try again at {@code weer}. */
    public record TeVaak(Instant weer) implements Uitkomst {
    }

    private final JdbcClient jdbc;
    private final Pogingenrem rem;
    private final Vragenlijstcodes codes;
    private final Clock klok;
    private final int perUur;

    Codetoegang(JdbcClient jdbc, TransactionTemplate transactie, Vragenlijstcodes codes, Clock klok,
            @Value("${maatwerk.waardering.codepogingen-per-uur:10}") int perUur) {
        if (perUur < 1) {
            throw new IllegalStateException("maatwerk.waardering.codepogingen-per-uur moet 1 of meer zijn");
        }
        this.jdbc = jdbc;
        this.rem = new Pogingenrem(jdbc, transactie, klok, "waardering.codepoging", "adres_hash", List.of(new Pogingenrem.Venster(VENSTER, perUur)));
        this.codes = codes;
        this.klok = klok;
        this.perUur = perUur;
    }

    public int perUur() {
        return perUur;
    }

    /**
     * Tries a typed code from a client address. In a transaction of its own ({@link Pogingenrem#probeer}), so an attempt
     * that fails is counted although nothing else is written, and one address's attempts that arrive together are counted
     * one after the other. Only outside a transaction.
     */
    public Uitkomst open(String invoer, String clientadres) {
        var code = Vragenlijstcodes.normaliseer(invoer);
        if (code.isEmpty()) {
            return new Vormfout();
        }
        byte[] adres = codes.adreshash(Vragenlijstcodes.adresgroep(clientadres));
        return rem.probeer(adres, beurt -> probeer(code.get(), beurt));
    }

    private Uitkomst probeer(String code, Pogingenrem.Beurt beurt) {
        var vol = beurt.vol();
        if (vol.isPresent()) {
            return new TeVaak(vol.get().weer());
        }
        String token = Linktoken.nieuw();
        // The newest open invitation with this code; two open ones with one code are as unlikely as guessing one (docs/waardering.md).
        int n = jdbc.sql("""
                update waardering.uitnodiging set token_hash = ? where id = (
                    select id from waardering.uitnodiging where code_hash = ? and not beantwoord and geldig_tot >= ?
                    order by uitgenodigd_op desc limit 1)""").params(Linktoken.hash(token), codes.hash(code), LocalDate.now(klok)).update();
        if (n == 1) {
            return new Geopend(token);
        }
        beurt.tel();
        return new WerktNiet(perUur - beurt.geteld() - 1);
    }
}
